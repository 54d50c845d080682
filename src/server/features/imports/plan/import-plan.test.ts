import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../testing/test-app';
import { buildArea, buildIndicator } from '../../../testing/factories';
import { ImportMapping, type ImportMappingInput } from '../../../../shared/contracts/imports';
import { STATUS_CODE, type CellBatch } from '@samordna/statistics-formats';
import { CellMapper } from '../write/cell-mapper';
import { planImport, type ImportPlan } from './import-plan';
import type { SourceDimension } from '../source/source-dimensions';

let t: TestApp;
const dims: SourceDimension[] = [
  { id: 'Region', label: 'region', role: 'geo', categories: [{ code: 'K-0301', label: 'Oslo' }, { code: '030101', label: 'Gamle Oslo' }, { code: '9999', label: 'Ukjent' }, { code: '301', label: 'Oslo igjen' }] },
  { id: 'Kjonn', label: 'kjønn', role: null, categories: [{ code: '0', label: 'Begge kjønn' }, { code: '1', label: 'Menn' }, { code: '2', label: 'Kvinner' }] },
  { id: 'Alder', label: 'alder', role: null, categories: [{ code: '0-17', label: '0-17 år' }, { code: '18+', label: '18 år og over' }] },
  { id: 'ContentsCode', label: 'statistikkvariabel', role: 'metric', categories: [{ code: 'A', label: 'Andel' }, { code: 'B', label: 'Antall' }] },
  { id: 'Tid', label: 'kvartal', role: 'time', timeUnit: 'Q1', categories: [{ code: '2024K4', label: '2024K4' }, { code: '20251', label: '20251' }, { code: '2025Q1', label: '2025Q1' }, { code: 'x', label: 'x' }] },
];

const plan = (m: ImportMappingInput) => planImport(t.db, dims, ImportMapping.parse(m));
const base: ImportMappingInput = {
  area: { dimension: 'Region', codes: { '9999': null, '301': null } },
  period: { dimension: 'Tid' },
  indicator: { dimension: 'ContentsCode', categories: { A: 'plan-andel' } },
  breakdowns: [{ dimension: 'Kjonn', total: '0' }],
  filters: [{ dimension: 'Alder', category: '0-17' }],
};

beforeAll(async () => {
  t = await buildTestApp();
  await buildArea(t.db, { code: '0301', kind: 'municipality', name: 'Oslo' });
  await buildArea(t.db, { code: '030101', kind: 'city_district', name: 'Bydel Gamle Oslo' });
  await buildIndicator(t.db, { code: 'plan-andel' });
  await buildIndicator(t.db, { code: 'plan-antall' });
});
afterAll(() => t.close());

describe('planning a mapping against a file and the registers', () => {
  it('matches areas in their source forms, reads periods with the time unit, and lists what it cannot read', async () => {
    const p = await plan(base);
    expect(p.report.areas).toEqual({
      matched: [
        { source: 'K-0301', code: '0301', name: 'Oslo' },
        { source: '030101', code: '030101', name: 'Bydel Gamle Oslo' },
      ],
      unknown: [],
      skipped: ['9999', '301'],
      // "Region" holds municipalities and districts alike: no one classification to hold them to.
      classification: 'unknown',
    });
    expect(p.problems).toEqual([
      expect.objectContaining({ path: 'period.dimension', code: 'unreadablePeriods', values: ['x'] }),
      expect.objectContaining({ path: 'period.dimension', code: 'duplicatePeriod', values: ['20251 + 2025Q1 → 2025Q1'] }),
    ]);
    expect(p.periods.map((x) => x.code)).toEqual(['2024Q4', '2025Q1']);
  });

  it('names every problem by its place in the mapping', async () => {
    const p = await plan({
      area: { dimension: 'Region', codes: { '030101': '030199', '301': null } },
      period: { dimension: 'Tid' },
      indicator: { dimension: 'ContentsCode', categories: { A: 'plan-andel', B: 'finnes-ikke' } },
      breakdowns: [{ dimension: 'Kjonn', total: 'alle' }, { dimension: 'Tid' }, { dimension: 'Ukjent' }],
      filters: [{ dimension: 'Alder', category: '99' }],
    });
    const byPath = Object.fromEntries(p.problems.map((x) => [`${x.path}:${x.code}`, x.values]));
    expect(byPath).toMatchObject({
      'breakdowns.0.total:unknownCategory': ['alle'],
      'breakdowns.1.dimension:dimensionUsedTwice': ['Tid'],
      'breakdowns.2.dimension:unknownDimension': ['Ukjent'],
      'filters.0.category:unknownCategory': ['99'],
      'area.codes.030101:unknownArea': ['030199'],
      'area.codes:unknownAreas': ['9999'],
      'indicator.categories.B:unknownIndicator': ['finnes-ikke'],
      'period.dimension:unreadablePeriods': ['x'],
    });
  });

  it('refuses two sources leading to one target, and dimensions left out', async () => {
    const p = await plan({
      area: { dimension: 'Region', codes: { '9999': null } },
      period: { fixed: '2024' },
      indicator: { dimension: 'ContentsCode', categories: { A: 'plan-andel', B: 'plan-andel' } },
    });
    const codes = p.problems.map((x) => `${x.path}:${x.code}`);
    expect(codes).toEqual(expect.arrayContaining(['area.codes:duplicateArea', 'indicator.categories:duplicateIndicator', 'breakdowns:dimensionUnused']));
    expect(p.problems.find((x) => x.code === 'dimensionUnused')?.values).toEqual(['Kjonn', 'Alder', 'Tid']);
    expect(p.problems.find((x) => x.code === 'duplicateArea')?.values).toEqual(['K-0301 + 301 → 0301']);

    const none = await plan({ ...base, indicator: { dimension: 'ContentsCode', categories: {} } });
    expect(none.problems.map((x) => x.code)).toContain('noIndicator');
    const fixed = await plan({ ...base, area: { fixed: 'XX' }, period: { fixed: 'sometime' }, indicator: { fixed: 'ingen-slik' } });
    expect(fixed.problems.map((x) => `${x.path}:${x.code}`)).toEqual(
      expect.arrayContaining(['area.fixed:unknownArea', 'period.fixed:unreadablePeriod', 'indicator.fixed:unknownIndicator', 'breakdowns:dimensionUnused']),
    );
  });
});

/** A plan over generated dimensions, without the registers: what the cell mapper walks. */
function syntheticPlan(sizes: number[], parts: ('breakdown' | 'filter')[], totals: number[]): ImportPlan {
  const ids = sizes.map((_, d) => `d${String.fromCharCode(122 - d)}`);
  const targets = sizes.map((n, d) => {
    if (d < 3) return Int32Array.from({ length: n }, (_, i) => i);
    if (parts[d - 3] === 'filter') return Int32Array.from({ length: n }, (_, i) => (i === 0 ? 0 : -1));
    return Int32Array.from({ length: n }, (_, i) => i);
  });
  const breakdowns = sizes.flatMap((n, d) =>
    d >= 3 && parts[d - 3] === 'breakdown'
      ? [{ index: d, parts: Array.from({ length: n }, (_, i) => (i === totals[d - 3] ? '' : `${ids[d]}=c${i}`)) }]
      : [],
  );
  breakdowns.sort((a, b) => (ids[a.index]! < ids[b.index]! ? -1 : 1));
  return {
    dims: sizes.map((n, d) => ({ id: ids[d]!, label: ids[d]!, role: null, categories: Array.from({ length: n }, (_, i) => ({ code: `c${i}`, label: `c${i}` })) })),
    sizes,
    targets,
    areaDim: 0,
    periodDim: 1,
    indicatorDim: 2,
    areas: Array.from({ length: sizes[0]! }, (_, i) => ({ id: `a${i}`, code: `a${i}`, name: `a${i}`, kind: 'municipality' as const })),
    periods: Array.from({ length: sizes[1]! }, (_, i) => ({ code: String(2000 + i), kind: 'year' as const, start: `${2000 + i}-01-01`, end: `${2000 + i}-12-31` })),
    indicators: Array.from({ length: sizes[2]! }, (_, i) => ({ id: `i${i}`, code: `i${i}` })),
    breakdowns,
    labels: [],
    problems: [],
    statuses: {},
    confirmOutliers: false,
    report: { areas: { matched: [], unknown: [], skipped: [], classification: 'unknown' }, periods: [] },
  };
}

describe('the cell mapper', () => {
  it('gives every written cell its own observation key, totals as no breakdown, in any batch size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 6 }),
        fc.array(fc.constantFrom<'breakdown' | 'filter'>('breakdown', 'filter'), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 1, max: 50 }),
        (sizes, parts, totals, batchSize) => {
          const p = syntheticPlan(sizes, parts, totals);
          const cells = sizes.reduce((a, b) => a * b, 1);
          const mapper = new CellMapper(p);
          const keys = new Set<string>();
          for (let start = 0; start < cells; start += batchSize) {
            const length = Math.min(batchSize, cells - start);
            const batch: CellBatch = {
              start,
              length,
              values: Float64Array.from({ length }, (_, i) => ((start + i) % 7 === 0 ? NaN : start + i)),
              status: Uint8Array.from({ length }, (_, i) => ((start + i) % 7 === 0 ? STATUS_CODE.suppressed : STATUS_CODE.none)),
              symbol: new Uint32Array(length),
              note: new Uint32Array(length),
              symbols: [],
              notes: [],
            };
            mapper.map(batch, (c) => {
              const key = `${c.indicator}|${c.area}|${c.period}|${c.breakdown}`;
              expect(keys.has(key)).toBe(false);
              keys.add(key);
              const parts = c.breakdown === '' ? [] : c.breakdown.split(';');
              expect([...parts].sort()).toEqual(parts);
              if (c.status === STATUS_CODE.suppressed) expect(Number.isNaN(c.value)).toBe(true);
            });
          }
          expect(mapper.mapped + mapper.skipped).toBe(cells);
          const kept = sizes.reduce((n, size, d) => n * (d >= 3 && parts[d - 3] === 'filter' ? 1 : size), 1);
          expect(mapper.mapped).toBe(kept);
        },
      ),
    );
  });
});
