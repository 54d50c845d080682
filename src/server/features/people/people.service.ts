import type { Db } from '../../db/client';
import { auditedWrites } from '../../db/audited';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import { authorize, can, requireUser } from '../../http/permissions';
import { people } from './people.table';
import * as repo from './people.repo';
import type { Page } from '../../../shared/contracts/common';
import type { Person, PersonCreate, PersonQuery, PersonUpdate } from '../../../shared/contracts/people';

const writes = auditedWrites(people, 'person', 'The person');

/**
 * The people register is internal (the public sees people only as a programme's contacts).
 * Secretariats and board members see all; a contributor sees the people of its organisation.
 */
export async function listPeople(db: Db, actor: Actor, q: PersonQuery): Promise<Page<Person>> {
  const user = requireUser(actor);
  if (can(actor, 'person.read')) return repo.listPersonPage(db, q);
  if (!user.organisationId || !can(actor, 'person.read', { organisationId: user.organisationId })) {
    throw new AppError('FORBIDDEN', 'You may not read the register of people');
  }
  return repo.listPersonPage(db, q, user.organisationId);
}

export async function getPerson(db: Db, actor: Actor, id: string): Promise<Person> {
  requireUser(actor);
  const row = await repo.findPerson(db, id);
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
  return (await repo.findPerson(db, row.id))!;
}

export async function updatePerson(db: Db, actor: Actor, id: string, patch: PersonUpdate): Promise<Person> {
  const current = await getPerson(db, actor, id);
  authorize(actor, 'person.update', { organisationId: current.organisationId });
  if (patch.organisationId !== undefined && patch.organisationId !== current.organisationId) {
    authorize(actor, 'person.update', { organisationId: patch.organisationId });
  }
  await writes.update(db, actor, id, patch);
  return (await repo.findPerson(db, id))!;
}

export async function deletePerson(db: Db, actor: Actor, id: string): Promise<void> {
  const current = await getPerson(db, actor, id);
  authorize(actor, 'person.delete', { organisationId: current.organisationId });
  await writes.remove(db, actor, id);
}
