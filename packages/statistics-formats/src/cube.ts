import { OBSERVATION_STATUSES, type ObservationStatus } from './status';

export type CubeFormat = 'jsonstat' | 'px' | 'csv';
export type DimensionRole = 'time' | 'geo' | 'metric' | null;

export interface CubeUnit {
  label?: string;
  decimals?: number;
  symbol?: string;
}

export interface CubeCategory {
  /** Stable code, always a string ("0301" stays "0301"). */
  code: string;
  /** Label in the cube's default language. */
  label: string;
  /** Labels in every language the source offers, keyed by language code. */
  labels?: Record<string, string>;
  /** Unit of a metric category (JSON-stat `unit`, PX per-content UNITS/PRECISION). */
  unit?: CubeUnit;
  /** Parent category code in a hierarchy (JSON-stat `child`). */
  parent?: string;
  notes?: string[];
}

export interface CubeDimension {
  id: string;
  label: string;
  labels?: Record<string, string>;
  role: DimensionRole;
  categories: CubeCategory[];
  /** Time scale of a time dimension as the source states it, e.g. PX `TLIST(A1)` → "A1". */
  timeUnit?: string;
  notes?: string[];
}

/** What a source symbol means in this particular table (from DATASYMBOLn, notes or our table). */
export interface SymbolLegendEntry {
  symbol: string;
  text: string;
  status: ObservationStatus;
  nil?: boolean;
}

export interface CubeSource {
  name?: string;
  tableId?: string;
  updated?: string;
  href?: string;
  contact?: string;
}

export interface CubeMeta {
  format: CubeFormat;
  /** Character encoding actually used to read the text. */
  encoding: string;
  /** Encoding the file claims, when it claims one that differs from what was used. */
  declaredEncoding?: string;
  title: string | null;
  titles?: Record<string, string>;
  /** Default language first; empty when the source does not say. */
  languages: string[];
  dimensions: CubeDimension[];
  /** Size of the full cube: the product of the category counts. */
  cells: number;
  source?: CubeSource;
  notes?: string[];
  /** Table-wide unit when there is no metric dimension carrying units. */
  unit?: CubeUnit;
  symbolLegend?: SymbolLegendEntry[];
  /** True for JSON-stat metadata responses (`"value": []`): every cell is empty. */
  metadataOnly?: boolean;
  /** Keywords or members we do not interpret, kept so nothing in the file is silently lost. */
  unknownKeywords?: {
    keyword: string;
    language: string | null;
    subkeys: string[];
    value: string;
  }[];
  /** Things a person may want to know about how the file was read. */
  warnings?: string[];
}

export interface CubeCell {
  /** Row-major position: the last dimension varies fastest. */
  index: number;
  value: number | null;
  status: ObservationStatus;
  /** Source symbol or status letter ("..", ":", "-", "e"), null when the source gives none. */
  symbol: string | null;
  note?: string;
}

/**
 * A run of consecutive cells in typed arrays, so millions of cells never become millions of
 * objects. Valid entries are `[0, length)`. `values` is NaN where the cell has no number.
 * `status` holds indexes into OBSERVATION_STATUSES; `symbol` and `note` hold 1-based ids into
 * `symbols` / `notes` (0 = none). The lookup arrays only ever grow, so ids stay valid.
 *
 * A batch is valid until the next one is requested: parsers may refill the same arrays, which
 * keeps memory flat and the garbage collector quiet. Copy whatever you keep.
 */
export interface CellBatch {
  start: number;
  length: number;
  values: Float64Array;
  status: Uint8Array;
  symbol: Uint32Array;
  note: Uint32Array;
  symbols: readonly string[];
  notes: readonly string[];
}

export interface BatchOptions {
  /** Cells per batch; defaults to 65,536. */
  batchSize?: number;
}

/** One parsed table: metadata up front, cells streamed in row-major order. */
export interface Cube {
  meta: CubeMeta;
  batches(options?: BatchOptions): AsyncIterable<CellBatch>;
}

export const DEFAULT_BATCH_SIZE = 65_536;

export const STATUS_CODE: Readonly<Record<ObservationStatus, number>> = Object.freeze(
  Object.fromEntries(OBSERVATION_STATUSES.map((s, i) => [s, i])) as Record<
    ObservationStatus,
    number
  >,
);

export function statusFromCode(code: number): ObservationStatus {
  return OBSERVATION_STATUSES[code] ?? 'none';
}

export function cubeSize(sizes: readonly number[]): number {
  let n = 1;
  for (const s of sizes) n *= s;
  return n;
}

/** Category position per dimension of a row-major index. */
export function coordsOf(index: number, sizes: readonly number[]): number[] {
  const coords = new Array<number>(sizes.length).fill(0);
  let rest = index;
  for (let d = sizes.length - 1; d >= 0; d--) {
    const size = sizes[d] ?? 1;
    if (size <= 0) return coords;
    coords[d] = rest % size;
    rest = Math.floor(rest / size);
  }
  return coords;
}

/** Row-major index of a coordinate tuple; the inverse of coordsOf. */
export function indexOf(coords: readonly number[], sizes: readonly number[]): number {
  let index = 0;
  for (let d = 0; d < sizes.length; d++) index = index * (sizes[d] ?? 1) + (coords[d] ?? 0);
  return index;
}

/** Hands out small integer ids for repeated strings (symbols, notes) shared by all batches. */
export class Interner {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      this.list.push(text);
      id = this.list.length;
      this.ids.set(text, id);
    }
    return id;
  }
}

/** Fills typed-array batches cell by cell; full batches wait in `ready` until taken. */
export class BatchWriter {
  readonly ready: CellBatch[] = [];
  private current: CellBatch;
  private next: number;

  constructor(
    private readonly symbols: Interner,
    private readonly notes: Interner,
    private readonly size: number = DEFAULT_BATCH_SIZE,
    start = 0,
  ) {
    this.next = start;
    this.current = this.fresh(start);
  }

  /** Index the next pushed cell will get. */
  get position(): number {
    return this.next;
  }

  push(value: number, status: number, symbol: number, note: number): void {
    const b = this.current;
    const i = b.length;
    b.values[i] = value;
    b.status[i] = status;
    b.symbol[i] = symbol;
    b.note[i] = note;
    b.length = i + 1;
    this.next++;
    if (b.length === this.size) {
      this.ready.push(b);
      this.current = this.fresh(this.next);
    }
  }

  /** Pushes `count` identical cells (KEYS gaps, absent CSV rows). */
  fill(count: number, value: number, status: number, symbol: number, note: number): void {
    for (let k = 0; k < count; k++) this.push(value, status, symbol, note);
  }

  flush(): void {
    if (this.current.length > 0) {
      this.ready.push(this.current);
      this.current = this.fresh(this.next);
    }
  }

  take(): CellBatch[] {
    return this.ready.splice(0, this.ready.length);
  }

  private fresh(start: number): CellBatch {
    return {
      start,
      length: 0,
      values: new Float64Array(this.size),
      status: new Uint8Array(this.size),
      symbol: new Uint32Array(this.size),
      note: new Uint32Array(this.size),
      symbols: this.symbols.list,
      notes: this.notes.list,
    };
  }
}

export function batchSizeOf(options: BatchOptions | undefined): number {
  const n = options?.batchSize;
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : DEFAULT_BATCH_SIZE;
}

/** Convenience view of a cube as cell objects; fine for small cubes and tests. */
export async function* iterateCells(cube: Cube, options?: BatchOptions): AsyncGenerator<CubeCell> {
  for await (const batch of cube.batches(options)) {
    for (let i = 0; i < batch.length; i++) yield cellAt(batch, i);
  }
}

export function cellAt(batch: CellBatch, i: number): CubeCell {
  const v = batch.values[i] ?? Number.NaN;
  const symbolId = batch.symbol[i] ?? 0;
  const noteId = batch.note[i] ?? 0;
  const cell: CubeCell = {
    index: batch.start + i,
    value: Number.isNaN(v) ? null : v,
    status: statusFromCode(batch.status[i] ?? 0),
    symbol: symbolId > 0 ? (batch.symbols[symbolId - 1] ?? null) : null,
  };
  if (noteId > 0) {
    const note = batch.notes[noteId - 1];
    if (note !== undefined) cell.note = note;
  }
  return cell;
}

export async function collectCells(cube: Cube, options?: BatchOptions): Promise<CubeCell[]> {
  const cells: CubeCell[] = [];
  for await (const cell of iterateCells(cube, options)) cells.push(cell);
  return cells;
}

export interface CellSummary {
  cells: number;
  values: number;
  /** Cells without a number, by source symbol ("null" when there is none). */
  symbols: Record<string, number>;
  /** Cells with a number that carry a source symbol ("e", "p"), by symbol. */
  marked: Record<string, number>;
  statuses: Record<ObservationStatus, number>;
}

/** Counts over all cells without keeping them: used by inspect and the tests. */
export async function summarizeCells(cube: Cube): Promise<CellSummary> {
  let cells = 0;
  let values = 0;
  const bySymbolId = new Map<number, number>();
  const markedById = new Map<number, number>();
  const statusCounts = new Array<number>(OBSERVATION_STATUSES.length).fill(0);
  let symbols: readonly string[] = [];
  for await (const batch of cube.batches()) {
    symbols = batch.symbols;
    const { values: v, symbol, status } = batch;
    for (let i = 0; i < batch.length; i++) {
      const code = status[i] ?? 0;
      statusCounts[code] = (statusCounts[code] ?? 0) + 1;
      if (Number.isNaN(v[i])) {
        const id = symbol[i] ?? 0;
        bySymbolId.set(id, (bySymbolId.get(id) ?? 0) + 1);
      } else {
        values++;
        const id = symbol[i] ?? 0;
        if (id > 0) markedById.set(id, (markedById.get(id) ?? 0) + 1);
      }
    }
    cells += batch.length;
  }
  const bySymbol: Record<string, number> = {};
  for (const [id, count] of [...bySymbolId].sort((a, b) => a[0] - b[0])) {
    const key = id === 0 ? 'null' : (symbols[id - 1] ?? 'null');
    bySymbol[key] = (bySymbol[key] ?? 0) + count;
  }
  const marked: Record<string, number> = {};
  for (const [id, count] of [...markedById].sort((a, b) => a[0] - b[0])) {
    const key = symbols[id - 1];
    if (key !== undefined) marked[key] = (marked[key] ?? 0) + count;
  }
  const statuses = Object.fromEntries(
    OBSERVATION_STATUSES.map((s, i) => [s, statusCounts[i] ?? 0]),
  ) as Record<ObservationStatus, number>;
  return { cells, values, symbols: bySymbol, marked, statuses };
}

const TIME_NAMES =
  /^(tid|time|times|year|years|år|aar|ar|date|dato|period|periode|periodo|tidsperiode|kvartal|quarter|month|måned|maaned|månad|kuukausi|vuosi|uke|week|skoleår|skolear|skoleaar|ano|año|jahr|vuosineljännes)$/i;
const GEO_NAMES =
  /^(geo|region|regions|area|areas|område|omrade|kommune|kommuner|kommunenummer|fylke|fylker|bydel|bydeler|grunnkrets|tettsted|kunta|alue|land|country|countries|county|counties|state|states|municipality|kommun|län|lan|comunidad|provincia)$/i;

/** Role from a dimension's id or label when the source does not say (JSON-stat without `role`). */
export function guessRole(...names: (string | null | undefined)[]): DimensionRole {
  // "Kommunekode", "Fylkenavn", "region_id": the stem carries the meaning.
  const stems = names.flatMap((n) =>
    n ? [n.trim(), n.trim().replace(/[\s_-]*(kode|code|nr|nummer|navn|name|id)$/i, '')] : [],
  );
  if (stems.some((n) => TIME_NAMES.test(n))) return 'time';
  if (stems.some((n) => GEO_NAMES.test(n))) return 'geo';
  return null;
}
