import type { ImportMapping } from '../../../../shared/contracts/imports';
import { parsePeriod } from '../../../../shared/domain/periods';
import type { SourceCategory, SourceDimension } from '../source/source-dimensions';

/**
 * A first guess at the mapping, for a person to check: the geo dimension is the area, the time
 * dimension the period, the metric the indicator (its categories mapped to indicators whose
 * codes match), a dimension with one category a filter, every other dimension a breakdown with
 * its total category ("I alt", "Begge kjønn", "Alle …") stored as no breakdown.
 */

// "I alt", "Varer i alt", "Alle land", "Begge kjønn", "Both sexes", "Yhteensä", "Totalt", "Samtliga".
const TOTAL_LABEL =
  /^(?:total|totalt|totals?|i alt|alt|alle|all|begge kjønn|begge kjonn|båe kjønn|both sexes|all sexes|ambos sexos|yhteensä|yhteensa|samtliga|summa|sum|hele landet|alle .+|all .+|.+ i alt|.+ totalt?|total .+|.+, total|.+ \(total\))$/i;
const TOTAL_CODES = new Set(['T', 'TOT', 'TOTAL', '_T', 'ALL', 'SSS', '0', '00', '999', '-']);

/** Whether a category reads as the total over its dimension. */
export function isTotalCategory(c: SourceCategory): boolean {
  const label = c.label.trim();
  if (TOTAL_LABEL.test(label)) return true;
  // A code alone is weak evidence ("0" is also age 0): only when the label says no more than the code.
  return TOTAL_CODES.has(c.code.trim().toUpperCase()) && (label === '' || label === c.code);
}

/** The one total category of a dimension, when exactly one reads as a total. */
export function findTotal(d: SourceDimension): string | undefined {
  const totals = d.categories.filter(isTotalCategory);
  return totals.length === 1 ? totals[0]!.code : undefined;
}

/** Indicator code a source code would have: lower case, `-` between words. */
export function indicatorCodeOf(sourceCode: string): string {
  return sourceCode
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}

function isPeriodDimension(d: SourceDimension): boolean {
  return d.categories.length > 0 && d.categories.every((c) => parsePeriod(c.code, d.timeUnit) !== undefined);
}

export interface SuggestContext {
  /** Codes of the indicators in the catalogue. */
  indicatorCodes: ReadonlySet<string>;
  /** The file's title: a table without a metric dimension is one indicator, named after it. */
  title: string | null;
}

export function suggestMapping(dims: readonly SourceDimension[], dataset: number, ctx: SuggestContext): ImportMapping {
  const used = new Set<string>();
  const pick = (d: SourceDimension | undefined) => {
    if (d) used.add(d.id);
    return d;
  };
  const area = pick(dims.find((d) => d.role === 'geo'));
  const period = pick(dims.find((d) => d.role === 'time') ?? dims.find((d) => !used.has(d.id) && isPeriodDimension(d)));
  const metric = pick(dims.find((d) => d.role === 'metric' && !used.has(d.id)));

  const byCode = new Map<string, string>();
  for (const code of ctx.indicatorCodes) byCode.set(indicatorCodeOf(code), code);
  const categories: Record<string, string | null> = {};
  if (metric) {
    for (const c of metric.categories) {
      const found = byCode.get(indicatorCodeOf(c.code));
      if (found) categories[c.code] = found;
    }
  }
  const fromTitle = indicatorCodeOf(ctx.title ?? '');
  const fallbackIndicator = fromTitle.length >= 2 ? fromTitle : 'indikator';

  const breakdowns: ImportMapping['breakdowns'] = [];
  const filters: ImportMapping['filters'] = [];
  for (const d of dims) {
    if (used.has(d.id)) continue;
    if (d.categories.length === 1) {
      filters.push({ dimension: d.id, category: d.categories[0]!.code });
      continue;
    }
    const total = findTotal(d);
    breakdowns.push(total === undefined ? { dimension: d.id } : { dimension: d.id, total });
  }

  return {
    version: 1,
    dataset,
    area: area ? { dimension: area.id, codes: {}, skipUnknown: false, acrossClassifications: false } : { fixed: 'NO', codes: {}, skipUnknown: false, acrossClassifications: false },
    // Without a time dimension the period must be chosen; this year is only a placeholder.
    period: period ? { dimension: period.id } : { fixed: new Date().getUTCFullYear().toString() },
    indicator: metric
      ? { dimension: metric.id, categories }
      : { fixed: byCode.get(fallbackIndicator) ?? fallbackIndicator, categories: {} },
    breakdowns: breakdowns.slice(0, 10),
    filters: filters.slice(0, 20),
    source: {},
    statuses: {},
    confirmOutliers: false,
  };
}
