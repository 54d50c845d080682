import { STATUS_CODE, type CellBatch, type Interner } from './cube';
import { invalid } from './jsonstat-dimensions';
import { lookupSymbol, statusForSymbol } from './symbols';

type Path = (string | number)[];

/** How `status` is given; see JSON-stat 2.0 "status". */
export type StatusForm =
  | { kind: 'none' }
  | { kind: 'all'; symbol: number }
  | { kind: 'each'; list: readonly unknown[] }
  | { kind: 'sparse'; at: Float64Array; symbol: Uint32Array };

export type ValueForm =
  | { kind: 'dense'; list: readonly unknown[] }
  | { kind: 'sparse'; at: Float64Array; list: unknown[] }
  | { kind: 'empty' };

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const NA = STATUS_CODE.not_available;

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
function fillDense(
  list: readonly unknown[],
  start: number,
  batch: CellBatch,
  symbols: Interner,
  path: Path,
): boolean {
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
function fillSparse(
  form: { at: Float64Array; list: unknown[] },
  from: number,
  start: number,
  batch: CellBatch,
  symbols: Interner,
  path: Path,
): number {
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

function fillSymbols(
  status: StatusForm,
  from: number,
  start: number,
  batch: CellBatch,
  symbols: Interner,
): number {
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
function resolveSparse(
  status: { at: Float64Array },
  from: number,
  to: number,
  start: number,
  batch: CellBatch,
  outcomes: SymbolOutcomes,
): void {
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

export async function* emit(
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
  const buffers = {
    values: new Float64Array(capacity),
    status: new Uint8Array(capacity),
    symbol: new Uint32Array(capacity),
    note: new Uint32Array(capacity),
  };
  for (let start = 0; start < cells; start += size) {
    const n = Math.min(size, cells - start);
    const view = <T extends Float64Array | Uint8Array | Uint32Array>(a: T): T =>
      n === capacity ? a : (a.subarray(0, n) as T);
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
      if (values.kind === 'sparse')
        valuePtr = fillSparse(values, valuePtr, start, batch, symbols, path);
    }
    outcomes.update();
    // Dense numbers with no status, or only a sparse one, need no pass over every cell; text
    // in `value` (which may be a symbol such as ":") does.
    if (values.kind === 'dense' && !text && (status.kind === 'none' || status.kind === 'sparse')) {
      if (status.kind === 'sparse')
        resolveSparse(status, firstStatus, statusPtr, start, batch, outcomes);
    } else resolveStatuses(batch, outcomes);
    yield batch;
  }
}

/**
 * A value that is not a number: null is an empty cell; a numeric string is read as a number;
 * any other string (order.json uses labels as values) is kept as the cell's symbol.
 */
function nonNumber(
  x: unknown,
  batch: CellBatch,
  i: number,
  symbols: Interner,
  path: Path,
  at: string | number,
): number {
  if (x === null) return Number.NaN;
  if (typeof x === 'string') {
    if (NUMERIC.test(x)) return Number(x);
    if (x !== '' && batch.symbol[i] === 0) batch.symbol[i] = symbols.id(x);
    return Number.NaN;
  }
  throw invalid('Values must be numbers, strings or null', [...path, 'value', at]);
}
