import { dateTimeFormat, type Locale } from '../../../app/locale';

const oslo = (locale: Locale, o: Intl.DateTimeFormatOptions) =>
  dateTimeFormat(locale, { ...o, timeZone: 'Europe/Oslo' });

/** "15. mars 2027": a calendar date (YYYY-MM-DD) as written, without moving it across time zones. */
export function formatDay(date: string, locale: Locale): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** "15. mars 2027 kl. 21:59": an instant on Oslo's clock. */
export const formatInstant = (iso: string, locale: Locale) =>
  oslo(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** "15. mars 2027": the day of an instant on Oslo's clock. */
export const formatInstantDay = (iso: string, locale: Locale) =>
  oslo(locale, { dateStyle: 'long' }).format(new Date(iso));

/** Today on Oslo's clock as YYYY-MM-DD, the default date of a new note. */
export function todayInOslo(now = new Date()): string {
  return dateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The design system's colour of each homework state: late is the one that must stand out. */
export const HOMEWORK_STATE_COLOUR = {
  missing: 'neutral',
  draft: 'warning',
  submitted: 'success',
  late: 'danger',
} as const;
