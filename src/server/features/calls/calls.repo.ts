import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { uuidArray } from '../../db/query-kit';
import { rowWrites } from '../../db/row-writes';
import { auditEntries } from '../audit/audit.table';
import { areas } from '../areas/areas.table';
import { goals } from '../goals/goals.table';
import { actionPriorities, actionProgrammes, efforts } from '../governance/action-programmes.table';
import { organisations } from '../organisations/organisations.table';
import { users } from '../users/users.table';
import { applicationFiles, applicationPartners, applications, applicationVersions, callDeadlines, calls, type ApplicationRow, type CallDeadlineRow } from './calls.table';
import type { CallStatus } from '../../../shared/domain/calls';
import type { LocalizedText } from '../../../shared/domain/localized';
import type { OrganisationKind } from '../../../shared/contracts/organisations';
import type { ApplicationForm } from '../../../shared/contracts/application-form';

export const callRows = rowWrites(calls);
export const applicationRows = rowWrites(applications);

export const findCall = (db: DbOrTx, id: string) => db.select().from(calls).where(eq(calls.id, id)).then((r) => r[0]);

export function listCalls(db: DbOrTx, programmeId: string, statuses: readonly CallStatus[]) {
  return db
    .select()
    .from(calls)
    .where(and(eq(calls.programmeId, programmeId), inArray(calls.status, [...statuses])))
    .orderBy(desc(calls.createdAt), asc(calls.id));
}

/** The deadlines of these calls, in time order. */
export function deadlinesOf(db: DbOrTx, callIds: readonly string[]): Promise<CallDeadlineRow[]> {
  if (callIds.length === 0) return Promise.resolve([]);
  return db.select().from(callDeadlines).where(inArray(callDeadlines.callId, [...callIds])).orderBy(asc(callDeadlines.deadline), asc(callDeadlines.id));
}

/**
 * Writes a call's deadlines whole: those named by id are changed, new ones added, the rest
 * removed (a deadline a submission counted for cannot be removed: IN_USE).
 */
export async function replaceDeadlines(tx: DbOrTx, callId: string, rows: { id?: string; deadline: Date; label: LocalizedText }[]): Promise<void> {
  const kept = rows.flatMap((r) => (r.id ? [r.id] : []));
  await tx.delete(callDeadlines).where(and(eq(callDeadlines.callId, callId), kept.length ? sql`${callDeadlines.id} <> all(${uuidArray(kept)})` : sql`true`));
  for (const r of rows) {
    if (r.id) await tx.update(callDeadlines).set({ deadline: r.deadline, label: r.label }).where(and(eq(callDeadlines.id, r.id), eq(callDeadlines.callId, callId)));
    else await tx.insert(callDeadlines).values({ callId, deadline: r.deadline, label: r.label });
  }
}

export interface ApplicationHead extends ApplicationRow {
  organisationName: string;
  organisationKind: OrganisationKind;
  programmeId: string;
  callTitle: LocalizedText;
  callForm: ApplicationForm | null;
  createdByName: string | null;
  /** Who changed it last, as the audit trail names them (null before any change through the app). */
  updatedByName: string | null;
}

function applicationHeads(db: DbOrTx) {
  return db
    .select({
      a: applications,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      programmeId: calls.programmeId,
      callTitle: calls.title,
      callForm: calls.form,
      createdByName: users.name,
      updatedByName: sql<string | null>`(select ${auditEntries.actorName} from ${auditEntries} where ${auditEntries.entityType} = 'application' and ${auditEntries.entityId} = ${applications.id}::text order by ${auditEntries.id} desc limit 1)`,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .leftJoin(users, eq(users.id, applications.createdBy))
    .$dynamic();
}

type HeadRow = { a: ApplicationRow; organisationName: string; organisationKind: OrganisationKind; programmeId: string; callTitle: LocalizedText; callForm: ApplicationForm | null; createdByName: string | null; updatedByName: string | null };
const toHead = (r: HeadRow): ApplicationHead => ({
  ...r.a,
  organisationName: r.organisationName,
  organisationKind: r.organisationKind,
  programmeId: r.programmeId,
  callTitle: r.callTitle,
  callForm: r.callForm,
  createdByName: r.createdByName,
  updatedByName: r.updatedByName,
});

export async function findApplication(db: DbOrTx, id: string): Promise<ApplicationHead | undefined> {
  const [r] = await applicationHeads(db).where(eq(applications.id, id));
  return r && toHead(r as HeadRow);
}

/** A call's applications; drafts are the applicants' own work and are left out. */
export async function applicationsOfCall(db: DbOrTx, callId: string): Promise<ApplicationHead[]> {
  const rows = await applicationHeads(db)
    .where(and(eq(applications.callId, callId), ne(applications.status, 'draft')))
    .orderBy(asc(organisations.name), asc(applications.id));
  return rows.map((r) => toHead(r as HeadRow));
}

/** How many applications (drafts left out) each of these calls has, by call id. */
export async function applicationCounts(db: DbOrTx, callIds: readonly string[]): Promise<Map<string, number>> {
  if (callIds.length === 0) return new Map();
  const rows = await db
    .select({ callId: applications.callId, n: count() })
    .from(applications)
    .where(and(sql`${applications.callId} = any(${uuidArray(callIds)})`, ne(applications.status, 'draft')))
    .groupBy(applications.callId);
  return new Map(rows.map((r) => [r.callId, r.n]));
}

/** The organisation's applications, newest first. */
export async function applicationsOfOrganisation(db: DbOrTx, organisationId: string, callId?: string): Promise<ApplicationHead[]> {
  const rows = await applicationHeads(db)
    .where(and(eq(applications.organisationId, organisationId), callId ? eq(applications.callId, callId) : sql`true`))
    .orderBy(desc(applications.updatedAt), asc(applications.id));
  return rows.map((r) => toHead(r as HeadRow));
}

export function partnersOf(db: DbOrTx, applicationId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(applicationPartners)
    .innerJoin(organisations, eq(organisations.id, applicationPartners.organisationId))
    .where(eq(applicationPartners.applicationId, applicationId))
    .orderBy(asc(applicationPartners.position));
}

export async function replacePartners(tx: DbOrTx, applicationId: string, organisationIds: readonly string[]): Promise<void> {
  await tx.delete(applicationPartners).where(eq(applicationPartners.applicationId, applicationId));
  if (organisationIds.length) await tx.insert(applicationPartners).values(organisationIds.map((organisationId, i) => ({ applicationId, organisationId, position: i + 1 })));
}

export function organisationsByIds(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(sql`${organisations.id} = any(${uuidArray(ids)})`);
}

export function versionHeads(db: DbOrTx, applicationId: string) {
  return db
    .select({ version: applicationVersions.version, submittedAt: applicationVersions.submittedAt, submittedBy: users.name })
    .from(applicationVersions)
    .leftJoin(users, eq(users.id, applicationVersions.submittedBy))
    .where(eq(applicationVersions.applicationId, applicationId))
    .orderBy(asc(applicationVersions.version));
}

export async function findVersion(db: DbOrTx, applicationId: string, version: number) {
  const [r] = await db
    .select({ v: applicationVersions, submittedBy: users.name })
    .from(applicationVersions)
    .leftJoin(users, eq(users.id, applicationVersions.submittedBy))
    .where(and(eq(applicationVersions.applicationId, applicationId), eq(applicationVersions.version, version)));
  return r && { ...r.v, submittedByName: r.submittedBy };
}

/** Freezes the answers as a version: inserted once, never changed. */
export async function insertVersion(tx: DbOrTx, values: typeof applicationVersions.$inferInsert): Promise<void> {
  await tx.insert(applicationVersions).values(values);
}

/** Whether a submitted version of the application names the file among its answers. */
export async function versionNamesFile(db: DbOrTx, applicationId: string, fileId: string): Promise<boolean> {
  const rows = await db
    .select({ version: applicationVersions.version })
    .from(applicationVersions)
    .where(and(eq(applicationVersions.applicationId, applicationId), sql`strpos(${applicationVersions.answers}::text, ${fileId}) > 0`))
    .limit(1);
  return rows.length > 0;
}

export const findDeadline = (db: DbOrTx, id: string) => db.select().from(callDeadlines).where(eq(callDeadlines.id, id)).then((r) => r[0]);

export function filesOf(db: DbOrTx, applicationId: string) {
  return db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, applicationId));
}

export async function insertFile(tx: DbOrTx, values: typeof applicationFiles.$inferInsert) {
  const [row] = await tx.insert(applicationFiles).values(values).returning();
  return row!;
}

export const findFile = (db: DbOrTx, applicationId: string, fileId: string) =>
  db.select().from(applicationFiles).where(and(eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.fileId, fileId))).then((r) => r[0]);

/** The goals of the programmes (the call's and those above it), and the efforts of their action programmes. */
export async function programmeChoices(db: DbOrTx, programmeIds: readonly string[]): Promise<{ goalIds: string[]; effortIds: string[] }> {
  const [goalRows, effortRows] = await Promise.all([
    db.select({ id: goals.id }).from(goals).where(sql`${goals.programmeId} = any(${uuidArray(programmeIds)})`),
    db
      .select({ id: efforts.id })
      .from(efforts)
      .innerJoin(actionPriorities, eq(actionPriorities.id, efforts.priorityId))
      .innerJoin(actionProgrammes, eq(actionProgrammes.id, actionPriorities.actionProgrammeId))
      .where(sql`${actionProgrammes.programmeId} = any(${uuidArray(programmeIds)})`),
  ]);
  return { goalIds: goalRows.map((g) => g.id), effortIds: effortRows.map((e) => e.id) };
}

/** The ids among these that are areas of the register. */
export async function existingAreaIds(db: DbOrTx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: areas.id }).from(areas).where(sql`${areas.id} = any(${uuidArray(ids)})`);
  return rows.map((r) => r.id);
}

/** Whom to tell about the application: who submitted its last version, else who started it. */
export async function applicantContact(db: DbOrTx, applicationId: string): Promise<{ name: string; email: string } | undefined> {
  const [last] = await db
    .select({ name: users.name, email: users.email })
    .from(applicationVersions)
    .innerJoin(users, eq(users.id, applicationVersions.submittedBy))
    .where(eq(applicationVersions.applicationId, applicationId))
    .orderBy(desc(applicationVersions.version))
    .limit(1);
  if (last) return last;
  const [creator] = await db.select({ name: users.name, email: users.email }).from(applications).innerJoin(users, eq(users.id, applications.createdBy)).where(eq(applications.id, applicationId));
  return creator;
}

export const findUserName = (db: DbOrTx, id: string) => db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, id)).then((r) => r[0]);

/**
 * Forgets the attachments uploaded before `before` that neither the working answers nor any
 * submitted version of their application names (replaced or removed in a draft); returns their
 * file ids, whose content the caller removes.
 */
export async function forgetUnnamedFiles(db: DbOrTx, before: Date): Promise<string[]> {
  const res = await db.execute<{ file_id: string }>(sql`
    delete from application_files f
    where f.created_at < ${before.toISOString()}
      and not exists (select 1 from applications a where a.id = f.application_id and strpos(a.answers::text, f.file_id::text) > 0)
      and not exists (select 1 from application_versions v where v.application_id = f.application_id and strpos(v.answers::text, f.file_id::text) > 0)
    returning f.file_id`);
  return res.rows.map((r) => r.file_id);
}

/** Of the file ids, those an application's attachment row still names. */
export async function keptApplicationFiles(db: DbOrTx, fileIds: readonly string[]): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows = await db.select({ id: applicationFiles.fileId }).from(applicationFiles).where(sql`${applicationFiles.fileId} = any(${uuidArray(fileIds)})`);
  return new Set(rows.map((r) => r.id));
}

/** The project created from the application's grant, if any. */
export async function projectOfApplication(db: DbOrTx, applicationId: string): Promise<string | null> {
  const res = await db.execute<{ id: string }>(sql`select id from projects where application_id = ${applicationId}`);
  return res.rows[0]?.id ?? null;
}
