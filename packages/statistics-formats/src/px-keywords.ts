import { StatisticsParseError } from './errors';
import type { PxEntry, PxItem } from './px-lexer';

/**
 * Keywords of the PX 2013 specification plus the PxWeb/SSB additions we read. Anything else is
 * kept in `meta.unknownKeywords` rather than failing: misspelt keywords exist in real files.
 */
export const KNOWN_KEYWORDS = new Set([
  'CHARSET',
  'AXIS-VERSION',
  'CODEPAGE',
  'LANGUAGE',
  'LANGUAGES',
  'CREATION-DATE',
  'NEXT-UPDATE',
  'PX-SERVER',
  'DIRECTORY-PATH',
  'UPDATE-FREQUENCY',
  'TABLEID',
  'SYNONYMS',
  'DEFAULT-GRAPH',
  'DECIMALS',
  'SHOWDECIMALS',
  'ROUNDING',
  'MATRIX',
  'AGGREGALLOWED',
  'AUTOPEN',
  'SUBJECT-CODE',
  'SUBJECT-AREA',
  'CONFIDENTIAL',
  'COPYRIGHT',
  'DESCRIPTION',
  'TITLE',
  'DESCRIPTIONDEFAULT',
  'CONTENTS',
  'UNITS',
  'STUB',
  'HEADING',
  'CONTVARIABLE',
  'VALUES',
  'TIMEVAL',
  'CODES',
  'DOUBLECOLUMN',
  'PRESTEXT',
  'DOMAIN',
  'VARIABLE-TYPE',
  'VARIABLECODE',
  'HIERARCHIES',
  'HIERARCHYLEVELS',
  'HIERARCHYLEVELSOPEN',
  'HIERARCHYNAMES',
  'MAP',
  'PARTITIONED',
  'ELIMINATION',
  'PRECISION',
  'LAST-UPDATED',
  'STOCKFA',
  'CFPRICES',
  'DAYADJ',
  'SEASADJ',
  'CONTACT',
  'REFPERIOD',
  'BASEPERIOD',
  'DATABASE',
  'SOURCE',
  'SURVEY',
  'LINK',
  'INFOFILE',
  'FIRST-PUBLISHED',
  'META-ID',
  'OFFICIAL-STATISTICS',
  'INFO',
  'NOTEX',
  'NOTE',
  'VALUENOTEX',
  'VALUENOTE',
  'CELLNOTEX',
  'CELLNOTE',
  'DATASYMBOL1',
  'DATASYMBOL2',
  'DATASYMBOL3',
  'DATASYMBOL4',
  'DATASYMBOL5',
  'DATASYMBOL6',
  'DATASYMBOLSUM',
  'DATASYMBOLNIL',
  'DATANOTECELL',
  'DATANOTESUM',
  'DATANOTE',
  'KEYS',
  'ATTRIBUTE-ID',
  'ATTRIBUTE-TEXT',
  'ATTRIBUTES',
  'PRESTEXT',
  'CONTENTS',
  'STOCKFA',
  'DAYADJ',
  'SEASADJ',
  'UNITS',
  'REFPERIOD',
  'DATA',
]);

export function itemText(item: PxItem): string {
  if (item.kind === 'tlist')
    return `TLIST(${item.unit}${item.range ? `, "${item.range[0]}"-"${item.range[1]}"` : ''})`;
  return item.text;
}

/** Looks keywords up per language; the default language matches both `KW` and `KW[lang]`. */
export class PxKeywords {
  private readonly byKey = new Map<string, PxEntry>();
  private readonly byKeyword = new Map<string, PxEntry[]>();
  readonly defaultLanguage: string | null;
  readonly languages: string[];

  constructor(readonly entries: readonly PxEntry[]) {
    for (const entry of entries) {
      const key = PxKeywords.key(entry.keyword, entry.language, entry.subkeys);
      // The first statement wins; later duplicates are ignored like in PxWeb.
      if (!this.byKey.has(key)) this.byKey.set(key, entry);
      const list = this.byKeyword.get(entry.keyword) ?? [];
      list.push(entry);
      this.byKeyword.set(entry.keyword, list);
    }
    const lang = this.byKey.get(PxKeywords.key('LANGUAGE', null, []));
    const langs = this.byKey.get(PxKeywords.key('LANGUAGES', null, []));
    const listed = langs ? langs.items.map(itemText).filter((l) => l !== '') : [];
    // Without LANGUAGE, unmarked keywords belong to the first of LANGUAGES.
    this.defaultLanguage = (lang ? this.text(lang).trim() : '') || listed[0] || null;
    const all = this.defaultLanguage
      ? [this.defaultLanguage, ...listed.filter((l) => l !== this.defaultLanguage)]
      : listed;
    this.languages = [...new Set(all)];
  }

  private static key(keyword: string, language: string | null, subkeys: readonly string[]): string {
    return `${keyword}\u0001${language ?? ''}\u0001${subkeys.join('\u0002')}`;
  }

  private isDefault(language: string | null): boolean {
    return language === null || language === this.defaultLanguage;
  }

  /** The entry for a keyword in a language (null = default language). */
  get(
    keyword: string,
    language: string | null,
    subkeys: readonly string[] = [],
  ): PxEntry | undefined {
    if (this.isDefault(language)) {
      return (
        this.byKey.get(PxKeywords.key(keyword, null, subkeys)) ??
        (this.defaultLanguage
          ? this.byKey.get(PxKeywords.key(keyword, this.defaultLanguage, subkeys))
          : undefined)
      );
    }
    return this.byKey.get(PxKeywords.key(keyword, language, subkeys));
  }

  first(keyword: string, language: string | null): PxEntry | undefined {
    return this.get(keyword, language);
  }

  /** All statements of a keyword in one language, any subkeys. */
  all(keyword: string, language: string | null): PxEntry[] {
    const list = this.byKeyword.get(keyword) ?? [];
    return list.filter((e) =>
      this.isDefault(language) ? this.isDefault(e.language) : e.language === language,
    );
  }

  text(entry: PxEntry): string {
    return entry.items.map(itemText).join(', ');
  }

  /** A single text value, e.g. TITLE; lists are joined with ", ". */
  string(
    keyword: string,
    language: string | null,
    subkeys: readonly string[] = [],
  ): string | undefined {
    const entry = this.get(keyword, language, subkeys);
    return entry ? this.text(entry) : undefined;
  }

  list(
    keyword: string,
    language: string | null,
    subkeys: readonly string[] = [],
  ): string[] | undefined {
    const entry = this.get(keyword, language, subkeys);
    return entry ? entry.items.filter((i) => i.kind !== 'tlist').map(itemText) : undefined;
  }

  integer(
    keyword: string,
    language: string | null,
    subkeys: readonly string[] = [],
  ): number | undefined {
    const text = this.string(keyword, language, subkeys);
    if (text === undefined || !/^\s*\d{1,3}\s*$/.test(text)) return undefined;
    return Number(text);
  }

  mismatch(entry: PxEntry, what: string): StatisticsParseError {
    return new StatisticsParseError('PX_METADATA_MISMATCH', what, {
      line: entry.line,
      column: entry.column,
    });
  }
}
