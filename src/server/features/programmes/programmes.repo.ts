import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { organisations } from '../organisations/organisations.table';
import { people } from '../people/people.table';
import { contacts, participations, programmes, type ProgrammeRow } from './programmes.table';
import type { ProgrammeLink } from '../../../shared/domain/permissions';

export function findProgrammeById(db: DbOrTx, id: string): Promise<ProgrammeRow | undefined> {
  return db.query.programmes.findFirst({ where: eq(programmes.id, id) });
}

export function findProgrammeBySlug(db: DbOrTx, slug: string): Promise<ProgrammeRow | undefined> {
  return db.query.programmes.findFirst({ where: eq(programmes.slug, slug) });
}

/**
 * Each programme asked for (every programme when `ids` is left out) with its lineage: the
 * programme, then its ancestors, nearest first, each with whether it is published. One recursive
 * query however many programmes; a programme that does not exist is not in the map. The depth
 * limit stops a damaged tree from looping.
 */
export async function programmeLineages(db: DbOrTx, ids?: readonly string[]): Promise<Map<string, ProgrammeLink[]>> {
  if (ids && ids.length === 0) return new Map();
  const res = await db.execute<{ start: string; id: string; is_published: boolean }>(sql`
    with recursive up(start, id, parent_id, is_published, depth) as (
      select id, id, parent_id, is_published, 0 from programmes
      where ${ids ? sql`id = any(${`{${ids.join(',')}}`}::uuid[])` : sql`true`}
      union all
      select up.start, p.id, p.parent_id, p.is_published, up.depth + 1 from programmes p join up on p.id = up.parent_id
      where up.depth < 50
    )
    select start, id, is_published from up order by start, depth`);
  const out = new Map<string, ProgrammeLink[]>();
  for (const r of res.rows) {
    const lineage = out.get(r.start) ?? [];
    lineage.push({ id: r.id, isPublished: r.is_published });
    out.set(r.start, lineage);
  }
  return out;
}

/** The programme's lineage (see programmeLineages); empty when the programme does not exist. */
export async function lineageOf(db: DbOrTx, id: string): Promise<ProgrammeLink[]> {
  return (await programmeLineages(db, [id])).get(id) ?? [];
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
