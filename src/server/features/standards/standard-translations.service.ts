import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { requireUser } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import * as repo from './standards.repo';
import { basedOnOf, overviewOf, scoped, versionMap, versionSummary } from './standards.access';
import type { StandardTranslationRow, StandardVersionRow } from './standards.table';
import type { StandardText, TranslationEditor, TranslationSectionSave, TranslationTitleSave } from '../../../shared/contracts/standards';
import { LANGUAGE_INFO, languageDir, languageStatus, sectionStatus, type StandardLanguage, type TranslatedSection } from '../../../shared/domain/standards';

/**
 * The latest published version in the source language (nb) or a translation: translated sections
 * in the language, missing ones in the source (marked nb), the status of the translation, and,
 * when it is outdated, the oldest source version a section of it follows.
 */
export async function readStandard(db: Db, actor: Actor, id: string, lang: 'nb' | StandardLanguage): Promise<StandardText> {
  const { row, versions } = await scoped(db, actor, id);
  const latest = versions.at(-1);
  if (!latest) throw notFound('The standard');
  const translations = (await repo.translationsOf(db, [id])).get(id) ?? [];
  const basedOn = (await basedOnOf(db, [row]))(row);
  const map = versionMap(versions);
  const translation = lang === 'nb' ? undefined : translations.find((t) => t.language === lang);
  if (lang !== 'nb' && !translation) throw notFound('The translation');
  const statuses = latest.sections.map((s) => sectionStatus(s.key, translation?.sections[s.key], map, latest.number));
  const available = [
    { language: 'nb', name: LANGUAGE_INFO.nb.name, dir: 'ltr' as const },
    ...translations.filter((t) => Object.keys(t.sections).length > 0).map((t) => ({ language: t.language, name: LANGUAGE_INFO[t.language].name, dir: languageDir(t.language) })),
  ];
  const status = translation ? languageStatus(statuses) : null;
  const followed = statuses.filter((s) => s.status === 'outdated').map((s) => s.sourceVersion!);
  const follows = followed.length > 0 ? versions.find((v) => v.number === Math.min(...followed)) : undefined;
  return {
    id,
    programmeId: row.programmeId,
    programmeSlug: row.programmeSlug,
    language: lang,
    dir: languageDir(lang),
    title: translation?.title || latest.title,
    titleLang: translation?.title ? lang : 'nb',
    version: versionSummary(latest),
    sections: latest.sections.map((s, i) => {
      const t = translation?.sections[s.key];
      return t
        ? { key: s.key, kind: s.kind, heading: t.heading, text: t.text, items: t.items, fromSchool: t.fromSchool, fromHome: t.fromHome, lang, status: statuses[i]!.status }
        : { key: s.key, kind: s.kind, heading: s.heading, text: s.text, items: s.items, fromSchool: s.fromSchool, fromHome: s.fromHome, lang: 'nb', status: translation ? 'missing' : null };
    }),
    timeline: row.timeline,
    status,
    followsVersion: follows ? versionSummary(follows) : null,
    available,
    organisation: row.organisationId ? { id: row.organisationId, name: row.organisationName ?? '' } : null,
    basedOn,
  };
}

async function editor(db: Db, actor: Actor, id: string, lang: StandardLanguage): Promise<TranslationEditor> {
  const { row, access, versions } = await scoped(db, actor, id, 'edit');
  const latest = versions.at(-1);
  const translation = await repo.translationOf(db, id, lang);
  const overview = overviewOf(versions, translation ? [translation] : [], access).find((o) => o.language === lang)!;
  return {
    id: translation?.id ?? null,
    standardId: id,
    programmeSlug: row.programmeSlug,
    standardTitle: latest?.title ?? row.title,
    language: lang,
    dir: languageDir(lang),
    latestVersion: latest?.number ?? 0,
    title: translation?.title ?? '',
    sections: (latest?.sections ?? []).map((source, i) => {
      const t = translation?.sections[source.key];
      return { source, translation: t ?? null, status: overview.sections[i]! };
    }),
    revision: translation?.revision ?? 0,
    canEdit: access.languages.has(lang),
  };
}

/** One language's translation beside the latest source, for those who work on the standard. */
export const getTranslation = (db: Db, actor: Actor, id: string, lang: StandardLanguage) => editor(db, actor, id, lang);

/** Changes a translation, for the secretariat or a translator assigned to the language (403 for another). */
async function save(db: Db, actor: Actor, id: string, lang: StandardLanguage, revision: number, apply: (before: StandardTranslationRow | undefined, latest: StandardVersionRow) => Partial<StandardTranslationRow>): Promise<TranslationEditor> {
  const user = requireUser(actor);
  const { row, access, versions } = await scoped(db, actor, id, 'edit');
  if (!access.languages.has(lang)) throw new AppError('FORBIDDEN', `You do not translate into ${lang}`);
  const latest = versions.at(-1);
  if (!latest) throw new AppError('EFFECT_FAILED', 'Publish the standard before translating it');
  await db.transaction(async (tx) => {
    const before = await repo.translationOf(tx, id, lang, true);
    if ((before?.revision ?? 0) !== revision) throw new AppError('STATE_CHANGED', 'The translation has changed since it was read');
    const values = apply(before, latest);
    const after = before
      ? await repo.translationRows.update(tx, before.id, { ...values, revision: before.revision + 1, updatedBy: user.id, updatedAt: new Date() })
      : await repo.translationRows.insert(tx, { standardId: id, language: lang, ...values, updatedBy: user.id });
    await recordAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'standard_translation', entityId: after!.id, programmeId: row.programmeId, before: before ?? null, after });
  });
  return editor(db, actor, id, lang);
}

export function saveTranslationTitle(db: Db, actor: Actor, id: string, lang: StandardLanguage, input: TranslationTitleSave): Promise<TranslationEditor> {
  return save(db, actor, id, lang, input.revision, () => ({ title: input.title }));
}

/**
 * Saves one section's translation as made from the latest version: a new translation, a changed
 * one, or one confirmed unchanged after the translator reviewed the source's change (then it is
 * current again).
 */
export function saveTranslationSection(db: Db, actor: Actor, id: string, lang: StandardLanguage, key: string, input: TranslationSectionSave): Promise<TranslationEditor> {
  const { revision, ...text } = input;
  return save(db, actor, id, lang, revision, (before, latest) => {
    if (!latest.sections.some((s) => s.key === key)) throw invalidField('key', 'notFound', 'The latest version has no such section');
    const sections: Record<string, TranslatedSection> = { ...(before?.sections ?? {}) };
    sections[key] = { ...text, sourceVersion: latest.number };
    return { sections };
  });
}
