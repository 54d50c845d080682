import { dateTimeFormat, type Locale } from '../../../app/locale';

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A date (YYYY-MM-DD, or an instant) in the reader's language. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return dateTimeFormat(locale, { dateStyle: 'medium' }).format(d);
}
