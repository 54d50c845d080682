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
