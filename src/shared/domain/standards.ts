import { diffWords, type DiffPart } from './word-diff';

/**
 * Published standards (seed 001: the Oslostandard for skole-hjem-samarbeid, Utdanningsetaten
 * 2014): a city-wide standard with a background, a goal, sub-goals and content areas, each area
 * with what parents can expect of the school and what the school expects of them. Publishing
 * makes an immutable source version (bokmål); translations are made section by section from a
 * stated source version, and a section is outdated once its source changed in a later version.
 * Plain rules, shared by the server and the pages.
 */

/** The languages a standard is translated into, each named in itself; ar and ur are written right to left. */
export const STANDARD_LANGUAGES = ['ar', 'en', 'so', 'ta', 'tr', 'ur'] as const;
export type StandardLanguage = (typeof STANDARD_LANGUAGES)[number];
export const isStandardLanguage = (value: string): value is StandardLanguage => (STANDARD_LANGUAGES as readonly string[]).includes(value);

/** Each language's own name (the picker offers it in that language) and writing direction. */
export const LANGUAGE_INFO: Readonly<Record<StandardLanguage | 'nb', { name: string; dir: 'ltr' | 'rtl' }>> = {
  nb: { name: 'Norsk (bokmål)', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  en: { name: 'English', dir: 'ltr' },
  so: { name: 'Soomaali', dir: 'ltr' },
  ta: { name: 'தமிழ்', dir: 'ltr' },
  tr: { name: 'Türkçe', dir: 'ltr' },
  ur: { name: 'اردو', dir: 'rtl' },
};
export const languageDir = (lang: string): 'ltr' | 'rtl' => (isStandardLanguage(lang) ? LANGUAGE_INFO[lang].dir : 'ltr');

/** The kinds of section: running text, a list (the sub-goals), or a content area with its two lists of expectations. */
export const SECTION_KINDS = ['text', 'list', 'area'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** What a section says: the fields a translation carries too (a field the kind does not use stays empty). */
export interface SectionText {
  heading: string;
  text: string;
  items: string[];
  /** An area: what you can expect of the school. */
  fromSchool: string[];
  /** An area: what the school expects of you. */
  fromHome: string[];
}

/** A section of the source, identified by a key that stays the same from version to version. */
export interface SourceSection extends SectionText {
  key: string;
  kind: SectionKind;
}

/** A section as translated: its text, and the source version it was made (or last confirmed) from. */
export interface TranslatedSection extends SectionText {
  sourceVersion: number;
}

/** The steps of the timeline, in order: drafted with input (from KFU and principals), proposed to the city government, finalised, in force. */
export const MILESTONE_KINDS = ['drafted', 'proposed', 'finalised', 'in_force'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export interface Milestone {
  kind: MilestoneKind;
  /** The first day of the step; `until` the last, for a step that spans a period (May/June). */
  on: string;
  until: string | null;
  note: string;
}

export const TRANSLATION_STATUSES = ['missing', 'current', 'outdated'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** The words of a section in one run, for comparing two versions by words. */
export function sectionWords(section: SectionText): string {
  return [section.heading, section.text, ...section.items, ...section.fromSchool, ...section.fromHome].filter((s) => s !== '').join('\n');
}

const sameText = (a: SectionText, b: SectionText) => sectionWords(a) === sectionWords(b) && a.items.length === b.items.length && a.fromSchool.length === b.fromSchool.length;

/** The source as versions 1..n published it: `versions[number]` holds that version's sections. */
export type VersionSections = ReadonlyMap<number, readonly SourceSection[]>;

export interface SectionStatus {
  key: string;
  status: TranslationStatus;
  /** The source version the translation follows (null when missing). */
  sourceVersion: number | null;
  /** For an outdated section: how the source changed since the version the translation follows, by words. */
  diff: DiffPart[] | null;
}

/**
 * A translated section's status against the latest version: missing when there is no
 * translation, or the section is new since; current when the source section reads the same in
 * the latest version as in the version the translation was made from; otherwise outdated, with
 * the source's change as a word diff for the translator to review.
 */
export function sectionStatus(key: string, translated: TranslatedSection | undefined, versions: VersionSections, latest: number): SectionStatus {
  if (!translated) return { key, status: 'missing', sourceVersion: null, diff: null };
  const now = versions.get(latest)?.find((s) => s.key === key);
  const then = versions.get(translated.sourceVersion)?.find((s) => s.key === key);
  if (!now) return { key, status: 'current', sourceVersion: translated.sourceVersion, diff: null };
  if (!then) return { key, status: 'missing', sourceVersion: translated.sourceVersion, diff: null };
  if (sameText(then, now)) return { key, status: 'current', sourceVersion: translated.sourceVersion, diff: null };
  return { key, status: 'outdated', sourceVersion: translated.sourceVersion, diff: diffWords(sectionWords(then), sectionWords(now)) };
}

/** A language as a whole: also partial, when some sections are translated and current and others missing. */
export const LANGUAGE_STATUSES = ['missing', 'partial', 'current', 'outdated'] as const;
export type LanguageStatus = (typeof LANGUAGE_STATUSES)[number];

/** A language's status: missing when nothing is translated, outdated when any section is, partial when some are missing, otherwise current. */
export function languageStatus(sections: readonly SectionStatus[]): LanguageStatus {
  if (sections.every((s) => s.status === 'missing')) return 'missing';
  if (sections.some((s) => s.status === 'outdated')) return 'outdated';
  if (sections.some((s) => s.status === 'missing')) return 'partial';
  return 'current';
}

/** A local guideline is flagged when the city-wide version it builds on is no longer the latest. */
export const isSuperseded = (basedOnVersion: number, latestVersion: number) => latestVersion > basedOnVersion;

/** Section keys: lower-case letters, digits and hyphens (stable across versions; they name the anchors of the page). */
export const SECTION_KEY = /^[a-z0-9][a-z0-9-]{0,59}$/;

