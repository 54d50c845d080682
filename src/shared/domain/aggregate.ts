import { isWithheldStatus, type ObservationStatus } from './statistics';

/**
 * Sums and averages over a set of cells, under the rule that a suppressed cell is never
 * derivable: an aggregate over a set that holds a suppressed cell is itself suppressed (a total
 * minus the published cells would otherwise give the suppressed one back). Cells that are not
 * available or not applicable make the aggregate not available: a sum over a gap is not the
 * sum. Only the source may publish totals over suppressed cells, and those are stored as the
 * source's own observations, never computed here.
 */
export interface AggregateCell {
  value: number | null;
  status: ObservationStatus;
}

export interface AggregateResult {
  value: number | null;
  status: ObservationStatus;
  /** How many cells went into it. */
  count: number;
}

export type AggregateOperation = 'sum' | 'mean';

export function aggregate(cells: readonly AggregateCell[], operation: AggregateOperation): AggregateResult {
  if (cells.length === 0) return { value: null, status: 'not_available', count: 0 };
  let total = 0;
  let status: ObservationStatus = 'none';
  for (const cell of cells) {
    if (cell.status === 'suppressed') return { value: null, status: 'suppressed', count: cells.length };
    if (isWithheldStatus(cell.status) || cell.value === null || !Number.isFinite(cell.value)) {
      status = 'not_available';
      continue;
    }
    // Provisional or broken-series inputs make the aggregate the same.
    if (status === 'none' && (cell.status === 'provisional' || cell.status === 'break')) status = cell.status;
    total += cell.value;
  }
  if (status === 'not_available') return { value: null, status, count: cells.length };
  return { value: operation === 'sum' ? total : total / cells.length, status, count: cells.length };
}
