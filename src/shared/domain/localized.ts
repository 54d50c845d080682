export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

/** Text in bokmål (required) with optional nynorsk and English. */
export interface LocalizedText {
  nb: string;
  nn?: string | null;
  en?: string | null;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the text for a locale. Nynorsk readers fall back to bokmål before English; English
 * readers fall back to bokmål, which is always present. `lang` tells the page which language
 * the text really is in, so screen readers pronounce it right.
 */
export function pickText(
  text: LocalizedText | null | undefined,
  locale: Locale,
): { text: string; lang: Locale } {
  if (!text) return { text: '', lang: locale };
  const own = text[locale];
  if (own && own.trim() !== '') return { text: own, lang: locale };
  return { text: text.nb, lang: 'nb' };
}
