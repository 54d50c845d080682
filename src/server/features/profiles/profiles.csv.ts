import type { Locale, LocalizedText } from '../../../shared/domain/localized';
import { CSV_BOM, CSV_EOL, CSV_SEP, csvField, csvNumber } from '../../../shared/domain/csv';
import { isWithheldStatus } from '../../../shared/domain/statistics';
import type { IndicatorRow } from '../indicators/indicators.table';
import type { ExportRow } from './profiles.export-repo';
import { breakdownLabel, commonTerm, pickLabel, statusLabel, unitLabel } from './profiles.labels';

/**
 * The observations as CSV (the layout of src/shared/domain/csv.ts). A withheld figure leaves the
 * value empty; its status and symbol say why.
 */
export { CSV_BOM };
const SEP = CSV_SEP;
const EOL = CSV_EOL;
const field = csvField;

const CODE_HEADERS: Record<Locale, { indicatorCode: string; areaCode: string; breakdownCode: string; symbol: string }> = {
  nb: { indicatorCode: 'Indikatorkode', areaCode: 'Områdekode', breakdownCode: 'Inndelingskode', symbol: 'Symbol' },
  nn: { indicatorCode: 'Indikatorkode', areaCode: 'Områdekode', breakdownCode: 'Inndelingskode', symbol: 'Symbol' },
  en: { indicatorCode: 'Indicator code', areaCode: 'Area code', breakdownCode: 'Breakdown code', symbol: 'Symbol' },
};

export function csvHeader(locale: Locale): string {
  const c = CODE_HEADERS[locale];
  const t = (term: Parameters<typeof commonTerm>[0]) => commonTerm(term, locale);
  return [c.indicatorCode, t('indicator'), c.areaCode, t('area'), t('period'), c.breakdownCode, t('breakdown'), t('value'), t('status'), c.symbol, t('unit'), t('source')].map(field).join(SEP) + EOL;
}

export interface CsvContext {
  locale: Locale;
  indicators: ReadonlyMap<string, IndicatorRow>;
  labels: ReadonlyMap<string, LocalizedText>;
  /** Each source key's line of text (shared/domain/figure-sources.ts); filled before the rows that use it. */
  sources: ReadonlyMap<string, string>;
}

/**
 * Rows as CSV text. What repeats from row to row (the indicator's columns, the area's, the
 * breakdown's, status words, symbols) is formatted once and reused: an export of a whole
 * indicator writes hundreds of thousands of rows from a few dozen distinct parts.
 */
export class CsvWriter {
  private readonly indicatorParts = new Map<string, { head: string; unit: string }>();
  private readonly areaParts = new Map<string, string>();
  private readonly periodParts = new Map<string, string>();
  private readonly breakdownParts = new Map<string, string>();
  private readonly tailParts = new Map<string, string>();
  private readonly sourceParts = new Map<string, string>();

  constructor(private readonly ctx: CsvContext) {}

  private indicator(id: string) {
    let part = this.indicatorParts.get(id);
    if (!part) {
      const indicator = this.ctx.indicators.get(id)!;
      part = {
        head: `${field(indicator.code)}${SEP}${field(pickLabel(indicator.name, this.ctx.locale) ?? indicator.code)}${SEP}`,
        unit: field(unitLabel(indicator.unit, this.ctx.locale)),
      };
      this.indicatorParts.set(id, part);
    }
    return part;
  }

  private breakdown(key: string): string {
    let part = this.breakdownParts.get(key);
    if (part === undefined) {
      const { locale, labels } = this.ctx;
      const name = key === '' ? commonTerm('total', locale) : (pickLabel(breakdownLabel(key, labels) ?? undefined, locale) ?? key);
      part = `${field(key)}${SEP}${field(name)}${SEP}`;
      this.breakdownParts.set(key, part);
    }
    return part;
  }

  private source(key: string): string {
    let part = this.sourceParts.get(key);
    if (part === undefined) this.sourceParts.set(key, (part = `${SEP}${field(this.ctx.sources.get(key) ?? '')}`));
    return part;
  }

  rows(rows: readonly ExportRow[]): string {
    let out = '';
    for (const [indicatorId, areaCode, areaName, period, breakdown, value, status, symbol, source] of rows) {
      const indicator = this.indicator(indicatorId);
      let area = this.areaParts.get(areaCode);
      if (area === undefined) this.areaParts.set(areaCode, (area = `${field(areaCode)}${SEP}${field(areaName)}${SEP}`));
      let when = this.periodParts.get(period);
      // School years with an en dash (2023–24): Excel would read "2023-24" as a date.
      if (when === undefined) this.periodParts.set(period, (when = `${field(period.replace(/^(\d{4})-(\d{2})$/, '$1\u2013$2'))}${SEP}`));
      const tailKey = `${status}\u0000${symbol ?? ''}`;
      let tail = this.tailParts.get(tailKey);
      if (tail === undefined) this.tailParts.set(tailKey, (tail = `${SEP}${field(statusLabel(status, this.ctx.locale))}${SEP}${field(symbol ?? '')}${SEP}`));
      const shown = value === null || isWithheldStatus(status) ? '' : csvNumber(value);
      out += indicator.head + area + when + this.breakdown(breakdown) + shown + tail + indicator.unit + this.source(source) + EOL;
    }
    return out;
  }
}
