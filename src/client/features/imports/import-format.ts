import { dateTimeFormat, numberFormat, type Locale } from '../../app/locale';

/** "1,4 MB": a file size in the reader's language. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${numberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

export function formatCount(n: number, locale: Locale): string {
  return numberFormat(locale, {}).format(n);
}

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  return dateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** Whole percent done, 0–100; 0 while the total is not yet known. */
export function percentDone(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((done / total) * 100));
}

/** A long list cut short for reading: the first `max` and how many more there are. */
export function firstOf<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** A breakdown key ("kjonn=2;alder=15-19") as the reader sees it: "kjonn 2, alder 15-19"; "" is the total. */
export function breakdownText(key: string): string {
  if (!key) return '';
  return key
    .split(';')
    .map((pair) => pair.replace('=', ' '))
    .join(', ');
}
