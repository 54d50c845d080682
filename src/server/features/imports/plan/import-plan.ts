import type { Db } from '../../../db/client';
import { poolOf } from '../../../jobs/pool';
import type { ImportMapping, ImportPreview, MappingProblem } from '../../../../shared/contracts/imports';
import { parsePeriod, type Period } from '../../../../shared/domain/periods';
import { AppError } from '../../../http/errors';
import { areaCodeCandidates } from './area-codes';
import { assignDimensions } from './plan-dimensions';
import { localizedLabel, type SourceDimension } from '../source/source-dimensions';

/**
 * A mapping resolved against a file's dimensions and the registers: for every dimension, each
 * category's target (an area, a period, an indicator, a breakdown category) or -1 where its
 * cells are left out. The preview and the import both walk cells through the same plan, so
 * what the preview counts is what the import writes.
 */
export interface AreaTarget {
  id: string;
  code: string;
  name: string;
}
export interface IndicatorTarget {
  id: string;
  code: string;
}
export interface BreakdownPlan {
  /** Position of the dimension in the file. */
  index: number;
  /** Per category: `dimension=category`, or "" for the total. */
  parts: string[];
}
export interface BreakdownLabel {
  key: string;
  label: { nb: string; nn?: string; en?: string };
}

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
  report: Pick<ImportPreview, 'areas' | 'periods'>;
}

/** Breakdown keys are `dim=cat;dim2=cat`: the separators may not appear inside a part. */
export const keyPart = (s: string) => s.replace(/[;=]/g, '_');

const problem = (path: string, code: string, message: string, values?: string[]): MappingProblem =>
  values ? { path, code, message, values } : { path, code, message };

async function findAreas(db: Db, codes: string[]): Promise<Map<string, AreaTarget>> {
  if (codes.length === 0) return new Map();
  const { rows } = await poolOf(db).query<AreaTarget>('select id, code, name from areas where code = any($1::text[])', [codes]);
  return new Map(rows.map((r) => [r.code, r]));
}

async function findIndicators(db: Db, codes: string[]): Promise<Map<string, IndicatorTarget>> {
  if (codes.length === 0) return new Map();
  const { rows } = await poolOf(db).query<IndicatorTarget>('select id, code from indicators where code = any($1::text[])', [codes]);
  return new Map(rows.map((r) => [r.code, r]));
}

const own = (record: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(record, key);

export interface PlanOptions {
  /** The file describes its table but holds no cells (a JSON-stat metadata response). */
  isMetadataOnly?: boolean;
}

/** Resolves the mapping; `problems` says what keeps it from running (empty when it can). */
export async function planImport(
  db: Db,
  dims: readonly SourceDimension[],
  mapping: ImportMapping,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const assigned = assignDimensions(dims, mapping);
  const problems = [...assigned.problems];
  if (options.isMetadataOnly) {
    problems.push(problem('dataset', 'noData', 'The file describes a table but holds no figures (a metadata response): download the data itself'));
  }
  const sizes = dims.map((d) => d.categories.length);
  const targets = sizes.map(() => new Int32Array(0));
  const report: ImportPlan['report'] = { areas: { matched: [], unknown: [], skipped: [] }, periods: [] };

  // Areas: explicit codes first, then the source code in its common forms.
  const areaDim = assigned.area;
  const areaSource = areaDim >= 0 ? dims[areaDim]!.categories : [];
  const wanted = new Set<string>();
  if (mapping.area.fixed) areaCodeCandidates(mapping.area.fixed).forEach((c) => wanted.add(c));
  for (const c of areaSource) {
    const explicit = own(mapping.area.codes, c.code) ? mapping.area.codes[c.code] : undefined;
    if (explicit) wanted.add(explicit);
    else if (explicit === undefined) areaCodeCandidates(c.code).forEach((x) => wanted.add(x));
  }
  const register = await findAreas(db, [...wanted]);
  const areas: AreaTarget[] = [];
  const areaIndex = new Map<string, number>();
  const firstSource = new Map<string, string>();
  const duplicates: string[] = [];
  const targetOf = (area: AreaTarget, source: string): number => {
    const seen = firstSource.get(area.id);
    if (seen !== undefined) duplicates.push(`${seen} + ${source} → ${area.code}`);
    else firstSource.set(area.id, source);
    let i = areaIndex.get(area.id);
    if (i === undefined) {
      i = areas.push(area) - 1;
      areaIndex.set(area.id, i);
    }
    return i;
  };
  if (areaDim >= 0) {
    const map = new Int32Array(areaSource.length).fill(-1);
    areaSource.forEach((c, i) => {
      const explicit = own(mapping.area.codes, c.code) ? mapping.area.codes[c.code] : undefined;
      if (explicit === null) {
        report.areas.skipped.push(c.code);
        return;
      }
      if (explicit !== undefined) {
        const found = register.get(explicit);
        if (!found) problems.push(problem(`area.codes.${c.code}`, 'unknownArea', `No area in the register has the code "${explicit}"`, [explicit]));
        else {
          map[i] = targetOf(found, c.code);
          report.areas.matched.push({ source: c.code, code: found.code, name: found.name });
        }
        return;
      }
      const found = areaCodeCandidates(c.code).map((x) => register.get(x)).find((x) => x !== undefined);
      if (found) {
        map[i] = targetOf(found, c.code);
        report.areas.matched.push({ source: c.code, code: found.code, name: found.name });
      } else if (mapping.area.skipUnknown) report.areas.skipped.push(c.code);
      else report.areas.unknown.push({ source: c.code, label: c.label });
    });
    targets[areaDim] = map;
    if (report.areas.unknown.length > 0) {
      const codes = report.areas.unknown.map((u) => u.source);
      problems.push(
        problem(
          'area.codes',
          'unknownAreas',
          `${codes.length} area code(s) are not in the register: map them to an area, skip them, or choose to skip unknown areas`,
          codes,
        ),
      );
    }
  } else if (mapping.area.fixed) {
    const found = areaCodeCandidates(mapping.area.fixed).map((x) => register.get(x)).find((x) => x !== undefined);
    if (found) {
      targetOf(found, mapping.area.fixed);
      report.areas.matched.push({ source: mapping.area.fixed, code: found.code, name: found.name });
    } else problems.push(problem('area.fixed', 'unknownArea', `No area in the register has the code "${mapping.area.fixed}"`, [mapping.area.fixed]));
  }
  if (duplicates.length > 0) {
    problems.push(problem('area.codes', 'duplicateArea', 'Several source areas lead to the same area: skip all but one', duplicates));
  }

  // Periods, read with the time unit the file states.
  const periods: Period[] = [];
  const periodDim = assigned.period;
  if (periodDim >= 0) {
    const d = dims[periodDim]!;
    const map = new Int32Array(d.categories.length).fill(-1);
    const unreadable: string[] = [];
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    d.categories.forEach((c, i) => {
      const p = parsePeriod(c.code, d.timeUnit) ?? parsePeriod(c.label, d.timeUnit);
      if (!p) return void unreadable.push(c.code);
      const earlier = seen.get(p.code);
      if (earlier !== undefined) return void clashes.push(`${earlier} + ${c.code} → ${p.code}`);
      seen.set(p.code, c.code);
      map[i] = periods.push(p) - 1;
    });
    targets[periodDim] = map;
    if (unreadable.length > 0) {
      problems.push(problem('period.dimension', 'unreadablePeriods', `${unreadable.length} period code(s) cannot be read as a period`, unreadable));
    }
    if (clashes.length > 0) problems.push(problem('period.dimension', 'duplicatePeriod', 'Several codes name the same period', clashes));
  } else if (mapping.period.fixed) {
    const p = parsePeriod(mapping.period.fixed);
    if (p) periods.push(p);
    else problems.push(problem('period.fixed', 'unreadablePeriod', `"${mapping.period.fixed}" cannot be read as a period`, [mapping.period.fixed]));
  }
  report.periods = periods.map((p) => p.code);

  // Indicators: only the metric categories the mapping names.
  const indicatorDim = assigned.indicator;
  const indicatorCodes = new Set<string>();
  if (mapping.indicator.fixed) indicatorCodes.add(mapping.indicator.fixed);
  for (const code of Object.values(mapping.indicator.categories)) if (code) indicatorCodes.add(code);
  const catalogue = await findIndicators(db, [...indicatorCodes]);
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
    const map = new Int32Array(d.categories.length).fill(-1);
    const claimed = new Map<string, string>();
    const clashes: string[] = [];
    d.categories.forEach((c, i) => {
      const code = own(mapping.indicator.categories, c.code) ? mapping.indicator.categories[c.code] : undefined;
      if (!code) return;
      const found = catalogue.get(code);
      if (!found) {
        problems.push(problem(`indicator.categories.${c.code}`, 'unknownIndicator', `No indicator has the code "${code}": create it first`, [code]));
        return;
      }
      const earlier = claimed.get(found.id);
      if (earlier !== undefined) return void clashes.push(`${earlier} + ${c.code} → ${code}`);
      claimed.set(found.id, c.code);
      map[i] = addIndicator(found);
    });
    targets[indicatorDim] = map;
    if (clashes.length > 0) problems.push(problem('indicator.categories', 'duplicateIndicator', 'Several categories lead to the same indicator', clashes));
    if (claimed.size === 0 && !problems.some((p) => p.path.startsWith('indicator.categories.'))) {
      problems.push(problem('indicator.categories', 'noIndicator', 'Choose the indicator for at least one category'));
    }
  } else if (mapping.indicator.fixed) {
    const found = catalogue.get(mapping.indicator.fixed);
    if (found) addIndicator(found);
    else problems.push(problem('indicator.fixed', 'unknownIndicator', `No indicator has the code "${mapping.indicator.fixed}": create it first`, [mapping.indicator.fixed]));
  }

  // Breakdowns and filters.
  const breakdowns: BreakdownPlan[] = [];
  const labels: BreakdownLabel[] = [];
  for (const u of assigned.uses) {
    const d = dims[u.index]!;
    if (u.part === 'filter') {
      const map = new Int32Array(d.categories.length).fill(-1);
      if (u.category >= 0) map[u.category] = 0;
      targets[u.index] = map;
    } else if (u.part === 'breakdown') {
      targets[u.index] = Int32Array.from(d.categories, (_, i) => i);
      const dimKey = keyPart(d.id);
      breakdowns.push({ index: u.index, parts: d.categories.map((c, i) => (i === u.category ? '' : `${dimKey}=${keyPart(c.code)}`)) });
      labels.push({ key: dimKey, label: localizedLabel(d.label, d.labels) });
      d.categories.forEach((c, i) => {
        if (i !== u.category) labels.push({ key: `${dimKey}=${keyPart(c.code)}`, label: localizedLabel(c.label, c.labels) });
      });
    }
  }
  breakdowns.sort((a, b) => {
    const x = keyPart(dims[a.index]!.id);
    const y = keyPart(dims[b.index]!.id);
    return x < y ? -1 : x > y ? 1 : 0;
  });

  return {
    dims: [...dims],
    sizes,
    targets,
    areaDim,
    periodDim,
    indicatorDim,
    areas,
    periods,
    indicators,
    breakdowns,
    labels,
    problems,
    report,
  };
}

/** The 422 an import answers when its mapping does not fit the file. */
export function mappingInvalid(problems: readonly MappingProblem[]): AppError {
  return new AppError('MAPPING_INVALID', `The mapping does not fit the file: ${problems.map((p) => p.message).join('; ')}`, {
    errors: problems.map((p) => ({ path: p.path, code: p.code, message: p.message, ...(p.values ? { values: p.values } : {}) })),
  });
}
