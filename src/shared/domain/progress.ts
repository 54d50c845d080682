import { periodFraction, periodOf } from './periods';
import { isWithheldStatus, type ObservationStatus } from './statistics';

/**
 * Progress towards a target, from the latest observation:
 *
 * - `achieved`: the latest value has reached the target (in the indicator's direction);
 * - `on_track`: it is at least where a straight line from baseline to target says it should be
 *   by the latest observation's period;
 * - `behind`: it is short of that line;
 * - `no_data`: no observation, the latest one is withheld (suppressed, not available, not
 *   applicable), or the periods cannot be read. Suppressed data is never turned into progress.
 *
 * A `neutral` indicator takes its direction from the target itself: up when the target is above
 * the baseline, down when below.
 */
export const PROGRESS_STATUSES = ['achieved', 'on_track', 'behind', 'no_data'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const DIRECTIONS = ['higher_is_better', 'lower_is_better', 'neutral'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface PeriodValue {
  period: string;
  value: number;
}

export interface LatestObservation {
  period: string;
  value: number | null;
  status: ObservationStatus;
}

export interface Progress {
  status: ProgressStatus;
  /** Share of the way from baseline to target reached, 0 at baseline, 1 at target (may exceed 1 or be negative). */
  fraction: number | null;
  /** Where the straight line from baseline to target stands at the latest period. */
  expected: number | null;
}

const NO_DATA: Progress = { status: 'no_data', fraction: null, expected: null };

/** +1 when higher values are better, -1 when lower are, 0 when nothing can be said. */
export function effectiveSign(direction: Direction, baseline: number, target: number): 1 | -1 | 0 {
  if (direction === 'higher_is_better') return 1;
  if (direction === 'lower_is_better') return -1;
  return target > baseline ? 1 : target < baseline ? -1 : 0;
}

export function computeProgress(input: {
  direction: Direction;
  baseline: PeriodValue;
  target: PeriodValue;
  latest: LatestObservation | null | undefined;
}): Progress {
  const { direction, baseline, target, latest } = input;
  if (!latest || latest.value === null || isWithheldStatus(latest.status)) return NO_DATA;
  const from = periodOf(baseline.period);
  const to = periodOf(target.period);
  const at = periodOf(latest.period);
  if (!from || !to || !at) return NO_DATA;

  const value = latest.value;
  const span = target.value - baseline.value;
  const fraction = span === 0 ? null : (value - baseline.value) / span;
  const sign = effectiveSign(direction, baseline.value, target.value);
  const expected = baseline.value + span * periodFraction(from, to, at);
  // Differences below a millionth of the span (or of the value) are rounding, not distance.
  const tolerance = Math.max(Math.abs(span), Math.abs(target.value), 1) * 1e-9;

  if (sign === 0) {
    const reached = Math.abs(value - target.value) <= tolerance;
    return { status: reached ? 'achieved' : 'behind', fraction, expected };
  }
  if (sign * (value - target.value) >= -tolerance) return { status: 'achieved', fraction, expected };
  if (sign * (value - expected) >= -tolerance) return { status: 'on_track', fraction, expected };
  return { status: 'behind', fraction, expected };
}
