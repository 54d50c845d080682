import type { ImportPreview, PreviewRow, StatusCounts } from '../../../../shared/contracts/imports';
import { OBSERVATION_STATUSES } from '../../../../shared/domain/statistics';
import { statusFromCode, type Cube } from '@samordna/statistics-formats';
import { CellMapper } from './cell-mapper';
import type { ImportPlan } from '../plan/import-plan';
import type { RangeCheck } from './known-ranges';

export const PREVIEW_ROWS = 50;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(OBSERVATION_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export interface PreviewOptions {
  /** Figures far outside their series' known range are counted (and, unless confirmed, a problem). */
  ranges?: RangeCheck;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * What the import would write: the first rows, and counts over every cell. Cells stream through
 * in batches and only counters are kept, so memory stays flat however large the file.
 */
export async function previewImport(cube: Cube, plan: ImportPlan, options: PreviewOptions = {}): Promise<ImportPreview> {
  const mapper = new CellMapper(plan, cube.meta.symbolLegend);
  const rows: PreviewRow[] = [];
  const statusCounts = new Float64Array(OBSERVATION_STATUSES.length);
  const perIndicator = new Float64Array(plan.indicators.length);
  let values = 0;
  let done = 0;
  for await (const batch of cube.batches()) {
    options.signal?.throwIfAborted();
    mapper.map(batch, (cell) => {
      // An empty cell writes nothing new (see MappedCell.isEmpty): it is counted as left out.
      if (cell.isEmpty) return;
      statusCounts[cell.status]! += 1;
      perIndicator[cell.indicator]! += 1;
      if (cell.value === cell.value) values++;
      options.ranges?.check(cell);
      if (rows.length < PREVIEW_ROWS) {
        const area = plan.areas[cell.area]!;
        rows.push({
          indicatorCode: plan.indicators[cell.indicator]!.code,
          areaCode: area.code,
          areaName: area.name,
          period: plan.periods[cell.period]!.code,
          breakdown: cell.breakdown,
          value: cell.value === cell.value ? cell.value : null,
          status: statusFromCode(cell.status),
          symbol: cell.symbol,
        });
      }
    });
    done += batch.length;
    options.onProgress?.(done, cube.meta.cells);
  }
  const statuses = emptyStatusCounts();
  OBSERVATION_STATUSES.forEach((s, i) => (statuses[s] = statusCounts[i] ?? 0));
  const outlierProblem = plan.confirmOutliers ? null : (options.ranges?.problem() ?? null);
  const problems = outlierProblem ? [...plan.problems, outlierProblem] : plan.problems;
  return {
    rows,
    summary: { cells: cube.meta.cells, rows: mapper.mapped - mapper.empty, values, statuses, skipped: mapper.skipped + mapper.empty },
    areas: plan.report.areas,
    periods: plan.report.periods,
    indicators: plan.indicators.map((t, i) => ({ code: t.code, rows: perIndicator[i] ?? 0 })),
    outliers: { count: options.ranges?.count ?? 0, examples: options.ranges?.examples ?? [] },
    problems,
    isValid: problems.length === 0,
  };
}
