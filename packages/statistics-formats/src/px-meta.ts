import {
  Interner,
  STATUS_CODE,
  cubeSize,
  guessRole,
  type CubeCategory,
  type CubeDimension,
  type CubeMeta,
  type DimensionRole,
  type SymbolLegendEntry,
} from './cube';
import type { ChosenEncoding, TextDecoderLike } from './encoding';
import { MAX_CUBE_CELLS, StatisticsParseError } from './errors';
import { KNOWN_KEYWORDS, itemText, type PxKeywords } from './px-keywords';
import type { PxEntry } from './px-lexer';
import { buildCellRules, type PxCellRules } from './px-notes';
import { classifySymbolText, lookupSymbol, symbolTextFromNotes } from './symbols';
import type { ObservationStatus } from './status';

/** Everything the DATA reader needs, resolved once from the header. */
export interface PxDataPlan {
  sizes: number[];
  cells: number;
  symbols: Interner;
  notes: Interner;
  /** Status code and symbol id for "." … "......" (index = dots - 1). */
  dotCodes: { status: number; symbol: number }[];
  nilSymbol: number;
  rules: PxCellRules;
  /** KEYS: the leading stub variables whose categories start each data row. */
  keys: { lookups: Map<string, number>[]; names: string[] } | null;
  decoder: TextDecoderLike;
}

function resolveDotStatus(
  code: string,
  text: string | undefined,
  notes: readonly string[],
): { status: ObservationStatus; explanation: string | null } {
  if (text !== undefined && text.trim() !== '') {
    const shown = text.trim();
    const known = lookupSymbol(shown);
    if (known && !known.nil) return { status: known.status, explanation: shown };
    const byText = classifySymbolText(shown);
    if (byText && byText !== 'nil') return { status: byText, explanation: shown };
    const noted = symbolTextFromNotes(shown, notes);
    const byNote = noted ? classifySymbolText(noted) : null;
    if (noted && byNote && byNote !== 'nil') return { status: byNote, explanation: noted };
  }
  const noted = symbolTextFromNotes(code, notes);
  const byNote = noted ? classifySymbolText(noted) : null;
  if (noted && byNote && byNote !== 'nil') return { status: byNote, explanation: noted };
  // No legend: fall back to what the dots mean at SSB ("." not applicable, ".." not available).
  const fallback = lookupSymbol(code);
  return {
    status: fallback && !fallback.nil ? fallback.status : 'not_available',
    explanation: noted ?? null,
  };
}

function timeUnitOf(entry: PxEntry | undefined): string | undefined {
  const tlist = entry?.items.find((i) => i.kind === 'tlist');
  return tlist && tlist.kind === 'tlist' ? tlist.unit : undefined;
}

function roleOf(kw: PxKeywords, name: string, id: string, isContent: boolean): DimensionRole {
  if (isContent) return 'metric';
  if (kw.get('TIMEVAL', null, [name])) return 'time';
  const type = kw.string('VARIABLE-TYPE', null, [name])?.trim().toLowerCase();
  if (type === 't' || type === 'time') return 'time';
  if (type === 'g' || type === 'geographical' || kw.get('MAP', null, [name])) return 'geo';
  return guessRole(id, name);
}

/** NOTEX (mandatory) before NOTE; with prefix "VALUE" the per-category VALUENOTEX/VALUENOTE. */
function notesOf(kw: PxKeywords, subkeys: readonly string[], prefix = ''): string[] {
  const out: string[] = [];
  for (const keyword of ['NOTEX', 'NOTE']) {
    const text = kw.string(prefix + keyword, null, subkeys);
    if (text !== undefined && text !== '') out.push(text);
  }
  return out;
}

function variableNames(kw: PxKeywords, language: string | null): string[] {
  return [...(kw.list('STUB', language) ?? []), ...(kw.list('HEADING', language) ?? [])];
}

export function buildPxMeta(
  kw: PxKeywords,
  encoding: ChosenEncoding,
  end: { line: number; column: number },
): { meta: CubeMeta; plan: PxDataPlan } {
  const names = variableNames(kw, null);
  if (names.length === 0)
    throw new StatisticsParseError(
      'PX_MISSING_KEYWORD',
      'The header has neither STUB nor HEADING',
      end,
      { keyword: 'STUB/HEADING' },
    );
  const where = kw.get('STUB', null) ?? kw.get('HEADING', null);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined && where)
    throw kw.mismatch(where, `Variable "${duplicate}" appears twice in STUB/HEADING`);
  const warnings: string[] = encoding.warning ? [encoding.warning] : [];
  const defaultLanguage = kw.defaultLanguage;
  const otherLanguages = kw.languages.filter((l) => l !== defaultLanguage);
  // Variable names differ per language; only their position in STUB then HEADING is shared.
  const namesByLanguage = new Map<string, string[]>();
  for (const language of otherLanguages) {
    const list = variableNames(kw, language);
    if (list.length === names.length) namesByLanguage.set(language, list);
    else if (list.length > 0)
      warnings.push(
        `Language "${language}" lists ${list.length} variables instead of ${names.length}; its texts are ignored.`,
      );
  }
  const contentName = kw.string('CONTVARIABLE', null);
  const tableNotes = notesOf(kw, []);
  // Symbols are explained in any language's notes ("##. missing" in English, "puuttuva" in Finnish).
  const symbolNotes = [
    ...tableNotes,
    ...otherLanguages.flatMap((l) => ['NOTEX', 'NOTE'].map((k) => kw.string(k, l) ?? '')),
  ];
  const showDecimals = kw.integer('SHOWDECIMALS', null) ?? kw.integer('DECIMALS', null);
  const tableUnits = kw.string('UNITS', null);

  const dimensions = names.map((name, position): CubeDimension => {
    const valuesEntry = kw.get('VALUES', null, [name]);
    if (!valuesEntry) {
      const at = where ?? { line: 1, column: 1 };
      throw new StatisticsParseError('PX_MISSING_KEYWORD', `VALUES("${name}") is missing`, { line: at.line, column: at.column }, { keyword: `VALUES("${name}")` });
    }
    const labels = valuesEntry.items.map(itemText);
    const codesEntry = kw.get('CODES', null, [name]);
    const codes = codesEntry ? codesEntry.items.map(itemText) : labels;
    if (codes.length !== labels.length && codesEntry) {
      throw kw.mismatch(
        codesEntry,
        `CODES("${name}") has ${codes.length} entries but VALUES has ${labels.length}`,
      );
    }
    const id = kw.string('VARIABLECODE', null, [name])?.trim() || name;
    const isContent = contentName !== undefined && contentName === name;
    const categories = labels.map((label, i): CubeCategory => {
      const category: CubeCategory = { code: codes[i] ?? label, label };
      if (defaultLanguage && otherLanguages.length > 0)
        category.labels = { [defaultLanguage]: label };
      const notes = notesOf(kw, [name, label], 'VALUE');
      if (notes.length > 0) category.notes = notes;
      if (isContent) {
        const unitLabel =
          kw.string('UNITS', null, [label]) ??
          kw.string('UNITS', null, [category.code]) ??
          tableUnits;
        const decimals = kw.integer('PRECISION', null, [name, label]) ?? showDecimals;
        if (unitLabel !== undefined || decimals !== undefined) {
          category.unit = {};
          if (unitLabel !== undefined) category.unit.label = unitLabel;
          if (decimals !== undefined) category.unit.decimals = decimals;
        }
      }
      return category;
    });
    const dimension: CubeDimension = {
      id,
      label: name,
      role: roleOf(kw, name, id, isContent),
      categories,
    };
    const timeUnit = timeUnitOf(kw.get('TIMEVAL', null, [name]));
    if (timeUnit) dimension.timeUnit = timeUnit;
    if (defaultLanguage && namesByLanguage.size > 0) dimension.labels = { [defaultLanguage]: name };
    for (const [language, list] of namesByLanguage) {
      const translated = list[position];
      if (translated === undefined || !dimension.labels) continue;
      dimension.labels[language] = translated;
      const values = kw.list('VALUES', language, [translated]);
      if (values?.length === categories.length) {
        categories.forEach((c, i) => {
          if (c.labels) c.labels[language] = values[i] ?? c.label;
        });
      }
    }
    const notes = notesOf(kw, [name]);
    if (notes.length > 0) dimension.notes = notes;
    return dimension;
  });

  const sizes = dimensions.map((d) => d.categories.length);
  const cells = cubeSize(sizes);
  if (cells > MAX_CUBE_CELLS) {
    throw new StatisticsParseError(
      'CUBE_TOO_LARGE',
      `The header describes ${cells} cells, more than the ${MAX_CUBE_CELLS} we accept`,
      where ? { line: where.line, column: where.column } : end,
    );
  }

  const symbols = new Interner();
  const notes = new Interner();
  const legend: SymbolLegendEntry[] = [];
  const dotCodes = [1, 2, 3, 4, 5, 6].map((dots) => {
    const code = '.'.repeat(dots);
    const text = kw.string(`DATASYMBOL${dots}`, null);
    const { status, explanation } = resolveDotStatus(code, text, symbolNotes);
    if (text !== undefined || explanation !== null)
      legend.push({ symbol: code, text: text ?? explanation ?? code, status });
    return { status: STATUS_CODE[status], symbol: symbols.id(code) };
  });
  const nilSymbol = symbols.id('-');
  const nilText = kw.string('DATASYMBOLNIL', null);
  if (nilText !== undefined) legend.push({ symbol: '-', text: nilText, status: 'none', nil: true });

  const rules = buildCellRules(kw, dimensions, sizes, symbolNotes, symbols, notes, warnings);
  const keys = buildKeys(kw, names, dimensions);

  const title =
    kw.string('TITLE', null) ??
    kw.string('DESCRIPTION', null) ??
    kw.string('CONTENTS', null) ??
    null;
  const meta: CubeMeta = {
    format: 'px',
    encoding: encoding.label,
    title,
    languages: kw.languages,
    dimensions,
    cells,
  };
  if (encoding.declared) meta.declaredEncoding = encoding.declared;
  if (otherLanguages.length > 0) {
    const titles: Record<string, string> = {};
    for (const language of kw.languages) {
      const t = kw.string('TITLE', language) ?? kw.string('DESCRIPTION', language);
      if (t !== undefined) titles[language] = t;
    }
    meta.titles = titles;
  }
  const source: NonNullable<CubeMeta['source']> = {};
  const sourceName = kw.string('SOURCE', null);
  if (sourceName) source.name = sourceName;
  const tableId = kw.string('TABLEID', null) ?? kw.string('MATRIX', null);
  if (tableId) source.tableId = tableId;
  const updated =
    kw.string('LAST-UPDATED', null) ?? kw.all('LAST-UPDATED', null).map((e) => kw.text(e))[0];
  if (updated) source.updated = updated;
  const contact = kw.string('CONTACT', null) ?? kw.all('CONTACT', null).map((e) => kw.text(e))[0];
  if (contact) source.contact = contact;
  if (Object.keys(source).length > 0) meta.source = source;
  if (tableNotes.length > 0) meta.notes = tableNotes;
  if (!contentName && (tableUnits !== undefined || showDecimals !== undefined)) {
    meta.unit = {};
    if (tableUnits !== undefined) meta.unit.label = tableUnits;
    if (showDecimals !== undefined) meta.unit.decimals = showDecimals;
  }
  if (legend.length > 0) meta.symbolLegend = legend;
  const unknown = kw.entries.filter((e) => !KNOWN_KEYWORDS.has(e.keyword));
  if (unknown.length > 0) {
    meta.unknownKeywords = unknown.map((e) => ({
      keyword: e.keyword,
      language: e.language,
      subkeys: e.subkeys,
      value: e.raw,
    }));
  }
  if (warnings.length > 0) meta.warnings = warnings;
  return {
    meta,
    plan: {
      sizes,
      cells,
      symbols,
      notes,
      dotCodes,
      nilSymbol,
      rules,
      keys,
      decoder: encoding.decoder,
    },
  };
}

function buildKeys(
  kw: PxKeywords,
  names: readonly string[],
  dimensions: readonly CubeDimension[],
): PxDataPlan['keys'] {
  const keyed = names.map((name) => kw.get('KEYS', null, [name]));
  const count = keyed.findIndex((k) => k === undefined);
  const prefix = count < 0 ? keyed.length : count;
  if (prefix === 0) {
    const stray = keyed.find((k) => k !== undefined);
    if (stray) throw kw.mismatch(stray, 'KEYS must be given for the leading STUB variables');
    return null;
  }
  const stubSize = kw.list('STUB', null)?.length ?? 0;
  const late = keyed.slice(prefix).find((k) => k !== undefined);
  if (late || prefix > stubSize) {
    const at = late ?? keyed[prefix - 1];
    if (at) throw kw.mismatch(at, 'KEYS must be given for the leading STUB variables');
  }
  const lookups = dimensions.slice(0, prefix).map((dimension, d) => {
    const mode = kw
      .text(keyed[d] as PxEntry)
      .trim()
      .toUpperCase();
    const map = new Map<string, number>();
    dimension.categories.forEach((c, i) => {
      const key = mode === 'CODES' ? c.code : c.label;
      if (!map.has(key)) map.set(key, i);
    });
    return map;
  });
  return { lookups, names: names.slice(0, prefix) };
}
