import { dateTimeFormat, numberFormat, type Locale } from '../../../app/locale';

const day = (locale: Locale, o: Intl.DateTimeFormatOptions) => dateTimeFormat(locale, { ...o, timeZone: 'UTC' });
const asDate = (d: string) => new Date(`${d}T00:00:00Z`);

/** "1. september 2025 – 30. juni 2026": a cohort's period (calendar dates, the same day everywhere). */
export function formatCohortPeriod(startsOn: string, endsOn: string, locale: Locale): string {
  const f = day(locale, { dateStyle: 'long' });
  return `${f.format(asDate(startsOn))} – ${f.format(asDate(endsOn))}`;
}

/** "15. mars 2026 kl. 23:59": a due time on Oslo's clock. */
export function formatDue(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(new Date(iso));
}

/** "83 %": a share from 0 to 1. */
export function formatShare(share: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** "3,8": an average rating with one decimal. */
export function formatAverage(value: number, locale: Locale): string {
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
