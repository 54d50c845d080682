import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { ImportMapping } from '../../../shared/contracts/imports';
import { parseJsonStatDataset } from '@samordna/statistics-formats';
import { importCube } from '../imports/write/observations-writer';
import { loadDemoData } from '../../demo/demo';
import { areas } from '../areas/areas.table';
import { indicators } from '../indicators/indicators.table';
import { cubeCells, storedCells } from '../../testing/export-cells';
import { buildIndicator, buildSeries } from '../../testing/factories';

/**
 * "Importing an exported file gives back the same observations": every demo observation of
 * every indicator, exported as JSON-stat from one database and imported with the statistics
 * importer into a fresh one holding only the register (areas and indicators), cell by cell.
 */
let source: TestApp;
let target: TestApp;

beforeAll(async () => {
  [source, target] = await Promise.all([buildTestApp(), buildTestApp()]);
  await loadDemoData(source.db);
  // A sparse table besides the demo's complete ones: most cells of its cube hold nothing.
  const sparse = await buildIndicator(source.db, { code: 'spredt', unit: 'count', decimals: 0 });
  const area = async (code: string) => (await source.db.select().from(areas).where(eq(areas.code, code)))[0]!.id;
  await buildSeries(source.db, sparse.id, await area('030103'), [['2023', 12]]);
  await buildSeries(source.db, sparse.id, await area('0301'), [['2024', 40]], 'kjonn=2');
  await buildSeries(source.db, sparse.id, await area('NO'), [['2022', null, 'suppressed', ':']], 'alder=15-19;kjonn=1');
  // The register without any figures: the same areas (parents first) and indicators.
  const areaRows = await source.db.select().from(areas);
  const byId = new Map(areaRows.map((a) => [a.id, a]));
  const depth = (id: string | null): number => (id ? 1 + depth(byId.get(id)?.parentId ?? null) : 0);
  for (const a of [...areaRows].sort((x, y) => depth(x.parentId) - depth(y.parentId))) await target.db.insert(areas).values(a);
  // Without their owners: the target holds no programmes.
  await target.db.insert(indicators).values((await source.db.select().from(indicators)).map((i) => ({ ...i, ownerProgrammeId: null })));
});
afterAll(() => Promise.all([source?.close(), target?.close()]));

/** Exports the indicators as JSON-stat, checks our reader on each file, and imports it into `target`. */
async function exportAndImport(codes: readonly string[]): Promise<void> {
  for (const code of codes) {
    const res = await source.app.inject({ method: 'GET', url: `/api/indicators/${code}/export?format=jsonstat` });
    expect(res.statusCode).toBe(200);
    // Our own reader gives the cells back...
    expect(await cubeCells(await parseJsonStatDataset(res.body))).toEqual(await storedCells(source.db, { indicators: [code] }));
    // ...and the importer, with the mapping the file carries, writes them.
    const mapping = ImportMapping.parse(res.json().extension.samordna.mapping);
    await importCube(target.db, await parseJsonStatDataset(res.body), mapping);
  }
}

describe('JSON-stat round trip through the importer', () => {
  it('imports exported files back into exactly the observations they were made from', async () => {
    const codes = (await source.db.select({ code: indicators.code }).from(indicators)).map((r) => r.code).filter((c) => c !== 'spredt');
    await exportAndImport(codes);
    const before = await storedCells(source.db, { indicators: codes });
    expect(before.some((c) => c.status === 'suppressed')).toBe(true);
    expect(before.some((c) => c.breakdown !== '')).toBe(true);
    expect(await storedCells(target.db, { indicators: codes })).toEqual(before);
  });

  // A sparse table leaves most cells of its cube empty (no number, no symbol: absent from the
  // sparse `value`); the importer must not turn those holes into "not available" observations.
  it('imports a sparse table back without adding its empty cells', async () => {
    await exportAndImport(['spredt']);
    expect(await storedCells(target.db, { indicators: ['spredt'] })).toEqual(await storedCells(source.db, { indicators: ['spredt'] }));
  });
});
