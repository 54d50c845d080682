import i18next, { type i18n as I18n } from 'i18next';
import type { Messages } from '../../shared/i18n/merge';
import { LOCALES, type Locale } from './locale';

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

const instances = new Map<Locale, I18n>();
const loading = new Map<Locale, Promise<I18n>>();

function createInstance(locale: Locale, messages: Messages): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    // Every language has every message (npm run i18n:check): nothing to fall back to.
    fallbackLng: false,
    resources: { [locale]: { translation: messages } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/**
 * Loads a language. One i18next instance
 * per language, each fixed to it: the language comes from the URL, so the layout of each
 * language provides its own instance, with no global switch.
 */
export function loadLocale(locale: Locale): Promise<I18n> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale]().then((own) => {
      const instance = createInstance(locale, own.default);
      instances.set(locale, instance);
      return instance;
    });
    loading.set(locale, promise);
  }
  return promise;
}

/** Every language: the server renders them all, tests use them all. */
export function loadAllLocales(): Promise<I18n[]> {
  return Promise.all(LOCALES.map(loadLocale));
}

/** The language's instance when loaded, else undefined (the layout then waits for it). */
export function loadedI18n(locale: Locale): I18n | undefined {
  return instances.get(locale);
}

/** The language's instance; only once it is loaded (see loadLocale). */
export function i18nFor(locale: Locale): I18n {
  const instance = instances.get(locale);
  if (!instance) throw new Error(`The messages of "${locale}" are not loaded: await loadLocale first`);
  return instance;
}
