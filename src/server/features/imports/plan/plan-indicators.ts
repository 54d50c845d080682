import type { Db } from '../../../db/client';
import type { ImportMapping, MappingProblem } from '../../../../shared/contracts/imports';
import { findIndicatorsByCode } from '../imports.repo';
import type { SourceDimension } from '../source/source-dimensions';
import { problem } from './mapping-problems';

export interface IndicatorTarget {
  id: string;
  code: string;
}

export interface IndicatorPlan {
  /** Per category of the metric dimension: the position in `indicators`, or -1 to leave it out. */
  target: Int32Array | undefined;
  indicators: IndicatorTarget[];
  problems: MappingProblem[];
}

/**
 * Finds the catalogue's indicators for the metric categories the mapping names (the others are
 * left out), or for the one fixed indicator. An indicator must exist before figures are imported
 * into it, and two categories may not feed the same indicator.
 */
export async function planIndicators(
  db: Db,
  dims: readonly SourceDimension[],
  indicatorDim: number,
  mapping: ImportMapping['indicator'],
): Promise<IndicatorPlan> {
  const problems: MappingProblem[] = [];
  const codes = new Set<string>();
  if (mapping.fixed) codes.add(mapping.fixed);
  for (const code of Object.values(mapping.categories)) if (code) codes.add(code);
  const catalogue = await findIndicatorsByCode(db, [...codes]);

  const indicators: IndicatorTarget[] = [];
  const indicatorIndex = new Map<string, number>();
  const addIndicator = (t: IndicatorTarget) => {
    let i = indicatorIndex.get(t.id);
    if (i === undefined) {
      i = indicators.push(t) - 1;
      indicatorIndex.set(t.id, i);
    }
    return i;
  };

  if (indicatorDim >= 0) {
    const d = dims[indicatorDim]!;
    const target = new Int32Array(d.categories.length).fill(-1);
    const claimed = new Map<string, string>();
    const clashes: string[] = [];
    d.categories.forEach((c, i) => {
      const code = Object.hasOwn(mapping.categories, c.code) ? mapping.categories[c.code] : undefined;
      if (!code) return;
      const found = catalogue.get(code);
      if (!found) {
        problems.push(problem(`indicator.categories.${c.code}`, 'unknownIndicator', `No indicator has the code "${code}": create it first`, [code]));
        return;
      }
      const earlier = claimed.get(found.id);
      if (earlier !== undefined) return void clashes.push(`${earlier} + ${c.code} → ${code}`);
      claimed.set(found.id, c.code);
      target[i] = addIndicator(found);
    });
    if (clashes.length > 0) problems.push(problem('indicator.categories', 'duplicateIndicator', 'Several categories lead to the same indicator', clashes));
    // Only when no category names an indicator at all: an unknown one is reported as such.
    if (claimed.size === 0 && !problems.some((p) => p.path.startsWith('indicator.categories.'))) {
      problems.push(problem('indicator.categories', 'noIndicator', 'Choose the indicator for at least one category'));
    }
    return { target, indicators, problems };
  }
  if (mapping.fixed) {
    const found = catalogue.get(mapping.fixed);
    if (found) addIndicator(found);
    else problems.push(problem('indicator.fixed', 'unknownIndicator', `No indicator has the code "${mapping.fixed}": create it first`, [mapping.fixed]));
  }
  return { target: undefined, indicators, problems };
}
