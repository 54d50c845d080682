import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import type { GoalCreate, GoalTargetCreate, GoalTargetUpdate, GoalTree, GoalUpdate } from '../../../shared/contracts/goals';
import { goalsRoutes } from '../../../shared/contracts/routes';
import type { IndicatorSummary } from '../../../shared/contracts/indicators';
import { indicatorsRoutes } from '../../../shared/contracts/routes';
import { indicatorKeys, useProgrammeStatistics } from '../indicators/indicators.queries';

export const goalKeys = {
  all: ['goals'] as const,
  tree: (programmeId: string) => ['goals', 'tree', programmeId] as const,
  targetBreakdowns: (programmeId: string, indicatorId: string, areaId: string | null) => ['goals', 'targetBreakdowns', programmeId, indicatorId, areaId ?? ''] as const,
  targetObservations: (programmeId: string, indicatorId: string, areaId: string, breakdown: string) =>
    ['goals', 'targetObservations', programmeId, indicatorId, areaId, breakdown] as const,
};

export function useGoalTree(programmeId: string | undefined) {
  return useQuery({
    queryKey: goalKeys.tree(programmeId ?? ''),
    queryFn: () => call(goalsRoutes.tree, { params: { id: programmeId! } }),
    enabled: programmeId !== undefined,
  });
}

/**
 * The goal trees of the programme's ancestors, for choosing a parent: a sub-programme's first
 * goal hangs under the initiative's main goal before the tree shows that goal as inherited.
 * An ancestor the user may not see simply offers nothing.
 */
export function useAncestorGoals(ancestorIds: readonly string[]): GoalTree['goals'] {
  const results = useQueries({
    queries: ancestorIds.map((id) => ({
      queryKey: goalKeys.tree(id),
      queryFn: () => call(goalsRoutes.tree, { params: { id } }),
      retry: false,
    })),
  });
  return results.flatMap((r, i) => (r.data ? r.data.goals.filter((g) => g.programmeId === ancestorIds[i]) : []));
}

/** The indicators the programme follows, from its statistics settings (one cache entry with them). */
export function useProgrammeIndicators(programmeId: string) {
  return useProgrammeStatistics(programmeId, (s): IndicatorSummary[] => s.indicators);
}

export function useIndicatorSearch(q: string) {
  return useQuery({
    queryKey: indicatorKeys.search(q),
    queryFn: () => call(indicatorsRoutes.list, { query: { q, limit: 100 } }),
    staleTime: 30_000,
  });
}

/** The breakdowns the indicator has figures in (in the area, once chosen), the total first. */
export function useTargetBreakdowns(programmeId: string, indicatorId: string | null, areaId: string | null) {
  return useQuery({
    queryKey: goalKeys.targetBreakdowns(programmeId, indicatorId ?? '', areaId),
    queryFn: () => call(goalsRoutes.targetBreakdowns, { params: { id: programmeId }, query: { indicatorId: indicatorId!, ...(areaId ? { areaId } : {}) } }),
    enabled: indicatorId !== null,
    // While another area's breakdowns load, the same indicator's stay (never another indicator's).
    placeholderData: (previous, query) => (query?.queryKey[3] === indicatorId ? previous : undefined),
    staleTime: 60_000,
  });
}

/** The area's figures in the breakdown, to take a baseline from. */
export function useTargetObservations(programmeId: string, indicatorId: string | null, areaId: string | null, breakdown: string) {
  return useQuery({
    queryKey: goalKeys.targetObservations(programmeId, indicatorId ?? '', areaId ?? '', breakdown),
    queryFn: () => call(goalsRoutes.targetObservations, { params: { id: programmeId }, query: { indicatorId: indicatorId!, areaId: areaId!, breakdown } }),
    enabled: indicatorId !== null && areaId !== null,
    staleTime: 60_000,
  });
}

function useInvalidateGoals() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: goalKeys.all });
}

export function useCreateGoal(programmeId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: (body: GoalCreate) => call(goalsRoutes.create, { params: { id: programmeId }, body }), onSuccess: invalidate });
}

export function useUpdateGoal(goalId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: (body: GoalUpdate) => call(goalsRoutes.update, { params: { id: goalId }, body }), onSuccess: invalidate });
}

export function useDeleteGoal(goalId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: () => call(goalsRoutes.remove, { params: { id: goalId } }), onSuccess: invalidate });
}

export function useCreateTarget(goalId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: (body: GoalTargetCreate) => call(goalsRoutes.createTarget, { params: { id: goalId }, body }), onSuccess: invalidate });
}

export function useUpdateTarget(targetId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: (body: GoalTargetUpdate) => call(goalsRoutes.updateTarget, { params: { id: targetId }, body }), onSuccess: invalidate });
}

export function useDeleteTarget(targetId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: () => call(goalsRoutes.removeTarget, { params: { id: targetId } }), onSuccess: invalidate });
}
