import { and, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { auditedWrites } from '../../db/audited';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { authorize, can, requireUser } from '../../http/permissions';
import { organisations } from '../organisations/organisations.table';
import { people } from './people.table';
import type { Person, PersonCreate, PersonQuery, PersonUpdate } from '../../../shared/contracts/people';
import { AppError } from '../../http/errors';

const writes = auditedWrites(people, 'person', 'The person');

function selectPeople(db: Db) {
  return db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      email: people.email,
      phone: people.phone,
      organisationId: people.organisationId,
      organisationName: organisations.name,
    })
    .from(people)
    .leftJoin(organisations, eq(organisations.id, people.organisationId));
}

/**
 * The people register is internal (the public sees people only as a programme's contacts).
 * Secretariats and board members see all; a contributor sees the people of its organisation.
 */
export async function listPeople(db: Db, actor: Actor, q: z.infer<typeof PersonQuery>): Promise<{ items: Person[]; total: number }> {
  const user = requireUser(actor);
  const where: SQL[] = [];
  if (!can(actor, 'person.read')) {
    if (!user.organisationId || !can(actor, 'person.read', { organisationId: user.organisationId })) {
      throw new AppError('FORBIDDEN', 'You may not read the register of people');
    }
    where.push(eq(people.organisationId, user.organisationId));
  }
  if (q.organisationId) where.push(eq(people.organisationId, q.organisationId));
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(or(ilike(people.name, like), ilike(people.email, like))!);
  }
  const cond = where.length ? and(...where) : undefined;
  const [items, [total]] = await Promise.all([
    selectPeople(db).where(cond).orderBy(sql`${people.name} collate "nb-NO-x-icu"`).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(people).where(cond),
  ]);
  return { items, total: total?.n ?? 0 };
}

async function findPerson(db: Db, id: string): Promise<Person | undefined> {
  const [row] = await selectPeople(db).where(eq(people.id, id));
  return row;
}

export async function getPerson(db: Db, actor: Actor, id: string): Promise<Person> {
  requireUser(actor);
  const row = await findPerson(db, id);
  // Someone who may not read this person must not learn that the record exists.
  if (!row || !can(actor, 'person.read', { organisationId: row.organisationId })) throw notFound('The person');
  return row;
}

export async function createPerson(db: Db, actor: Actor, input: PersonCreate): Promise<Person> {
  authorize(actor, 'person.create', { organisationId: input.organisationId ?? null });
  const row = await writes.create(db, actor, {
    name: input.name,
    title: input.title ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    organisationId: input.organisationId ?? null,
  });
  return (await findPerson(db, row.id))!;
}

export async function updatePerson(db: Db, actor: Actor, id: string, patch: PersonUpdate): Promise<Person> {
  const current = await getPerson(db, actor, id);
  authorize(actor, 'person.update', { organisationId: current.organisationId });
  if (patch.organisationId !== undefined && patch.organisationId !== current.organisationId) {
    authorize(actor, 'person.update', { organisationId: patch.organisationId });
  }
  await writes.update(db, actor, id, patch);
  return (await findPerson(db, id))!;
}

export async function deletePerson(db: Db, actor: Actor, id: string): Promise<void> {
  const current = await getPerson(db, actor, id);
  authorize(actor, 'person.delete', { organisationId: current.organisationId });
  await writes.remove(db, actor, id);
}
