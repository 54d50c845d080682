import {
  Interner,
  STATUS_CODE,
  batchSizeOf,
  cubeSize,
  type BatchOptions,
  type CellBatch,
  type Cube,
  type CubeMeta,
  type SymbolLegendEntry,
} from './cube';
import { MAX_CUBE_CELLS, StatisticsParseError, jsonPath } from './errors';
import {
  invalid,
  isRecord,
  optionalString,
  own,
  readDimension,
  readIdsAndSizes,
  readRoles,
  stringList,
  type JsonRecord,
} from './jsonstat-dimensions';
import { lookupSymbol, statusForSymbol } from './symbols';

type Path = (string | number)[];

/** How `status` is given; see JSON-stat 2.0 "status". */
type StatusForm =
  | { kind: 'none' }
  | { kind: 'all'; symbol: number }
  | { kind: 'each'; list: readonly unknown[] }
  | { kind: 'sparse'; at: Float64Array; symbol: Uint32Array };

type ValueForm =
  | { kind: 'dense'; list: readonly unknown[] }
  | { kind: 'sparse'; at: Float64Array; list: unknown[] }
  | { kind: 'empty' };

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const NA = STATUS_CODE.not_available;

/** Sorted positions of a sparse `{"0": x, "5": y}` object, validated against the cube size. */
function sparseEntries(record: JsonRecord, cells: number, path: Path): { at: Float64Array; list: unknown[] } {
  const keys = Object.keys(record);
  const pairs: [number, unknown][] = [];
  for (const key of keys) {
    const pos = /^(0|[1-9]\d*)$/.test(key) ? Number(key) : Number.NaN;
    if (!(pos < cells)) throw invalid(`Key "${key}" is not a cell position between 0 and ${cells - 1}`, [...path, key]);
    pairs.push([pos, record[key]]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const at = new Float64Array(pairs.length);
  const list = pairs.map(([pos, v], i) => {
    at[i] = pos;
    return v;
  });
  return { at, list };
}

/** Normalises one JSON-stat dataset node (2.0 dataset or 1.x bundle member). */
export function normaliseDataset(node: JsonRecord, path: Path): Cube {
  const { ids, sizes, dims, legacy } = readIdsAndSizes(node, path);
  const roles = readRoles(node, dims, legacy);
  const dimensions = ids.map((id, i) => readDimension(id, sizes[i] ?? 0, own(dims, id), roles.get(id), [...path, 'dimension', id]));
  const cells = cubeSize(sizes);
  if (cells > MAX_CUBE_CELLS) {
    throw new StatisticsParseError('CUBE_TOO_LARGE', `The dimensions describe ${cells} cells, more than the ${MAX_CUBE_CELLS} we accept`, {
      path: jsonPath([...path, legacy ? 'dimension' : 'size']),
    });
  }

  const symbols = new Interner();
  const notesInterner = new Interner();
  const values = readValues(node, cells, path);
  const status = readStatus(node, cells, path, symbols);

  const meta: CubeMeta = {
    format: 'jsonstat',
    encoding: 'utf-8',
    title: optionalString(own(node, 'label')) ?? null,
    languages: [],
    dimensions,
    cells,
  };
  const source = optionalString(own(node, 'source'));
  const updated = optionalString(own(node, 'updated'));
  const href = optionalString(own(node, 'href'));
  if (source !== undefined || updated !== undefined || href !== undefined) {
    meta.source = {};
    if (source !== undefined) meta.source.name = source;
    if (updated !== undefined) meta.source.updated = updated;
    if (href !== undefined) meta.source.href = href;
  }
  const extension = own(node, 'extension');
  const px = isRecord(extension) ? own(extension, 'px') : undefined;
  const language = isRecord(px) ? optionalString(own(px, 'language')) : undefined;
  if (language) meta.languages = [language];
  const tableId = isRecord(px) ? optionalString(own(px, 'tableid')) : undefined;
  if (tableId) meta.source = { ...meta.source, tableId };
  const notes = stringList(own(node, 'note'));
  if (notes && notes.length > 0) meta.notes = notes;
  if (values.kind === 'empty' && cells > 0) meta.metadataOnly = true;
  const legend = buildLegend(symbols.list);
  if (legend.length > 0) meta.symbolLegend = legend;

  return {
    meta,
    batches: (options?: BatchOptions) => emit(values, status, cells, symbols, notesInterner, batchSizeOf(options), path),
  };
}

function readValues(node: JsonRecord, cells: number, path: Path): ValueForm {
  const raw = own(node, 'value');
  if (Array.isArray(raw)) {
    // PxWebApi's metadata responses send `"value": []`: a cube with shape but no figures.
    if (raw.length === 0 && cells > 0) return { kind: 'empty' };
    if (raw.length !== cells) throw invalid(`"value" has ${raw.length} entries but the dimensions give ${cells} cells`, [...path, 'value']);
    return { kind: 'dense', list: raw };
  }
  if (isRecord(raw)) return { kind: 'sparse', ...sparseEntries(raw, cells, [...path, 'value']) };
  throw invalid('A dataset needs "value" as an array or an object', [...path, 'value']);
}

function symbolId(raw: unknown, symbols: Interner, path: Path): number {
  if (raw === null || raw === undefined || raw === '') return 0;
  if (typeof raw !== 'string') throw invalid('Status entries must be strings', path);
  return symbols.id(raw);
}

function readStatus(node: JsonRecord, cells: number, path: Path, symbols: Interner): StatusForm {
  const raw = own(node, 'status');
  const at = [...path, 'status'];
  if (raw === undefined || raw === null) return { kind: 'none' };
  if (typeof raw === 'string') return { kind: 'all', symbol: symbolId(raw, symbols, at) };
  if (Array.isArray(raw)) {
    if (raw.length === 0) return { kind: 'none' };
    if (raw.length === 1) return { kind: 'all', symbol: symbolId(raw[0], symbols, [...at, 0]) };
    if (raw.length !== cells) throw invalid(`"status" has ${raw.length} entries; expected 1 or ${cells}`, at);
    for (let i = 0; i < raw.length; i++) symbolId(raw[i], symbols, [...at, i]);
    return { kind: 'each', list: raw };
  }
  if (isRecord(raw)) {
    const { at: positions, list } = sparseEntries(raw, cells, at);
    const ids = new Uint32Array(list.length);
    list.forEach((s, i) => {
      ids[i] = symbolId(s, symbols, [...at, String(positions[i])]);
    });
    return { kind: 'sparse', at: positions, symbol: ids };
  }
  throw invalid('"status" must be a string, an array or an object', at);
}

function buildLegend(symbols: readonly string[]): SymbolLegendEntry[] {
  return symbols.map((symbol) => {
    const known = lookupSymbol(symbol);
    const entry: SymbolLegendEntry = { symbol, text: known?.description ?? symbol, status: known?.status ?? 'none' };
    if (known?.nil) entry.nil = true;
    return entry;
  });
}

async function* emit(
  values: ValueForm,
  status: StatusForm,
  cells: number,
  symbols: Interner,
  notes: Interner,
  size: number,
  path: Path,
): AsyncGenerator<CellBatch> {
  // Per-symbol outcome, computed once: status with/without a number and whether it means zero.
  const withNumber: number[] = [STATUS_CODE.none];
  const withoutNumber: number[] = [NA];
  const nil: boolean[] = [false];
  const prepare = (): void => {
    for (let id = withNumber.length; id <= symbols.list.length; id++) {
      const s = symbols.list[id - 1] ?? '';
      withNumber.push(STATUS_CODE[statusForSymbol(s, true)]);
      withoutNumber.push(STATUS_CODE[statusForSymbol(s, false)]);
      nil.push(lookupSymbol(s)?.nil === true);
    }
  };
  prepare();
  let valuePtr = 0;
  let statusPtr = 0;
  for (let start = 0; start < cells; start += size) {
    const n = Math.min(size, cells - start);
    const batch: CellBatch = {
      start,
      length: n,
      values: new Float64Array(n),
      status: new Uint8Array(n),
      symbol: new Uint32Array(n),
      note: new Uint32Array(n),
      symbols: symbols.list,
      notes: notes.list,
    };
    const v = batch.values;
    if (values.kind === 'dense') {
      const list = values.list;
      for (let i = 0; i < n; i++) {
        const x = list[start + i];
        if (typeof x === 'number') v[i] = x;
        else v[i] = nonNumber(x, batch, i, symbols, [...path, 'value', start + i]);
      }
    } else {
      v.fill(Number.NaN);
      if (values.kind === 'sparse') {
        const end = start + n;
        while (valuePtr < values.at.length && (values.at[valuePtr] ?? end) < end) {
          const i = (values.at[valuePtr] ?? 0) - start;
          const x = values.list[valuePtr];
          if (typeof x === 'number') v[i] = x;
          else v[i] = nonNumber(x, batch, i, symbols, [...path, 'value', String(start + i)]);
          valuePtr++;
        }
      }
    }
    prepare();
    const st = batch.status;
    const sym = batch.symbol;
    if (status.kind === 'all') {
      if (status.symbol > 0) sym.fill(status.symbol);
    } else if (status.kind === 'each') {
      for (let i = 0; i < n; i++) {
        const s = status.list[start + i];
        if (typeof s === 'string' && s !== '') sym[i] = symbols.id(s);
      }
    } else if (status.kind === 'sparse') {
      const end = start + n;
      while (statusPtr < status.at.length && (status.at[statusPtr] ?? end) < end) {
        const id = status.symbol[statusPtr] ?? 0;
        if (id > 0) sym[(status.at[statusPtr] ?? 0) - start] = id;
        statusPtr++;
      }
    }
    for (let i = 0; i < n; i++) {
      const id = sym[i] ?? 0;
      const x = v[i] ?? Number.NaN;
      if (x === x) st[i] = withNumber[id] ?? 0;
      else if (nil[id]) {
        v[i] = 0;
        st[i] = STATUS_CODE.none;
      } else st[i] = withoutNumber[id] ?? NA;
    }
    yield batch;
  }
}

/**
 * A value that is not a number: null is an empty cell; a numeric string is read as a number;
 * any other string (order.json uses labels as values) is kept as the cell's symbol.
 */
function nonNumber(x: unknown, batch: CellBatch, i: number, symbols: Interner, path: Path): number {
  if (x === null) return Number.NaN;
  if (typeof x === 'string') {
    if (NUMERIC.test(x)) return Number(x);
    if (x !== '') batch.symbol[i] = symbols.id(x);
    return Number.NaN;
  }
  throw invalid('Values must be numbers, strings or null', path);
}
