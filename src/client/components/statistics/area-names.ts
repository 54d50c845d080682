import { areaNameIn } from '../../../shared/domain/area-names';
import type { Locale } from '../../../shared/domain/localized';

/**
 * Names the register holds in a language other than bokmål ("Noreg", "Norway"), by language: an
 * area's name found here is in the page's language and is not marked as bokmål (AreaName).
 */
const TRANSLATED = new Map<Locale, Set<string>>();

export function isTranslatedName(name: string, locale: Locale): boolean {
  return TRANSLATED.get(locale)?.has(name) === true;
}

function isAreaRef(value: Record<string, unknown>): boolean {
  return typeof value.code === 'string' && typeof value.name === 'string' && typeof value.kind === 'string' && ('nameNn' in value || 'nameEn' in value);
}

/**
 * A response with every area in it named in the reader's language where the register has the
 * name, else as the register names it (bokmål). Applied where the statistics queries hand their
 * data to the pages, so every table, chart, legend and sentence reads the same name.
 */
export function localizeAreaNames<T>(data: T, locale: Locale): T {
  if (locale === 'nb') return data;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = walk(v);
    if (isAreaRef(out)) {
      const name = areaNameIn(out as { name: string; nameNn?: string | null; nameEn?: string | null }, locale);
      if (name.lang === locale) {
        let set = TRANSLATED.get(locale);
        if (!set) TRANSLATED.set(locale, (set = new Set()));
        set.add(name.text);
        out.name = name.text;
      }
    }
    return out;
  };
  return walk(data) as T;
}
