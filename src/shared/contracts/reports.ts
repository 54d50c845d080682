import { z } from './zod';
import { DateOnly, Id, IdParams, LocalizedText, OkResponse, Timestamp } from './common';
import { endpoint } from './endpoint';
import { NamedRef } from './governance-bodies';
import { COMPLETION_REPORT_STATES, LESSON_KINDS, RAG_STATUSES, RISK_LEVELS, STATUS_REPORT_STATES } from '../domain/reports';

export const RagStatus = z.enum(RAG_STATUSES).describe('Green, amber or red: how the project stands');
export const StatusReportState = z.enum(STATUS_REPORT_STATES);
export const CompletionReportState = z.enum(COMPLETION_REPORT_STATES);
export const LessonKind = z.enum(LESSON_KINDS);
export const RiskLevel = z.enum(RISK_LEVELS);
const Revision = z.number().int().min(1).describe('The revision the writer read: an older one is refused with STATE_CHANGED');
const Days = z.number().int().min(0).max(90);
export const TitledRef = z.object({ id: Id, title: LocalizedText });

// ---- Schedules

const ScheduleFields = z.object({
  firstDueOn: DateOnly.nullable().optional().describe('The first due date; the next ones follow every intervalMonths until the project ends'),
  intervalMonths: z.number().int().min(1).max(24).nullable().optional(),
  dueDates: z.array(DateOnly).max(60).default([]).describe('Due dates listed one by one (instead of, or beside, the interval)'),
  remindDaysBefore: Days.default(14).describe('Days before the due date the owner is reminded'),
  remindDaysAfter: Days.default(7).describe('Days after the due date the owner is reminded again, while the report is not submitted'),
});
function checkRule(v: { firstDueOn?: string | null; dueDates?: string[] }, ctx: z.core.$RefinementCtx) {
  if (!v.firstDueOn && !v.dueDates?.length) ctx.addIssue({ code: 'custom', path: ['firstDueOn'], message: 'required' });
}
export const ReportScheduleCreate = ScheduleFields.extend({
  projectId: Id.nullable().optional().describe('The project the schedule is for, or'),
  callId: Id.nullable().optional().describe('the call whose granted projects it is for'),
}).superRefine((v, ctx) => {
  if (!v.projectId === !v.callId) ctx.addIssue({ code: 'custom', path: ['projectId'], message: 'projectOrCall' });
  checkRule(v, ctx);
});
export type ReportScheduleCreate = z.infer<typeof ReportScheduleCreate>;
export const ReportScheduleUpdate = ScheduleFields.extend({ revision: Revision }).superRefine(checkRule);
export type ReportScheduleUpdate = z.infer<typeof ReportScheduleUpdate>;

export const ReportSchedule = z.object({
  id: Id,
  programmeId: Id,
  project: TitledRef.nullable(),
  call: TitledRef.nullable(),
  firstDueOn: DateOnly.nullable(),
  intervalMonths: z.number().int().nullable(),
  dueDates: z.array(DateOnly),
  remindDaysBefore: z.number().int(),
  remindDaysAfter: z.number().int(),
  revision: z.number().int(),
});
export type ReportSchedule = z.infer<typeof ReportSchedule>;
export const ReportScheduleList = z.object({ items: z.array(ReportSchedule) });
export type ReportScheduleList = z.infer<typeof ReportScheduleList>;

// ---- Status reports

export const Risk = z.object({
  description: z.string().trim().min(1, { message: 'required' }).max(2000),
  likelihood: RiskLevel,
  impact: RiskLevel,
  mitigation: z.string().trim().max(2000).default(''),
});
export type Risk = z.infer<typeof Risk>;

export const StatusReportDraft = z.object({
  rag: RagStatus.nullable().optional(),
  narrative: z.string().trim().max(20_000).default(''),
  spentToDate: z.number().int().min(0).max(1e12).nullable().optional().describe("Spent so far, whole units of the project's currency"),
  risks: z.array(Risk).max(50).default([]),
  revision: Revision.optional().describe('Absent when the report is begun'),
});
export type StatusReportDraft = z.infer<typeof StatusReportDraft>;

export const ReportDecision = z.object({ revision: Revision, comment: z.string().trim().max(5000).optional().describe('Required when returning') });
export type ReportDecision = z.infer<typeof ReportDecision>;

export const ReportEvent = z.object({
  kind: z.enum(['submitted', 'approved', 'returned']),
  at: Timestamp,
  by: z.string().nullable().describe('Who did it (their name)'),
  comment: z.string().nullable(),
});
export type ReportEvent = z.infer<typeof ReportEvent>;

export const StatusReport = z.object({
  id: Id,
  projectId: Id,
  dueOn: DateOnly,
  state: StatusReportState,
  late: z.boolean(),
  rag: RagStatus.nullable(),
  narrative: z.string(),
  spentToDate: z.number().int().nullable(),
  currency: z.string(),
  risks: z.array(Risk),
  submittedAt: Timestamp.nullable(),
  decidedAt: Timestamp.nullable(),
  revision: z.number().int(),
  history: z.array(ReportEvent).describe('Submissions, approvals and returns (with their comments), oldest first'),
});
export type StatusReport = z.infer<typeof StatusReport>;

/** A due date of the project with its report, when begun. */
export const StatusReportSlot = z.object({ dueOn: DateOnly, state: StatusReportState, late: z.boolean(), report: StatusReport.nullable() });
export type StatusReportSlot = z.infer<typeof StatusReportSlot>;
export const ProjectStatusReports = z.object({
  items: z.array(StatusReportSlot),
  canWrite: z.boolean().describe('The reader drafts and submits (a contributor of the owner, or the secretariat)'),
  canDecide: z.boolean().describe('The reader approves and returns (the secretariat)'),
});
export type ProjectStatusReports = z.infer<typeof ProjectStatusReports>;
export const DueParams = z.object({ id: Id, dueOn: DateOnly });

// ---- Completion reports

export const Lesson = z.object({ kind: LessonKind, text: z.string().trim().min(1, { message: 'required' }).max(2000) });
export type Lesson = z.infer<typeof Lesson>;
export const CompletionReportDraft = z.object({
  results: z.string().trim().max(20_000).default(''),
  lessons: z.array(Lesson).max(100).default([]),
  revision: Revision.optional(),
});
export type CompletionReportDraft = z.infer<typeof CompletionReportDraft>;
export const CompletionReport = z.object({
  id: Id,
  projectId: Id,
  state: CompletionReportState,
  results: z.string(),
  lessons: z.array(Lesson),
  submittedAt: Timestamp.nullable(),
  approvedAt: Timestamp.nullable(),
  revision: z.number().int(),
  history: z.array(ReportEvent),
});
export type CompletionReport = z.infer<typeof CompletionReport>;
export const ProjectCompletionReport = z.object({ report: CompletionReport.nullable(), canWrite: z.boolean(), canDecide: z.boolean() });
export type ProjectCompletionReport = z.infer<typeof ProjectCompletionReport>;

// ---- Lessons learned across the programme

export const LessonsQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Words to find (Norwegian stemming: "samarbeidet" finds "samarbeid")'),
  kind: LessonKind.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type LessonsQuery = z.infer<typeof LessonsQuery>;
export const LessonHit = z.object({
  project: TitledRef,
  kind: LessonKind,
  text: z.string(),
  snippet: z.string().describe('The lesson with the words found between « and » (ts_headline): plain text'),
});
export type LessonHit = z.infer<typeof LessonHit>;
export const LessonsAnswer = z.object({ items: z.array(LessonHit), total: z.number().int() });
export type LessonsAnswer = z.infer<typeof LessonsAnswer>;

// ---- The secretariat's table of reports across projects

export const ReportOverviewQuery = z.object({
  state: StatusReportState.optional(),
  late: z.enum(['true', 'false']).optional(),
  from: DateOnly.optional().describe('Due on or after'),
  to: DateOnly.optional().describe('Due on or before'),
});
export type ReportOverviewQuery = z.infer<typeof ReportOverviewQuery>;
export const ReportOverviewRow = z.object({
  project: TitledRef,
  owner: NamedRef,
  dueOn: DateOnly,
  state: StatusReportState,
  late: z.boolean(),
  rag: RagStatus.nullable(),
  submittedAt: Timestamp.nullable(),
  reportId: Id.nullable(),
});
export type ReportOverviewRow = z.infer<typeof ReportOverviewRow>;
export const ReportOverview = z.object({
  items: z.array(ReportOverviewRow),
  counts: z.object({ due: z.number().int(), draft: z.number().int(), submitted: z.number().int(), approved: z.number().int(), returned: z.number().int(), late: z.number().int() }),
  today: DateOnly,
});
export type ReportOverview = z.infer<typeof ReportOverview>;

export const reportsApi = {
  schedules: endpoint({ method: 'GET', path: '/api/programmes/:id/report-schedules', params: IdParams, response: ReportScheduleList }),
  createSchedule: endpoint({ method: 'POST', path: '/api/programmes/:id/report-schedules', params: IdParams, body: ReportScheduleCreate, response: ReportSchedule, status: 201 }),
  updateSchedule: endpoint({ method: 'PATCH', path: '/api/report-schedules/:id', params: IdParams, body: ReportScheduleUpdate, response: ReportSchedule }),
  removeSchedule: endpoint({ method: 'DELETE', path: '/api/report-schedules/:id', params: IdParams, response: OkResponse }),
  projectReports: endpoint({ method: 'GET', path: '/api/projects/:id/status-reports', params: IdParams, response: ProjectStatusReports }),
  saveReport: endpoint({ method: 'PUT', path: '/api/projects/:id/status-reports/:dueOn', params: DueParams, body: StatusReportDraft, response: StatusReport }),
  getReport: endpoint({ method: 'GET', path: '/api/status-reports/:id', params: IdParams, response: StatusReport }),
  submitReport: endpoint({ method: 'POST', path: '/api/status-reports/:id/submit', params: IdParams, body: ReportDecision, response: StatusReport }),
  approveReport: endpoint({ method: 'POST', path: '/api/status-reports/:id/approve', params: IdParams, body: ReportDecision, response: StatusReport }),
  returnReport: endpoint({ method: 'POST', path: '/api/status-reports/:id/return', params: IdParams, body: ReportDecision, response: StatusReport }),
  completion: endpoint({ method: 'GET', path: '/api/projects/:id/completion-report', params: IdParams, response: ProjectCompletionReport }),
  saveCompletion: endpoint({ method: 'PUT', path: '/api/projects/:id/completion-report', params: IdParams, body: CompletionReportDraft, response: CompletionReport }),
  submitCompletion: endpoint({ method: 'POST', path: '/api/projects/:id/completion-report/submit', params: IdParams, body: ReportDecision, response: CompletionReport }),
  approveCompletion: endpoint({ method: 'POST', path: '/api/projects/:id/completion-report/approve', params: IdParams, body: ReportDecision, response: CompletionReport }),
  returnCompletion: endpoint({ method: 'POST', path: '/api/projects/:id/completion-report/return', params: IdParams, body: ReportDecision, response: CompletionReport }),
  lessons: endpoint({ method: 'GET', path: '/api/programmes/:id/lessons', params: IdParams, query: LessonsQuery, response: LessonsAnswer }),
  overview: endpoint({ method: 'GET', path: '/api/programmes/:id/report-overview', params: IdParams, query: ReportOverviewQuery, response: ReportOverview }),
};
