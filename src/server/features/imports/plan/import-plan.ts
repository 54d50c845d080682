import type { ObservationStatus } from '../../../../shared/domain/statistics';
import type { Db } from '../../../db/client';
import type { ImportMapping, ImportPreview, MappingProblem } from '../../../../shared/contracts/imports';
import type { Period } from '../../../../shared/domain/periods';
import type { SourceDimension } from '../source/source-dimensions';
import { problem } from './mapping-problems';
import { planAreas, type AreaTarget } from './plan-areas';
import { planBreakdowns, type BreakdownLabel, type BreakdownPlan } from './plan-breakdowns';
import { assignDimensions } from './plan-dimensions';
import { planIndicators, type IndicatorTarget } from './plan-indicators';
import { planPeriods } from './plan-periods';

/**
 * A mapping resolved against a file's dimensions and the registers: for every dimension, each
 * category's target (an area, a period, an indicator, a breakdown category) or -1 where its
 * cells are left out. The preview and the import both walk cells through the same plan, so
 * what the preview counts is what the import writes.
 */
export interface ImportPlan {
  dims: SourceDimension[];
  sizes: number[];
  /** Per dimension, per category: the target index, or -1 to leave the cell out. */
  targets: Int32Array[];
  areaDim: number;
  periodDim: number;
  indicatorDim: number;
  areas: AreaTarget[];
  periods: Period[];
  indicators: IndicatorTarget[];
  /** Breakdown dimensions in key order (sorted by dimension id). */
  breakdowns: BreakdownPlan[];
  labels: BreakdownLabel[];
  problems: MappingProblem[];
  /** Source symbol → status, where the mapping reads a symbol otherwise than the file. */
  statuses: Readonly<Record<string, ObservationStatus>>;
  /** The analyst confirmed figures far outside their series' known range (write/known-ranges.ts). */
  confirmOutliers: boolean;
  report: Pick<ImportPreview, 'areas' | 'periods'>;
}

export interface PlanOptions {
  /** The file describes its table but holds no cells (a JSON-stat metadata response). */
  isMetadataOnly?: boolean;
}

/**
 * Resolves the mapping; `problems` says what keeps it from running (empty when it can). Which
 * dimension plays which part is checked first (plan-dimensions.ts), then each part is resolved
 * on its own: areas and indicators against the registers, periods by reading their codes, and
 * the remaining dimensions as breakdowns and filters.
 */
export async function planImport(
  db: Db,
  dims: readonly SourceDimension[],
  mapping: ImportMapping,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const assigned = assignDimensions(dims, mapping);
  const sizes = dims.map((d) => d.categories.length);
  const area = await planAreas(db, dims, assigned.area, mapping.area);
  const period = planPeriods(dims, assigned.period, mapping.period);
  const indicator = await planIndicators(db, dims, assigned.indicator, mapping.indicator);
  const rest = planBreakdowns(dims, assigned.uses);

  const targets = sizes.map((_, index) => rest.targets.get(index) ?? new Int32Array(0));
  if (area.target) targets[assigned.area] = area.target;
  if (period.target) targets[assigned.period] = period.target;
  if (indicator.target) targets[assigned.indicator] = indicator.target;
  const noData = options.isMetadataOnly
    ? [problem('dataset', 'noData', 'The file describes a table but holds no figures (a metadata response): download the data itself')]
    : [];

  return {
    dims: [...dims],
    sizes,
    targets,
    areaDim: assigned.area,
    periodDim: assigned.period,
    indicatorDim: assigned.indicator,
    areas: area.areas,
    periods: period.periods,
    indicators: indicator.indicators,
    breakdowns: rest.breakdowns,
    labels: rest.labels,
    problems: [...assigned.problems, ...noData, ...area.problems, ...period.problems, ...indicator.problems],
    statuses: mapping.statuses ?? {},
    confirmOutliers: mapping.confirmOutliers ?? false,
    report: { areas: area.report, periods: period.periods.map((p) => p.code) },
  };
}
