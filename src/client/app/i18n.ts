import type { Messages } from '../../shared/i18n/merge';
import { LOCALES, type Locale } from './locale';
import { createTranslator, type Translator } from './translator';

/**
 * Each language's messages are a file of their own (./messages/<locale>.ts, from the shared
 * message files), loaded when a page in that language is shown: a reader downloads one
 * language, not three.
 */
const LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  nb: () => import('./messages/nb'),
  nn: () => import('./messages/nn'),
  en: () => import('./messages/en'),
};

const instances = new Map<Locale, Translator>();
const loading = new Map<Locale, Promise<Translator>>();

/**
 * Loads a language. One translator per language, each fixed to it: the language comes from the
 * URL, so the layout of each language provides its own, with no global switch.
 */
export function loadLocale(locale: Locale): Promise<Translator> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale]().then((own) => {
      const instance = createTranslator(locale, own.default);
      instances.set(locale, instance);
      return instance;
    });
    loading.set(locale, promise);
  }
  return promise;
}

/** Every language: the server renders them all, tests use them all. */
export function loadAllLocales(): Promise<Translator[]> {
  return Promise.all(LOCALES.map(loadLocale));
}

/** The language's instance when loaded, else undefined (the layout then waits for it). */
export function loadedTranslator(locale: Locale): Translator | undefined {
  return instances.get(locale);
}

/** The language's instance; only once it is loaded (see loadLocale). */
export function i18nFor(locale: Locale): Translator {
  const instance = instances.get(locale);
  if (!instance) throw new Error(`The messages of "${locale}" are not loaded: await loadLocale first`);
  return instance;
}
