import { and, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern, countRows, fetchPage, norwegianOrder } from '../../db/query-kit';
import { organisations } from '../organisations/organisations.table';
import { people } from './people.table';
import type { Person, PersonQuery } from '../../../shared/contracts/people';
import type { Page } from '../../../shared/contracts/common';

function selectPeople(db: DbOrTx) {
  return db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      titleNn: people.titleNn,
      titleEn: people.titleEn,
      email: people.email,
      phone: people.phone,
      organisationId: people.organisationId,
      organisationName: organisations.name,
      ownerProgrammeId: people.ownerProgrammeId,
    })
    .from(people)
    .leftJoin(organisations, eq(organisations.id, people.organisationId));
}

/**
 * People by organisation and by name or e-mail, in Norwegian order. `onlyOrganisationId` limits
 * the list to one organisation whatever the query asks (a contributor's own).
 */
export function listPersonPage(db: DbOrTx, q: PersonQuery, onlyOrganisationId?: string): Promise<Page<Person>> {
  const where: SQL[] = [];
  if (onlyOrganisationId) where.push(eq(people.organisationId, onlyOrganisationId));
  if (q.organisationId) where.push(eq(people.organisationId, q.organisationId));
  if (q.q) {
    const like = containsPattern(q.q);
    where.push(or(ilike(people.name, like), ilike(people.email, like))!);
  }
  const cond = where.length ? and(...where) : undefined;
  return fetchPage(selectPeople(db).where(cond).orderBy(norwegianOrder(people.name)).limit(q.limit).offset(q.offset), countRows(db, people, cond));
}

export async function findPerson(db: DbOrTx, id: string): Promise<Person | undefined> {
  const [row] = await selectPeople(db).where(eq(people.id, id));
  return row;
}
