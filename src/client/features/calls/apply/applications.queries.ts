import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, urlOf, type UploadProgress } from '../../../app/api';
import { pathOf } from '../../../../shared/contracts/endpoint';
import { applicationsRoutes, callsRoutes } from '../../../../shared/contracts/routes';
import type { AttachmentRef } from '../../../../shared/contracts/application-form';
import type { Application, ApplicationCreate, CallSummary } from '../../../../shared/contracts/calls';
import type { ProgrammeSummary } from '../../../../shared/contracts/programmes';
import type { Locale } from '../../../../shared/domain/localized';
import { can, type MeUser } from '../../../app/permissions';
import { lineage } from '../../programmes/tree';
import { callKeys } from '../calls.queries';

/** The cache of the applicant's applications. */
export const applicationKeys = {
  all: ['applications'] as const,
  mine: () => ['applications', 'mine'] as const,
  one: (id: string) => ['applications', 'one', id] as const,
  version: (id: string, version: number) => ['applications', 'version', id, version] as const,
  diff: (id: string, from: number, to: number) => ['applications', 'diff', id, from, to] as const,
};

export function useMyApplications() {
  return useQuery({ queryKey: applicationKeys.mine(), queryFn: () => call(applicationsRoutes.mine) });
}

export function useApplication(id: string) {
  return useQuery({ queryKey: applicationKeys.one(id), queryFn: () => call(applicationsRoutes.get, { params: { id } }) });
}

/** The programmes in which the user may apply for their organisation (its contributors and secretariat). */
export function applyingProgrammes(user: MeUser, programmes: readonly ProgrammeSummary[]): ProgrammeSummary[] {
  if (!user.organisationId) return [];
  return programmes.filter((p) => can(user, 'application.write', { programmeIds: lineage(programmes, p.id), organisationId: user.organisationId }));
}

/** The open calls of these programmes, with the call itself (who may apply) for each. */
export function useOpenCalls(programmeIds: readonly string[]) {
  const lists = useQueries({
    queries: programmeIds.map((id) => ({ queryKey: callKeys.list(id), queryFn: () => call(callsRoutes.list, { params: { id } }) })),
  });
  const open: CallSummary[] = lists.flatMap((l) => l.data?.items ?? []).filter((c) => c.status === 'open');
  const calls = useQueries({ queries: open.map((c) => ({ queryKey: callKeys.one(c.id), queryFn: () => call(callsRoutes.get, { params: { id: c.id } }) })) });
  return {
    isPending: lists.some((l) => l.isPending) || calls.some((c) => c.isPending),
    error: lists.find((l) => l.error)?.error ?? calls.find((c) => c.error)?.error ?? null,
    calls: calls.flatMap((c) => (c.data ? [c.data] : [])),
  };
}

/** The next deadline of each call (null when all have passed), from the calls themselves. */
export function useCallDeadlines(callIds: readonly string[]): Map<string, string | null> {
  const calls = useQueries({ queries: callIds.map((id) => ({ queryKey: callKeys.one(id), queryFn: () => call(callsRoutes.get, { params: { id } }) })) });
  return new Map(calls.flatMap((c) => (c.data ? [[c.data.id, c.data.nextDeadline] as const] : [])));
}

/** A change that answers with the whole application: that answer is the page's data at once. */
function useAnswer() {
  const qc = useQueryClient();
  return (application: Application) => {
    qc.setQueryData(applicationKeys.one(application.id), application);
    return qc.invalidateQueries({ queryKey: applicationKeys.mine() });
  };
}

export function useCreateApplication(callId: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: ApplicationCreate) => call(applicationsRoutes.create, { params: { id: callId }, body }), onSuccess: answer });
}

/** Saves the answers on the revision they were made on; the caller handles the answer (autosave keeps its own copy). */
export function saveAnswers(id: string, answers: Record<string, unknown>, revision: number, lang: Locale) {
  return call(applicationsRoutes.saveAnswers, { params: { id }, query: { lang }, body: { answers, revision } });
}

export function useSubmitApplication(id: string, lang: Locale) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (revision: number) => call(applicationsRoutes.submit, { params: { id }, query: { lang }, body: { revision } }), onSuccess: answer });
}

export function useWithdrawApplication(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: () => call(applicationsRoutes.withdraw, { params: { id } }), onSuccess: answer });
}

export function useVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: applicationKeys.version(id, version ?? 0),
    queryFn: () => call(applicationsRoutes.version, { params: { id, version: String(version) } }),
    enabled: version !== null,
  });
}

export function useDiff(id: string, from: number, to: number | null) {
  return useQuery({
    queryKey: applicationKeys.diff(id, from, to ?? 0),
    queryFn: () => call(applicationsRoutes.diff, { params: { id }, query: { from, to: to! } }),
    enabled: to !== null,
  });
}

/** Uploads a file to an attachment field; the server checks its type by content and its size. */
export function uploadAttachment(id: string, field: string, file: File, lang: Locale, onProgress?: (p: UploadProgress) => void): Promise<AttachmentRef> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<AttachmentRef>(urlOf(applicationsRoutes.upload, { params: { id }, query: { field, lang } }), form, { onProgress });
}

export const attachmentHref = (id: string, fileId: string) => pathOf(applicationsRoutes.attachment, { id, fileId });
