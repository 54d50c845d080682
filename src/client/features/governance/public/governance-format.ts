import { dateTimeFormat, type Locale } from '../../../app/locale';

/** Meetings happen in Norway: their times are shown on Oslo's clock wherever the reader is. */
export const MEETING_TIME_ZONE = 'Europe/Oslo';

/** "12. mars 2026": the day of an instant, in Oslo. */
export function formatDay(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: MEETING_TIME_ZONE }).format(new Date(iso));
}

/** "12.03.2026": a day of an instant, short, for tables. */
export function formatShortDay(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'short', timeZone: MEETING_TIME_ZONE }).format(new Date(iso));
}

/** "17. november 2016": a calendar date (YYYY-MM-DD), the same day everywhere. */
export function formatDate(date: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function clock(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { timeStyle: 'short', timeZone: MEETING_TIME_ZONE }).format(new Date(iso));
}

/** The day in Oslo of an instant, YYYY-MM-DD, to tell whether two instants share a day. */
function osloDay(iso: string): string {
  return dateTimeFormat('en-CA', { dateStyle: 'short', timeZone: MEETING_TIME_ZONE }).format(new Date(iso));
}

/**
 * When a meeting is: "torsdag 12. mars 2026, 10:00–12:00" on one day, both ends in full when it
 * runs over midnight, only the start when its end is not known.
 */
export function formatMeetingTime(startsAt: string, endsAt: string | null, locale: Locale): string {
  const day = dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: MEETING_TIME_ZONE });
  const start = `${day.format(new Date(startsAt))}, ${clock(startsAt, locale)}`;
  if (!endsAt) return start;
  if (osloDay(startsAt) === osloDay(endsAt)) return `${start}–${clock(endsAt, locale)}`;
  return `${start} – ${day.format(new Date(endsAt))}, ${clock(endsAt, locale)}`;
}

/** A calendar period "2017–2020" style, from two optional dates. */
export function formatPeriod(from: string | null, to: string | null, locale: Locale): { from: string | null; to: string | null } {
  return { from: from ? formatDate(from, locale) : null, to: to ? formatDate(to, locale) : null };
}
