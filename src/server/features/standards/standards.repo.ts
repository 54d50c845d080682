import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowWrites } from '../../db/row-writes';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import { programmeRoles } from '../users/users.table';
import type { StandardLanguage } from '../../../shared/domain/standards';
import { standards, standardTranslations, standardVersions, type StandardRow, type StandardTranslationRow, type StandardVersionRow } from './standards.table';

export const standardRows = rowWrites(standards);
export const translationRows = rowWrites(standardTranslations);
export const versionRows = rowWrites(standardVersions);

/** A standard with the names its views show: the school of a local guideline, the programme's slug. */
export type StandardWithNames = StandardRow & { organisationName: string | null; programmeSlug: string };

function withNames(db: DbOrTx) {
  return db
    .select({ s: standards, organisationName: organisations.name, programmeSlug: programmes.slug })
    .from(standards)
    .innerJoin(programmes, eq(programmes.id, standards.programmeId))
    .leftJoin(organisations, eq(organisations.id, standards.organisationId));
}
const flat = (r: { s: StandardRow; organisationName: string | null; programmeSlug: string }): StandardWithNames => ({ ...r.s, organisationName: r.organisationName, programmeSlug: r.programmeSlug });

export const standardWithNames = (db: DbOrTx, id: string) => withNames(db).where(eq(standards.id, id)).then((r) => (r[0] ? flat(r[0]) : undefined));

/** The programme's standards: the city-wide ones first, then local guidelines, by title. */
export const standardsOfProgramme = (db: DbOrTx, programmeId: string) =>
  withNames(db)
    .where(eq(standards.programmeId, programmeId))
    .orderBy(sql`${standards.organisationId} nulls first`, asc(standards.title))
    .then((rows) => rows.map(flat));

/** Every published version of the standards, oldest first. */
export async function versionsOf(db: DbOrTx, standardIds: readonly string[]): Promise<Map<string, StandardVersionRow[]>> {
  const out = new Map<string, StandardVersionRow[]>();
  if (standardIds.length === 0) return out;
  const rows = await db.select().from(standardVersions).where(inArray(standardVersions.standardId, [...standardIds])).orderBy(asc(standardVersions.number));
  for (const r of rows) out.set(r.standardId, [...(out.get(r.standardId) ?? []), r]);
  return out;
}

export async function translationsOf(db: DbOrTx, standardIds: readonly string[]): Promise<Map<string, StandardTranslationRow[]>> {
  const out = new Map<string, StandardTranslationRow[]>();
  if (standardIds.length === 0) return out;
  const rows = await db.select().from(standardTranslations).where(inArray(standardTranslations.standardId, [...standardIds])).orderBy(asc(standardTranslations.language));
  for (const r of rows) out.set(r.standardId, [...(out.get(r.standardId) ?? []), r]);
  return out;
}

export async function translationOf(db: DbOrTx, standardId: string, language: StandardLanguage, lock = false): Promise<StandardTranslationRow | undefined> {
  const q = db.select().from(standardTranslations).where(and(eq(standardTranslations.standardId, standardId), eq(standardTranslations.language, language)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** The languages granted with the user's role on each of the programmes (a translator's). */
export async function roleLanguages(db: DbOrTx, userId: string, programmeIds: readonly string[]): Promise<Map<string, string[]>> {
  if (programmeIds.length === 0) return new Map();
  const rows = await db
    .select({ programmeId: programmeRoles.programmeId, languages: programmeRoles.languages })
    .from(programmeRoles)
    .where(and(eq(programmeRoles.userId, userId), inArray(programmeRoles.programmeId, [...programmeIds])));
  return new Map(rows.map((r) => [r.programmeId, r.languages]));
}

export const organisationExists = async (db: DbOrTx, id: string) => (await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id))).length > 0;
