import type { Locale, LocalizedText } from '../../../shared/domain/localized';
import { isWithheldStatus } from '../../../shared/domain/statistics';
import type { IndicatorRow } from '../indicators/indicators.table';
import type { ExportRow } from './profiles.export-repo';
import { breakdownLabel, commonTerm, pickLabel, statusLabel, unitLabel } from './profiles.labels';

/**
 * CSV for Excel as Norwegian users have it: UTF-8 with a byte order mark (without it Excel reads
 * "Bærum" as "BÃ¦rum"), semicolons between fields and a decimal comma — the list separator and
 * decimal sign of Norwegian Windows — so a double-click opens the file in columns with numbers
 * that sum. CRLF line ends and quoting as RFC 4180. English downloads use the same layout: one
 * format to document, and a file that round-trips through any spreadsheet set to a comma
 * decimal. A withheld figure leaves the value empty; its status and symbol say why.
 */
export const CSV_BOM = '\ufeff';
const SEP = ';';
const EOL = '\r\n';

const CODE_HEADERS: Record<Locale, { indicatorCode: string; areaCode: string; breakdownCode: string; symbol: string }> = {
  nb: { indicatorCode: 'Indikatorkode', areaCode: 'Områdekode', breakdownCode: 'Inndelingskode', symbol: 'Symbol' },
  nn: { indicatorCode: 'Indikatorkode', areaCode: 'Områdekode', breakdownCode: 'Inndelingskode', symbol: 'Symbol' },
  en: { indicatorCode: 'Indicator code', areaCode: 'Area code', breakdownCode: 'Breakdown code', symbol: 'Symbol' },
};

export function csvHeader(locale: Locale): string {
  const c = CODE_HEADERS[locale];
  const t = (term: Parameters<typeof commonTerm>[0]) => commonTerm(term, locale);
  return [c.indicatorCode, t('indicator'), c.areaCode, t('area'), t('period'), c.breakdownCode, t('breakdown'), t('value'), t('status'), c.symbol, t('unit')].map(field).join(SEP) + EOL;
}

/**
 * A text field, quoted when it holds a separator, quote or line break. A text starting like a
 * formula (=, +, -, @) gets a leading apostrophe so a spreadsheet shows it instead of running it.
 */
function field(text: string): string {
  const safe = text.length > 1 && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** All the digits stored, never in exponent form, with a decimal comma. */
export function csvNumber(value: number): string {
  let text = String(value);
  if (/e/i.test(text)) text = value.toFixed(20).replace(/\.?0+$/, '');
  return text.replace('.', ',');
}

export interface CsvContext {
  locale: Locale;
  indicators: ReadonlyMap<string, IndicatorRow>;
  labels: ReadonlyMap<string, LocalizedText>;
}

export function csvRows(rows: readonly ExportRow[], ctx: CsvContext): string {
  const { locale } = ctx;
  const total = commonTerm('total', locale);
  const breakdownNames = new Map<string, string>();
  let out = '';
  for (const [indicatorId, areaCode, areaName, period, breakdown, value, status, symbol] of rows) {
    const indicator = ctx.indicators.get(indicatorId)!;
    let breakdownName = breakdownNames.get(breakdown);
    if (breakdownName === undefined) {
      breakdownName = breakdown === '' ? total : (pickLabel(breakdownLabel(breakdown, ctx.labels) ?? undefined, locale) ?? breakdown);
      breakdownNames.set(breakdown, breakdownName);
    }
    const shown = value === null || isWithheldStatus(status) ? '' : csvNumber(value);
    out +=
      [
        field(indicator.code),
        field(pickLabel(indicator.name, locale) ?? indicator.code),
        field(areaCode),
        field(areaName),
        // School years with an en dash (2023–24): Excel would read "2023-24" as a date.
        field(period.replace(/^(\d{4})-(\d{2})$/, '$1\u2013$2')),
        field(breakdown),
        field(breakdownName),
        shown,
        field(statusLabel(status, locale)),
        field(symbol ?? ''),
        field(unitLabel(indicator.unit, locale)),
      ].join(SEP) + EOL;
  }
  return out;
}
