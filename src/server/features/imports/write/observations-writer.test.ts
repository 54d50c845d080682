import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../testing/test-app';
import { buildArea, buildIndicator } from '../../../testing/factories';
import { generatedText, jsonStatChunks, pxChunks, type GeneratedCube } from '@samordna/statistics-formats/generate';
import { parsePx, parseJsonStatDataset, StatisticsParseError } from '@samordna/statistics-formats';
import type { ImportMappingInput } from '../../../../shared/contracts/imports';
import { ImportMapping } from '../../../../shared/contracts/imports';
import { observations } from '../../indicators/indicators.table';
import { observationChanges } from '../imports.table';
import { importCube } from './observations-writer';

/** 20 areas × 5 years × 2 sexes × 250 ages × 2 measures = 100,000 cells: two batches, several COPY chunks. */
function cube(variant = 0): GeneratedCube {
  const dims = [
    { id: 'region', role: 'geo' as const, n: 20 },
    { id: 'year', role: 'time' as const, n: 5 },
    { id: 'sex', role: null, n: 2 },
    { id: 'age', role: null, n: 250 },
    { id: 'measure', role: 'metric' as const, n: 2 },
  ];
  return {
    title: 'Generated',
    dimensions: dims.map((d) => ({
      id: d.id,
      label: d.id,
      role: d.role,
      codes: Array.from({ length: d.n }, (_, i) => (d.role === 'time' ? String(2018 + i) : d.role === 'geo' ? `99${String(i).padStart(2, '0')}` : `${d.id}${i}`)),
    })),
    cell(i) {
      if (i % 37 === 5) return 'suppressed';
      if (i % 101 === 7) return 'not_available';
      if (i % 211 === 3) return 'nil';
      // A revision changes every 1000th figure.
      return Math.round(i * 1.7) / 10 + (variant && i % 1000 === 0 ? 1 : 0);
    },
  };
}

const CELLS = 100_000;
const mapping = (prefix: string): ImportMapping =>
  ImportMapping.parse({
    area: { dimension: 'region' },
    period: { dimension: 'year' },
    indicator: { dimension: 'measure', categories: { measure0: `${prefix}-0`, measure1: `${prefix}-1` } },
    breakdowns: [{ dimension: 'sex' }, { dimension: 'age' }],
  } satisfies ImportMappingInput);

let t: TestApp;

async function indicatorsFor(prefix: string): Promise<string[]> {
  return [(await buildIndicator(t.db, { code: `${prefix}-0` })).id, (await buildIndicator(t.db, { code: `${prefix}-1` })).id];
}
const countOf = async (ids: string[]) => (await t.db.select({ n: count() }).from(observations).where(inArray(observations.indicatorId, ids)))[0]!.n;

beforeAll(async () => {
  t = await buildTestApp();
  for (let i = 0; i < 20; i++) await buildArea(t.db, { code: `99${String(i).padStart(2, '0')}`, kind: 'municipality', name: `Kommune ${i}` });
});
afterAll(() => t.close());

describe('importCube', () => {
  it('writes every cell in one go, suppressed cells without numbers, and reports progress', async () => {
    const ids = await indicatorsFor('w-direct');
    const progress: number[] = [];
    const px = await parsePx(generatedText(pxChunks(cube())));
    const result = await importCube(t.db, px, mapping('w-direct'), { onProgress: (done) => progress.push(done) });
    const suppressed = Array.from({ length: CELLS }, (_, i) => i).filter((i) => i % 37 === 5).length;
    expect(result).toMatchObject({ inserted: CELLS, updated: 0, unchanged: 0, rows: CELLS });
    expect(result.statuses.suppressed).toBe(suppressed);
    expect(await countOf(ids)).toBe(CELLS);
    const [held] = await t.db
      .select({ n: count() })
      .from(observations)
      .where(and(inArray(observations.indicatorId, ids), eq(observations.status, 'suppressed'), isNull(observations.value)));
    expect(held!.n).toBe(suppressed);
    expect(progress.at(-1)).toBe(CELLS);
    // The nil symbol "-" is an exact zero that keeps its symbol.
    const [nil] = await t.db.select().from(observations).where(and(inArray(observations.indicatorId, ids), eq(observations.symbol, '-'))).limit(1);
    expect(nil).toMatchObject({ value: 0, status: 'none' });
  });

  it('reads JSON-stat and PX of the same table into the same observations', async () => {
    const ids = await indicatorsFor('w-json');
    const fromJson = await importCube(t.db, await parseJsonStatDataset(generatedText(jsonStatChunks(cube()))), mapping('w-json'));
    expect(fromJson.inserted).toBe(CELLS);
    const again = await importCube(t.db, await parsePx(generatedText(pxChunks(cube()))), mapping('w-json'));
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: CELLS });
    expect(await countOf(ids)).toBe(CELLS);
  });

  it('merges a revision: changed cells updated with their history, the rest left alone', async () => {
    const ids = await indicatorsFor('w-merge');
    await importCube(t.db, await parsePx(generatedText(pxChunks(cube()))), mapping('w-merge'));
    const revised = await importCube(t.db, await parsePx(generatedText(pxChunks(cube(1)))), mapping('w-merge'), { importId: null });
    const changedCells = Array.from({ length: CELLS }, (_, i) => i).filter((i) => i % 1000 === 0 && i % 37 !== 5 && i % 101 !== 7 && i % 211 !== 3).length;
    expect(revised).toMatchObject({ inserted: 0, updated: changedCells, unchanged: CELLS - changedCells });
    const history = await t.db.select().from(observationChanges).where(inArray(observationChanges.indicatorId, ids));
    expect(history).toHaveLength(changedCells);
    expect(history.every((h) => h.afterValue! - h.beforeValue! === 1)).toBe(true);
  });

  it('writes nothing when the file breaks half-way through the data, and says where', async () => {
    const ids = await indicatorsFor('w-broken');
    const text = generatedText(pxChunks(cube()));
    const dataAt = text.indexOf('DATA=');
    const breakAt = text.indexOf(' ', dataAt + Math.floor((text.length - dataAt) * 0.8));
    const broken = `${text.slice(0, breakAt)} 12x4${text.slice(breakAt)}`;
    const line = broken.slice(0, breakAt).split('\n').length;
    const error = await importCube(t.db, await parsePx(broken), mapping('w-broken')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatisticsParseError);
    expect((error as StatisticsParseError).position).toMatchObject({ line });
    expect(await countOf(ids)).toBe(0);
    // The connection went back to the pool in a usable state.
    expect(await countOf(ids)).toBe(0);
  });

  it('rolls back when aborted mid-way', async () => {
    const ids = await indicatorsFor('w-abort');
    const controller = new AbortController();
    const px = await parsePx(generatedText(pxChunks(cube())));
    const error = await importCube(t.db, px, mapping('w-abort'), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(await countOf(ids)).toBe(0);
  });

  it('refuses a mapping with problems before writing anything', async () => {
    const px = await parsePx(generatedText(pxChunks(cube())));
    const error = await importCube(t.db, px, mapping('w-none')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MAPPING_INVALID' });
    expect((error as { details: { errors: { path: string; code: string }[] } }).details.errors).toEqual([
      expect.objectContaining({ path: 'indicator.categories.measure0', code: 'unknownIndicator' }),
      expect.objectContaining({ path: 'indicator.categories.measure1', code: 'unknownIndicator' }),
    ]);
  });

  it('stores no observation for an empty cell, but an empty cell withdraws a figure stored before', async () => {
    const [id] = [(await buildIndicator(t.db, { code: 'w-empty' })).id];
    const sparse = (value: Record<string, number | null>) =>
      JSON.stringify({
        version: '2.0',
        class: 'dataset',
        id: ['region', 'year'],
        size: [2, 2],
        role: { geo: ['region'], time: ['year'] },
        dimension: { region: { category: { index: ['9900', '9901'] } }, year: { category: { index: ['2020', '2021'] } } },
        value,
      });
    const single = ImportMapping.parse({ area: { dimension: 'region' }, period: { dimension: 'year' }, indicator: { fixed: 'w-empty' } } satisfies ImportMappingInput);
    const first = await importCube(t.db, await parseJsonStatDataset(sparse({ '0': 4.5, '3': 6 })), single);
    expect(first).toMatchObject({ inserted: 2, rows: 2 });
    expect(await countOf([id!])).toBe(2);

    // The revised file has nothing for 9901/2021 any more, and a figure for 9900/2021.
    const revised = await importCube(t.db, await parseJsonStatDataset(sparse({ '0': 4.5, '1': 5 })), single);
    expect(revised).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, rows: 3 });
    const held = await t.db.select().from(observations).where(eq(observations.indicatorId, id!));
    expect(held.map((o) => `${o.period} ${o.value} ${o.status}`).sort()).toEqual(['2020 4.5 none', '2021 5 none', '2021 null not_available']);
    const [change] = await t.db.select().from(observationChanges).where(eq(observationChanges.indicatorId, id!));
    expect(change).toMatchObject({ period: '2021', beforeValue: 6, beforeStatus: 'none', afterValue: null, afterStatus: 'not_available' });
  });
});
