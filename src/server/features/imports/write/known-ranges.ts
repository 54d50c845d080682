import type pg from 'pg';
import type { Outlier } from '../../../../shared/contracts/imports';
import { problem } from '../plan/mapping-problems';
import type { ImportPlan } from '../plan/import-plan';
import type { MappedCell } from './cell-mapper';

/** How far outside its known range a figure may lie, as a share of the range's magnitude. */
export const RANGE_MARGIN = 0.5;
const EXAMPLES = 20;

type RangeRow = { indicatorId: string; areaId: string; breakdown: string; min: number; max: number };

const QUERY = (indicatorIds: string[], areaIds: string[]): pg.QueryConfig => ({
  text: `select indicator_id as "indicatorId", area_id as "areaId", breakdown, min(value) as min, max(value) as max
           from observations
          where indicator_id = any($1::uuid[]) and area_id = any($2::uuid[]) and value is not null
          group by indicator_id, area_id, breakdown`,
  values: [indicatorIds, areaIds],
});

/**
 * Whether a figure lies far outside what is known of its series (indicator × area × breakdown):
 * below the smallest known figure or above the largest by more than half the larger of their
 * magnitudes. Oslo's 1,110,887 residents against a known 586,860–724,290 is; a rate of 20.1 %
 * against a known 17.6–20.0 % is not.
 */
export function isFarOutside(value: number, min: number, max: number): boolean {
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  if (magnitude === 0) return false;
  const margin = magnitude * RANGE_MARGIN;
  return value < min - margin || value > max + margin;
}

/**
 * Checks every mapped figure against the known range of its series, keeping a count and the
 * first examples. A series without earlier figures has no range and is never flagged.
 */
export class RangeCheck {
  private readonly ranges = new Map<string, { min: number; max: number }>();
  count = 0;
  readonly examples: Outlier[] = [];

  constructor(
    private readonly plan: ImportPlan,
    rows: readonly RangeRow[],
  ) {
    const indicatorIndex = new Map(plan.indicators.map((t, i) => [t.id, i]));
    const areaIndex = new Map(plan.areas.map((a, i) => [a.id, i]));
    for (const r of rows) {
      const ind = indicatorIndex.get(r.indicatorId);
      const area = areaIndex.get(r.areaId);
      if (ind !== undefined && area !== undefined) this.ranges.set(`${ind}\u0000${area}\u0000${r.breakdown}`, { min: Number(r.min), max: Number(r.max) });
    }
  }

  get isEmpty(): boolean {
    return this.ranges.size === 0;
  }

  check(cell: MappedCell): void {
    if (cell.value !== cell.value) return;
    const range = this.ranges.get(`${cell.indicator}\u0000${cell.area}\u0000${cell.breakdown}`);
    if (!range || !isFarOutside(cell.value, range.min, range.max)) return;
    this.count++;
    if (this.examples.length < EXAMPLES) {
      this.examples.push({
        indicatorCode: this.plan.indicators[cell.indicator]!.code,
        areaCode: this.plan.areas[cell.area]!.code,
        areaName: this.plan.areas[cell.area]!.name,
        period: this.plan.periods[cell.period]!.code,
        breakdown: cell.breakdown,
        value: cell.value,
        knownMin: range.min,
        knownMax: range.max,
      });
    }
  }

  /** The problem that stops the import until the analyst confirms the figures; null when none is flagged. */
  problem() {
    if (this.count === 0) return null;
    return problem(
      'outliers',
      'outsideKnownRange',
      `${this.count} figure(s) lie far outside what is known of their series (e.g. ${this.examples[0]!.areaCode} ${this.examples[0]!.period}: ${this.examples[0]!.value}, known ${this.examples[0]!.knownMin}–${this.examples[0]!.knownMax}); check the mapping, or confirm the figures`,
      this.examples.map((e) => `${e.indicatorCode}/${e.areaCode}/${e.period}`),
    );
  }
}

/**
 * The known ranges of the series the plan writes into: on the pool for the preview, on the
 * import's own connection (inside its transaction) for the import.
 */
export async function rangeCheck(on: Pick<pg.Pool, 'query'>, plan: ImportPlan): Promise<RangeCheck> {
  if (plan.indicators.length === 0 || plan.areas.length === 0) return new RangeCheck(plan, []);
  const res = await on.query<RangeRow>(QUERY(plan.indicators.map((i) => i.id), plan.areas.map((a) => a.id)));
  return new RangeCheck(plan, res.rows);
}
