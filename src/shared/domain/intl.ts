import type { Locale } from './localized';

/**
 * Locales for Intl formatting. Chromium ships no nynorsk date or number data and would fall back
 * to English; bokmål writes dates and numbers the way nynorsk readers expect, so it comes next.
 */
export const INTL_LOCALE: Record<Locale, string[]> = { nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] };

// Making a format is far slower than using one (a page of twenty meetings would make a hundred):
// one of each is kept per language and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function kept<F>(formats: Map<string, F>, key: string, make: () => F): F {
  let format = formats.get(key);
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** The date format of the language (or an explicit BCP 47 tag) with these options, made once. */
export function dateTimeFormat(locale: Locale | string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tags = INTL_LOCALE[locale as Locale] ?? [locale];
  return kept(dateFormats, `${tags.join()}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tags, options));
}

/** The number format of the language with these options, made once. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return kept(numberFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], options));
}
