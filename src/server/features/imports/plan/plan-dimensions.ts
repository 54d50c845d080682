import type { ImportMapping, MappingProblem } from '../../../../shared/contracts/imports';
import type { SourceDimension } from '../source/source-dimensions';
import { problem } from './mapping-problems';

/**
 * Which dimension plays which part, checked without the database: every dimension of the file
 * used exactly once (as area, period, indicator, breakdown or filter; one with a single category
 * may be left out), every named dimension and category present in the file.
 */
export type DimensionPart = 'area' | 'period' | 'indicator' | 'breakdown' | 'filter';

export interface DimensionUse {
  part: DimensionPart;
  /** Position of the dimension in the file. */
  index: number;
  /** For breakdowns: the total category's position, or -1. For filters: the kept category. */
  category: number;
}

export interface DimensionAssignment {
  uses: DimensionUse[];
  area: number;
  period: number;
  indicator: number;
  problems: MappingProblem[];
}

export function assignDimensions(dims: readonly SourceDimension[], mapping: ImportMapping): DimensionAssignment {
  const problems: MappingProblem[] = [];
  const byId = new Map(dims.map((d, i) => [d.id, i]));
  const usedBy = new Map<number, string>();
  const uses: DimensionUse[] = [];

  const use = (path: string, id: string | undefined): number => {
    if (id === undefined) return -1;
    const index = byId.get(id);
    if (index === undefined) {
      problems.push(problem(path, 'unknownDimension', `The file has no dimension "${id}"`, [id]));
      return -1;
    }
    const earlier = usedBy.get(index);
    if (earlier !== undefined) {
      problems.push(problem(path, 'dimensionUsedTwice', `The dimension "${id}" is already used at ${earlier}`, [id]));
      return -1;
    }
    usedBy.set(index, path);
    return index;
  };
  const categoryOf = (index: number, code: string): number => dims[index]!.categories.findIndex((c) => c.code === code);

  const area = use('area.dimension', mapping.area.dimension);
  if (area >= 0) uses.push({ part: 'area', index: area, category: -1 });
  const period = use('period.dimension', mapping.period.dimension);
  if (period >= 0) uses.push({ part: 'period', index: period, category: -1 });
  const indicator = use('indicator.dimension', mapping.indicator.dimension);
  if (indicator >= 0) uses.push({ part: 'indicator', index: indicator, category: -1 });

  mapping.breakdowns.forEach((b, i) => {
    const index = use(`breakdowns.${i}.dimension`, b.dimension);
    if (index < 0) return;
    let total = -1;
    if (b.total !== undefined) {
      total = categoryOf(index, b.total);
      if (total < 0) {
        problems.push(problem(`breakdowns.${i}.total`, 'unknownCategory', `"${b.dimension}" has no category "${b.total}"`, [b.total]));
      }
    }
    uses.push({ part: 'breakdown', index, category: total });
  });
  mapping.filters.forEach((f, i) => {
    const index = use(`filters.${i}.dimension`, f.dimension);
    if (index < 0) return;
    const keep = categoryOf(index, f.category);
    if (keep < 0) {
      problems.push(problem(`filters.${i}.category`, 'unknownCategory', `"${f.dimension}" has no category "${f.category}"`, [f.category]));
      return;
    }
    uses.push({ part: 'filter', index, category: keep });
  });

  const unused: string[] = [];
  dims.forEach((d, index) => {
    if (usedBy.has(index)) return;
    // A dimension with one category says nothing about the cells: it is a filter on that category.
    if (d.categories.length === 1) uses.push({ part: 'filter', index, category: 0 });
    else if (d.categories.length > 1) unused.push(d.id);
    else uses.push({ part: 'filter', index, category: -1 });
  });
  if (unused.length > 0) {
    problems.push(
      problem(
        'breakdowns',
        'dimensionUnused',
        `Use every dimension with more than one category, as a breakdown or a filter: ${unused.join(', ')}`,
        unused,
      ),
    );
  }
  return { uses, area, period, indicator, problems };
}
