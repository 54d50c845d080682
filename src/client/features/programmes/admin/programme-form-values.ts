import type { Programme, ProgrammeKind } from '../../../../shared/contracts/programmes';
import { LOCALES, type LocalizedText } from '../../../../shared/domain/localized';
import { orNull } from '../../../components/forms/form-errors';

export const TEXT_FIELDS = ['name', 'summary', 'purpose', 'goalText'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const TEXT_LOCALES = LOCALES;

export interface TextValues {
  nb: string;
  nn: string;
  en: string;
}

export interface ProgrammeFormValues {
  slug: string;
  kind: ProgrammeKind | '';
  parentId: string;
  isPublished: boolean;
  texts: Record<TextField, TextValues>;
}

const blank = (): TextValues => ({ nb: '', nn: '', en: '' });

function fromText(text: LocalizedText | undefined): TextValues {
  return { nb: text?.nb ?? '', nn: text?.nn ?? '', en: text?.en ?? '' };
}

export function emptyProgrammeValues(parentId: string | null): ProgrammeFormValues {
  return {
    slug: '',
    kind: parentId ? 'sub_programme' : '',
    parentId: parentId ?? '',
    isPublished: false,
    texts: { name: blank(), summary: blank(), purpose: blank(), goalText: blank() },
  };
}

export function programmeValues(p: Programme): ProgrammeFormValues {
  return {
    slug: p.slug,
    kind: p.kind,
    parentId: p.parentId ?? '',
    isPublished: p.isPublished,
    texts: { name: fromText(p.name), summary: fromText(p.summary), purpose: fromText(p.purpose), goalText: fromText(p.goalText) },
  };
}

function toText(v: TextValues) {
  return { nb: v.nb.trim(), nn: orNull(v.nn), en: orNull(v.en) };
}

/** The request body, before validation by the shared contract. */
export function programmePayload(v: ProgrammeFormValues) {
  return {
    slug: v.slug.trim(),
    kind: v.kind === '' ? undefined : v.kind,
    parentId: v.parentId === '' ? null : v.parentId,
    isPublished: v.isPublished,
    name: toText(v.texts.name),
    summary: toText(v.texts.summary),
    purpose: toText(v.texts.purpose),
    goalText: toText(v.texts.goalText),
  };
}

/**
 * The parts of the edit page that are saved on their own: the basics, each text, publication.
 * The new-programme form has them all.
 */
export const PROGRAMME_PARTS = ['basics', 'summary', 'purpose', 'goalText', 'publication'] as const;
export type ProgrammePart = (typeof PROGRAMME_PARTS)[number];

/** The fields of the request body each part sends. */
const PART_FIELDS: Record<ProgrammePart, readonly (keyof ReturnType<typeof programmePayload>)[]> = {
  basics: ['parentId', 'kind', 'name', 'slug'],
  summary: ['summary'],
  purpose: ['purpose'],
  goalText: ['goalText'],
  publication: ['isPublished'],
};

/** The request body of a change of some parts only: what the other parts hold is left out. */
export function partsPayload(v: ProgrammeFormValues, parts: readonly ProgrammePart[]): Partial<ReturnType<typeof programmePayload>> {
  const all = programmePayload(v);
  const out: Record<string, unknown> = {};
  for (const part of parts) for (const field of PART_FIELDS[part]) out[field] = all[field];
  return out as Partial<ReturnType<typeof programmePayload>>;
}

const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'u', é: 'e', è: 'e' };

/** A URL-safe address from a Norwegian name: "Oppvekst og utdanning" → "oppvekst-og-utdanning". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøåäöüéè]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
