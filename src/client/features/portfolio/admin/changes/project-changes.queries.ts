import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../../app/api';
import { projectChangesRoutes } from '../../../../../shared/contracts/routes';
import type { ProjectChangeCreate } from '../../../../../shared/contracts/project-changes';
import type { ChangeThresholds } from '../../../../../shared/contracts/projects';
import { projectKeys } from '../../portfolio.queries';

export const changeKeys = {
  project: (projectId: string) => ['project-changes', 'project', projectId] as const,
  thresholds: (programmeId: string) => ['project-changes', 'thresholds', programmeId] as const,
};

export function useChangeRequests(projectId: string) {
  return useQuery({ queryKey: changeKeys.project(projectId), queryFn: () => call(projectChangesRoutes.list, { params: { id: projectId } }) });
}

/** After a request is made, withdrawn or put to a body: the list, and the project (it tells of a pending request). */
export function useRefreshChanges(projectId: string) {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: changeKeys.project(projectId) }), qc.invalidateQueries({ queryKey: projectKeys.one(projectId) })]);
}

export function useCreateChangeRequest(projectId: string) {
  const refresh = useRefreshChanges(projectId);
  return useMutation({ mutationFn: (body: ProjectChangeCreate) => call(projectChangesRoutes.create, { params: { id: projectId }, body }), onSuccess: refresh });
}

export function useWithdrawChangeRequest(projectId: string) {
  const refresh = useRefreshChanges(projectId);
  return useMutation({ mutationFn: (id: string) => call(projectChangesRoutes.withdraw, { params: { id } }), onSuccess: refresh });
}

export function useThresholds(programmeId: string) {
  return useQuery({ queryKey: changeKeys.thresholds(programmeId), queryFn: () => call(projectChangesRoutes.thresholds, { params: { id: programmeId } }) });
}

export function useSetThresholds(programmeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeThresholds) => call(projectChangesRoutes.setThresholds, { params: { id: programmeId }, body }),
    onSuccess: (data) => {
      qc.setQueryData(changeKeys.thresholds(programmeId), data);
      return qc.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}
