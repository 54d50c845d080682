import { createContext, useContext, type ReactNode } from 'react';
import type { Translator } from './translator';

const TranslatorContext = createContext<Translator | null>(null);

/** Gives the pages below it the messages of one language (see Layout). */
export function TranslatorProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

/** The current language's `t`, and its translator as `i18n`. */
export function useTranslation(): { t: Translator['t']; i18n: Translator } {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('useTranslation needs a TranslatorProvider above it');
  return { t: translator.t, i18n: translator };
}
