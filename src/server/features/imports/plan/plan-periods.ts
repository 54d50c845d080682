import type { ImportMapping, MappingProblem } from '../../../../shared/contracts/imports';
import { parsePeriod, type Period } from '../../../../shared/domain/periods';
import type { SourceDimension } from '../source/source-dimensions';
import { problem } from './mapping-problems';

export interface PeriodPlan {
  /** Per category of the period dimension: the position in `periods`, or -1 (unreadable, or a clash). */
  target: Int32Array | undefined;
  periods: Period[];
  problems: MappingProblem[];
}

/**
 * Reads the file's periods (or the one fixed period) in their canonical form, with the time unit
 * the file states (PX `TLIST(Q1)`: "2025K4" is a quarter). A code that cannot be read, or two
 * codes naming the same period, keep the import from running.
 */
export function planPeriods(dims: readonly SourceDimension[], periodDim: number, mapping: ImportMapping['period']): PeriodPlan {
  const problems: MappingProblem[] = [];
  const periods: Period[] = [];
  if (periodDim >= 0) {
    const d = dims[periodDim]!;
    const target = new Int32Array(d.categories.length).fill(-1);
    const unreadable: string[] = [];
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    d.categories.forEach((c, i) => {
      const p = parsePeriod(c.code, d.timeUnit) ?? parsePeriod(c.label, d.timeUnit);
      if (!p) return void unreadable.push(c.code);
      const earlier = seen.get(p.code);
      if (earlier !== undefined) return void clashes.push(`${earlier} + ${c.code} → ${p.code}`);
      seen.set(p.code, c.code);
      target[i] = periods.push(p) - 1;
    });
    if (unreadable.length > 0) {
      problems.push(problem('period.dimension', 'unreadablePeriods', `${unreadable.length} period code(s) cannot be read as a period`, unreadable));
    }
    if (clashes.length > 0) problems.push(problem('period.dimension', 'duplicatePeriod', 'Several codes name the same period', clashes));
    return { target, periods, problems };
  }
  if (mapping.fixed) {
    const p = parsePeriod(mapping.fixed);
    if (p) periods.push(p);
    else problems.push(problem('period.fixed', 'unreadablePeriod', `"${mapping.fixed}" cannot be read as a period`, [mapping.fixed]));
  }
  return { target: undefined, periods, problems };
}
