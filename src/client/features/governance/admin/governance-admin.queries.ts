import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../app/api';
import { bodiesRoutes, meetingsRoutes } from '../../../../shared/contracts/routes';
import type { BodyCreate, BodyUpdate, GovernanceSettings, MandateVersionCreate, MandateVersionUpdate, MembershipCreate, MembershipUpdate } from '../../../../shared/contracts/governance-bodies';
import type {
  AgendaOrder,
  AttendanceInput,
  CaseCreate,
  CaseUpdate,
  ConflictCreate,
  ConflictRulingInput,
  DecisionInput,
  FollowUpActionCreate,
  FollowUpActionUpdate,
  ItemCreate,
  MeetingCreate,
  MeetingDetail,
  MeetingUpdate,
} from '../../../../shared/contracts/governance-meetings';

/** The cache of the governance admin pages: every key and every invalidation comes from here. */
export const governanceAdminKeys = {
  all: ['governanceAdmin'] as const,
  bodies: (programmeId: string) => ['governanceAdmin', 'bodies', programmeId] as const,
  body: (bodyId: string, history: boolean) => ['governanceAdmin', 'body', bodyId, history] as const,
  mandateDiff: (bodyId: string, from: string, to: string, lang: string) => ['governanceAdmin', 'mandateDiff', bodyId, from, to, lang] as const,
  bodyMeetings: (bodyId: string, year: number) => ['governanceAdmin', 'bodyMeetings', bodyId, year] as const,
  upcoming: (programmeId: string) => ['governanceAdmin', 'upcoming', programmeId] as const,
  meeting: (meetingId: string) => ['governanceAdmin', 'meeting', meetingId] as const,
  cases: (bodyId: string, open: boolean) => ['governanceAdmin', 'cases', bodyId, open] as const,
  actions: (programmeId: string, overdue: boolean) => ['governanceAdmin', 'actions', programmeId, overdue] as const,
};

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: governanceAdminKeys.all });
}

/** After a change that answers with the whole meeting, that answer is the page's data at once. */
function useMeetingAnswer(meetingId: string) {
  const qc = useQueryClient();
  return (detail: MeetingDetail) => {
    qc.setQueryData(governanceAdminKeys.meeting(meetingId), detail);
    return qc.invalidateQueries({ queryKey: governanceAdminKeys.all });
  };
}

// ── Bodies ──────────────────────────────────────────────────────────────────────────────────

export function useBodies(programmeId: string | undefined) {
  return useQuery({
    queryKey: governanceAdminKeys.bodies(programmeId ?? ''),
    queryFn: () => call(bodiesRoutes.list, { params: { id: programmeId! } }),
    enabled: programmeId !== undefined,
  });
}

/** The bodies of several programmes (the board member's own meetings page). */
export function useBodiesOf(programmeIds: readonly string[]) {
  return useQueries({
    queries: programmeIds.map((id) => ({ queryKey: governanceAdminKeys.bodies(id), queryFn: () => call(bodiesRoutes.list, { params: { id } }) })),
  });
}

export function useBody(bodyId: string, history = false, enabled = true) {
  return useQuery({
    enabled,
    queryKey: governanceAdminKeys.body(bodyId, history),
    queryFn: () => call(bodiesRoutes.get, { params: { id: bodyId }, query: history ? { history: 'true' } : {} }),
  });
}

export function useBodiesDetail(bodyIds: readonly string[]) {
  return useQueries({
    queries: bodyIds.map((id) => ({ queryKey: governanceAdminKeys.body(id, false), queryFn: () => call(bodiesRoutes.get, { params: { id }, query: {} }) })),
  });
}

export function useCreateBody(programmeId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: BodyCreate) => call(bodiesRoutes.create, { params: { id: programmeId }, body }), onSuccess: invalidate });
}

export function useUpdateGovernanceSettings(programmeId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: GovernanceSettings) => call(bodiesRoutes.updateSettings, { params: { id: programmeId }, body }), onSuccess: invalidate });
}

export function useUpdateBody(bodyId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: BodyUpdate) => call(bodiesRoutes.update, { params: { id: bodyId }, body }), onSuccess: invalidate });
}

export function useDeleteBody(bodyId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(bodiesRoutes.remove, { params: { id: bodyId } }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: governanceAdminKeys.body(bodyId, false) });
      return qc.invalidateQueries({ queryKey: governanceAdminKeys.all });
    },
  });
}

// ── Members ─────────────────────────────────────────────────────────────────────────────────

export function useAddMember(bodyId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: MembershipCreate) => call(bodiesRoutes.addMember, { params: { id: bodyId }, body }), onSuccess: invalidate });
}

export function useUpdateMember() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MembershipUpdate }) => call(bodiesRoutes.updateMember, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

// ── Mandate ─────────────────────────────────────────────────────────────────────────────────

export function useAddMandateVersion(bodyId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: MandateVersionCreate) => call(bodiesRoutes.addMandateVersion, { params: { id: bodyId }, body }), onSuccess: invalidate });
}

export function useUpdateMandateVersion() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MandateVersionUpdate }) => call(bodiesRoutes.updateMandateVersion, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useRemoveMandateVersion() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => call(bodiesRoutes.removeMandateVersion, { params: { id } }), onSuccess: invalidate });
}

export function useMandateDiff(bodyId: string, from: string | null, to: string | null, lang: 'nb' | 'nn' | 'en') {
  return useQuery({
    queryKey: governanceAdminKeys.mandateDiff(bodyId, from ?? '', to ?? '', lang),
    queryFn: () => call(bodiesRoutes.mandateDiff, { params: { id: bodyId }, query: { from: from!, to: to!, lang } }),
    enabled: from !== null && to !== null && from !== to,
  });
}

// ── Meetings ────────────────────────────────────────────────────────────────────────────────

export function useBodyMeetings(bodyId: string, year: number) {
  return useQuery({
    queryKey: governanceAdminKeys.bodyMeetings(bodyId, year),
    queryFn: () => call(meetingsRoutes.bodyMeetings, { params: { id: bodyId }, query: { year } }),
    placeholderData: (previous) => previous,
  });
}

/** The coming meetings of several programmes. */
export function useUpcomingMeetings(programmeIds: readonly string[]) {
  return useQueries({
    queries: programmeIds.map((id) => ({
      queryKey: governanceAdminKeys.upcoming(id),
      queryFn: () => call(meetingsRoutes.programmeMeetings, { params: { id }, query: { upcoming: 'true' } }),
    })),
  });
}

export function useMeeting(meetingId: string) {
  return useQuery({ queryKey: governanceAdminKeys.meeting(meetingId), queryFn: () => call(meetingsRoutes.get, { params: { id: meetingId } }) });
}

export function useCreateMeeting(bodyId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: MeetingCreate) => call(meetingsRoutes.create, { params: { id: bodyId }, body }), onSuccess: invalidate });
}

export function useUpdateMeeting() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MeetingUpdate }) => call(meetingsRoutes.update, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

/** The steps of a meeting's way that answer with the whole meeting. */
export function useMeetingStep(meetingId: string) {
  const answer = useMeetingAnswer(meetingId);
  return useMutation({
    mutationFn: (step: 'notice' | 'held' | 'approve' | 'publishMinutes') => {
      const params = { id: meetingId };
      if (step === 'notice') return call(meetingsRoutes.publishNotice, { params });
      if (step === 'held') return call(meetingsRoutes.markHeld, { params });
      if (step === 'approve') return call(meetingsRoutes.approveMinutes, { params, body: { by: 'chair' } });
      return call(meetingsRoutes.publishMinutes, { params });
    },
    onSuccess: answer,
  });
}

export function useSetAttendance(meetingId: string) {
  const answer = useMeetingAnswer(meetingId);
  return useMutation({ mutationFn: (body: AttendanceInput) => call(meetingsRoutes.setAttendance, { params: { id: meetingId }, body }), onSuccess: answer });
}

export function useAddItem(meetingId: string) {
  const answer = useMeetingAnswer(meetingId);
  return useMutation({ mutationFn: (body: ItemCreate) => call(meetingsRoutes.addItem, { params: { id: meetingId }, body }), onSuccess: answer });
}

export function useOrderItems(meetingId: string) {
  const answer = useMeetingAnswer(meetingId);
  return useMutation({ mutationFn: (body: AgendaOrder) => call(meetingsRoutes.orderItems, { params: { id: meetingId }, body }), onSuccess: answer });
}

export function useRemoveItem() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (itemId: string) => call(meetingsRoutes.removeItem, { params: { id: itemId } }), onSuccess: invalidate });
}

export function useRecordDecision(meetingId: string) {
  const answer = useMeetingAnswer(meetingId);
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: DecisionInput }) => call(meetingsRoutes.recordDecision, { params: { id: itemId }, body }),
    onSuccess: answer,
  });
}

export function useDeclareConflict() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: ConflictCreate }) => call(meetingsRoutes.declareConflict, { params: { id: itemId }, body }),
    onSuccess: invalidate,
  });
}

export function useRuleConflict() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ConflictRulingInput }) => call(meetingsRoutes.ruleConflict, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

// ── Cases and follow-up ─────────────────────────────────────────────────────────────────────

export function useBodyCases(bodyId: string, open = false) {
  return useQuery({
    queryKey: governanceAdminKeys.cases(bodyId, open),
    queryFn: () => call(meetingsRoutes.bodyCases, { params: { id: bodyId }, query: open ? { open: 'true' } : {} }),
  });
}

export function useCreateCase(bodyId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CaseCreate) => call(meetingsRoutes.createCase, { params: { id: bodyId }, body }), onSuccess: invalidate });
}

export function useUpdateCase() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: CaseUpdate }) => call(meetingsRoutes.updateCase, { params: { id }, body }), onSuccess: invalidate });
}

export function useAddAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: FollowUpActionCreate }) => call(meetingsRoutes.addAction, { params: { id: itemId }, body }),
    onSuccess: invalidate,
  });
}

export function useUpdateAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FollowUpActionUpdate }) => call(meetingsRoutes.updateAction, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useReportAction() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => call(meetingsRoutes.reportAction, { params: { id } }), onSuccess: invalidate });
}

export function useProgrammeActions(programmeId: string | undefined, overdue: boolean) {
  return useQuery({
    queryKey: governanceAdminKeys.actions(programmeId ?? '', overdue),
    queryFn: () => call(meetingsRoutes.programmeActions, { params: { id: programmeId! }, query: overdue ? { overdue: 'true', open: 'true' } : { open: 'true' } }),
    enabled: programmeId !== undefined,
  });
}
