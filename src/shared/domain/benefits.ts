import { periodOf } from './periods';
import { isWithheldStatus, type ObservationStatus } from './statistics';

/**
 * The words of benefit realisation and its one rule: how far a benefit of a project's benefit
 * plan has come, from its baseline towards its expected value. See DOMAIN.md, "Portfolio".
 * Plain lists without Zod: the public pages read them, and the contracts build their enums here.
 */

/** A benefit is measured by an indicator of the knowledge base (for an area and breakdown) or by hand. */
export const BENEFIT_MEASURE_KINDS = ['indicator', 'manual'] as const;
export type BenefitMeasureKind = (typeof BENEFIT_MEASURE_KINDS)[number];

/** Which way is better for a benefit. */
export const BENEFIT_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type BenefitDirection = (typeof BENEFIT_DIRECTIONS)[number];

/**
 * Where a benefit stands, by its latest figure after the baseline period:
 * - `not_measurable`: no figure yet after the baseline (or only withheld cells: a suppressed
 *   figure is never turned into a status);
 * - `realised`: the latest figure has reached the expected value, in the benefit's direction;
 * - `partly_realised`: it has moved from the baseline towards the expected value, short of it;
 * - `not_realised`: it has not moved, or it has moved the wrong way.
 */
export const REALISATION_STATUSES = ['realised', 'partly_realised', 'not_realised', 'not_measurable'] as const;
export type RealisationStatus = (typeof REALISATION_STATUSES)[number];

export interface BenefitFigure {
  period: string;
  value: number | null;
  status: ObservationStatus;
}

export interface RealisationInput {
  direction: BenefitDirection;
  baselineValue: number;
  baselinePeriod: string;
  expectedValue: number;
  figures: readonly BenefitFigure[];
}

/**
 * The latest figure with a number whose period starts after the baseline period starts; null
 * when there is none. Withheld cells (suppressed, not available, not applicable) never count.
 */
export function latestFigure(baselinePeriod: string, figures: readonly BenefitFigure[]): (BenefitFigure & { value: number }) | null {
  const baseline = periodOf(baselinePeriod);
  let best: { figure: BenefitFigure & { value: number }; start: string; end: string } | null = null;
  for (const f of figures) {
    if (f.value === null || isWithheldStatus(f.status)) continue;
    const p = periodOf(f.period);
    if (!p || (baseline && p.start <= baseline.start)) continue;
    if (!best || p.start > best.start || (p.start === best.start && p.end < best.end)) best = { figure: f as BenefitFigure & { value: number }, start: p.start, end: p.end };
  }
  return best?.figure ?? null;
}

/** The benefit's realisation status (the rule above), with the latest figure it was read from. */
export function realisationOf(input: RealisationInput): { status: RealisationStatus; latest: (BenefitFigure & { value: number }) | null } {
  const latest = latestFigure(input.baselinePeriod, input.figures);
  if (!latest) return { status: 'not_measurable', latest: null };
  const sign = input.direction === 'higher_is_better' ? 1 : -1;
  // Differences below a billionth of the span are rounding, not distance.
  const tolerance = Math.max(Math.abs(input.expectedValue - input.baselineValue), Math.abs(input.expectedValue), 1) * 1e-9;
  if (sign * (latest.value - input.expectedValue) >= -tolerance) return { status: 'realised', latest };
  if (sign * (latest.value - input.baselineValue) > tolerance) return { status: 'partly_realised', latest };
  return { status: 'not_realised', latest };
}

export type RealisationCounts = Record<RealisationStatus, number>;

/** How many benefits stand where. */
export function countRealisation(statuses: Iterable<RealisationStatus>): RealisationCounts {
  const counts: RealisationCounts = { realised: 0, partly_realised: 0, not_realised: 0, not_measurable: 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
}
