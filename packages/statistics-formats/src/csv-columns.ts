import { guessRole, type CubeDimension } from './cube';
import { MAX_CUBE_CELLS, StatisticsParseError } from './errors';
import { lookupSymbol } from './symbols';

/** Categories kept per column; a column with more distinct texts cannot be a sensible dimension. */
export const MAX_CATEGORIES = 200_000;

/**
 * Column roles, decided from the header first and the content second:
 * 1. Columns named like a measure (verdi, value, andel, antall, prosent, count, …) are the value
 *    columns, if there are any.
 * 2. Otherwise every column whose cells are all numbers or missing markers is a value column,
 *    except columns named like time, place or code (år, periode, kommune, …kode, …nr) and
 *    numbers with leading zeros ("0301"), which are codes.
 * 3. All other columns are dimensions, categories in first-seen order. A code column followed
 *    by its name column (Kommunekode, Kommunenavn; Kommunenummer, Kommune) that map one-to-one
 *    form one dimension.
 * 4. A place column that follows from a finer one (Fylkekode from Kommunekode: every municipality
 *    lies in one county) is not a dimension of its own: crossed with the finer one it would only
 *    add cells that cannot exist. It is left out, with a warning.
 * The value columns become the categories of a final "measure" dimension, so one CSV row is a
 * run of consecutive cells in the cube.
 */
const VALUE_NAME =
  /^(verdi|verdier|value|values|andel|antall|prosent|percent|percentage|count|sum|snitt|gjennomsnitt|mean|median|rate|amount|beløp|belop|score|obs_value)$|^(andel|antall|prosent|verdi|value)[\s_(]/i;
const CODE_NAME = /(kode|code|nr|nummer|id)$/i;
const NAME_NAME = /(navn|name|tekst|text|label)$/i;

export interface ColumnStats {
  name: string;
  numeric: number;
  markers: number;
  text: number;
  leadingZero: boolean;
  /** Distinct trimmed texts in first-seen order; null once there are too many. */
  distinct: Map<string, number> | null;
  /** For a code column followed by a name column: code → name, null when not one-to-one. */
  pair: Map<string, string> | null;
  /** For a place column: per other place column, this column's value → that one's, null once it varies. */
  determines: Map<number, Map<string, string> | null> | null;
}

export function parseCsvNumber(text: string, decimalComma: boolean): number {
  const pattern = decimalComma
    ? /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/
    : /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
  if (!pattern.test(text)) return Number.NaN;
  return Number(decimalComma ? text.replace(',', '.') : text);
}

export function isMissingMarker(text: string): boolean {
  return text === '' || text.toLowerCase() === 'null' || lookupSymbol(text) !== undefined;
}

/** "Kommunenummer" → "kommune": the name a code column's label column often has. */
const stemOf = (name: string) => name.trim().replace(/[\s_-]*(kode|code|nr|nummer|id)$/i, '').toLowerCase();

export function newStats(names: readonly string[]): ColumnStats[] {
  const places = names.map((name, i) => (guessRole(name) === 'geo' ? i : -1)).filter((i) => i >= 0);
  return names.map((name, i) => {
    const next = names[i + 1];
    const pairs =
      CODE_NAME.test(name) && next !== undefined && (NAME_NAME.test(next) || (stemOf(name) !== '' && stemOf(name) === next.trim().toLowerCase()));
    const isPlace = places.includes(i);
    return {
      name,
      numeric: 0,
      markers: 0,
      text: 0,
      leadingZero: false,
      distinct: VALUE_NAME.test(name) ? null : new Map(),
      pair: pairs ? new Map() : null,
      determines: isPlace ? new Map(places.filter((o) => o !== i).map((o) => [o, new Map<string, string>()])) : null,
    };
  });
}

export function observe(
  stats: ColumnStats[],
  fields: readonly string[],
  decimalComma: boolean,
): void {
  for (let c = 0; c < stats.length; c++) {
    const s = stats[c];
    if (!s) continue;
    const text = (fields[c] ?? '').trim();
    if (isMissingMarker(text)) s.markers++;
    else if (parseCsvNumber(text, decimalComma) === parseCsvNumber(text, decimalComma)) {
      s.numeric++;
      if (/^[+-]?0\d/.test(text)) s.leadingZero = true;
    } else s.text++;
    if (s.distinct) {
      if (!s.distinct.has(text)) {
        if (s.distinct.size >= MAX_CATEGORIES) s.distinct = null;
        else s.distinct.set(text, s.distinct.size);
      }
    }
    if (s.pair) {
      const label = (fields[c + 1] ?? '').trim();
      const seen = s.pair.get(text);
      if (seen === undefined) s.pair.set(text, label);
      else if (seen !== label) s.pair = null;
    }
    if (s.determines) {
      for (const [other, map] of s.determines) {
        if (!map) continue;
        const value = (fields[other] ?? '').trim();
        const seen = map.get(text);
        if (seen === undefined) {
          if (map.size >= MAX_CATEGORIES) s.determines.set(other, null);
          else map.set(text, value);
        } else if (seen !== value) s.determines.set(other, null);
      }
    }
  }
}

export interface CsvLayout {
  dimensions: CubeDimension[];
  /** Column index per dimension; -1 for the synthetic row dimension. */
  dimensionColumns: number[];
  valueColumns: number[];
  lookups: Map<string, number>[];
  sizes: number[];
  cells: number;
  /** What a person should know about how the columns were read. */
  warnings: string[];
}

function forcedDimension(name: string): boolean {
  return CODE_NAME.test(name) || guessRole(name) !== null || NAME_NAME.test(name);
}

export function decideLayout(stats: readonly ColumnStats[], rows: number): CsvLayout {
  const named = stats
    .map((s, i) => (VALUE_NAME.test(s.name) && !forcedDimension(s.name) ? i : -1))
    .filter((i) => i >= 0);
  const valueColumns =
    named.length > 0
      ? named
      : stats
          .map((s, i) =>
            s.text === 0 && s.numeric > 0 && !s.leadingZero && !forcedDimension(s.name) ? i : -1,
          )
          .filter((i) => i >= 0);
  if (valueColumns.length === 0) {
    throw new StatisticsParseError(
      'CSV_NO_VALUE_COLUMN',
      'No value column: name one verdi/value/andel/antall, or make sure one column holds only numbers and missing markers',
      { line: 1, column: 1 },
    );
  }
  const isValue = new Set(valueColumns);
  // Label columns merged into their code column are not dimensions either.
  const merges = (c: number): boolean => {
    const s = stats[c];
    const next = stats[c + 1];
    return !!s && s.pair !== null && !!s.distinct && !!next?.distinct && !isValue.has(c + 1) && next.distinct.size === s.distinct.size;
  };
  const isLabel = new Set(stats.flatMap((_, c) => (merges(c) ? [c + 1] : [])));
  const sizeOf = (c: number) => stats[c]?.distinct?.size ?? 0;
  const warnings: string[] = [];
  const implied = new Set<number>();
  stats.forEach((s, c) => {
    if (isValue.has(c) || isLabel.has(c) || sizeOf(c) < 2) return;
    const finer = stats.findIndex(
      (o, f) => f !== c && !isValue.has(f) && !isLabel.has(f) && sizeOf(f) > sizeOf(c) && o.determines?.get(c) != null,
    );
    if (finer >= 0) {
      implied.add(c);
      warnings.push(`The column "${s.name}" follows from "${stats[finer]!.name}" and was left out as a dimension.`);
    }
  });
  const dimensions: CubeDimension[] = [];
  const dimensionColumns: number[] = [];
  const lookups: Map<string, number>[] = [];
  const usedIds = new Set<string>();
  const uniqueId = (name: string): string => {
    let id = name || 'column';
    for (let k = 2; usedIds.has(id); k++) id = `${name || 'column'}_${k}`;
    usedIds.add(id);
    return id;
  };
  for (let c = 0; c < stats.length; c++) {
    const s = stats[c];
    if (!s || isValue.has(c)) continue;
    if (s.name === '' && s.markers === rows) continue; // a trailing delimiter's empty column
    if (implied.has(c)) {
      if (merges(c)) c++;
      continue;
    }
    if (!s.distinct) {
      throw new StatisticsParseError(
        'CUBE_TOO_LARGE',
        `Column "${s.name}" has more than ${MAX_CATEGORIES} distinct values and cannot be a dimension`,
        { line: 1, column: 1 },
      );
    }
    const next = stats[c + 1];
    const merge = merges(c);
    const codes = [...s.distinct.keys()];
    dimensions.push({
      id: uniqueId(s.name),
      label: s.name,
      role: guessRole(s.name, merge && next ? next.name : null),
      categories: codes.map((code) => ({
        code,
        label: merge ? (s.pair?.get(code) ?? code) : code,
      })),
    });
    dimensionColumns.push(c);
    lookups.push(s.distinct);
    if (merge) c++;
  }
  if (dimensions.length === 0 && rows > 1) {
    // Only numbers: each row is its own observation.
    dimensions.push({
      id: uniqueId('row'),
      label: 'Row',
      role: null,
      categories: Array.from({ length: rows }, (_, r) => ({
        code: String(r + 1),
        label: String(r + 1),
      })),
    });
    dimensionColumns.push(-1);
    lookups.push(new Map());
  }
  dimensions.push({
    id: uniqueId('measure'),
    label: 'Measure',
    role: 'metric',
    categories: valueColumns.map((c) => ({
      code: stats[c]?.name ?? String(c),
      label: stats[c]?.name ?? String(c),
    })),
  });
  const sizes = dimensions.map((d) => d.categories.length);
  const cells = sizes.reduce((a, b) => a * b, 1);
  // A long table fills most of its cube. When the columns span far more cells than the rows
  // can fill, a column such as an id or a free-text comment was taken as a dimension.
  const fillable = Math.max(1_000_000, rows * valueColumns.length * 50);
  if (cells > MAX_CUBE_CELLS || cells > fillable) {
    throw new StatisticsParseError(
      'CUBE_TOO_LARGE',
      `The dimension columns span ${cells} cells but the file has only ${rows} rows; is one of them an id or free text?`,
      { line: 1, column: 1 },
    );
  }
  return { dimensions, dimensionColumns, valueColumns, lookups, sizes, cells, warnings };
}
