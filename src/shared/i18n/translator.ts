import type { Messages } from './merge';
import type { Locale } from '../domain/localized';

/**
 * Options of a message: values for its `{{name}}` slots, `count` to choose the plural form
 * (`key_one`, `key_other`, … by the language's plural rules) and fill `{{count}}`, and
 * `defaultValue` for a key the messages lack.
 */
export type TOptions = { count?: number; defaultValue?: string } & Record<string, unknown>;

/**
 * Looks up a message by its dotted key (or the first of several keys that exists) and fills its
 * slots. A key the messages lack comes back as itself (or the default value), so a gap shows on
 * the page instead of breaking it; `npm run i18n:check` keeps such gaps out of the code.
 */
export interface TFunction {
  (key: string | readonly string[], options?: TOptions): string;
}

export interface Translator {
  readonly language: Locale;
  readonly t: TFunction;
  /** Whether the messages hold this key (or a plural form of it). */
  exists(key: string): boolean;
}

const SLOT = /\{\{\s*([\w.-]+)\s*\}\}/g;

function lookUp(messages: Messages, key: string): string | undefined {
  let node: Messages | string | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The messages of one language as a translator (see TFunction). */
export function createTranslator(language: Locale, messages: Messages): Translator {
  const plurals = new Intl.PluralRules(language);
  const find = (key: string, count: number | undefined): string | undefined => {
    if (count !== undefined) {
      const form = lookUp(messages, `${key}_${plurals.select(count)}`) ?? lookUp(messages, `${key}_other`);
      if (form !== undefined) return form;
    }
    return lookUp(messages, key);
  };
  const t: TFunction = (key, options = {}) => {
    const keys = typeof key === 'string' ? [key] : key;
    const count = typeof options.count === 'number' ? options.count : undefined;
    let text: string | undefined;
    for (const k of keys) {
      text = find(k, count);
      if (text !== undefined) break;
    }
    if (text === undefined) return options.defaultValue ?? keys[keys.length - 1] ?? '';
    return text.replace(SLOT, (_, name: string) => {
      const value = options[name];
      return value === undefined || value === null ? '' : String(value);
    });
  };
  return {
    language,
    t,
    exists: (key) => find(key, undefined) !== undefined || lookUp(messages, `${key}_other`) !== undefined,
  };
}
