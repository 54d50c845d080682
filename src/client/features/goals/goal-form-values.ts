import type { Goal, GoalTarget } from '../../../shared/contracts/goals';
import { LOCALES, type LocalizedText } from '../../../shared/domain/localized';
import { orNull, type FieldMessages } from '../../components/forms/form-errors';

export const TEXT_LOCALES = LOCALES;
export type TextLocale = (typeof TEXT_LOCALES)[number];
export type TextValues = Record<TextLocale, string>;

const blank = (): TextValues => ({ nb: '', nn: '', en: '' });
const fromText = (text: LocalizedText | null | undefined): TextValues => ({ nb: text?.nb ?? '', nn: text?.nn ?? '', en: text?.en ?? '' });
const toText = (v: TextValues) => ({ nb: v.nb.trim(), nn: orNull(v.nn), en: orNull(v.en) });
const isBlank = (v: TextValues) => TEXT_LOCALES.every((l) => v[l].trim() === '');

export interface GoalFormValues {
  parentId: string;
  title: TextValues;
  description: TextValues;
  ownerBody: TextValues;
  periodFrom: string;
  periodTo: string;
  sortOrder: string;
}

export function emptyGoalValues(parentId: string | null, sortOrder = 0): GoalFormValues {
  return { parentId: parentId ?? '', title: blank(), description: blank(), ownerBody: blank(), periodFrom: '', periodTo: '', sortOrder: String(sortOrder) };
}

export function goalValues(g: Goal): GoalFormValues {
  return {
    parentId: g.parentId ?? '',
    title: fromText(g.title),
    description: fromText(g.description),
    ownerBody: fromText(g.ownerBody),
    periodFrom: g.periodFrom === null ? '' : String(g.periodFrom),
    periodTo: g.periodTo === null ? '' : String(g.periodTo),
    sortOrder: String(g.sortOrder),
  };
}

/**
 * A number typed the Norwegian way (`72,5`, `1 250`) or the English way (`72.5`). Empty gives
 * undefined, so the contract says the field is required; anything else unreadable gives NaN, so
 * it says the value is not valid.
 */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-');
  if (s === '') return undefined;
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return Number.NaN;
  return Number(s.replace(',', '.'));
}

function optionalYear(text: string): number | null {
  const n = parseNumber(text);
  return n === undefined ? null : n;
}

/** The request body of a goal, before validation by the shared contract. */
export function goalPayload(v: GoalFormValues) {
  return {
    parentId: v.parentId === '' ? null : v.parentId,
    title: toText(v.title),
    description: toText(v.description),
    // An owner body is optional; a half-filled one (no bokmål) is still sent, so the form says what is missing.
    ownerBody: isBlank(v.ownerBody) ? null : toText(v.ownerBody),
    periodFrom: optionalYear(v.periodFrom),
    periodTo: optionalYear(v.periodTo),
    sortOrder: parseNumber(v.sortOrder) ?? 0,
  };
}

export interface TargetFormValues {
  indicatorId: string | null;
  areaId: string | null;
  breakdown: string;
  baselineValue: string;
  baselinePeriod: string;
  targetValue: string;
  targetPeriod: string;
  note: TextValues;
}

export function emptyTargetValues(): TargetFormValues {
  return { indicatorId: null, areaId: null, breakdown: '', baselineValue: '', baselinePeriod: '', targetValue: '', targetPeriod: '', note: blank() };
}

/** Values as the form shows them: decimal comma in Norwegian, point in English. */
export function targetValues(t: GoalTarget, locale: 'nb' | 'nn' | 'en'): TargetFormValues {
  const show = (n: number) => (locale === 'en' ? String(n) : String(n).replace('.', ','));
  return {
    indicatorId: t.indicator.id,
    areaId: t.area.id,
    breakdown: t.breakdown,
    baselineValue: show(t.baseline.value),
    baselinePeriod: t.baseline.period,
    targetValue: show(t.target.value),
    targetPeriod: t.target.period,
    note: fromText(t.note),
  };
}

export function targetPayload(v: TargetFormValues) {
  return {
    indicatorId: v.indicatorId ?? undefined,
    areaId: v.areaId ?? undefined,
    breakdown: v.breakdown.trim(),
    baseline: { value: parseNumber(v.baselineValue), period: v.baselinePeriod.trim() },
    target: { value: parseNumber(v.targetValue), period: v.targetPeriod.trim() },
    note: toText(v.note),
  };
}

/** Rules of this feature whose messages live with it rather than among the shared ones. */
const OWN_MESSAGES = new Set(['periodOrder', 'periodCode', 'targetAfterBaseline', 'parentScope']);

/** Puts this feature's message first where a field error names one of its own rules. */
export function withGoalMessages(messages: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [path, m] of Object.entries(messages)) {
    const own = m.keys.map((k) => k.replace(/^validation\./, '')).find((k) => OWN_MESSAGES.has(k));
    out[path] = own ? { ...m, keys: [`goalsAdmin.validation.${own}`, ...m.keys] } : m;
  }
  return out;
}
