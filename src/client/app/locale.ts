import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/domain/localized';
import { localePath, splitLocale } from '../../shared/domain/site-paths';

export { LOCALES, DEFAULT_LOCALE, type Locale, localePath, splitLocale };

/** BCP 47 tags for dates and numbers (the UI language itself is the bare locale), and kept formats. */
export { INTL_LOCALE, dateTimeFormat, numberFormat } from '../../shared/domain/intl';

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
