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

/** The cell position a key like "17" names, or -1 ("017", "1.5" and "x" name none). */
function positionKey(key: string): number {
  const n = key.length;
  if (n === 0 || n > 15 || (n > 1 && key.charCodeAt(0) === 48)) return -1;
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    pos = pos * 10 + c;
  }
  return pos;
}

/**
 * Positions of a sparse `{"0": x, "5": y}` object in ascending order, validated against the
 * cube size. Engines list integer keys in ascending order already, so sorting is rarely needed.
 */
function sparseEntries(record: JsonRecord, cells: number, path: Path): { at: Float64Array; list: unknown[] } {
  const keys = Object.keys(record);
  const at = new Float64Array(keys.length);
  const list = new Array<unknown>(keys.length);
  let sorted = true;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] ?? '';
    const pos = positionKey(key);
    if (pos < 0 || pos >= cells) throw invalid(`Key "${key}" is not a cell position between 0 and ${cells - 1}`, [...path, key]);
    at[k] = pos;
    list[k] = record[key];
    if (k > 0 && pos <= (at[k - 1] ?? -1)) sorted = false;
  }
  if (sorted) return { at, list };
  const order = Array.from(keys, (_, k) => k).sort((a, b) => (at[a] ?? 0) - (at[b] ?? 0));
  return { at: Float64Array.from(order, (k) => at[k] ?? 0), list: order.map((k) => list[k]) };
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

/** Symbol id of a status entry; -1 when it is not a string (the caller knows the path). */
function symbolId(raw: unknown, symbols: Interner): number {
  if (raw === null || raw === undefined || raw === '') return 0;
  return typeof raw === 'string' ? symbols.id(raw) : -1;
}

function checked(id: number, path: Path): number {
  if (id < 0) throw invalid('Status entries must be strings', path);
  return id;
}

function readStatus(node: JsonRecord, cells: number, path: Path, symbols: Interner): StatusForm {
  const raw = own(node, 'status');
  const at = [...path, 'status'];
  if (raw === undefined || raw === null) return { kind: 'none' };
  if (typeof raw === 'string') return { kind: 'all', symbol: checked(symbolId(raw, symbols), at) };
  if (Array.isArray(raw)) {
    if (raw.length === 0) return { kind: 'none' };
    if (raw.length === 1) return { kind: 'all', symbol: checked(symbolId(raw[0], symbols), [...at, 0]) };
    if (raw.length !== cells) throw invalid(`"status" has ${raw.length} entries; expected 1 or ${cells}`, at);
    for (let i = 0; i < raw.length; i++) if (symbolId(raw[i], symbols) < 0) checked(-1, [...at, i]);
    return { kind: 'each', list: raw };
  }
  if (isRecord(raw)) {
    const { at: positions, list } = sparseEntries(raw, cells, at);
    const ids = new Uint32Array(list.length);
    // Statuses repeat a handful of symbols; remember the last one to skip most map lookups.
    let last: unknown = undefined;
    let lastId = 0;
    for (let k = 0; k < list.length; k++) {
      const s = list[k];
      if (s !== last || k === 0) {
        lastId = symbolId(s, symbols);
        if (lastId < 0) checked(lastId, [...at, String(positions[k])]);
        last = s;
      }
      ids[k] = lastId;
    }
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

/** Per-symbol outcome, computed once: status with and without a number, and whether it means 0. */
class SymbolOutcomes {
  readonly withNumber: number[] = [STATUS_CODE.none];
  readonly withoutNumber: number[] = [NA];
  readonly nil: boolean[] = [false];

  constructor(private readonly symbols: Interner) {}

  update(): void {
    for (let id = this.withNumber.length; id <= this.symbols.list.length; id++) {
      const s = this.symbols.list[id - 1] ?? '';
      this.withNumber.push(STATUS_CODE[statusForSymbol(s, true)]);
      this.withoutNumber.push(STATUS_CODE[statusForSymbol(s, false)]);
      this.nil.push(lookupSymbol(s)?.nil === true);
    }
  }
}

// The loops below live in plain functions rather than in the generator: V8 optimises a hot
// loop inside an async generator late, which made the first few million cells several times
// slower.

/**
 * Dense values. Cells with a number get status none here; cells that carry a status symbol
 * are settled afterwards (resolveStatuses or resolveSparse), so the common case is one load,
 * one type check and one store.
 */
function fillDense(list: readonly unknown[], start: number, batch: CellBatch, symbols: Interner, path: Path): boolean {
  const { values: v, status: st } = batch;
  const n = batch.length;
  let text = false;
  st.fill(0);
  for (let i = 0; i < n; i++) {
    const x = list[start + i];
    if (typeof x === 'number') v[i] = x;
    else {
      if (typeof x === 'string') text = true;
      const y = nonNumber(x, batch, i, symbols, path, start + i);
      v[i] = y;
      if (y !== y) st[i] = NA;
    }
  }
  return text;
}

/** Copies sparse entries that fall in this batch; returns the next entry to look at. */
function fillSparse(form: { at: Float64Array; list: unknown[] }, from: number, start: number, batch: CellBatch, symbols: Interner, path: Path): number {
  const v = batch.values;
  const end = start + batch.length;
  let k = from;
  while (k < form.at.length && (form.at[k] ?? end) < end) {
    const i = (form.at[k] ?? 0) - start;
    const x = form.list[k];
    v[i] = typeof x === 'number' ? x : nonNumber(x, batch, i, symbols, path, String(start + i));
    k++;
  }
  return k;
}

function fillSymbols(status: StatusForm, from: number, start: number, batch: CellBatch, symbols: Interner): number {
  const sym = batch.symbol;
  const n = batch.length;
  if (status.kind === 'all') {
    if (status.symbol > 0) sym.fill(status.symbol);
  } else if (status.kind === 'each') {
    for (let i = 0; i < n; i++) {
      const s = status.list[start + i];
      if (typeof s === 'string' && s !== '') sym[i] = symbols.id(s);
    }
  } else if (status.kind === 'sparse') {
    const end = start + n;
    let k = from;
    while (k < status.at.length && (status.at[k] ?? end) < end) {
      const id = status.symbol[k] ?? 0;
      if (id > 0) sym[(status.at[k] ?? 0) - start] = id;
      k++;
    }
    return k;
  }
  return from;
}

function resolveStatuses(batch: CellBatch, outcomes: SymbolOutcomes): void {
  const { values: v, status: st, symbol: sym } = batch;
  const { withNumber, withoutNumber, nil } = outcomes;
  const n = batch.length;
  for (let i = 0; i < n; i++) {
    const id = sym[i] ?? 0;
    const x = v[i] ?? Number.NaN;
    if (x === x) st[i] = withNumber[id] ?? 0;
    else if (nil[id]) {
      v[i] = 0;
      st[i] = STATUS_CODE.none;
    } else st[i] = withoutNumber[id] ?? NA;
  }
}

/** Settles only the cells a sparse status names (and null cells, already marked missing). */
function resolveSparse(status: { at: Float64Array }, from: number, to: number, start: number, batch: CellBatch, outcomes: SymbolOutcomes): void {
  const { values: v, status: st, symbol: sym } = batch;
  const { withNumber, withoutNumber, nil } = outcomes;
  for (let k = from; k < to; k++) {
    const i = (status.at[k] ?? 0) - start;
    const id = sym[i] ?? 0;
    const x = v[i] ?? Number.NaN;
    if (x === x) st[i] = withNumber[id] ?? 0;
    else if (nil[id]) {
      v[i] = 0;
      st[i] = STATUS_CODE.none;
    } else st[i] = withoutNumber[id] ?? NA;
  }
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
  const outcomes = new SymbolOutcomes(symbols);
  let valuePtr = 0;
  let statusPtr = 0;
  // One set of arrays serves every batch (a batch is only valid until the next is requested):
  // allocating 14 MB per million cells while the parsed JSON is alive costs more in garbage
  // collection than the normalising itself. JSON-stat has no cell notes, so `note` stays zero.
  const capacity = Math.min(size, cells);
  const buffers = { values: new Float64Array(capacity), status: new Uint8Array(capacity), symbol: new Uint32Array(capacity), note: new Uint32Array(capacity) };
  for (let start = 0; start < cells; start += size) {
    const n = Math.min(size, cells - start);
    const view = <T extends Float64Array | Uint8Array | Uint32Array>(a: T): T => (n === capacity ? a : (a.subarray(0, n) as T));
    const batch: CellBatch = {
      start,
      length: n,
      values: view(buffers.values),
      status: view(buffers.status),
      symbol: view(buffers.symbol),
      note: view(buffers.note),
      symbols: symbols.list,
      notes: notes.list,
    };
    // Status symbols first: they take precedence over text found in `value`.
    batch.symbol.fill(0);
    const firstStatus = statusPtr;
    statusPtr = fillSymbols(status, statusPtr, start, batch, symbols);
    let text = true;
    if (values.kind === 'dense') text = fillDense(values.list, start, batch, symbols, path);
    else {
      batch.values.fill(Number.NaN);
      if (values.kind === 'sparse') valuePtr = fillSparse(values, valuePtr, start, batch, symbols, path);
    }
    outcomes.update();
    // Dense numbers with no status, or only a sparse one, need no pass over every cell; text
    // in `value` (which may be a symbol such as ":") does.
    if (values.kind === 'dense' && !text && (status.kind === 'none' || status.kind === 'sparse')) {
      if (status.kind === 'sparse') resolveSparse(status, firstStatus, statusPtr, start, batch, outcomes);
    } else resolveStatuses(batch, outcomes);
    yield batch;
  }
}

/**
 * A value that is not a number: null is an empty cell; a numeric string is read as a number;
 * any other string (order.json uses labels as values) is kept as the cell's symbol.
 */
function nonNumber(x: unknown, batch: CellBatch, i: number, symbols: Interner, path: Path, at: string | number): number {
  if (x === null) return Number.NaN;
  if (typeof x === 'string') {
    if (NUMERIC.test(x)) return Number(x);
    if (x !== '' && batch.symbol[i] === 0) batch.symbol[i] = symbols.id(x);
    return Number.NaN;
  }
  throw invalid('Values must be numbers, strings or null', [...path, 'value', at]);
}
