import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { organisations } from '../organisations/organisations.table';
import { people } from '../people/people.table';
import { contacts, participations, programmes, type ProgrammeRow } from './programmes.table';

export function findProgrammeById(db: DbOrTx, id: string): Promise<ProgrammeRow | undefined> {
  return db.query.programmes.findFirst({ where: eq(programmes.id, id) });
}

export function findProgrammeBySlug(db: DbOrTx, slug: string): Promise<ProgrammeRow | undefined> {
  return db.query.programmes.findFirst({ where: eq(programmes.slug, slug) });
}

/** The programme and its ancestors, nearest first. Empty when the programme does not exist. */
export async function lineage(db: DbOrTx, id: string): Promise<string[]> {
  const res = await db.execute<{ id: string }>(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from programmes where id = ${id}
      union all
      select p.id, p.parent_id, up.depth + 1 from programmes p join up on p.id = up.parent_id
      where up.depth < 50
    )
    select id from up order by depth`);
  return res.rows.map((r) => r.id);
}

export async function programmeAndDescendantIds(db: DbOrTx, id: string): Promise<string[]> {
  const res = await db.execute<{ id: string }>(sql`
    with recursive down(id, depth) as (
      select id, 0 from programmes where id = ${id}
      union all
      select p.id, down.depth + 1 from programmes p join down on p.parent_id = down.id
      where down.depth < 50
    )
    select id from down`);
  return res.rows.map((r) => r.id);
}

export function listProgrammeRows(db: DbOrTx): Promise<ProgrammeRow[]> {
  return db.select().from(programmes).orderBy(sql`${programmes.name}->>'nb' collate "nb-NO-x-icu"`);
}

export function listChildren(db: DbOrTx, parentId: string): Promise<ProgrammeRow[]> {
  return db
    .select()
    .from(programmes)
    .where(eq(programmes.parentId, parentId))
    .orderBy(sql`${programmes.name}->>'nb' collate "nb-NO-x-icu"`);
}

export function listParticipations(db: DbOrTx, programmeId: string) {
  return db
    .select({
      id: participations.id,
      organisationId: participations.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: participations.role,
      note: participations.note,
    })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(eq(participations.programmeId, programmeId))
    .orderBy(asc(participations.role), sql`${organisations.name} collate "nb-NO-x-icu"`);
}

export function listContacts(db: DbOrTx, programmeId: string) {
  return db
    .select({
      id: contacts.id,
      personId: contacts.personId,
      name: people.name,
      title: people.title,
      email: people.email,
      phone: people.phone,
      organisationName: organisations.name,
      role: contacts.role,
      sortOrder: contacts.sortOrder,
    })
    .from(contacts)
    .innerJoin(people, eq(people.id, contacts.personId))
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .where(eq(contacts.programmeId, programmeId))
    .orderBy(asc(contacts.sortOrder), sql`${people.name} collate "nb-NO-x-icu"`);
}

export function findProgrammesByIds(db: DbOrTx, ids: string[]): Promise<ProgrammeRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(programmes).where(inArray(programmes.id, ids));
}
