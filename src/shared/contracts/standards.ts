import { z } from './zod';
import { DateOnly, Id, IdParams, Timestamp } from './common';
import { endpoint, link } from './endpoint';
import { LANGUAGE_STATUSES, MILESTONE_KINDS, SECTION_KEY, SECTION_KINDS, STANDARD_LANGUAGES, TRANSLATION_STATUSES } from '../domain/standards';

export const StandardLanguage = z.enum(STANDARD_LANGUAGES);
const Line = z.string().trim().min(1, { message: 'required' }).max(2000);
const Lines = z.array(Line).max(40).default([]);

/** What a section says (the fields a translation carries too). */
export const SectionText = z.object({
  heading: z.string().trim().min(1, { message: 'required' }).max(300),
  text: z.string().trim().max(8000).default(''),
  items: Lines.describe('A list section: its items (the sub-goals)'),
  fromSchool: Lines.describe('An area: what you can expect of the school'),
  fromHome: Lines.describe('An area: what the school expects of you'),
});
export const SourceSection = SectionText.extend({
  key: z.string().regex(SECTION_KEY, { message: 'sectionKey' }).describe('Stable from version to version: translations follow it'),
  kind: z.enum(SECTION_KINDS),
});
export type SourceSection = z.infer<typeof SourceSection>;

export const Milestone = z.object({
  kind: z.enum(MILESTONE_KINDS),
  on: DateOnly,
  until: DateOnly.nullable().default(null),
  note: z.string().trim().max(500).default(''),
});

const DiffPart = z.object({ kind: z.enum(['same', 'removed', 'added']), text: z.string() });
export const SectionStatus = z.object({
  key: z.string(),
  status: z.enum(TRANSLATION_STATUSES),
  sourceVersion: z.number().int().nullable(),
  diff: z.array(DiffPart).nullable().describe('Outdated: the change of the source since the version the translation follows, by words'),
});
export type SectionStatus = z.infer<typeof SectionStatus>;

export const LanguageOverview = z.object({
  language: StandardLanguage,
  status: z.enum(LANGUAGE_STATUSES),
  sections: z.array(SectionStatus),
  canEdit: z.boolean().describe('Whether the actor edits this language (the secretariat, or a translator assigned to it)'),
});
export type LanguageOverview = z.infer<typeof LanguageOverview>;

export const VersionSummary = z.object({ id: Id, number: z.number().int(), publishedAt: Timestamp, note: z.string() });

export const StandardSummary = z.object({
  id: Id,
  programmeId: Id,
  title: z.string(),
  organisation: z.object({ id: Id, name: z.string() }).nullable().describe('A local guideline: the school that publishes it'),
  latestVersion: VersionSummary.nullable().describe('Null until first published (only editors see it then)'),
  basedOn: z
    .object({ standardId: Id, title: z.string(), version: z.number().int(), superseded: z.boolean() })
    .nullable()
    .describe('A local guideline: the city-wide version it builds on, and whether a newer one has been published'),
  languages: z.array(z.object({ language: StandardLanguage, status: z.enum(LANGUAGE_STATUSES) })).describe('The translations that exist (any section translated)'),
});
export type StandardSummary = z.infer<typeof StandardSummary>;
export const StandardList = z.object({
  items: z.array(StandardSummary),
  canCreate: z.boolean(),
  canCreateForAnySchool: z.boolean().describe("The secretariat: a local guideline for any school, not only the user's own organisation"),
});
export type StandardList = z.infer<typeof StandardList>;

/** The standard as its editors see it: the draft source, versions, timeline and the translation overview. */
export const StandardDetail = StandardSummary.extend({
  programmeSlug: z.string(),
  sections: z.array(SourceSection).describe('The draft source'),
  timeline: z.array(Milestone),
  versions: z.array(VersionSummary),
  draftChanged: z.boolean().describe('The draft differs from the latest version'),
  overview: z.array(LanguageOverview).describe('Every language × section'),
  revision: z.number().int(),
  canManage: z.boolean(),
});
export type StandardDetail = z.infer<typeof StandardDetail>;

/** One section as a reader sees it: translated, or the source where the translation is missing. */
export const ReadSection = SectionText.extend({
  key: z.string(),
  kind: z.enum(SECTION_KINDS),
  lang: z.string().describe('The language the section is written in: the translation, or nb where it falls back to the source'),
  status: z.enum(TRANSLATION_STATUSES).nullable(),
});
export type ReadSection = z.infer<typeof ReadSection>;

/** A published version in the source language or a translation, for the public page. */
export const StandardText = z.object({
  id: Id,
  programmeId: Id,
  programmeSlug: z.string(),
  language: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  title: z.string(),
  titleLang: z.string(),
  version: VersionSummary,
  sections: z.array(ReadSection),
  timeline: z.array(Milestone),
  status: z.enum(LANGUAGE_STATUSES).nullable().describe('The translation as a whole; null for the source'),
  followsVersion: VersionSummary.nullable().describe('An outdated translation: the oldest source version one of its sections follows'),
  available: z.array(z.object({ language: z.string(), name: z.string(), dir: z.enum(['ltr', 'rtl']) })).describe('The source and every translation that exists, each named in itself'),
  organisation: StandardSummary.shape.organisation,
  basedOn: StandardSummary.shape.basedOn,
});
export type StandardText = z.infer<typeof StandardText>;

/** A translator's view of one language: each source section beside its translation and status. */
export const TranslationEditor = z.object({
  id: Id.nullable().describe('The translation; null before its first section is saved'),
  standardId: Id,
  programmeSlug: z.string(),
  standardTitle: z.string(),
  language: StandardLanguage,
  dir: z.enum(['ltr', 'rtl']),
  latestVersion: z.number().int(),
  title: z.string(),
  sections: z.array(
    z.object({ source: SourceSection, translation: SectionText.extend({ sourceVersion: z.number().int() }).nullable(), status: SectionStatus }),
  ),
  revision: z.number().int(),
  canEdit: z.boolean(),
});
export type TranslationEditor = z.infer<typeof TranslationEditor>;

export const StandardCreate = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(300),
  organisationId: Id.nullable().default(null).describe("A local guideline: the school; the secretariat's or the school's own contributors"),
  basedOnStandardId: Id.nullable().default(null).describe('A local guideline: the city-wide standard whose latest version it builds on (and whose sections it starts from)'),
});
export type StandardCreate = z.infer<typeof StandardCreate>;

export const StandardUpdate = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(300).optional(),
  sections: z.array(SourceSection).max(40).optional(),
  timeline: z.array(Milestone).max(20).optional(),
  revision: z.number().int().describe('The revision read; a change made meanwhile is refused (STATE_CHANGED)'),
});
export type StandardUpdate = z.infer<typeof StandardUpdate>;

export const StandardPublish = z.object({ note: z.string().trim().max(1000).default(''), revision: z.number().int() });
export type StandardPublish = z.infer<typeof StandardPublish>;

export const TranslationSectionSave = SectionText.extend({
  revision: z.number().int().describe('The revision of the translation read (0 when none exists yet)'),
});
export type TranslationSectionSave = z.infer<typeof TranslationSectionSave>;
export const TranslationTitleSave = z.object({ title: z.string().trim().min(1, { message: 'required' }).max(300), revision: z.number().int() });
export type TranslationTitleSave = z.infer<typeof TranslationTitleSave>;

export const LangParams = z.object({ id: Id, lang: StandardLanguage });
export const SectionParams = LangParams.extend({ key: z.string().regex(SECTION_KEY) });
export const ReadQuery = z.object({ lang: z.union([z.literal('nb'), StandardLanguage]).default('nb') });
export const PdfQuery = z.object({ lang: z.enum(['nb', ...STANDARD_LANGUAGES]).default('nb').describe('The source (nb) or a translation') });

export const standardsApi = {
  list: endpoint({ method: 'GET', path: '/api/programmes/:id/standards', params: IdParams, response: StandardList }),
  create: endpoint({ method: 'POST', path: '/api/programmes/:id/standards', params: IdParams, body: StandardCreate, response: StandardDetail, status: 201 }),
  get: endpoint({ method: 'GET', path: '/api/standards/:id', params: IdParams, response: StandardDetail }),
  update: endpoint({ method: 'PATCH', path: '/api/standards/:id', params: IdParams, body: StandardUpdate, response: StandardDetail }),
  publish: endpoint({ method: 'POST', path: '/api/standards/:id/versions', params: IdParams, body: StandardPublish, response: StandardDetail, status: 201 }),
  read: endpoint({ method: 'GET', path: '/api/standards/:id/text', params: IdParams, query: ReadQuery, response: StandardText }),
  translation: endpoint({ method: 'GET', path: '/api/standards/:id/translations/:lang', params: LangParams, response: TranslationEditor }),
  saveTitle: endpoint({ method: 'PUT', path: '/api/standards/:id/translations/:lang/title', params: LangParams, body: TranslationTitleSave, response: TranslationEditor }),
  saveSection: endpoint({ method: 'PUT', path: '/api/standards/:id/translations/:lang/sections/:key', params: SectionParams, body: TranslationSectionSave, response: TranslationEditor }),
  pdf: link({ path: '/api/standards/:id/pdf', params: IdParams, query: PdfQuery }),
};
