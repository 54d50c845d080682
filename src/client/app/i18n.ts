import i18next, { type i18n as I18n } from 'i18next';
import nb from '../../shared/i18n/nb.json';
import nn from '../../shared/i18n/nn.json';
import en from '../../shared/i18n/en.json';
import { mergeMessages, type MessageFile, type Messages } from '../../shared/i18n/merge';
import { DEFAULT_LOCALE, type Locale } from './locale';

// Feature message files: src/shared/i18n/<feature>/<locale>.json (see merge.ts).
const featureFiles = import.meta.glob<Messages>('../../shared/i18n/*/*.json', { eager: true, import: 'default' });

function messagesFor(locale: Locale, core: Messages): Messages {
  const files: MessageFile[] = [{ name: `${locale}.json`, messages: core }];
  for (const [file, messages] of Object.entries(featureFiles)) {
    if (file.endsWith(`/${locale}.json`)) files.push({ name: file, messages });
  }
  const { messages, clashes } = mergeMessages(files);
  if (clashes.length > 0) throw new Error(`UI messages clash: ${clashes.join('; ')}`);
  return messages;
}

const resources = {
  nb: { translation: messagesFor('nb', nb) },
  nn: { translation: messagesFor('nn', nn) },
  en: { translation: messagesFor('en', en) },
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
