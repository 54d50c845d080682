import nb from '../../../shared/i18n/statistics/nb.json';
import nn from '../../../shared/i18n/statistics/nn.json';
import en from '../../../shared/i18n/statistics/en.json';
import type { LocalizedText, Locale } from '../../../shared/domain/localized';
import type { IndicatorUnit } from '../../../shared/contracts/indicators';
import type { ObservationStatus } from '../../../shared/domain/statistics';

/**
 * Words the server writes into files (CSV headers, JSON-stat labels), taken from the shared
 * statistics messages so a download says exactly what the page says.
 */
const MESSAGES = { nb, nn, en } as const;

export type CommonTerm = keyof typeof nb.statisticsCommon;

export function commonTerm(term: CommonTerm, locale: Locale): string {
  return MESSAGES[locale].statisticsCommon[term];
}

export function commonTermText(term: CommonTerm): LocalizedText {
  return { nb: nb.statisticsCommon[term], nn: nn.statisticsCommon[term], en: en.statisticsCommon[term] };
}

export function unitLabel(unit: IndicatorUnit, locale: Locale): string {
  return MESSAGES[locale].indicatorUnit[unit];
}

/** Short status words ("prikket"); an ordinary figure has none. */
export function statusLabel(status: ObservationStatus, locale: Locale): string {
  return status === 'none' ? '' : MESSAGES[locale].observationStatusShort[status];
}

/** `"alder=15-19;kjonn=2"` → `[["alder", "15-19"], ["kjonn", "2"]]`; `""` (the total) → `[]`. */
export function breakdownParts(key: string): [string, string][] {
  if (key === '') return [];
  return key.split(';').map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
  });
}

/** The `breakdown_labels` keys that can label a breakdown: each dimension and each category. */
export function breakdownLabelKeys(keys: Iterable<string>): string[] {
  const wanted = new Set<string>();
  for (const key of keys) {
    for (const [dimension, category] of breakdownParts(key)) {
      wanted.add(dimension);
      wanted.add(`${dimension}=${category}`);
    }
  }
  return [...wanted];
}

const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

function pick(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (!text) return undefined;
  const own = text[locale];
  return own && own.trim() !== '' ? own : text.nb;
}

/**
 * A breakdown as readers name it: "Kjønn: Jenter", or "Alder: 15–19 år, Kjønn: Jenter" for a
 * key over several dimensions. Unlabelled parts show their codes; null when nothing at all is
 * labelled (the client then shows the key) and for the total, which the client names itself.
 */
export function breakdownLabel(key: string, labels: ReadonlyMap<string, LocalizedText>): LocalizedText | null {
  const parts = breakdownParts(key);
  if (parts.length === 0) return null;
  if (!parts.some(([d, c]) => labels.has(d) || labels.has(`${d}=${c}`))) return null;
  const text = (locale: Locale) =>
    parts.map(([d, c]) => `${pick(labels.get(d), locale) ?? d}: ${pick(labels.get(`${d}=${c}`), locale) ?? c}`).join(', ');
  const out: LocalizedText = { nb: text('nb') };
  for (const locale of LOCALES) if (locale !== 'nb') out[locale] = text(locale);
  return out;
}

export function pickLabel(text: LocalizedText | undefined, locale: Locale): string | undefined {
  return pick(text, locale);
}
