import { dateTimeFormat, numberFormat, type Locale } from '../../app/locale';
import { INTL_LOCALE } from '../../../shared/domain/intl';

/** "1. august 2025": a calendar date (YYYY-MM-DD), the same day everywhere. */
export function formatDate(date: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** "aug. 2025 – juli 2027", with either end left open as "…". */
export function formatPeriod(from: string | null, to: string | null, locale: Locale): string {
  const month = (d: string) => dateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  if (!from && !to) return '';
  return `${from ? month(from) : '…'} – ${to ? month(to) : '…'}`;
}

/** "1 000 000 kr", "EUR 72,000": whole units of the project's currency. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amount);
}

const regions = new Map<string, Intl.DisplayNames>();
/** "Litauen", "Lithuania": a country by its ISO code, in the reader's language. */
export function countryName(code: string, locale: Locale): string {
  let names = regions.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(INTL_LOCALE[locale], { type: 'region' });
    regions.set(locale, names);
  }
  return names.of(code) ?? code;
}
