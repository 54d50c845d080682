import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowWrites } from '../../db/row-writes';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import { users } from '../users/users.table';
import { partnerSearches, type PartnerSearchRow } from './partner-searches.table';

export const searchRows = rowWrites(partnerSearches);


/** Searches with the names their view shows: the organisation invited, who decided, the programme's slug. */
export type SearchWithNames = PartnerSearchRow & { organisationName: string; decidedByName: string | null; programmeSlug: string };

function withNames(db: DbOrTx) {
  return db
    .select({ s: partnerSearches, organisationName: organisations.name, decidedByName: users.name, programmeSlug: programmes.slug })
    .from(partnerSearches)
    .innerJoin(organisations, eq(organisations.id, partnerSearches.organisationId))
    .innerJoin(programmes, eq(programmes.id, partnerSearches.programmeId))
    .leftJoin(users, eq(users.id, partnerSearches.decidedBy));
}

const flat = (r: { s: PartnerSearchRow; organisationName: string; decidedByName: string | null; programmeSlug: string }): SearchWithNames => ({
  ...r.s,
  organisationName: r.organisationName,
  decidedByName: r.decidedByName,
  programmeSlug: r.programmeSlug,
});

export const searchWithNames = (db: DbOrTx, id: string) => withNames(db).where(eq(partnerSearches.id, id)).then((r) => (r[0] ? flat(r[0]) : undefined));

export const searchesOfProgramme = (db: DbOrTx, programmeId: string) =>
  withNames(db)
    .where(eq(partnerSearches.programmeId, programmeId))
    .orderBy(desc(partnerSearches.receivedOn), desc(partnerSearches.createdAt))
    .then((rows) => rows.map(flat));

export const organisationExists = async (db: DbOrTx, id: string) => (await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id))).length > 0;
