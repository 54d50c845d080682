import { createContext, useCallback, useContext } from 'react';
import { DEFAULT_LOCALE, localePath, type Locale } from './locale';

export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** The language of the page, taken from the URL by the layout. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** Turns a language-neutral path (`/program/x`) into this language's URL (`/nn/program/x`). */
export function useLocalePath(): (path: string) => string {
  const locale = useLocale();
  return useCallback((path: string) => localePath(locale, path), [locale]);
}
