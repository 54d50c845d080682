import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import { benefitsRoutes } from '../../../shared/contracts/routes';
import type { BenefitPlan, BenefitPlanInput, MeasurementCreate } from '../../../shared/contracts/benefits';

/** The cache of benefit plans and the programmes' benefit overviews. */
export const benefitKeys = {
  all: ['benefits'] as const,
  plan: (projectId: string) => ['benefits', 'plan', projectId] as const,
  overview: (programmeId: string) => ['benefits', 'overview', programmeId] as const,
};

export function useBenefitPlan(projectId: string, enabled = true) {
  return useQuery({ queryKey: benefitKeys.plan(projectId), queryFn: () => call(benefitsRoutes.plan, { params: { id: projectId } }), enabled });
}

export function useBenefitOverview(programmeId: string | undefined) {
  return useQuery({
    queryKey: benefitKeys.overview(programmeId ?? ''),
    queryFn: () => call(benefitsRoutes.overview, { params: { id: programmeId! } }),
    enabled: programmeId !== undefined,
  });
}

/** A change answers with the whole plan: that answer is the page's data at once. */
function useAnswer(projectId: string) {
  const qc = useQueryClient();
  return (plan: BenefitPlan) => {
    qc.setQueryData(benefitKeys.plan(projectId), plan);
    return qc.invalidateQueries({ queryKey: benefitKeys.all });
  };
}

export function useSetBenefitPlan(projectId: string) {
  const answer = useAnswer(projectId);
  return useMutation({ mutationFn: (body: BenefitPlanInput) => call(benefitsRoutes.setPlan, { params: { id: projectId }, body }), onSuccess: answer });
}

export function useAddMeasurement(projectId: string) {
  const answer = useAnswer(projectId);
  return useMutation({ mutationFn: ({ benefitId, body }: { benefitId: string; body: MeasurementCreate }) => call(benefitsRoutes.addMeasurement, { params: { id: benefitId }, body }), onSuccess: answer });
}

export function useRemoveMeasurement(projectId: string) {
  const answer = useAnswer(projectId);
  return useMutation({ mutationFn: (measurementId: string) => call(benefitsRoutes.removeMeasurement, { params: { id: measurementId } }), onSuccess: answer });
}
