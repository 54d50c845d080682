import type { Benefit, BenefitMeasurement } from '../../../shared/contracts/benefits';
import { dateTimeFormat } from '../../../shared/domain/intl';
import { formatValue } from '../../../shared/domain/format-value';
import { formatPeriod } from '../../../shared/domain/periods';
import type { Locale } from '../../../shared/domain/localized';

/** A benefit's figure in its unit: the indicator's, or the manual measure's unit after the number. */
export function benefitValue(benefit: Pick<Benefit, 'indicator' | 'measureUnit'>, value: number, locale: Locale): string {
  if (benefit.indicator) return formatValue(value, benefit.indicator.unit, benefit.indicator.decimals, locale);
  const number = formatValue(value, 'count', Number.isInteger(value) ? 0 : 1, locale);
  return benefit.measureUnit ? `${number} ${benefit.measureUnit}` : number;
}

export const periodLabel = (code: string, locale: Locale) => formatPeriod(code, locale);

/** "1. mars 2026": the day of a timestamp. */
export function dayOf(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(iso));
}

/** Whether a figure is withheld: it has no number and is never shown as one. */
export const isWithheld = (m: BenefitMeasurement) => m.value === null;

/** "juni 2029": the month of a day (YYYY-MM-DD), short, for a chart's time axis. */
export function monthOf(date: string, locale: Locale): string {
  return dateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
