import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../app/api';
import { applicationsRoutes, callsRoutes } from '../../../../shared/contracts/routes';
import type { Call, CallCreate, CallDeadlines, CallUpdate, ApplicationReturn, DiffQuery } from '../../../../shared/contracts/calls';
import { callKeys } from '../calls.queries';

/** The cache of the secretariat's view of a call's applications. */
export const callAdminKeys = {
  applications: (callId: string) => ['calls', 'applications', callId] as const,
  application: (id: string) => ['applications', 'one', id] as const,
  version: (id: string, version: number) => ['applications', 'version', id, version] as const,
  diff: (id: string, q: DiffQuery) => ['applications', 'diff', id, q] as const,
};

export function useCallApplications(callId: string) {
  return useQuery({ queryKey: callAdminKeys.applications(callId), queryFn: () => call(callsRoutes.applications, { params: { id: callId } }) });
}

export function useApplication(id: string) {
  return useQuery({ queryKey: callAdminKeys.application(id), queryFn: () => call(applicationsRoutes.get, { params: { id } }) });
}

export function useApplicationVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: callAdminKeys.version(id, version ?? 0),
    queryFn: () => call(applicationsRoutes.version, { params: { id, version: version! } }),
    enabled: version !== null && version > 0,
  });
}

export function useApplicationDiff(id: string, q: DiffQuery | null) {
  return useQuery({
    queryKey: callAdminKeys.diff(id, q ?? { from: 0, to: 1 }),
    queryFn: () => call(applicationsRoutes.diff, { params: { id }, query: q! }),
    enabled: q !== null,
  });
}

/** After a change that answers with the whole call, that answer is the page's data at once. */
function useCallAnswer() {
  const qc = useQueryClient();
  return (answer: Call) => {
    qc.setQueryData(callKeys.one(answer.id), answer);
    return qc.invalidateQueries({ queryKey: callKeys.list(answer.programmeId) });
  };
}

export function useCreateCall(programmeId: string) {
  const answer = useCallAnswer();
  return useMutation({ mutationFn: (body: CallCreate) => call(callsRoutes.create, { params: { id: programmeId }, body }), onSuccess: answer });
}

export function useUpdateCall(id: string) {
  const answer = useCallAnswer();
  return useMutation({ mutationFn: (body: CallUpdate) => call(callsRoutes.update, { params: { id }, body }), onSuccess: answer });
}

export function useSetDeadlines(id: string) {
  const answer = useCallAnswer();
  return useMutation({ mutationFn: (body: CallDeadlines) => call(callsRoutes.setDeadlines, { params: { id }, body }), onSuccess: answer });
}

export function useCallStep(id: string, step: 'open' | 'close') {
  const answer = useCallAnswer();
  return useMutation({ mutationFn: () => call(step === 'open' ? callsRoutes.open : callsRoutes.close, { params: { id } }), onSuccess: answer });
}

export function useDeleteCall(id: string, programmeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(callsRoutes.remove, { params: { id } }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: callKeys.one(id) });
      return qc.invalidateQueries({ queryKey: callKeys.list(programmeId) });
    },
  });
}

export function useReturnApplication(id: string, callId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplicationReturn) => call(applicationsRoutes.returnForChanges, { params: { id }, body }),
    onSuccess: (answer) => {
      qc.setQueryData(callAdminKeys.application(id), answer);
      return qc.invalidateQueries({ queryKey: callAdminKeys.applications(callId) });
    },
  });
}
