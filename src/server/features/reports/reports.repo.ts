import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { uuidArray } from '../../db/query-kit';
import { rowWrites } from '../../db/row-writes';
import { applications, calls } from '../calls/calls.table';
import { organisations } from '../organisations/organisations.table';
import { projects } from '../portfolio/projects.table';
import { programmeRoles, users } from '../users/users.table';
import { completionReports, reportEvents, reportLessons, reportReminders, reportSchedules, statusReports, type ReportScheduleRow } from './reports.table';
import type { LocalizedText } from '../../../shared/domain/localized';
import type { LessonKind, ReminderKind } from '../../../shared/domain/reports';

export const scheduleRows = rowWrites(reportSchedules);
export const statusReportRows = rowWrites(statusReports);
export const completionRows = rowWrites(completionReports);

export interface ScheduleWithNames extends ReportScheduleRow {
  projectTitle: LocalizedText | null;
  callTitle: LocalizedText | null;
}

const scheduleSelect = { s: reportSchedules, projectTitle: projects.title, callTitle: calls.title };
const flat = (r: { s: ReportScheduleRow; projectTitle: LocalizedText | null; callTitle: LocalizedText | null }): ScheduleWithNames => ({ ...r.s, projectTitle: r.projectTitle, callTitle: r.callTitle });

export async function listSchedules(db: DbOrTx, programmeId: string): Promise<ScheduleWithNames[]> {
  const rows = await db
    .select(scheduleSelect)
    .from(reportSchedules)
    .leftJoin(projects, eq(projects.id, reportSchedules.projectId))
    .leftJoin(calls, eq(calls.id, reportSchedules.callId))
    .where(eq(reportSchedules.programmeId, programmeId))
    .orderBy(asc(reportSchedules.createdAt));
  return rows.map(flat);
}

export async function findSchedule(db: DbOrTx, id: string): Promise<ScheduleWithNames | undefined> {
  const [r] = await db
    .select(scheduleSelect)
    .from(reportSchedules)
    .leftJoin(projects, eq(projects.id, reportSchedules.projectId))
    .leftJoin(calls, eq(calls.id, reportSchedules.callId))
    .where(eq(reportSchedules.id, id));
  return r && flat(r);
}

/** The programme of a project or a call (to check a new schedule's target), or undefined. */
export async function programmeOf(db: DbOrTx, kind: 'project' | 'call', id: string): Promise<string | undefined> {
  const table = kind === 'project' ? projects : calls;
  const [r] = await db.select({ programmeId: table.programmeId }).from(table).where(eq(table.id, id));
  return r?.programmeId;
}

/** A project as its reporting needs it: its period's end, its currency, its owner. */
export interface ReportingProject {
  id: string;
  programmeId: string;
  title: LocalizedText;
  endsOn: string | null;
  currency: string;
  ownerOrganisationId: string;
  ownerName: string;
  publishedAt: Date | null;
  publicFields: string[];
}

const reportingSelect = {
  id: projects.id,
  programmeId: projects.programmeId,
  title: projects.title,
  endsOn: projects.endsOn,
  currency: projects.currency,
  ownerOrganisationId: projects.ownerOrganisationId,
  ownerName: organisations.name,
  publishedAt: projects.publishedAt,
  publicFields: projects.publicFields,
};

/**
 * The projects a set of schedules concerns, each with the schedules that apply to it: its own,
 * and those of the call its application was made to. All programmes when `programmeId` is absent.
 */
export async function scheduledProjects(db: DbOrTx, where: { programmeId?: string; projectId?: string }): Promise<{ project: ReportingProject; schedule: ReportScheduleRow }[]> {
  const rows = await db
    .select({ project: reportingSelect, schedule: reportSchedules })
    .from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.ownerOrganisationId))
    .leftJoin(applications, eq(applications.id, projects.applicationId))
    .innerJoin(reportSchedules, or(eq(reportSchedules.projectId, projects.id), and(sql`${reportSchedules.callId} is not null`, eq(reportSchedules.callId, applications.callId))))
    .where(and(where.programmeId ? eq(projects.programmeId, where.programmeId) : undefined, where.projectId ? eq(projects.id, where.projectId) : undefined))
    .orderBy(asc(projects.id), asc(reportSchedules.createdAt));
  return rows;
}

export async function reportingProject(db: DbOrTx, id: string): Promise<ReportingProject | undefined> {
  const [r] = await db.select(reportingSelect).from(projects).innerJoin(organisations, eq(organisations.id, projects.ownerOrganisationId)).where(eq(projects.id, id));
  return r;
}

export function reportsOfProjects(db: DbOrTx, projectIds: readonly string[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db.select().from(statusReports).where(inArray(statusReports.projectId, [...projectIds])).orderBy(asc(statusReports.dueOn));
}

export async function findStatusReport(db: DbOrTx, id: string) {
  const [r] = await db.select().from(statusReports).where(eq(statusReports.id, id));
  return r;
}

export async function reportByDue(db: DbOrTx, projectId: string, dueOn: string) {
  const [r] = await db.select().from(statusReports).where(and(eq(statusReports.projectId, projectId), eq(statusReports.dueOn, dueOn))).for('update');
  return r;
}

export type EventRow = { kind: 'submitted' | 'approved' | 'returned'; at: Date; by: string | null; comment: string | null; reportId: string };

/** The events of these reports (status or completion), oldest first. */
export async function eventsOf(db: DbOrTx, kind: 'status' | 'completion', ids: readonly string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  const column = kind === 'status' ? reportEvents.statusReportId : reportEvents.completionReportId;
  const rows = await db
    .select({ kind: reportEvents.kind, at: reportEvents.at, by: users.name, comment: reportEvents.comment, reportId: column })
    .from(reportEvents)
    .leftJoin(users, eq(users.id, reportEvents.byUserId))
    .where(inArray(column, [...ids]))
    .orderBy(asc(reportEvents.seq));
  return rows.map((r) => ({ ...r, reportId: r.reportId! }));
}

export async function insertEvent(tx: DbOrTx, values: typeof reportEvents.$inferInsert): Promise<void> {
  await tx.insert(reportEvents).values(values);
}

export async function findCompletion(db: DbOrTx, projectId: string, lock = false) {
  const q = db.select().from(completionReports).where(eq(completionReports.projectId, projectId));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

export function lessonsOf(db: DbOrTx, reportId: string): Promise<{ kind: LessonKind; text: string }[]> {
  return db.select({ kind: reportLessons.kind, text: reportLessons.text }).from(reportLessons).where(eq(reportLessons.completionReportId, reportId)).orderBy(asc(reportLessons.position));
}

export async function replaceLessons(tx: DbOrTx, reportId: string, lessons: readonly { kind: LessonKind; text: string }[]): Promise<void> {
  await tx.delete(reportLessons).where(eq(reportLessons.completionReportId, reportId));
  if (lessons.length) await tx.insert(reportLessons).values(lessons.map((l, i) => ({ completionReportId: reportId, kind: l.kind, text: l.text, position: i + 1 })));
}

export type LessonHitRow = {
  project_id: string;
  title: LocalizedText;
  kind: LessonKind;
  text: string;
  snippet: string;
};

/**
 * Lessons of the programme's completion reports that match the words (Norwegian stemming), best
 * first, with a snippet marking the words found; `publishedOnly`: approved reports of published
 * projects that make their lessons public.
 */
export async function searchLessons(db: DbOrTx, programmeId: string, o: { q?: string; kind?: LessonKind; limit: number; publishedOnly: boolean }): Promise<{ rows: LessonHitRow[]; total: number }> {
  const query = o.q ? sql`websearch_to_tsquery('norwegian', ${o.q})` : null;
  const where = sql`p.programme_id = ${programmeId}
    ${o.kind ? sql`and l.kind = ${o.kind}` : sql``}
    ${query ? sql`and to_tsvector('norwegian'::regconfig, l.text) @@ ${query}` : sql``}
    ${o.publishedOnly ? sql`and c.state = 'approved' and p.published_at is not null and 'lessons' = any(p.public_fields)` : sql``}`;
  const from = sql`from report_lessons l join completion_reports c on c.id = l.completion_report_id join projects p on p.id = c.project_id`;
  const snippet = query ? sql`ts_headline('norwegian', l.text, ${query}, 'StartSel=«, StopSel=», HighlightAll=false, MaxWords=30, MinWords=12')` : sql`l.text`;
  const rank = query ? sql`ts_rank(to_tsvector('norwegian'::regconfig, l.text), ${query}) desc,` : sql``;
  const [rows, count] = await Promise.all([
    db.execute<LessonHitRow>(sql`select p.id as project_id, p.title, l.kind, l.text, ${snippet} as snippet ${from} where ${where} order by ${rank} p.title->>'nb', l.kind, l.position limit ${o.limit}`),
    db.execute<{ n: number }>(sql`select count(*)::int as n ${from} where ${where}`),
  ]);
  return { rows: rows.rows, total: count.rows[0]?.n ?? 0 };
}

/** Whether a reminder was already recorded; records it when not (true: this caller sends it). */
export async function claimReminder(tx: DbOrTx, r: { projectId: string; dueOn: string; kind: ReminderKind; recipients: number; sentAt: Date }): Promise<boolean> {
  const rows = await tx.insert(reportReminders).values(r).onConflictDoNothing().returning({ id: reportReminders.id });
  return rows.length > 0;
}

export async function remindersOf(db: DbOrTx, projectIds: readonly string[]): Promise<Set<string>> {
  if (projectIds.length === 0) return new Set();
  const rows = await db.select({ projectId: reportReminders.projectId, dueOn: reportReminders.dueOn, kind: reportReminders.kind }).from(reportReminders).where(sql`${reportReminders.projectId} = any(${uuidArray(projectIds)})`);
  return new Set(rows.map((r) => `${r.projectId}|${r.dueOn}|${r.kind}`));
}

/** The contributors of an organisation with a role in the programme (directly), active accounts only. */
export function ownerContributors(db: DbOrTx, programmeId: string, organisationId: string): Promise<{ email: string; name: string }[]> {
  return db
    .select({ email: users.email, name: users.name })
    .from(users)
    .innerJoin(programmeRoles, eq(programmeRoles.userId, users.id))
    .where(and(eq(programmeRoles.programmeId, programmeId), eq(programmeRoles.role, 'contributor'), eq(users.organisationId, organisationId), eq(users.isDisabled, false)))
    .orderBy(asc(users.email));
}
