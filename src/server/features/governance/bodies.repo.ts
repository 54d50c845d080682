import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowWrites } from '../../db/row-writes';
import { organisations } from '../organisations/organisations.table';
import { people } from '../people/people.table';
import { agendaItems, bodies, mandateVersions, meetings, memberships, type BodyRow, type MandateVersionRow, type MembershipRow } from './governance.table';
import type { LocalizedText } from '../../../shared/domain/localized';

export const bodyRows = rowWrites(bodies);
export const membershipRows = rowWrites(memberships);
export const mandateRows = rowWrites(mandateVersions);

export interface BodyListRow extends BodyRow {
  secretariatName: string | null;
  memberCount: number;
}

/** The programme's bodies with their secretariat's name and how many sit in each today. */
export async function listBodies(db: DbOrTx, programmeId: string, today: string): Promise<BodyListRow[]> {
  const rows = await db
    .select({
      body: bodies,
      secretariatName: organisations.name,
      memberCount: sql<number>`(select count(*)::int from body_memberships m where m.body_id = ${bodies.id}
        and m.valid_from <= ${today}::date and (m.valid_to is null or m.valid_to >= ${today}::date))`,
    })
    .from(bodies)
    .leftJoin(organisations, eq(organisations.id, bodies.secretariatOrganisationId))
    .where(eq(bodies.programmeId, programmeId))
    .orderBy(asc(bodies.createdAt));
  return rows.map((r) => ({ ...r.body, secretariatName: r.secretariatName, memberCount: r.memberCount }));
}

export async function findBodyWithSecretariat(db: DbOrTx, id: string): Promise<BodyListRow | undefined> {
  const [row] = await db
    .select({ body: bodies, secretariatName: organisations.name })
    .from(bodies)
    .leftJoin(organisations, eq(organisations.id, bodies.secretariatOrganisationId))
    .where(eq(bodies.id, id));
  return row && { ...row.body, secretariatName: row.secretariatName, memberCount: 0 };
}

export function listRelatedBodies(db: DbOrTx, body: BodyRow): Promise<BodyRow[]> {
  return db
    .select()
    .from(bodies)
    .where(sql`${bodies.parentId} = ${body.id} or ${bodies.id} = ${body.parentId ?? null}`)
    .orderBy(asc(bodies.createdAt));
}

export async function lockBody(db: DbOrTx, id: string): Promise<BodyRow | undefined> {
  return bodyRows.lock(db, id);
}

export async function bodyIsUsed(db: DbOrTx, id: string): Promise<boolean> {
  const res = await db.execute<{ used: boolean }>(sql`select
    exists(select 1 from meetings where body_id = ${id})
    or exists(select 1 from cases where body_id = ${id})
    or exists(select 1 from bodies where parent_id = ${id})
    or exists(select 1 from decision_effects where target_id = ${id}) as used`);
  return res.rows[0]?.used ?? false;
}

export interface MembershipViewRow extends MembershipRow {
  personName: string;
  personTitle: string | null;
  organisationName: string | null;
  deputyForName: string | null;
}

const deputyFor = sql<string | null>`(select p2.name from body_memberships m2 join people p2 on p2.id = m2.person_id where m2.id = ${memberships.deputyForId})`;

/** The body's memberships (current ones, or all with history), by role and name. */
export async function listMemberships(db: DbOrTx, bodyId: string, opts: { today: string; history: boolean }): Promise<MembershipViewRow[]> {
  const current = sql`${memberships.validFrom} <= ${opts.today}::date and (${memberships.validTo} is null or ${memberships.validTo} >= ${opts.today}::date)`;
  const rows = await db
    .select({ m: memberships, personName: people.name, personTitle: people.title, organisationName: organisations.name, deputyForName: deputyFor })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(opts.history ? eq(memberships.bodyId, bodyId) : and(eq(memberships.bodyId, bodyId), current))
    .orderBy(sql`array_position(array['chair','deputy_chair','member','personal_deputy','observer','secretary'], ${memberships.role})`, asc(people.name), desc(memberships.validFrom));
  return rows.map((r) => ({ ...r.m, personName: r.personName, personTitle: r.personTitle, organisationName: r.organisationName, deputyForName: r.deputyForName }));
}

export async function findMembershipView(db: DbOrTx, id: string): Promise<MembershipViewRow | undefined> {
  const [r] = await db
    .select({ m: memberships, personName: people.name, personTitle: people.title, organisationName: organisations.name, deputyForName: deputyFor })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.id, id));
  return r && { ...r.m, personName: r.personName, personTitle: r.personTitle, organisationName: r.organisationName, deputyForName: r.deputyForName };
}

/** Memberships of the body whose period meets [from, to] (to null: open-ended), other than `exceptId`. */
export function overlappingMemberships(db: DbOrTx, bodyId: string, from: string, to: string | null, exceptId: string | null): Promise<MembershipRow[]> {
  return db
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.bodyId, bodyId),
        exceptId ? sql`${memberships.id} <> ${exceptId}` : undefined,
        sql`daterange(${memberships.validFrom}, ${memberships.validTo}, '[]') && daterange(${from}::date, ${to}::date, '[]')`,
      ),
    );
}

export async function membershipIsUsed(db: DbOrTx, id: string): Promise<boolean> {
  const res = await db.execute<{ used: boolean }>(sql`select
    exists(select 1 from meeting_attendance where membership_id = ${id} or substitute_for_id = ${id})
    or exists(select 1 from item_conflicts where membership_id = ${id} or deputy_membership_id = ${id})
    or exists(select 1 from body_memberships where deputy_for_id = ${id}) as used`);
  return res.rows[0]?.used ?? false;
}

export interface MandateViewRow extends MandateVersionRow {
  adoptedMeetingId: string | null;
  adoptedNumber: string | null;
  adoptedBodyName: LocalizedText | null;
  adoptedDate: Date | null;
}

const mandateView = {
  v: mandateVersions,
  adoptedMeetingId: agendaItems.meetingId,
  adoptedNumber: sql<string | null>`${agendaItems.numberSeq} || '/' || ${agendaItems.numberYear}`,
  adoptedBodyName: sql<LocalizedText | null>`(select b.name from bodies b where b.id = ${agendaItems.bodyId})`,
  adoptedDate: meetings.startsAt,
};

function toMandateView(r: { v: MandateVersionRow; adoptedMeetingId: string | null; adoptedNumber: string | null; adoptedBodyName: LocalizedText | null; adoptedDate: Date | null }): MandateViewRow {
  return { ...r.v, adoptedMeetingId: r.adoptedMeetingId, adoptedNumber: r.adoptedNumber, adoptedBodyName: r.adoptedBodyName, adoptedDate: r.adoptedDate };
}

/** The mandate's versions, newest first, with the decision that adopted each. */
export async function listMandateVersions(db: DbOrTx, bodyId: string): Promise<MandateViewRow[]> {
  const rows = await db
    .select(mandateView)
    .from(mandateVersions)
    .leftJoin(agendaItems, eq(agendaItems.id, mandateVersions.adoptedByItemId))
    .leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(mandateVersions.bodyId, bodyId))
    .orderBy(desc(mandateVersions.version));
  return rows.map(toMandateView);
}

export async function findMandateView(db: DbOrTx, id: string): Promise<MandateViewRow | undefined> {
  const [r] = await db
    .select(mandateView)
    .from(mandateVersions)
    .leftJoin(agendaItems, eq(agendaItems.id, mandateVersions.adoptedByItemId))
    .leftJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(mandateVersions.id, id));
  return r && toMandateView(r);
}

export async function nextMandateVersion(db: DbOrTx, bodyId: string): Promise<number> {
  const res = await db.execute<{ n: number }>(sql`select coalesce(max(version), 0)::int + 1 as n from mandate_versions where body_id = ${bodyId}`);
  return res.rows[0]!.n;
}

export async function mandateIsPrepared(db: DbOrTx, versionId: string): Promise<boolean> {
  const res = await db.execute<{ used: boolean }>(sql`select exists(select 1 from decision_effects where target_id = ${versionId} and applied_at is null) as used`);
  return res.rows[0]?.used ?? false;
}

export function findPerson(db: DbOrTx, id: string) {
  return db.query.people.findFirst({ where: eq(people.id, id) });
}

export function findOrganisation(db: DbOrTx, id: string) {
  return db.query.organisations.findFirst({ where: eq(organisations.id, id) });
}
