import { coordsOf, STATUS_CODE, type CellBatch, type SymbolLegendEntry } from '@samordna/statistics-formats';
import type { ObservationStatus } from '../../../../shared/domain/statistics';
import type { ImportPlan } from '../plan/import-plan';

/**
 * Walks the cells of a batch through a plan. The cell handed to `emit` is one reused object:
 * a sink copies what it keeps. A figure whose status withholds it (suppressed, not available,
 * not applicable) loses its number here, whatever the source put in the cell.
 */
export interface MappedCell {
  indicator: number;
  area: number;
  period: number;
  /** "" for the total, else `dim=cat;dim2=cat` sorted by dimension id. */
  breakdown: string;
  /** NaN when the cell holds no number. */
  value: number;
  status: number;
  symbol: string | null;
  note: string | null;
  /**
   * The source has nothing here: no number, no symbol, nothing but "no value" (a JSON-stat
   * `null` without status, a cell absent from a sparse `value`). Such a cell is not a new
   * observation; it only tells that an earlier figure at this place was withdrawn.
   */
  isEmpty: boolean;
}

const WITHHELD = new Uint8Array(8);
for (const code of [STATUS_CODE.suppressed, STATUS_CODE.not_available, STATUS_CODE.not_applicable]) WITHHELD[code] = 1;
const NOT_AVAILABLE = STATUS_CODE.not_available;
const MAX_CACHED_KEYS = 1 << 20;
/** A legend text that is itself a symbol as SSB prints them (":", "..", "-", "*", "p"), not a sentence. */
const PRINTED_SYMBOL = /^(?:[.:\-*|…]{1,6}|[a-zA-Z])$/;

/**
 * The symbol a reader sees. PX stores a missing-value code ("...") and says in DATASYMBOLn how it
 * is printed (SSB: ":" for suppressed): the printed form is kept, so "..." never reads as SSB's
 * "not yet available" when the table meant suppressed. A legend in words keeps the code.
 */
export function printedSymbols(legend: readonly SymbolLegendEntry[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of legend ?? []) {
    const text = entry.text.trim();
    if (PRINTED_SYMBOL.test(text) && text !== entry.symbol) out.set(entry.symbol, text);
  }
  return out;
}

export class CellMapper {
  private readonly sizes: number[];
  private readonly targets: Int32Array[];
  private readonly dimsCount: number;
  private readonly breakdownDims: number[];
  private readonly breakdownParts: string[][];
  private readonly breakdownStride: number[];
  private readonly keyCache: (string | undefined)[] | Map<number, string>;
  private readonly printed: Map<string, string>;
  /** Printed symbol by the batch's symbol id (the ids are stable across batches). */
  private readonly symbolById: (string | null)[] = [null];
  /** The mapping's status for a symbol id, -1 where the file's own reading stands. */
  private readonly overrideById: number[] = [-1];
  private readonly overrides: ReadonlyMap<string, ObservationStatus>;
  private readonly cell: MappedCell = { indicator: 0, area: 0, period: 0, breakdown: '', value: NaN, status: 0, symbol: null, note: null, isEmpty: false };
  /** False when the plan names no area, period or indicator at all: every cell is left out. */
  private readonly isWritable: boolean;
  skipped = 0;
  /** Cells handed to `emit`, empty ones included. */
  mapped = 0;
  /** Of those, how many were empty (see MappedCell.isEmpty). */
  empty = 0;

  constructor(
    private readonly plan: ImportPlan,
    legend?: readonly SymbolLegendEntry[],
  ) {
    this.printed = printedSymbols(legend);
    this.overrides = new Map(Object.entries(plan.statuses));
    this.sizes = plan.sizes;
    this.dimsCount = plan.sizes.length;
    // A dimension the plan gives no part (only when the mapping has problems) is read as if
    // every category were kept, so the preview still counts something meaningful.
    this.targets = plan.sizes.map((size, d) => {
      const t = plan.targets[d];
      return t && t.length === size ? t : new Int32Array(size);
    });
    this.breakdownDims = plan.breakdowns.map((b) => b.index);
    this.breakdownParts = plan.breakdowns.map((b) => b.parts);
    let stride = 1;
    this.breakdownStride = [];
    for (let b = this.breakdownDims.length - 1; b >= 0; b--) {
      this.breakdownStride[b] = stride;
      stride *= this.sizes[this.breakdownDims[b]!] ?? 1;
    }
    this.keyCache = stride <= MAX_CACHED_KEYS ? new Array<string | undefined>(stride) : new Map<number, string>();
    this.isWritable = plan.areas.length > 0 && plan.periods.length > 0 && plan.indicators.length > 0;
  }

  private keyOf(coords: readonly number[]): string {
    let combo = 0;
    for (let b = 0; b < this.breakdownDims.length; b++) combo += (coords[this.breakdownDims[b]!] ?? 0) * this.breakdownStride[b]!;
    const cache = this.keyCache;
    let key = Array.isArray(cache) ? cache[combo] : cache.get(combo);
    if (key === undefined) {
      key = '';
      for (let b = 0; b < this.breakdownDims.length; b++) {
        const part = this.breakdownParts[b]![coords[this.breakdownDims[b]!] ?? 0] ?? '';
        if (part !== '') key = key === '' ? part : `${key};${part}`;
      }
      if (Array.isArray(cache)) cache[combo] = key;
      else cache.set(combo, key);
    }
    return key;
  }

  private symbolOf(batch: CellBatch, id: number): string | null {
    let out = this.symbolById[id];
    if (out === undefined) {
      const code = batch.symbols[id - 1] ?? null;
      out = code === null ? null : (this.printed.get(code) ?? code);
      this.symbolById[id] = out;
    }
    return out;
  }

  private overrideOf(batch: CellBatch, id: number): number {
    let out = this.overrideById[id];
    if (out === undefined) {
      const status = this.overrides.get(batch.symbols[id - 1] ?? '');
      out = status === undefined ? -1 : STATUS_CODE[status];
      this.overrideById[id] = out;
    }
    return out;
  }

  /** Calls `emit` for every cell of the batch the import writes. */
  map(batch: CellBatch, emit: (cell: MappedCell) => void): void {
    const { sizes, targets, dimsCount, plan, cell } = this;
    const coords = coordsOf(batch.start, sizes);
    const last = dimsCount - 1;
    const { areaDim, periodDim, indicatorDim } = plan;
    for (let i = 0; i < batch.length; i++) {
      let kept = this.isWritable;
      if (kept) {
        for (let d = 0; d < dimsCount; d++) {
          if (targets[d]![coords[d]!]! < 0) {
            kept = false;
            break;
          }
        }
      }
      if (kept) {
        cell.indicator = indicatorDim >= 0 ? targets[indicatorDim]![coords[indicatorDim]!]! : 0;
        cell.area = areaDim >= 0 ? targets[areaDim]![coords[areaDim]!]! : 0;
        cell.period = periodDim >= 0 ? targets[periodDim]![coords[periodDim]!]! : 0;
        cell.breakdown = this.breakdownDims.length === 0 ? '' : this.keyOf(coords);
        const symbol = batch.symbol[i]!;
        const override = symbol > 0 && this.overrides.size > 0 ? this.overrideOf(batch, symbol) : -1;
        const status = override >= 0 ? override : batch.status[i]!;
        const value = batch.values[i]!;
        if (WITHHELD[status] === 1) {
          cell.status = status;
          cell.value = NaN;
        } else {
          // An empty cell is never an ordinary figure, whatever status came with it.
          cell.status = value === value ? status : NOT_AVAILABLE;
          cell.value = value;
        }
        cell.symbol = symbol > 0 ? this.symbolOf(batch, symbol) : null;
        const note = batch.note[i]!;
        cell.note = note > 0 ? (batch.notes[note - 1] ?? null) : null;
        cell.isEmpty = cell.status === NOT_AVAILABLE && symbol === 0 && note === 0 && value !== value;
        if (cell.isEmpty) this.empty++;
        this.mapped++;
        emit(cell);
      } else this.skipped++;
      // Next cell: the last dimension varies fastest.
      for (let d = last; d >= 0; d--) {
        if (++coords[d]! < sizes[d]!) break;
        coords[d] = 0;
      }
    }
  }
}
