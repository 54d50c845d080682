import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, urlOf, type UploadProgress } from '../../app/api';
import { developmentRoutes } from '../../../shared/contracts/routes';
import type {
  AttendanceMark,
  CohortCreate,
  CohortDetail,
  CohortUpdate,
  DevelopmentOverview,
  DevelopmentSettingsInput,
  EvaluationAnswer,
  GatheringCreate,
  GroupResponse,
  HomeworkCreate,
  HomeworkUpdate,
  MemberInput,
  MemberUpdate,
  NoteInput,
  Plan,
  PlanConversion,
  PlanInput,
  Submission,
  SubmissionInput,
} from '../../../shared/contracts/development';
import type { Locale } from '../../../shared/domain/localized';
import type { PlanPart } from '../../../shared/domain/development';
import { programmeKeys } from '../programmes/programmes.queries';
import { eventKeys } from '../events/events.queries';

/**
 * The TanStack Query hooks of every endpoint of `developmentApi`: the office's pages, the public
 * programme page and the participant groups' workspace share this cache. Every change answers by
 * refreshing the whole `development` cache (a cohort's groups, a group's attendance and the public
 * overview all follow from one another), after putting the answer in place where it is whole.
 */
export const developmentKeys = {
  all: ['development'] as const,
  overview: (programmeId: string) => ['development', 'overview', programmeId] as const,
  cohort: (id: string) => ['development', 'cohort', id] as const,
  evaluation: (cohortId: string) => ['development', 'evaluation', cohortId] as const,
  myGroups: () => ['development', 'my-groups'] as const,
  group: (id: string) => ['development', 'group', id] as const,
  plan: (groupId: string) => ['development', 'plan', groupId] as const,
};

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: developmentKeys.all });
}

// ---------------------------------------------------------------------------------------------
// Reading

/** The programme's content, cohorts, gatherings and taking part (public); `canManage` for the office. */
export const useDevelopmentOverview = (programmeId: string | undefined) =>
  useQuery({ queryKey: developmentKeys.overview(programmeId ?? ''), queryFn: () => call(developmentRoutes.overview, { params: { id: programmeId! } }), enabled: programmeId !== undefined });

export const useCohort = (id: string) => useQuery({ queryKey: developmentKeys.cohort(id), queryFn: () => call(developmentRoutes.cohort, { params: { id } }), retry: false });

/** The cohort's evaluation results (the office). */
export const useCohortEvaluation = (cohortId: string, enabled = true) =>
  useQuery({ queryKey: developmentKeys.evaluation(cohortId), queryFn: () => call(developmentRoutes.evaluation, { params: { id: cohortId } }), enabled });

/** The groups the signed-in user is a member or facilitator of. */
export const useMyDevelopmentGroups = (enabled = true) => useQuery({ queryKey: developmentKeys.myGroups(), queryFn: () => call(developmentRoutes.myGroups), enabled });

export const useGroup = (id: string) => useQuery({ queryKey: developmentKeys.group(id), queryFn: () => call(developmentRoutes.group, { params: { id } }), retry: false });

/** A group's development plan: the group's own, or anyone's when the group made it public. */
export const usePlan = (groupId: string, enabled = true) =>
  useQuery({ queryKey: developmentKeys.plan(groupId), queryFn: () => call(developmentRoutes.plan, { params: { id: groupId } }), enabled, retry: false });

// ---------------------------------------------------------------------------------------------
// The office: content and cohorts

export function useUpdateDevelopmentSettings(programmeId: string) {
  const qc = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DevelopmentSettingsInput) => call(developmentRoutes.updateSettings, { params: { id: programmeId }, body }),
    onSuccess: (overview: DevelopmentOverview) => {
      qc.setQueryData(developmentKeys.overview(programmeId), overview);
      return refresh();
    },
  });
}

function useCohortAnswer() {
  const qc = useQueryClient();
  const refresh = useRefresh();
  return (cohort: CohortDetail) => {
    qc.setQueryData(developmentKeys.cohort(cohort.id), cohort);
    return refresh();
  };
}

export function useCreateCohort(programmeId: string) {
  const answer = useCohortAnswer();
  return useMutation({ mutationFn: (body: CohortCreate) => call(developmentRoutes.createCohort, { params: { id: programmeId }, body }), onSuccess: answer });
}

/** Changes the cohort; `isEvaluationOpen` opens or closes its evaluation. */
export function useUpdateCohort(id: string) {
  const answer = useCohortAnswer();
  return useMutation({ mutationFn: (body: CohortUpdate) => call(developmentRoutes.updateCohort, { params: { id }, body }), onSuccess: answer });
}

/** Adds a gathering: a published event of the programme, linked to the cohort. */
export function useAddGathering(cohortId: string) {
  const qc = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: GatheringCreate) => call(developmentRoutes.addGathering, { params: { id: cohortId }, body }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: eventKeys.all });
      return refresh();
    },
  });
}

export function useAddHomework(cohortId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: HomeworkCreate) => call(developmentRoutes.addHomework, { params: { id: cohortId }, body }), onSuccess: refresh });
}

export function useUpdateHomework() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: ({ id, ...body }: HomeworkUpdate & { id: string }) => call(developmentRoutes.updateHomework, { params: { id }, body }), onSuccess: refresh });
}

/** Invites a municipality or county (an organisation) to the cohort. */
export function useInviteGroup(cohortId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (organisationId: string) => call(developmentRoutes.inviteGroup, { params: { id: cohortId }, body: { organisationId } }), onSuccess: refresh });
}

/** Records who came to a gathering (the gathering's event id). */
export function useMarkAttendance(eventId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (marks: AttendanceMark['marks']) => call(developmentRoutes.markAttendance, { params: { id: eventId }, body: { marks } }), onSuccess: refresh });
}

// ---------------------------------------------------------------------------------------------
// The office: a group's response, facilitator and members

/** Accepts (with the commitment), declines or withdraws the group. */
export function useRespondGroup(groupId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: GroupResponse) => call(developmentRoutes.respond, { params: { id: groupId }, body }), onSuccess: refresh });
}

export function useSetFacilitator(groupId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (userId: string | null) => call(developmentRoutes.setFacilitator, { params: { id: groupId }, body: { userId } }), onSuccess: refresh });
}

export function useAddMember(groupId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: MemberInput) => call(developmentRoutes.addMember, { params: { id: groupId }, body }), onSuccess: refresh });
}

/** Changes a member (the member's id in the variables). */
export function useUpdateMember() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: ({ id, ...body }: MemberUpdate & { id: string }) => call(developmentRoutes.updateMember, { params: { id }, body }), onSuccess: refresh });
}

/** Removes a member (the member's id). */
export function useRemoveMember() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => call(developmentRoutes.removeMember, { params: { id } }), onSuccess: refresh });
}

// ---------------------------------------------------------------------------------------------
// The group's work: homework, notes, plan, evaluation

/** Keeps a draft of a task's hand-in, or hands it in (`submit: true`). */
export function useSaveSubmission(groupId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ taskId, ...body }: SubmissionInput & { taskId: string }) => call(developmentRoutes.saveSubmission, { params: { id: groupId, taskId }, body }),
    onSuccess: refresh,
  });
}

/** Attaches a document to a task's hand-in (multipart field `file`, with upload progress). */
export function useUploadSubmission(groupId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ taskId, file, onProgress, signal }: { taskId: string; file: File; onProgress?: (p: UploadProgress) => void; signal?: AbortSignal }) => {
      const form = new FormData();
      form.append('file', file);
      return api.upload<Submission>(urlOf(developmentRoutes.uploadSubmission, { params: { id: groupId, taskId } }), form, { onProgress, signal });
    },
    onSuccess: refresh,
  });
}

export const submissionFileUrl = (groupId: string, taskId: string) => urlOf(developmentRoutes.submissionFile, { params: { id: groupId, taskId } });

export function useAddNote(groupId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: NoteInput) => call(developmentRoutes.addNote, { params: { id: groupId }, body }), onSuccess: refresh });
}

/** Changes a note (the note's id in the variables). */
export function useUpdateNote() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: ({ id, ...body }: NoteInput & { id: string }) => call(developmentRoutes.updateNote, { params: { id }, body }), onSuccess: refresh });
}

/** Deletes a note (the note's id). */
export function useRemoveNote() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => call(developmentRoutes.removeNote, { params: { id } }), onSuccess: refresh });
}

/** Saves the plan with the revision read (STATE_CHANGED when someone saved it since). */
export function useSavePlan(groupId: string) {
  const qc = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PlanInput) => call(developmentRoutes.savePlan, { params: { id: groupId }, body }),
    onSuccess: (plan: Plan) => {
      qc.setQueryData(developmentKeys.plan(groupId), plan);
      return refresh();
    },
  });
}

/** The facilitator's or office's comment on one part of the plan. */
export function useCommentPlan(groupId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: { part: PlanPart; body: string }) => call(developmentRoutes.commentPlan, { params: { id: groupId }, body }), onSuccess: refresh });
}

/** Makes the plan the municipality's own programme (goal tree, action programme, indicators). */
export function useConvertPlan(groupId: string) {
  const qc = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PlanConversion) => call(developmentRoutes.convertPlan, { params: { id: groupId }, body }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: programmeKeys.all });
      return refresh();
    },
  });
}

export const planPdfUrl = (groupId: string, lang: Locale) => urlOf(developmentRoutes.planPdf, { params: { id: groupId }, query: { lang } });
export const planDocxUrl = (groupId: string, lang: Locale) => urlOf(developmentRoutes.planDocx, { params: { id: groupId }, query: { lang } });

/** A member answers the evaluation for the group (once, while the cohort's evaluation is open). */
export function useAnswerEvaluation(groupId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: EvaluationAnswer) => call(developmentRoutes.answerEvaluation, { params: { id: groupId }, body }), onSuccess: refresh });
}

// ---------------------------------------------------------------------------------------------
// Paths

/** The office's pages and the public pages of development programmes. */
export const developmentAdminPath = (slug: string) => `/admin/program/${slug}/utvikling`;
export const cohortAdminPath = (id: string) => `/admin/kull/${id}`;
export const groupAdminPath = (id: string) => `/admin/grupper/${id}`;
export const publicPlanPath = (slug: string, groupId: string) => `/program/${slug}/utviklingsplan/${groupId}`;
