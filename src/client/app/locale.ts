import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../../shared/domain/localized';

export { LOCALES, DEFAULT_LOCALE, type Locale };

/** BCP 47 tags for dates and numbers; the UI language itself is the bare locale. */
/**
 * Locales for Intl formatting. Chromium ships no nynorsk date or number data and would fall back
 * to English; bokmål writes dates and numbers the way nynorsk readers expect, so it comes next.
 */
export const INTL_LOCALE: Record<Locale, string[]> = { nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] };

/** The language's own name, shown in the switcher in that language. */
export const LOCALE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/**
 * Splits a URL path into its language and the path inside that language. Bokmål has no prefix,
 * so `/nn/program/x` is nynorsk `/program/x` and `/program/x` is bokmål.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && match[1] !== DEFAULT_LOCALE && isLocale(match[1]!)) {
    const rest = match[2] ?? '';
    return { locale: match[1] as Locale, path: rest === '' ? '/' : rest };
  }
  return { locale: DEFAULT_LOCALE, path: pathname === '' ? '/' : pathname };
}

/** The URL of a path (which may carry a query and hash) in the given language. */
export function localePath(locale: Locale, path: string): string {
  const normalised = path.startsWith('/') ? path : `/${path}`;
  if (locale === DEFAULT_LOCALE) return normalised;
  if (normalised === '/') return `/${locale}`;
  if (normalised.startsWith('/?') || normalised.startsWith('/#')) return `/${locale}${normalised.slice(1)}`;
  return `/${locale}${normalised}`;
}

/** The same page (query and fragment kept) in another language. */
export function switchLocalePath(pathname: string, search: string, target: Locale): string {
  const { path } = splitLocale(pathname);
  return localePath(target, path) + search;
}

/** Only same-site paths may be returned to after sign-in, never `//host` or a full URL. */
export function safeReturnTo(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^\/(?!\/)[^\\]*$/.test(value)) return undefined;
  return value;
}
