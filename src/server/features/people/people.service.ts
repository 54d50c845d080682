import type { Db } from '../../db/client';
import { auditedWrites } from '../../db/audited';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import { authorize, can, requireUser } from '../../http/permissions';
import { checkedOwner, checkOwnerChange, ownerScope } from '../programmes/programmes.access';
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

/**
 * Adds a person, kept by one of the actor's programmes; a contributor adding a person to its own
 * organisation (and a platform administrator) may leave the programme out.
 */
export async function createPerson(db: Db, actor: Actor, input: PersonCreate): Promise<Person> {
  const ownerProgrammeId = await checkedOwner(db, actor, 'person.create', input.ownerProgrammeId, input.organisationId ?? null);
  const row = await writes.create(db, actor, {
    name: input.name,
    title: input.title ?? null,
    titleNn: input.titleNn || null,
    titleEn: input.titleEn || null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    organisationId: input.organisationId ?? null,
    ownerProgrammeId,
  });
  return (await repo.findPerson(db, row.id))!;
}

export async function updatePerson(db: Db, actor: Actor, id: string, patch: PersonUpdate): Promise<Person> {
  const current = await getPerson(db, actor, id);
  authorize(actor, 'person.update', await ownerScope(db, current.ownerProgrammeId, current.organisationId));
  if (patch.organisationId !== undefined && patch.organisationId !== current.organisationId) {
    authorize(actor, 'person.update', await ownerScope(db, current.ownerProgrammeId, patch.organisationId));
  }
  await checkOwnerChange(db, actor, 'person.create', current.ownerProgrammeId, patch.ownerProgrammeId, current.organisationId);
  // An emptied other-language title is none: the page falls back to the title as written.
  const titles = { ...(patch.titleNn !== undefined ? { titleNn: patch.titleNn || null } : {}), ...(patch.titleEn !== undefined ? { titleEn: patch.titleEn || null } : {}) };
  await writes.update(db, actor, id, { ...patch, ...titles });
  return (await repo.findPerson(db, id))!;
}

export async function deletePerson(db: Db, actor: Actor, id: string): Promise<void> {
  const current = await getPerson(db, actor, id);
  authorize(actor, 'person.delete', await ownerScope(db, current.ownerProgrammeId, current.organisationId));
  await writes.remove(db, actor, id);
}
