import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowWrites } from '../../db/row-writes';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import { users } from '../users/users.table';
import { partnerSearches, type PartnerSearchRow } from './partner-searches.table';

export const searchRows = rowWrites(partnerSearches);

export const findSearch = (db: DbOrTx, id: string) => db.select().from(partnerSearches).where(eq(partnerSearches.id, id)).then((r) => r[0]);

export const searchesOfProgramme = (db: DbOrTx, programmeId: string) =>
  db.select().from(partnerSearches).where(eq(partnerSearches.programmeId, programmeId)).orderBy(desc(partnerSearches.receivedOn), desc(partnerSearches.createdAt));

export const organisationExists = async (db: DbOrTx, id: string) => (await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id))).length > 0;

/** The names a search's view shows: the organisation invited, who decided, and the programme's slug. */
export async function namesOf(db: DbOrTx, row: PartnerSearchRow) {
  const [org] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId));
  const [by] = row.decidedBy ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.decidedBy)) : [];
  const [programme] = await db.select({ slug: programmes.slug }).from(programmes).where(eq(programmes.id, row.programmeId));
  return { organisation: org?.name ?? '', decidedBy: by?.name ?? null, programmeSlug: programme?.slug ?? '' };
}
