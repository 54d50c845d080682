import i18next, { type i18n as I18n } from 'i18next';
import nb from '../../shared/i18n/nb.json';
import nn from '../../shared/i18n/nn.json';
import en from '../../shared/i18n/en.json';
import { DEFAULT_LOCALE, type Locale } from './locale';

const resources = {
  nb: { translation: nb },
  nn: { translation: nn },
  en: { translation: en },
};

const instances = new Map<Locale, I18n>();

/**
 * One i18next instance per language, each fixed to its language. The language comes from the
 * URL, so the layout of each language simply provides its own instance: no global language
 * switch, no flash of the previous language during navigation.
 */
export function i18nFor(locale: Locale): I18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: DEFAULT_LOCALE,
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instances.set(locale, instance);
  }
  return instance;
}
