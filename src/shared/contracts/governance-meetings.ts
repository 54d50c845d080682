import { z } from './zod';
import { Id, IdParams, LocalizedText, OkResponse, OptionalLocalizedText, Timestamp, WebUrl } from './common';
import { endpoint, link } from './endpoint';
import { BodyAccess, BodyRef, DateOnly, MemberRole, NamedRef } from './governance-bodies';
import { ACTION_STATUSES, ATTENDANCE_STATUSES, CASE_TYPES, CONFLICT_RULINGS, EFFECT_KINDS, ITEM_OUTCOMES, MEETING_STATUSES, VOTES } from '../domain/governance';
import { APPLICATION_OUTCOMES, GRANTING_OUTCOMES } from '../domain/calls';

export const MeetingStatus = z.enum(MEETING_STATUSES);
export const CaseType = z.enum(CASE_TYPES);
export const ItemOutcome = z.enum(ITEM_OUTCOMES);
export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export const Vote = z.enum(VOTES);
export const ConflictRuling = z.enum(CONFLICT_RULINGS);
export const EffectKind = z.enum(EFFECT_KINDS);
export const ActionStatus = z.enum(ACTION_STATUSES);

const ExemptionBasis = z.string().trim().min(3).max(300).describe('The legal basis, e.g. "offl. § 13 jf. fvl. § 13"');

export const Meeting = z.object({
  id: Id,
  body: BodyRef,
  title: LocalizedText.nullable(),
  startsAt: Timestamp,
  endsAt: Timestamp.nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  recordingUrl: z.string().nullable(),
  status: MeetingStatus,
  noticeDueAt: Timestamp.describe('When the notice should be out: the start less the programme\'s notice days'),
  noticePublishedAt: Timestamp.nullable(),
  noticeLate: z.boolean().describe('The notice went out after its deadline'),
  heldAt: Timestamp.nullable(),
  minutesApprovedAt: Timestamp.nullable(),
  minutesApprovedBy: z.enum(['chair', 'meeting']).nullable(),
  minutesPublishedAt: Timestamp.nullable(),
  itemCount: z.number().int(),
  sequence: z.number().int().describe('iCalendar SEQUENCE: raised whenever the time, place or status changes'),
  updatedAt: Timestamp,
});
export type Meeting = z.infer<typeof Meeting>;

const MeetingFields = z.object({
  title: LocalizedText.nullable().optional(),
  startsAt: z.iso.datetime({ offset: true, message: 'datetime' }),
  endsAt: z.iso.datetime({ offset: true, message: 'datetime' }).nullable().optional(),
  place: z.string().trim().max(300).nullable().optional(),
  onlineUrl: WebUrl.nullable().optional(),
  recordingUrl: WebUrl.nullable().optional(),
});
function checkMeetingTimes(v: { startsAt?: string; endsAt?: string | null }, ctx: z.core.$RefinementCtx) {
  if (v.startsAt && v.endsAt && Date.parse(v.endsAt) <= Date.parse(v.startsAt)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'periodOrder' });
}
export const MeetingCreate = MeetingFields.superRefine(checkMeetingTimes);
export type MeetingCreate = z.infer<typeof MeetingCreate>;
export const MeetingUpdate = MeetingFields.partial().extend({ cancelled: z.literal(true).optional().describe('Cancel the meeting; calendars are told') }).superRefine(checkMeetingTimes);
export type MeetingUpdate = z.infer<typeof MeetingUpdate>;

export const MeetingListQuery = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional().describe('The meetings of one year (the annual wheel)'),
  upcoming: z.stringbool().optional().describe('Only meetings that have not yet started'),
});
export type MeetingListQuery = z.infer<typeof MeetingListQuery>;
export const MeetingList = z.object({ meetings: z.array(Meeting) });
export type MeetingList = z.infer<typeof MeetingList>;

/** The decision a case proposes on an application: the outcome, and for a grant the amount and any conditions. */
export const ApplicationDecisionSchema = z.object({
  outcome: z.enum(APPLICATION_OUTCOMES),
  amount: z.number().int().min(1).max(1e12).nullable().optional().describe('Whole kroner granted'),
  conditions: OptionalLocalizedText.nullable().optional().describe('The conditions of the grant'),
});

export const Effect = z.object({
  id: Id,
  kind: EffectKind,
  targetId: Id,
  target: z
    .object({
      name: LocalizedText.describe("The body's name, or the action programme's title"),
      bodyId: Id.nullable().describe('The body it changes (or whose mandate); null for an action programme'),
      version: z.number().int().nullable().describe('The mandate version adopted'),
      actionProgrammeId: Id.nullable().describe('The action programme adopted'),
      applicationId: Id.nullable().describe('The application decided'),
      projectId: Id.nullable().describe('The project the decision created, or whose change it decides'),
    })
    .describe('What the effect changes'),
  decision: ApplicationDecisionSchema.nullable().describe('For an application: the outcome, the amount granted and the conditions'),
  expectedRevision: z.number().int().nullable(),
  appliedAt: Timestamp.nullable(),
  appliedByItemId: Id.nullable(),
});
export type Effect = z.infer<typeof Effect>;
export const EffectCreate = z
  .object({
    kind: EffectKind,
    targetId: Id.describe('The mandate version or action programme to adopt, the body to establish or dissolve, the application or the project change request to decide'),
    decision: ApplicationDecisionSchema.optional().describe('For decide_application: what the decision grants'),
  })
  .superRefine((e, ctx) => {
    if (e.kind !== 'decide_application') return;
    if (!e.decision) ctx.addIssue({ code: 'custom', path: ['decision'], message: 'required' });
    else if (GRANTING_OUTCOMES.has(e.decision.outcome) && !e.decision.amount) ctx.addIssue({ code: 'custom', path: ['decision', 'amount'], message: 'required' });
  });
export type EffectCreate = z.infer<typeof EffectCreate>;

/** One step of a case's way: the body, the meeting, its number there and what came of it. */
export const CaseStep = z.object({
  itemId: Id,
  meetingId: Id,
  body: BodyRef,
  number: z.string(),
  date: Timestamp,
  outcome: ItemOutcome.nullable(),
  forwardedTo: BodyRef.nullable(),
});
export type CaseStep = z.infer<typeof CaseStep>;

/** A file attached to a case; downloaded at `governanceDocumentsApi.attachment`. */
export const CaseAttachment = z.object({
  id: Id,
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: Timestamp,
});
export type CaseAttachment = z.infer<typeof CaseAttachment>;

/**
 * A case as the visitor may read it. For an exempt case seen from outside the body, only its
 * number, public title and legal basis: `restricted` is true and the texts are null.
 */
export const Case = z.object({
  id: Id,
  programmeId: Id,
  body: BodyRef,
  type: CaseType,
  title: LocalizedText.describe('The public title'),
  internalTitle: LocalizedText.nullable(),
  paper: OptionalLocalizedText.nullable(),
  proposedDecision: OptionalLocalizedText.nullable(),
  isExempt: z.boolean(),
  exemptionBasis: z.string().nullable(),
  restricted: z.boolean().describe('The visitor sees the public view of an exempt case'),
  effects: z.array(Effect),
  steps: z.array(CaseStep),
  reportsActionId: Id.nullable(),
  attachments: z.array(CaseAttachment).describe("The case's files; none for an exempt case seen from outside"),
});
export type Case = z.infer<typeof Case>;

const CaseFields = z.object({
  type: CaseType.exclude(['minutes_approval']),
  title: LocalizedText,
  internalTitle: LocalizedText.nullable().optional(),
  paper: OptionalLocalizedText.optional(),
  proposedDecision: OptionalLocalizedText.optional(),
  isExempt: z.boolean().optional(),
  exemptionBasis: ExemptionBasis.nullable().optional(),
});
function checkExemption(v: { isExempt?: boolean; exemptionBasis?: string | null }, ctx: z.core.$RefinementCtx) {
  if (v.isExempt && !v.exemptionBasis) ctx.addIssue({ code: 'custom', path: ['exemptionBasis'], message: 'required' });
}
export const CaseCreate = CaseFields.extend({ effects: z.array(EffectCreate).max(10).optional() }).superRefine(checkExemption);
export type CaseCreate = z.infer<typeof CaseCreate>;
export const CaseUpdate = CaseFields.partial().superRefine(checkExemption);
export type CaseUpdate = z.infer<typeof CaseUpdate>;
export const CaseListQuery = z.object({ open: z.stringbool().optional().describe('Only cases not yet decided (or forwarded here and not yet decided)') });
export type CaseListQuery = z.infer<typeof CaseListQuery>;
export const CaseList = z.object({ cases: z.array(Case) });
export type CaseList = z.infer<typeof CaseList>;

export const Conflict = z.object({
  id: Id,
  itemId: Id,
  membershipId: Id,
  memberName: z.string(),
  reason: z.string(),
  declaredAt: Timestamp,
  ruling: ConflictRuling.nullable(),
  deputy: z.object({ membershipId: Id, name: z.string() }).nullable(),
});
export type Conflict = z.infer<typeof Conflict>;
export const ConflictCreate = z.object({ membershipId: Id, reason: z.string().trim().min(3).max(2000) });
export type ConflictCreate = z.infer<typeof ConflictCreate>;
export const ConflictRulingInput = z.object({ ruling: ConflictRuling, deputyMembershipId: Id.nullable().optional() });
export type ConflictRulingInput = z.infer<typeof ConflictRulingInput>;

export const FollowUpAction = z.object({
  id: Id,
  itemId: Id,
  meetingId: Id,
  caseNumber: z.string(),
  body: BodyRef,
  description: LocalizedText,
  responsiblePerson: NamedRef.nullable(),
  responsibleOrganisation: NamedRef.nullable(),
  dueDate: DateOnly.nullable(),
  status: ActionStatus,
  isOverdue: z.boolean(),
  reportedCaseId: Id.nullable(),
});
export type FollowUpAction = z.infer<typeof FollowUpAction>;
const ActionFields = z.object({
  description: LocalizedText,
  responsiblePersonId: Id.nullable().optional(),
  responsibleOrganisationId: Id.nullable().optional(),
  dueDate: DateOnly.nullable().optional(),
  status: ActionStatus.optional(),
});
export const FollowUpActionCreate = ActionFields;
export type FollowUpActionCreate = z.infer<typeof FollowUpActionCreate>;
export const FollowUpActionUpdate = ActionFields.partial();
export type FollowUpActionUpdate = z.infer<typeof FollowUpActionUpdate>;
export const FollowUpActionQuery = z.object({ overdue: z.stringbool().optional(), open: z.stringbool().optional() });
export type FollowUpActionQuery = z.infer<typeof FollowUpActionQuery>;
export const FollowUpActionList = z.object({ actions: z.array(FollowUpAction) });
export type FollowUpActionList = z.infer<typeof FollowUpActionList>;

export const AgendaItem = z.object({
  id: Id,
  position: z.number().int(),
  number: z.string().describe('"12/2026": the case number in the body\'s series for the year'),
  case: Case,
  outcome: ItemOutcome.nullable(),
  decisionText: OptionalLocalizedText.nullable(),
  forwardedTo: BodyRef.nullable(),
  votes: z.array(z.object({ membershipId: Id, name: z.string(), vote: Vote })).nullable(),
  decidedAt: Timestamp.nullable(),
  conflicts: z.array(Conflict).describe('Visible to the body; to the public in published minutes'),
  actions: z.array(FollowUpAction),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const AttendanceEntry = z.object({
  membershipId: Id,
  name: z.string(),
  organisation: NamedRef.nullable(),
  role: MemberRole,
  status: AttendanceStatus,
  substituteFor: z.object({ membershipId: Id, name: z.string() }).nullable(),
});
export type AttendanceEntry = z.infer<typeof AttendanceEntry>;
export const AttendanceInput = z.object({
  entries: z
    .array(z.object({ membershipId: Id, status: AttendanceStatus, substituteForId: Id.nullable().optional() }))
    .max(500),
});
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const MeetingDetail = z.object({
  meeting: Meeting,
  programme: z.object({ id: Id, slug: z.string(), name: LocalizedText }),
  items: z.array(AgendaItem).describe('The agenda in order; to the public once the notice is published'),
  attendance: z.array(AttendanceEntry).describe('To the public once the minutes are published'),
  previousMeetingId: Id.nullable(),
  nextMeetingId: Id.nullable(),
  warnings: z.array(z.string()).describe('Kept warnings, e.g. "noticeLate"'),
  access: BodyAccess,
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

export const ItemCreate = z.object({
  caseId: Id,
  number: z.number().int().min(1).max(100000).optional().describe('A number of the year\'s series chosen by hand (e.g. history); the next free one when left out'),
});
export type ItemCreate = z.infer<typeof ItemCreate>;
export const AgendaOrder = z.object({ itemIds: z.array(Id).min(1).max(500) });
export type AgendaOrder = z.infer<typeof AgendaOrder>;

export const DecisionInput = z
  .object({
    outcome: ItemOutcome,
    decisionText: OptionalLocalizedText.optional().describe('The adopted text; the proposed decision when left out of an adoption'),
    forwardedToBodyId: Id.nullable().optional(),
    votes: z.array(z.object({ membershipId: Id, vote: Vote })).max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'forwarded' && !v.forwardedToBodyId) ctx.addIssue({ code: 'custom', path: ['forwardedToBodyId'], message: 'required' });
    if (v.outcome === 'adopted_as_amended' && !v.decisionText?.nb) ctx.addIssue({ code: 'custom', path: ['decisionText', 'nb'], message: 'required' });
  });
export type DecisionInput = z.infer<typeof DecisionInput>;

export const MinutesApproval = z.object({ by: z.literal('chair').describe('Approved by the chair; approval by the next meeting is that meeting\'s first item') });
export type MinutesApproval = z.infer<typeof MinutesApproval>;

/** A decision as the decision list and the feed show it. */
export const Decision = z.object({
  itemId: Id,
  meetingId: Id,
  body: BodyRef,
  number: z.string(),
  title: LocalizedText,
  isExempt: z.boolean(),
  exemptionBasis: z.string().nullable(),
  outcome: ItemOutcome,
  decisionText: OptionalLocalizedText.nullable(),
  decidedAt: Timestamp,
  effects: z.array(Effect),
});
export type Decision = z.infer<typeof Decision>;
export const DecisionQuery = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DecisionQuery = z.infer<typeof DecisionQuery>;
export const DecisionPage = z.object({ items: z.array(Decision), total: z.number().int() });
export type DecisionPage = z.infer<typeof DecisionPage>;

const Lang = z.object({ lang: z.enum(['nb', 'nn', 'en']).default('nb') });

export const meetingsApi = {
  bodyMeetings: endpoint({ method: 'GET', path: '/api/bodies/:id/meetings', params: IdParams, query: MeetingListQuery, response: MeetingList }),
  programmeMeetings: endpoint({ method: 'GET', path: '/api/programmes/:id/meetings', params: IdParams, query: MeetingListQuery, response: MeetingList }),
  create: endpoint({ method: 'POST', path: '/api/bodies/:id/meetings', params: IdParams, body: MeetingCreate, response: Meeting, status: 201 }),
  get: endpoint({ method: 'GET', path: '/api/meetings/:id', params: IdParams, response: MeetingDetail }),
  update: endpoint({ method: 'PATCH', path: '/api/meetings/:id', params: IdParams, body: MeetingUpdate, response: Meeting }),
  remove: endpoint({ method: 'DELETE', path: '/api/meetings/:id', params: IdParams, response: OkResponse }),
  publishNotice: endpoint({ method: 'POST', path: '/api/meetings/:id/notice', params: IdParams, response: MeetingDetail }),
  markHeld: endpoint({ method: 'POST', path: '/api/meetings/:id/held', params: IdParams, response: MeetingDetail }),
  setAttendance: endpoint({ method: 'PUT', path: '/api/meetings/:id/attendance', params: IdParams, body: AttendanceInput, response: MeetingDetail }),
  approveMinutes: endpoint({ method: 'POST', path: '/api/meetings/:id/minutes/approval', params: IdParams, body: MinutesApproval, response: MeetingDetail }),
  publishMinutes: endpoint({ method: 'POST', path: '/api/meetings/:id/minutes/publication', params: IdParams, response: MeetingDetail }),
  addItem: endpoint({ method: 'POST', path: '/api/meetings/:id/items', params: IdParams, body: ItemCreate, response: MeetingDetail, status: 201 }),
  orderItems: endpoint({ method: 'PUT', path: '/api/meetings/:id/item-order', params: IdParams, body: AgendaOrder, response: MeetingDetail }),
  removeItem: endpoint({ method: 'DELETE', path: '/api/agenda-items/:id', params: IdParams, response: OkResponse }),
  recordDecision: endpoint({ method: 'POST', path: '/api/agenda-items/:id/decision', params: IdParams, body: DecisionInput, response: MeetingDetail }),
  declareConflict: endpoint({ method: 'POST', path: '/api/agenda-items/:id/conflicts', params: IdParams, body: ConflictCreate, response: Conflict, status: 201 }),
  ruleConflict: endpoint({ method: 'PATCH', path: '/api/conflicts/:id', params: IdParams, body: ConflictRulingInput, response: Conflict }),
  addAttachment: endpoint({ method: 'POST', path: '/api/cases/:id/attachments', params: IdParams, response: CaseAttachment, status: 201 }),
  removeAttachment: endpoint({ method: 'DELETE', path: '/api/case-attachments/:id', params: IdParams, response: OkResponse }),
  bodyCases: endpoint({ method: 'GET', path: '/api/bodies/:id/cases', params: IdParams, query: CaseListQuery, response: CaseList }),
  createCase: endpoint({ method: 'POST', path: '/api/bodies/:id/cases', params: IdParams, body: CaseCreate, response: Case, status: 201 }),
  getCase: endpoint({ method: 'GET', path: '/api/cases/:id', params: IdParams, response: Case }),
  updateCase: endpoint({ method: 'PATCH', path: '/api/cases/:id', params: IdParams, body: CaseUpdate, response: Case }),
  addAction: endpoint({ method: 'POST', path: '/api/agenda-items/:id/actions', params: IdParams, body: FollowUpActionCreate, response: FollowUpAction, status: 201 }),
  updateAction: endpoint({ method: 'PATCH', path: '/api/follow-up-actions/:id', params: IdParams, body: FollowUpActionUpdate, response: FollowUpAction }),
  reportAction: endpoint({ method: 'POST', path: '/api/follow-up-actions/:id/report', params: IdParams, response: Case, status: 201 }),
  programmeActions: endpoint({ method: 'GET', path: '/api/programmes/:id/follow-up-actions', params: IdParams, query: FollowUpActionQuery, response: FollowUpActionList }),
  bodyDecisions: endpoint({ method: 'GET', path: '/api/bodies/:id/decisions', params: IdParams, query: DecisionQuery, response: DecisionPage }),
  programmeDecisions: endpoint({ method: 'GET', path: '/api/programmes/:id/decisions', params: IdParams, query: DecisionQuery, response: DecisionPage }),
};

/** The documents governance sends out: calendars, the decision feed, PDFs, the archive export. */
export const governanceDocumentsApi = {
  bodyCalendar: link({ query: Lang, path: '/api/bodies/:id/meetings.ics', params: IdParams }),
  programmeCalendar: link({ query: Lang, path: '/api/programmes/:id/meetings.ics', params: IdParams }),
  meetingCalendar: link({ query: Lang, path: '/api/meetings/:id/meeting.ics', params: IdParams }),
  decisionFeed: link({ path: '/api/programmes/:id/decisions.rss', params: IdParams, query: Lang }),
  minutesPdf: link({ path: '/api/meetings/:id/minutes.pdf', params: IdParams, query: Lang }),
  noticePdf: link({ path: '/api/meetings/:id/notice.pdf', params: IdParams, query: Lang }),
  excerptPdf: link({ path: '/api/agenda-items/:id/excerpt.pdf', params: IdParams, query: Lang }),
  attachment: link({ path: '/api/case-attachments/:id/file', params: IdParams }),
  noarkExport: link({ path: '/api/bodies/:id/noark.xml', params: IdParams, query: z.object({ year: z.coerce.number().int().min(1900).max(2200) }) }),
};
