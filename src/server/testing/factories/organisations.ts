import type { Db } from '../../db/client';
import { organisations } from '../../features/organisations/organisations.table';
import { people } from '../../features/people/people.table';
import type { OrganisationKind } from '../../../shared/contracts/organisations';
import { unique } from './unique';

export async function buildOrganisation(db: Db, o: Partial<typeof organisations.$inferInsert> = {}) {
  const [row] = await db
    .insert(organisations)
    .values({ name: `Organisasjon ${unique()}`, kind: 'city_district' as OrganisationKind, ...o })
    .returning();
  return row!;
}

/** A person in the register, by default without an organisation. */
export async function buildPerson(db: Db, o: Partial<typeof people.$inferInsert> = {}) {
  const [row] = await db.insert(people).values({ name: 'Kari Nordmann', ...o }).returning();
  return row!;
}
