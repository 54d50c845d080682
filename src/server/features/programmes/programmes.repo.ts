import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowWrites } from '../../db/row-writes';
import { descendantIds, norwegianNameOrder, norwegianOrder, treeWalk, uuidArray } from '../../db/query-kit';
import { organisations } from '../organisations/organisations.table';
import { people } from '../people/people.table';
import { contacts, participations } from './participations.table';
import { programmes, type ProgrammeRow } from './programmes.table';
import type { ProgrammeLink } from '../../../shared/domain/permissions';

const programmeTree = { table: programmes, id: programmes.id, parentId: programmes.parentId };

/** Writes of one programme, participation or contact by id, for the service's transactions. */
export const programmeRows = rowWrites(programmes);
export const participationRows = rowWrites(participations);
export const contactRows = rowWrites(contacts);

/** Removes the programme's participation; undefined when the programme has no such participation. */
export async function removeParticipation(tx: DbOrTx, programmeId: string, id: string) {
  const [row] = await tx.delete(participations).where(and(eq(participations.id, id), eq(participations.programmeId, programmeId))).returning();
  return row;
}

/** Removes the programme's contact; undefined when the programme has no such contact. */
export async function removeContact(tx: DbOrTx, programmeId: string, id: string) {
  const [row] = await tx.delete(contacts).where(and(eq(contacts.id, id), eq(contacts.programmeId, programmeId))).returning();
  return row;
}

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
  const start = ids ? sql`${programmes.id} = any(${uuidArray(ids)})` : sql`true`;
  const res = await db.execute<{ start: string; id: string; is_published: boolean }>(sql`
    select w.start, w.id, ${programmes.isPublished} as is_published
    from (${treeWalk(programmeTree, 'up', start)}) w join ${programmes} on ${programmes.id} = w.id
    order by w.start, w.depth`);
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

/** The programme and all its sub-programmes, at any depth. */
export function programmeAndDescendantIds(db: DbOrTx, id: string): Promise<string[]> {
  return descendantIds(db, programmeTree, id);
}

export function listProgrammeRows(db: DbOrTx): Promise<ProgrammeRow[]> {
  return db.select().from(programmes).orderBy(norwegianNameOrder(programmes.name));
}

export function listChildren(db: DbOrTx, parentId: string): Promise<ProgrammeRow[]> {
  return db
    .select()
    .from(programmes)
    .where(eq(programmes.parentId, parentId))
    .orderBy(norwegianNameOrder(programmes.name));
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
      noteNn: participations.noteNn,
      noteEn: participations.noteEn,
    })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(eq(participations.programmeId, programmeId))
    .orderBy(asc(participations.role), norwegianOrder(organisations.name));
}

export function listContacts(db: DbOrTx, programmeId: string) {
  return db
    .select({
      id: contacts.id,
      personId: contacts.personId,
      name: people.name,
      title: people.title,
      titleNn: people.titleNn,
      titleEn: people.titleEn,
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
    .orderBy(asc(contacts.sortOrder), norwegianOrder(people.name));
}

export function findProgrammesByIds(db: DbOrTx, ids: string[]): Promise<ProgrammeRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(programmes).where(inArray(programmes.id, ids));
}
