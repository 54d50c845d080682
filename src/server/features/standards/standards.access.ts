import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import { can } from '../../http/permissions';
import { visibleLineage } from '../programmes/programmes.access';
import * as repo from './standards.repo';
import type { StandardTranslationRow, StandardVersionRow } from './standards.table';
import type { LanguageOverview, StandardSummary } from '../../../shared/contracts/standards';
import { isSuperseded, languageStatus, sectionStatus, STANDARD_LANGUAGES, type SectionStatus, type SourceSection, type StandardLanguage, type VersionSections } from '../../../shared/domain/standards';
import type { ProgrammeLink } from '../../../shared/domain/permissions';

const ids = (lineage: readonly ProgrammeLink[]) => lineage.map((l) => l.id);

/** What the actor may do with one standard. */
export interface StandardAccess {
  lineage: ProgrammeLink[];
  /** Edits the source, publishes, and edits every translation: the secretariat, or a school's contributors for its local guideline. */
  manage: boolean;
  /** The languages whose translations the actor edits (every one for those who manage). */
  languages: ReadonlySet<StandardLanguage>;
}

/**
 * The languages of the translator role the actor holds on the programme: the nearest grant in
 * the lineage decides (as `roleIn` does), and only a translator's grant carries languages.
 */
async function translatorLanguages(db: DbOrTx, actor: Actor, lineage: readonly ProgrammeLink[]): Promise<StandardLanguage[]> {
  const user = actor.user;
  if (!user || !can(actor, 'standard.translate', { programmeIds: ids(lineage) })) return [];
  const grants = await repo.roleLanguages(db, user.id, ids(lineage));
  for (const link of lineage) {
    if (user.roles.has(link.id)) return user.roles.get(link.id) === 'translator' ? ((grants.get(link.id) ?? []) as StandardLanguage[]) : [];
  }
  return [];
}

export async function accessTo(db: DbOrTx, actor: Actor, programmeId: string, organisationId: string | null, what = 'The standard'): Promise<StandardAccess> {
  const lineage = await visibleLineage(db, actor, programmeId, what);
  return accessIn(lineage, organisationId, await translatorLanguages(db, actor, lineage), actor);
}

/** The actor's access to each standard of one programme, with the programme's lineage and the translator's languages read once. */
export async function accessToAll(db: DbOrTx, actor: Actor, programmeId: string): Promise<{ lineage: ProgrammeLink[]; of: (organisationId: string | null) => StandardAccess }> {
  const lineage = await visibleLineage(db, actor, programmeId);
  const translated = await translatorLanguages(db, actor, lineage);
  return { lineage, of: (organisationId) => accessIn(lineage, organisationId, translated, actor) };
}

function accessIn(lineage: ProgrammeLink[], organisationId: string | null, translated: StandardLanguage[], actor: Actor): StandardAccess {
  const manage = can(actor, 'standard.manage', { programmeIds: ids(lineage), organisationId });
  return { lineage, manage, languages: new Set<StandardLanguage>(manage ? STANDARD_LANGUAGES : translated) };
}

/** Whether the actor works on the standard (sees its draft and its translation overview). */
export const isEditor = (access: StandardAccess) => access.manage || access.languages.size > 0;

/**
 * The standard as the actor may reach it: 404 when the programme is hidden or (for those who do
 * not work on it) when it has not been published; 403 when the actor would change what it may not.
 */
export async function scoped(db: DbOrTx, actor: Actor, id: string, need: 'read' | 'edit' | 'manage' = 'read') {
  const row = await repo.standardWithNames(db, id);
  if (!row) throw notFound('The standard');
  const access = await accessTo(db, actor, row.programmeId, row.organisationId);
  const versions = (await repo.versionsOf(db, [id])).get(id) ?? [];
  if (need === 'manage' && !access.manage) throw new AppError('FORBIDDEN', 'Only the secretariat edits and publishes the standard');
  if (need === 'edit' && !isEditor(access)) throw new AppError('FORBIDDEN', 'Only the secretariat and its translators work on the standard');
  if (versions.length === 0 && !isEditor(access)) throw notFound('The standard');
  return { row, access, versions };
}

export function versionMap(versions: readonly StandardVersionRow[]): VersionSections {
  return new Map(versions.map((v) => [v.number, v.sections as readonly SourceSection[]]));
}

/** Every language × every section of the latest version: missing, current or outdated (with the word diff). */
export function overviewOf(versions: readonly StandardVersionRow[], translations: readonly StandardTranslationRow[], access: StandardAccess): LanguageOverview[] {
  const latest = versions.at(-1);
  const map = versionMap(versions);
  return STANDARD_LANGUAGES.map((language) => {
    const translated = translations.find((t) => t.language === language)?.sections ?? {};
    const sections: SectionStatus[] = (latest?.sections ?? []).map((s) => sectionStatus(s.key, translated[s.key], map, latest!.number));
    return { language, status: languageStatus(sections), sections, canEdit: access.languages.has(language) };
  });
}

export const versionSummary = (v: StandardVersionRow) => ({ id: v.id, number: v.number, publishedAt: v.publishedAt.toISOString(), note: v.note });

export type BasedOn = StandardSummary['basedOn'];

/** What a local guideline points at: the city-wide standard and the number of the version it builds on. */
export interface BaseRef {
  basedOnStandardId: string | null;
  basedOnVersion: number | null;
}

/** The city-wide versions local guidelines build on, each flagged when a newer version has been published. */
export async function basedOnOf(db: DbOrTx, refs: readonly BaseRef[]): Promise<(ref: BaseRef) => BasedOn> {
  const ids = [...new Set(refs.map((r) => r.basedOnStandardId).filter((v): v is string => !!v))];
  const versions = await repo.versionsOf(db, ids);
  return (ref) => {
    const all = ref.basedOnStandardId ? versions.get(ref.basedOnStandardId) : undefined;
    const latest = all?.at(-1);
    if (!ref.basedOnStandardId || ref.basedOnVersion === null || !latest) return null;
    return { standardId: ref.basedOnStandardId, title: latest.title, version: ref.basedOnVersion, superseded: isSuperseded(ref.basedOnVersion, latest.number) };
  };
}
