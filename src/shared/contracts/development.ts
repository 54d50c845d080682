import { z } from './zod';
import { DateOnly, Email, Id, IdParams, LocalizedText, OkResponse, Timestamp } from './common';
import { endpoint, link } from './endpoint';
import { ARENAS, EVALUATION_SCALE, GROUP_STATUSES, HOMEWORK_STATES, MEMBER_KINDS, MEMBER_ROLES, NOTE_KINDS, PLAN_PARTS, SUBMISSION_KINDS } from '../domain/development';
import { LOCALES } from '../domain/localized';
import { EventTalk } from './events';

export const MemberRole = z.enum(MEMBER_ROLES);
export const MemberKind = z.enum(MEMBER_KINDS);
export const GroupStatus = z.enum(GROUP_STATUSES);
export const PlanPart = z.enum(PLAN_PARTS);
export const SubmissionKind = z.enum(SUBMISSION_KINDS);
export const HomeworkState = z.enum(HOMEWORK_STATES);
export const NoteKind = z.enum(NOTE_KINDS);
export const Arena = z.enum(ARENAS);
const Instant = z.iso.datetime({ offset: true, message: 'datetime' });
const Required = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const Text = (max: number) => z.string().trim().max(max).default('');

// ---------------------------------------------------------------------------------------------
// The programme's content

export const Perspective = z.object({
  title: LocalizedText,
  question: LocalizedText,
  topics: z.array(LocalizedText).max(20).default([]),
});
/** The question of each part of the improvement cycle, as the programme words it (null: the standard wording). */
export const CycleQuestions = z.object({
  where_are_we: LocalizedText.nullable().default(null),
  where_to_go: LocalizedText.nullable().default(null),
  who_does_what: LocalizedText.nullable().default(null),
  how_to_get_there: LocalizedText.nullable().default(null),
});
export const DevelopmentSettings = z.object({
  perspectives: z.array(Perspective).max(10),
  cycleQuestions: CycleQuestions,
  competenceGoals: z.array(LocalizedText).max(12),
});
export type DevelopmentSettings = z.infer<typeof DevelopmentSettings>;
export const DevelopmentSettingsInput = DevelopmentSettings;
export type DevelopmentSettingsInput = z.infer<typeof DevelopmentSettingsInput>;

// ---------------------------------------------------------------------------------------------
// Cohorts, gatherings, homework

export const Gathering = z.object({
  eventId: Id,
  title: z.string(),
  startsAt: Timestamp,
  endsAt: Timestamp.nullable(),
  place: z.string(),
  address: z.string(),
  isHeld: z.boolean().describe('The gathering has started'),
});
export type Gathering = z.infer<typeof Gathering>;

export const HomeworkTask = z.object({
  id: Id,
  cohortId: Id,
  title: z.string(),
  instructions: z.string(),
  dueAt: Timestamp,
  submissionKind: SubmissionKind,
  planPart: PlanPart.nullable(),
});
export type HomeworkTask = z.infer<typeof HomeworkTask>;

export const ParticipatingOrganisation = z.object({ groupId: Id, organisationId: Id, name: z.string(), areaCode: z.string().nullable(), hasPublicPlan: z.boolean() });

export const CohortSummary = z.object({
  id: Id,
  programmeId: Id,
  name: LocalizedText,
  region: z.string(),
  startsOn: DateOnly,
  endsOn: DateOnly,
  isEvaluationOpen: z.boolean(),
  gatherings: z.array(Gathering),
  organisations: z.array(ParticipatingOrganisation).describe('The municipalities and counties taking part (accepted)'),
});
export type CohortSummary = z.infer<typeof CohortSummary>;

export const DevelopmentOverview = z.object({
  programmeId: Id,
  settings: DevelopmentSettings,
  cohorts: z.array(CohortSummary),
  canManage: z.boolean(),
});
export type DevelopmentOverview = z.infer<typeof DevelopmentOverview>;

const cohortDates = (v: { startsOn?: string; endsOn?: string }, ctx: z.core.$RefinementCtx) => {
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'periodOrder' });
};
export const CohortCreate = z
  .object({
    name: LocalizedText,
    region: Required(200),
    startsOn: DateOnly,
    endsOn: DateOnly,
  })
  .superRefine(cohortDates);
export type CohortCreate = z.infer<typeof CohortCreate>;
export const CohortUpdate = z
  .object({
    name: LocalizedText.optional(),
    region: Required(200).optional(),
    startsOn: DateOnly.optional(),
    endsOn: DateOnly.optional(),
    isEvaluationOpen: z.boolean().optional(),
  })
  .superRefine(cohortDates);
export type CohortUpdate = z.infer<typeof CohortUpdate>;

export const GatheringCreate = z
  .object({
    title: Required(300),
    lead: Text(1000),
    startsAt: Instant,
    endsAt: Instant.nullable().default(null),
    place: Text(300),
    address: Text(300),
    talks: z.array(EventTalk).max(40).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt && v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'periodOrder' });
  });
export type GatheringCreate = z.infer<typeof GatheringCreate>;

const planPartFits = (v: { submissionKind?: string; planPart?: string | null }, ctx: z.core.$RefinementCtx) => {
  if (v.submissionKind === 'plan_part' && !v.planPart) ctx.addIssue({ code: 'custom', path: ['planPart'], message: 'required' });
};
export const HomeworkCreate = z
  .object({
    title: Required(300),
    instructions: Text(10000),
    dueAt: Instant,
    submissionKind: SubmissionKind,
    planPart: PlanPart.nullable().default(null),
  })
  .superRefine(planPartFits);
export type HomeworkCreate = z.infer<typeof HomeworkCreate>;
export const HomeworkUpdate = z
  .object({
    title: Required(300).optional(),
    instructions: z.string().trim().max(10000).optional(),
    dueAt: Instant.optional(),
    submissionKind: SubmissionKind.optional(),
    planPart: PlanPart.nullable().optional(),
  })
  .superRefine(planPartFits);
export type HomeworkUpdate = z.infer<typeof HomeworkUpdate>;

// ---------------------------------------------------------------------------------------------
// Participant groups

export const GroupMember = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  role: MemberRole,
  kind: MemberKind,
  isContact: z.boolean(),
  hasAccount: z.boolean(),
});
export type GroupMember = z.infer<typeof GroupMember>;
export const MemberInput = z.object({
  name: Required(200),
  email: z.union([Email, z.literal('')]).default(''),
  role: MemberRole,
  kind: MemberKind,
  isContact: z.boolean().default(false),
  giveAccess: z.boolean().default(false).describe('Link the member to the account with this e-mail (made, with an invitation, when there is none), so they sign in to the group'),
  locale: z.enum(LOCALES).default('nb').describe('The language of the invitation'),
});
export type MemberInput = z.infer<typeof MemberInput>;
export const MemberUpdate = MemberInput.partial();
export type MemberUpdate = z.infer<typeof MemberUpdate>;

export const GroupSummary = z.object({
  id: Id,
  cohortId: Id,
  organisationId: Id,
  organisationName: z.string(),
  areaCode: z.string().nullable(),
  status: GroupStatus,
  hasCommitted: z.boolean(),
  memberCount: z.number().int(),
  facilitator: z.object({ id: Id, name: z.string() }).nullable(),
  attendance: z.number().nullable().describe('Share (0–1) of member seats filled at the gatherings held; null before any'),
  isBelowCommitment: z.boolean().describe('A member missed a gathering held (or was not marked)'),
  homework: z.array(z.object({ taskId: Id, state: HomeworkState })),
});
export type GroupSummary = z.infer<typeof GroupSummary>;

export const CohortDetail = CohortSummary.extend({
  programmeSlug: z.string(),
  homework: z.array(HomeworkTask),
  groups: z.array(GroupSummary).describe('For the office: every group; otherwise only the groups the actor works in'),
  canManage: z.boolean(),
});
export type CohortDetail = z.infer<typeof CohortDetail>;

export const GroupInvite = z.object({ organisationId: Id });
export const GroupResponse = z.object({
  status: GroupStatus,
  hasCommitted: z.boolean().default(false).describe('Accepting needs the commitment to attend all gatherings'),
});
export type GroupResponse = z.infer<typeof GroupResponse>;
export const GroupFacilitator = z.object({ userId: Id.nullable() });

export const AttendanceMark = z.object({
  marks: z.array(z.object({ memberId: Id, attended: z.boolean() })).max(500),
});
export type AttendanceMark = z.infer<typeof AttendanceMark>;

export const Submission = z.object({
  id: Id,
  taskId: Id,
  text: z.string(),
  fileName: z.string().nullable(),
  submittedAt: Timestamp.nullable(),
  isLate: z.boolean(),
  updatedAt: Timestamp,
});
export type Submission = z.infer<typeof Submission>;
export const GroupHomework = HomeworkTask.extend({ state: HomeworkState, submission: Submission.nullable() });
export type GroupHomework = z.infer<typeof GroupHomework>;

export const Note = z.object({ id: Id, kind: NoteKind, metOn: DateOnly, title: z.string(), body: z.string(), authorName: z.string().nullable(), updatedAt: Timestamp });
export type Note = z.infer<typeof Note>;
export const NoteInput = z.object({ kind: NoteKind, metOn: DateOnly, title: Required(300), body: Text(20000) });
export type NoteInput = z.infer<typeof NoteInput>;

export const GroupDetail = z.object({
  group: GroupSummary,
  cohort: z.object({ id: Id, name: LocalizedText, region: z.string(), programmeId: Id, programmeSlug: z.string(), programmeName: LocalizedText, isEvaluationOpen: z.boolean() }),
  members: z.array(GroupMember),
  gatherings: z.array(Gathering.extend({ attendance: z.array(z.object({ memberId: Id, attended: z.boolean() })) })),
  homework: z.array(GroupHomework),
  notes: z.array(Note),
  hasAnsweredEvaluation: z.boolean(),
  canManage: z.boolean().describe('The office: members, response, facilitator, attendance'),
  canWrite: z.boolean().describe('A member: homework, notes, the plan, the evaluation'),
  canComment: z.boolean().describe('The facilitator and the office: comments on the plan'),
});
export type GroupDetail = z.infer<typeof GroupDetail>;

export const SubmissionInput = z.object({
  text: Text(50000),
  submit: z.boolean().default(false).describe('Hand in (a late hand-in is accepted and marked late); false keeps a draft'),
});
export type SubmissionInput = z.infer<typeof SubmissionInput>;

export const MyGroup = z.object({
  id: Id,
  organisationName: z.string(),
  cohortName: LocalizedText,
  programmeName: LocalizedText,
  programmeSlug: z.string(),
  as: z.enum(['member', 'facilitator']),
});
export const MyGroups = z.object({ items: z.array(MyGroup) });

// ---------------------------------------------------------------------------------------------
// The development plan

export const PlanGoal = z.object({ title: Required(300), description: Text(4000) });
export const PlanActor = z.object({ name: Required(300), role: Text(500), arena: Arena });
const Year = z.number().int().min(2000).max(2100);
export const PlanEffort = z
  .object({
    title: Required(300),
    description: Text(4000),
    responsible: Text(300),
    fromYear: Year.nullable().default(null),
    toYear: Year.nullable().default(null),
    goals: z.array(z.number().int().min(0).max(99)).max(100).default([]).describe('Positions of the goals (in `goals`) the effort serves'),
    followUp: Text(4000).describe('How lasting improvement is followed'),
  })
  .superRefine((v, ctx) => {
    if (v.fromYear !== null && v.toYear !== null && v.toYear < v.fromYear) ctx.addIssue({ code: 'custom', path: ['toYear'], message: 'periodOrder' });
  });

export const PlanInput = z.object({
  revision: z.number().int().describe('The revision read: a plan changed since is refused (STATE_CHANGED)'),
  strengths: Text(10000),
  weaknesses: Text(10000),
  needs: Text(10000),
  futureImages: Text(10000),
  goals: z.array(PlanGoal).max(30),
  actors: z.array(PlanActor).max(60),
  efforts: z.array(PlanEffort).max(60),
  isPublic: z.boolean().default(false),
});
export type PlanInput = z.infer<typeof PlanInput>;

export const PlanComment = z.object({ id: Id, part: PlanPart, body: z.string(), authorName: z.string().nullable(), createdAt: Timestamp });
export type PlanComment = z.infer<typeof PlanComment>;
export const PlanCommentInput = z.object({ part: PlanPart, body: Required(5000) });

export const Plan = z.object({
  groupId: Id,
  organisationName: z.string(),
  programmeId: Id.describe('The development programme: its indicators and reference areas make the area profile'),
  areaCode: z.string().nullable().describe("The municipality's or county's area: its profile opens Where are we?"),
  strengths: z.string(),
  weaknesses: z.string(),
  needs: z.string(),
  futureImages: z.string(),
  goals: z.array(z.object({ title: z.string(), description: z.string() })),
  actors: z.array(z.object({ name: z.string(), role: z.string(), arena: Arena })),
  efforts: z.array(z.object({ title: z.string(), description: z.string(), responsible: z.string(), fromYear: z.number().int().nullable(), toYear: z.number().int().nullable(), goals: z.array(z.number().int()), followUp: z.string() })),
  isPublic: z.boolean(),
  revision: z.number().int(),
  updatedAt: Timestamp.nullable(),
  comments: z.array(PlanComment).describe('Empty for the public'),
  convertedProgramme: z.object({ id: Id, slug: z.string() }).nullable(),
  canWrite: z.boolean(),
  canComment: z.boolean(),
});
export type Plan = z.infer<typeof Plan>;

export const PlanConversion = z.object({
  slug: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug' }).min(3).max(80).describe("The new programme's address"),
  name: LocalizedText,
});
export type PlanConversion = z.infer<typeof PlanConversion>;
export const PlanConverted = z.object({ programmeId: Id, slug: z.string(), goals: z.number().int(), efforts: z.number().int(), indicators: z.number().int() });
export type PlanConverted = z.infer<typeof PlanConverted>;

export const PlanExportQuery = z.object({ lang: z.enum(LOCALES).default('nb') });

// ---------------------------------------------------------------------------------------------
// The evaluation

export const EvaluationAnswer = z.object({
  ratings: z.array(z.number().int().min(EVALUATION_SCALE[0]).max(EVALUATION_SCALE[EVALUATION_SCALE.length - 1]!)).max(12).describe('One rating (1–5) per competence goal, in their order'),
  comment: Text(5000),
});
export type EvaluationAnswer = z.infer<typeof EvaluationAnswer>;

export const EvaluationFigures = z.object({
  answers: z.number().int(),
  averages: z.array(z.number().nullable()).describe('Per competence goal'),
  distribution: z.array(z.array(z.number().int())).describe('Per competence goal: how many gave 1, 2, 3, 4, 5'),
});
export const EvaluationResults = z.object({
  cohortId: Id,
  competenceGoals: z.array(LocalizedText),
  threshold: z.number().int().describe('A group with fewer answers is shown only within the cohort'),
  cohort: EvaluationFigures,
  comments: z.array(z.string()).describe('Free text, in no order that links it to a group or a person'),
  groups: z.array(z.object({ groupId: Id, organisationName: z.string(), answers: z.number().int(), figures: EvaluationFigures.nullable().describe('null: below the threshold') })),
});
export type EvaluationResults = z.infer<typeof EvaluationResults>;

const CohortParams = IdParams;
const GroupTaskParams = z.object({ id: Id, taskId: Id });

/** Development programmes: the office's set-up, the groups' work, the public page. */
export const developmentApi = {
  overview: endpoint({ method: 'GET', path: '/api/programmes/:id/development', params: IdParams, response: DevelopmentOverview }),
  updateSettings: endpoint({ method: 'PUT', path: '/api/programmes/:id/development', params: IdParams, body: DevelopmentSettingsInput, response: DevelopmentOverview }),
  createCohort: endpoint({ method: 'POST', path: '/api/programmes/:id/cohorts', params: IdParams, body: CohortCreate, response: CohortDetail, status: 201 }),
  cohort: endpoint({ method: 'GET', path: '/api/cohorts/:id', params: CohortParams, response: CohortDetail }),
  updateCohort: endpoint({ method: 'PATCH', path: '/api/cohorts/:id', params: CohortParams, body: CohortUpdate, response: CohortDetail }),
  addGathering: endpoint({ method: 'POST', path: '/api/cohorts/:id/gatherings', params: CohortParams, body: GatheringCreate, response: Gathering, status: 201 }),
  addHomework: endpoint({ method: 'POST', path: '/api/cohorts/:id/homework', params: CohortParams, body: HomeworkCreate, response: HomeworkTask, status: 201 }),
  updateHomework: endpoint({ method: 'PATCH', path: '/api/homework/:id', params: IdParams, body: HomeworkUpdate, response: HomeworkTask }),
  inviteGroup: endpoint({ method: 'POST', path: '/api/cohorts/:id/groups', params: CohortParams, body: GroupInvite, response: GroupSummary, status: 201 }),
  evaluation: endpoint({ method: 'GET', path: '/api/cohorts/:id/evaluation', params: CohortParams, response: EvaluationResults }),
  answerEvaluation: endpoint({ method: 'POST', path: '/api/groups/:id/evaluation', params: IdParams, body: EvaluationAnswer, response: OkResponse, status: 201 }),
  myGroups: endpoint({ method: 'GET', path: '/api/me/development-groups', response: MyGroups }),
  group: endpoint({ method: 'GET', path: '/api/groups/:id', params: IdParams, response: GroupDetail }),
  respond: endpoint({ method: 'POST', path: '/api/groups/:id/response', params: IdParams, body: GroupResponse, response: GroupSummary }),
  setFacilitator: endpoint({ method: 'PUT', path: '/api/groups/:id/facilitator', params: IdParams, body: GroupFacilitator, response: GroupSummary }),
  addMember: endpoint({ method: 'POST', path: '/api/groups/:id/members', params: IdParams, body: MemberInput, response: GroupMember, status: 201 }),
  updateMember: endpoint({ method: 'PATCH', path: '/api/group-members/:id', params: IdParams, body: MemberUpdate, response: GroupMember }),
  removeMember: endpoint({ method: 'DELETE', path: '/api/group-members/:id', params: IdParams, response: OkResponse }),
  markAttendance: endpoint({ method: 'PUT', path: '/api/gatherings/:id/attendance', params: IdParams, body: AttendanceMark, response: z.object({ marked: z.number().int() }) }),
  saveSubmission: endpoint({ method: 'PUT', path: '/api/groups/:id/homework/:taskId', params: GroupTaskParams, body: SubmissionInput, response: Submission }),
  uploadSubmission: endpoint({ method: 'POST', path: '/api/groups/:id/homework/:taskId/file', params: GroupTaskParams, response: Submission }),
  submissionFile: link({ path: '/api/groups/:id/homework/:taskId/file', params: GroupTaskParams }),
  addNote: endpoint({ method: 'POST', path: '/api/groups/:id/notes', params: IdParams, body: NoteInput, response: Note, status: 201 }),
  updateNote: endpoint({ method: 'PUT', path: '/api/group-notes/:id', params: IdParams, body: NoteInput, response: Note }),
  removeNote: endpoint({ method: 'DELETE', path: '/api/group-notes/:id', params: IdParams, response: OkResponse }),
  plan: endpoint({ method: 'GET', path: '/api/groups/:id/plan', params: IdParams, response: Plan }),
  savePlan: endpoint({ method: 'PUT', path: '/api/groups/:id/plan', params: IdParams, body: PlanInput, response: Plan }),
  commentPlan: endpoint({ method: 'POST', path: '/api/groups/:id/plan/comments', params: IdParams, body: PlanCommentInput, response: PlanComment, status: 201 }),
  planPdf: link({ path: '/api/groups/:id/plan.pdf', params: IdParams, query: PlanExportQuery }),
  planDocx: link({ path: '/api/groups/:id/plan.docx', params: IdParams, query: PlanExportQuery }),
  convertPlan: endpoint({ method: 'POST', path: '/api/groups/:id/plan/programme', params: IdParams, body: PlanConversion, response: PlanConverted, status: 201 }),
};
