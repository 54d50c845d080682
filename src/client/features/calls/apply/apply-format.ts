import { dateTimeFormat, type Locale } from '../../../app/locale';

/** "14:32" on Oslo's clock; with the date when it is not today ("3. des. 2026, 14:32"). */
export function timeOf(iso: string, locale: Locale, now = new Date()): string {
  const at = new Date(iso);
  const day = (d: Date) => dateTimeFormat(locale, { dateStyle: 'short', timeZone: 'Europe/Oslo' }).format(d);
  const sameDay = day(at) === day(now);
  return dateTimeFormat(locale, sameDay ? { timeStyle: 'short', timeZone: 'Europe/Oslo' } : { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(at);
}
