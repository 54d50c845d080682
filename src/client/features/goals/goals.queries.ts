import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Goal, GoalCreate, GoalTarget, GoalTargetCreate, GoalTargetUpdate, GoalTree, GoalUpdate } from '../../../shared/contracts/goals';
import type { Indicator, IndicatorSummary, ProgrammeStatistics } from '../../../shared/contracts/indicators';

export const goalKeys = {
  all: ['goals'] as const,
  tree: (programmeId: string) => ['goals', 'tree', programmeId] as const,
};

export function useGoalTree(programmeId: string | undefined) {
  return useQuery({
    queryKey: goalKeys.tree(programmeId ?? ''),
    queryFn: () => api.get<GoalTree>(`/api/programmes/${programmeId}/goals`),
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
      queryFn: () => api.get<GoalTree>(`/api/programmes/${id}/goals`),
      retry: false,
    })),
  });
  return results.flatMap((r, i) => (r.data ? r.data.goals.filter((g) => g.programmeId === ancestorIds[i]) : []));
}

export function useProgrammeIndicators(programmeId: string) {
  return useQuery({
    queryKey: ['programmes', 'statistics', programmeId],
    queryFn: () => api.get<ProgrammeStatistics>(`/api/programmes/${programmeId}/statistics`),
    select: (s): IndicatorSummary[] => s.indicators,
  });
}

export function useIndicatorSearch(q: string) {
  return useQuery({
    queryKey: ['indicators', 'search', q],
    queryFn: () => api.get<{ items: Indicator[]; total: number }>('/api/indicators', { q, limit: 100 }),
    staleTime: 30_000,
  });
}

function useInvalidateGoals() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: goalKeys.all });
}

export function useCreateGoal(programmeId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: (body: GoalCreate) => api.post<Goal>(`/api/programmes/${programmeId}/goals`, body), onSuccess: invalidate });
}

export function useUpdateGoal(goalId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: (body: GoalUpdate) => api.patch<Goal>(`/api/goals/${goalId}`, body), onSuccess: invalidate });
}

export function useDeleteGoal(goalId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: () => api.delete<{ ok: true }>(`/api/goals/${goalId}`), onSuccess: invalidate });
}

export function useCreateTarget(goalId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: (body: GoalTargetCreate) => api.post<GoalTarget>(`/api/goals/${goalId}/targets`, body), onSuccess: invalidate });
}

export function useUpdateTarget(targetId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: (body: GoalTargetUpdate) => api.patch<GoalTarget>(`/api/goal-targets/${targetId}`, body), onSuccess: invalidate });
}

export function useDeleteTarget(targetId: string) {
  const invalidate = useInvalidateGoals();
  return useMutation({ mutationFn: () => api.delete<{ ok: true }>(`/api/goal-targets/${targetId}`), onSuccess: invalidate });
}
