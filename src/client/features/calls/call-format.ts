import { dateTimeFormat, type Locale } from '../../app/locale';

/** "15. mars 2026 kl. 12:00": a deadline on Oslo's clock, wherever the reader is. */
export function formatDeadline(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(new Date(iso));
}
