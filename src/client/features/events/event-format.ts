import { dateTimeFormat, type Locale } from '../../app/locale';

const oslo = (locale: Locale, o: Intl.DateTimeFormatOptions) => dateTimeFormat(locale, { ...o, timeZone: 'Europe/Oslo' });

/** "torsdag 15. mars 2027 kl. 09:00–11:00": when an event is, on Oslo's clock. */
export function formatEventTime(startsAt: string, endsAt: string | null, locale: Locale): string {
  const start = new Date(startsAt);
  const full = oslo(locale, { dateStyle: 'full', timeStyle: 'short' });
  if (!endsAt) return full.format(start);
  const end = new Date(endsAt);
  const day = oslo(locale, { dateStyle: 'short' });
  return `${full.format(start)}–${(day.format(start) === day.format(end) ? oslo(locale, { timeStyle: 'short' }) : full).format(end)}`;
}

export const formatAt = (iso: string, locale: Locale) => oslo(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** Whether the event is over (its end, or its start when it has none, has passed). */
export const isOver = (e: { startsAt: string; endsAt: string | null }, now = new Date()) => Date.parse(e.endsAt ?? e.startsAt) < now.getTime();
