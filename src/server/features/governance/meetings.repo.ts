import { and, asc, desc, eq, gte, lt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { uuidArray } from '../../db/query-kit';
import { rowWrites } from '../../db/row-writes';
import { organisations } from '../organisations/organisations.table';
import { people } from '../people/people.table';
import { programmes } from '../programmes/programmes.table';
import {
  agendaItems,
  attendance,
  bodies,
  caseAttachments,
  cases,
  conflicts,
  effects,
  followUpActions,
  mandateVersions,
  meetings,
  memberships,
  type AgendaItemRow,
  type CaseAttachmentRow,
  type BodyRow,
  type CaseRow,
  type EffectRow,
  type FollowUpActionRow,
  type MeetingRow,
} from './governance.table';
import type { LocalizedText } from '../../../shared/domain/localized';
import type { MemberRole } from '../../../shared/domain/governance';

export const meetingRows = rowWrites(meetings);
export const caseRows = rowWrites(cases);
export const itemRows = rowWrites(agendaItems);
export const conflictRows = rowWrites(conflicts);
export const effectRows = rowWrites(effects);
export const actionRows = rowWrites(followUpActions);

export interface MeetingListRow extends MeetingRow {
  body: BodyRow;
  noticeDays: number;
  itemCount: number;
  programme: { id: string; slug: string; name: LocalizedText };
}

const itemCount = sql<number>`(select count(*)::int from agenda_items i where i.meeting_id = ${meetings.id})`;

function listMeetingRows(db: DbOrTx, where: ReturnType<typeof and>, order: 'asc' | 'desc' = 'asc', limit?: number): Promise<MeetingListRow[]> {
  const q = db
    .select({ m: meetings, body: bodies, noticeDays: programmes.noticeDays, itemCount, programmeSlug: programmes.slug, programmeName: programmes.name })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .innerJoin(programmes, eq(programmes.id, bodies.programmeId))
    .where(where)
    .orderBy(order === 'asc' ? asc(meetings.startsAt) : desc(meetings.startsAt));
  return (limit ? q.limit(limit) : q).then((rows) => rows.map((r) => ({ ...r.m, body: r.body, noticeDays: r.noticeDays, itemCount: r.itemCount, programme: { id: r.body.programmeId, slug: r.programmeSlug, name: r.programmeName } })));
}

export interface MeetingFilter {
  bodyIds: readonly string[];
  year?: number;
  upcomingFrom?: Date;
}

/** Meetings of the bodies, by time; of one year in Norway, or those that have not yet started. */
export function listMeetings(db: DbOrTx, filter: MeetingFilter, limit?: number): Promise<MeetingListRow[]> {
  if (filter.bodyIds.length === 0) return Promise.resolve([]);
  return listMeetingRows(
    db,
    and(
      sql`${meetings.bodyId} = any(${uuidArray(filter.bodyIds)})`,
      filter.year ? sql`extract(year from ${meetings.startsAt} at time zone 'Europe/Oslo') = ${filter.year}` : undefined,
      filter.upcomingFrom ? gte(meetings.startsAt, filter.upcomingFrom) : undefined,
    ),
    'asc',
    limit,
  );
}

export async function findMeeting(db: DbOrTx, id: string): Promise<MeetingListRow | undefined> {
  const [row] = await listMeetingRows(db, and(eq(meetings.id, id)));
  return row;
}

/** The body's meeting before this one (not cancelled), whose minutes this one may approve. */
export async function previousMeeting(db: DbOrTx, m: MeetingRow): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.bodyId, m.bodyId), lt(meetings.startsAt, m.startsAt), sql`${meetings.status} <> 'cancelled'`))
    .orderBy(desc(meetings.startsAt))
    .limit(1);
  return row;
}

export async function neighbourMeetings(db: DbOrTx, m: MeetingRow): Promise<{ previous: string | null; next: string | null }> {
  const res = await db.execute<{ previous: string | null; next: string | null }>(sql`select
    (select id from meetings where body_id = ${m.bodyId} and starts_at < ${m.startsAt} order by starts_at desc limit 1) as previous,
    (select id from meetings where body_id = ${m.bodyId} and starts_at > ${m.startsAt} order by starts_at asc limit 1) as next`);
  return res.rows[0] ?? { previous: null, next: null };
}

/**
 * The cases (or agenda items) a list is read for: by their ids, or those on a meeting's agenda,
 * so that a meeting's parts are read together with its agenda rather than after it.
 */
export type Selection = readonly string[] | { meetingId: string };

const isEmpty = (s: Selection) => Array.isArray(s) && s.length === 0;

/** `column` among the selected: the ids, or those of the meeting's agenda items (`of`: their case or themselves). */
function selected(column: AnyColumn | SQL, s: Selection, of: 'case_id' | 'id'): SQL {
  return Array.isArray(s)
    ? sql`${column} = any(${uuidArray(s as readonly string[])})`
    : sql`${column} in (select ai.${sql.raw(of)} from agenda_items ai where ai.meeting_id = ${(s as { meetingId: string }).meetingId})`;
}
const caseCondition = (column: AnyColumn | SQL, s: Selection) => selected(column, s, 'case_id');
const itemCondition = (column: AnyColumn | SQL, s: Selection) => selected(column, s, 'id');

export interface ItemRow extends AgendaItemRow {
  case: CaseRow;
}

export async function listItems(db: DbOrTx, meetingId: string): Promise<ItemRow[]> {
  const rows = await db
    .select({ i: agendaItems, c: cases })
    .from(agendaItems)
    .innerJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
  return rows.map((r) => ({ ...r.i, case: r.c }));
}

export async function findItem(db: DbOrTx, id: string): Promise<ItemRow | undefined> {
  const [r] = await db.select({ i: agendaItems, c: cases }).from(agendaItems).innerJoin(cases, eq(cases.id, agendaItems.caseId)).where(eq(agendaItems.id, id));
  return r && { ...r.i, case: r.c };
}

export interface StepRow {
  caseId: string;
  itemId: string;
  meetingId: string;
  startsAt: Date;
  meetingStatus: MeetingRow['status'];
  /** The meeting's minutes are published: the public reads the step. */
  minutesPublished: boolean;
  numberSeq: number;
  numberYear: number;
  outcome: AgendaItemRow['outcome'];
  body: BodyRow;
  forwardedTo: BodyRow | null;
}

const forwardedBodies = alias(bodies, 'forwarded_to');

/** Every agenda item of the cases, by meeting time: the way each case travelled. */
export async function listSteps(db: DbOrTx, caseIds: Selection): Promise<StepRow[]> {
  if (isEmpty(caseIds)) return [];
  const rows = await db
    .select({ i: agendaItems, startsAt: meetings.startsAt, meetingStatus: meetings.status, body: bodies, forwardedTo: forwardedBodies })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, agendaItems.bodyId))
    .leftJoin(forwardedBodies, eq(forwardedBodies.id, agendaItems.forwardedToBodyId))
    .where(caseCondition(agendaItems.caseId, caseIds))
    .orderBy(asc(meetings.startsAt));
  return rows.map((r) => ({
    caseId: r.i.caseId,
    itemId: r.i.id,
    meetingId: r.i.meetingId,
    startsAt: r.startsAt,
    meetingStatus: r.meetingStatus,
    minutesPublished: r.meetingStatus === 'minutes_published',
    numberSeq: r.i.numberSeq,
    numberYear: r.i.numberYear,
    outcome: r.i.outcome,
    body: r.body,
    forwardedTo: r.forwardedTo,
  }));
}

export interface EffectViewRow extends EffectRow {
  bodyId: string | null;
  targetName: LocalizedText;
  version: number | null;
  actionProgrammeId: string | null;
  applicationId: string | null;
  projectId: string | null;
}

export async function listEffects(db: DbOrTx, caseIds: Selection): Promise<EffectViewRow[]> {
  if (isEmpty(caseIds)) return [];
  const res = await db.execute<{ e: EffectRow } & Record<string, unknown>>(sql`
    select e.id, e.case_id, e.kind, e.position, e.target_id, e.expected_revision, e.params, e.applied_by_item_id, e.applied_at, e.created_at,
      b.id as body_id, coalesce(b.name, ap.title, cp.title, jsonb_build_object('nb', app.title)) as target_name, v.version, ap.id as action_programme_id,
      app.id as application_id, coalesce((select p.id from projects p where p.application_id = app.id), cr.project_id) as project_id
    from decision_effects e
    left join mandate_versions v on v.id = e.target_id
    left join action_programmes ap on ap.id = e.target_id
    left join applications app on app.id = e.target_id and e.kind = 'decide_application'
    left join project_change_requests cr on cr.id = e.target_id and e.kind = 'decide_project_change'
    left join projects cp on cp.id = cr.project_id
    left join bodies b on b.id = coalesce(v.body_id, e.target_id)
    where ${caseCondition(sql.raw('e.case_id'), caseIds)}
    order by e.case_id, e.position`);
  return res.rows.map((r) => ({
    id: r.id as string,
    caseId: r.case_id as string,
    kind: r.kind as EffectRow['kind'],
    position: r.position as number,
    targetId: r.target_id as string,
    expectedRevision: r.expected_revision as number | null,
    params: (r.params as EffectRow['params']) ?? null,
    appliedByItemId: r.applied_by_item_id as string | null,
    appliedAt: r.applied_at ? new Date(r.applied_at as string) : null,
    createdAt: new Date(r.created_at as string),
    bodyId: r.body_id as string | null,
    targetName: r.target_name as LocalizedText,
    version: r.version as number | null,
    actionProgrammeId: r.action_programme_id as string | null,
    applicationId: r.application_id as string | null,
    projectId: r.project_id as string | null,
  }));
}

export interface SeatRow {
  id: string;
  bodyId: string;
  personId: string;
  name: string;
  organisationId: string | null;
  organisationName: string | null;
  role: MemberRole;
  deputyForId: string | null;
  hasVote: boolean;
  validFrom: string;
  validTo: string | null;
}

/** Every membership of the body, with names: the record of a meeting names people by them. */
export async function listSeats(db: DbOrTx, bodyId: string): Promise<SeatRow[]> {
  const rows = await db
    .select({ m: memberships, name: people.name, organisationName: organisations.name })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.bodyId, bodyId));
  return rows.map((r) => ({
    id: r.m.id,
    bodyId: r.m.bodyId,
    personId: r.m.personId,
    name: r.name,
    organisationId: r.m.organisationId,
    organisationName: r.organisationName,
    role: r.m.role,
    deputyForId: r.m.deputyForId,
    hasVote: r.m.hasVote,
    validFrom: r.m.validFrom,
    validTo: r.m.validTo,
  }));
}

export function listAttendance(db: DbOrTx, meetingId: string) {
  return db.select().from(attendance).where(eq(attendance.meetingId, meetingId));
}

export async function replaceAttendance(tx: DbOrTx, meetingId: string, rows: (typeof attendance.$inferInsert)[]): Promise<void> {
  await tx.delete(attendance).where(eq(attendance.meetingId, meetingId));
  if (rows.length) await tx.insert(attendance).values(rows);
}

export function listConflicts(db: DbOrTx, itemIds: Selection) {
  if (isEmpty(itemIds)) return Promise.resolve([]);
  return db.select().from(conflicts).where(itemCondition(conflicts.itemId, itemIds)).orderBy(asc(conflicts.declaredAt));
}

export interface ActionViewRow extends FollowUpActionRow {
  meetingId: string;
  numberSeq: number;
  numberYear: number;
  body: BodyRow;
  personName: string | null;
  organisationName: string | null;
}

function actionQuery(db: DbOrTx) {
  return db
    .select({ a: followUpActions, meetingId: agendaItems.meetingId, numberSeq: agendaItems.numberSeq, numberYear: agendaItems.numberYear, body: bodies, personName: people.name, organisationName: organisations.name })
    .from(followUpActions)
    .innerJoin(agendaItems, eq(agendaItems.id, followUpActions.itemId))
    .innerJoin(bodies, eq(bodies.id, agendaItems.bodyId))
    .leftJoin(people, eq(people.id, followUpActions.responsiblePersonId))
    .leftJoin(organisations, eq(organisations.id, followUpActions.responsibleOrganisationId));
}
type ActionQueryRow = Awaited<ReturnType<ReturnType<typeof actionQuery>['where']>>[number];
const toActionRow = (r: ActionQueryRow): ActionViewRow => ({ ...r.a, meetingId: r.meetingId, numberSeq: r.numberSeq, numberYear: r.numberYear, body: r.body, personName: r.personName, organisationName: r.organisationName });

export async function listActionsOfItems(db: DbOrTx, itemIds: Selection): Promise<ActionViewRow[]> {
  if (isEmpty(itemIds)) return [];
  return (await actionQuery(db).where(itemCondition(followUpActions.itemId, itemIds)).orderBy(asc(followUpActions.createdAt))).map(toActionRow);
}

export async function findAction(db: DbOrTx, id: string): Promise<ActionViewRow | undefined> {
  const [r] = await actionQuery(db).where(eq(followUpActions.id, id));
  return r && toActionRow(r);
}

/** The follow-up actions of the bodies' decisions, soonest due first. */
export async function listActionsOfBodies(db: DbOrTx, bodyIds: readonly string[], opts: { openOnly: boolean; overdueBefore?: string }): Promise<ActionViewRow[]> {
  if (bodyIds.length === 0) return [];
  const rows = await actionQuery(db)
    .where(
      and(
        sql`${agendaItems.bodyId} = any(${uuidArray(bodyIds)})`,
        opts.openOnly || opts.overdueBefore ? sql`${followUpActions.status} in ('open', 'in_progress')` : undefined,
        opts.overdueBefore ? sql`${followUpActions.dueDate} < ${opts.overdueBefore}::date` : undefined,
      ),
    )
    .orderBy(sql`${followUpActions.dueDate} asc nulls last`, asc(followUpActions.createdAt));
  return rows.map(toActionRow);
}

/**
 * The next number in the body's series for the year. The caller holds the body's lock, so two
 * cases added at once wait for each other and get consecutive numbers; a rolled-back addition
 * frees its number for the next.
 */
export async function nextCaseNumber(tx: DbOrTx, bodyId: string, year: number): Promise<number> {
  const res = await tx.execute<{ n: number }>(sql`select coalesce(max(number_seq), 0)::int + 1 as n from agenda_items where body_id = ${bodyId} and number_year = ${year}`);
  return res.rows[0]!.n;
}

export async function numberTaken(tx: DbOrTx, bodyId: string, year: number, seq: number): Promise<boolean> {
  const res = await tx.execute<{ taken: boolean }>(sql`select exists(select 1 from agenda_items where body_id = ${bodyId} and number_year = ${year} and number_seq = ${seq}) as taken`);
  return res.rows[0]?.taken ?? false;
}

export async function nextPosition(tx: DbOrTx, meetingId: string): Promise<number> {
  const res = await tx.execute<{ n: number }>(sql`select coalesce(max(position), 0)::int + 1 as n from agenda_items where meeting_id = ${meetingId}`);
  return res.rows[0]!.n;
}

export async function shiftPositions(tx: DbOrTx, meetingId: string): Promise<void> {
  await tx.execute(sql`update agenda_items set position = position + 1 where meeting_id = ${meetingId}`);
}

export async function lockMandateVersion(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(mandateVersions).where(eq(mandateVersions.id, id)).for('update');
  return row;
}

export function findCase(db: DbOrTx, id: string): Promise<CaseRow | undefined> {
  return db.query.cases.findFirst({ where: eq(cases.id, id) });
}

export function listCasesOfBody(db: DbOrTx, bodyId: string): Promise<CaseRow[]> {
  return db.select().from(cases).where(eq(cases.bodyId, bodyId)).orderBy(desc(cases.createdAt));
}

export function findBody(db: DbOrTx, id: string): Promise<BodyRow | undefined> {
  return db.query.bodies.findFirst({ where: eq(bodies.id, id) });
}

export function lockBody(tx: DbOrTx, id: string) {
  return rowWrites(bodies).lock(tx, id);
}

export const attachmentRows = rowWrites(caseAttachments);

export async function listAttachments(db: DbOrTx, caseIds: Selection): Promise<CaseAttachmentRow[]> {
  if (isEmpty(caseIds)) return [];
  return db.select().from(caseAttachments).where(caseCondition(caseAttachments.caseId, caseIds)).orderBy(asc(caseAttachments.createdAt));
}

/** The ids among these that an attachment names: the files the attachments keep. */
export async function keptAttachmentFiles(db: DbOrTx, fileIds: readonly string[]): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows = await db.select({ id: caseAttachments.fileId }).from(caseAttachments).where(sql`${caseAttachments.fileId} = any(${uuidArray(fileIds)})`);
  return new Set(rows.map((r) => r.id));
}

export function listAttachmentsById(db: DbOrTx, ids: readonly string[]): Promise<CaseAttachmentRow[]> {
  return db.select().from(caseAttachments).where(sql`${caseAttachments.id} = any(${uuidArray(ids)})`);
}
