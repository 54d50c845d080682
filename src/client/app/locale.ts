import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/domain/localized';
import { localePath, splitLocale } from '../../shared/domain/site-paths';

export { LOCALES, DEFAULT_LOCALE, type Locale, localePath, splitLocale };

/** BCP 47 tags for dates and numbers; the UI language itself is the bare locale. */
/**
 * Locales for Intl formatting. Chromium ships no nynorsk date or number data and would fall back
 * to English; bokmål writes dates and numbers the way nynorsk readers expect, so it comes next.
 */
export const INTL_LOCALE: Record<Locale, string[]> = { nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] };

/** The language's own name, shown in the switcher in that language. */
export const LOCALE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

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
