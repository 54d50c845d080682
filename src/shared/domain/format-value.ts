import type { Locale } from './localized';
import { numberFormat } from './intl';

/** Units as the contracts name them (see contracts/indicators.ts). */
export type ValueUnit = 'percent' | 'per_1000' | 'count' | 'points' | 'nok';

/** A figure's format: its language and number of decimals. */
const decimalsFormat = (locale: Locale, decimals: number): Intl.NumberFormat =>
  numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/**
 * A figure as readers expect it in their language: `6,8 %`, `2,9 per 1000`, `32 000`,
 * `41,2 poeng`, `1 250 kr`. Null gives an empty string: withheld figures are labelled by status,
 * never formatted.
 */
export function formatValue(value: number | null, unit: ValueUnit, decimals: number, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return '';
  const number = decimalsFormat(locale, decimals).format(value);
  switch (unit) {
    case 'percent':
      return `${number}\u00a0%`;
    case 'per_1000':
      return locale === 'en' ? `${number} per 1,000` : `${number} per 1000`;
    case 'points':
      return locale === 'en' ? `${number} points` : `${number} poeng`;
    case 'nok':
      return locale === 'en' ? `NOK ${number}` : `${number} kr`;
    case 'count':
      return number;
  }
}

/** The number alone, for table cells under a header that names the unit. */
export function formatNumber(value: number | null, decimals: number, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return '';
  return decimalsFormat(locale, decimals).format(value);
}
