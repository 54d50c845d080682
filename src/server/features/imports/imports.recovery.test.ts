import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedText, pxChunks } from '@samordna/statistics-formats/generate';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildArea, buildIndicator, buildProgramme, buildUser } from '../../testing/factories';
import { statisticsFixture } from '../../testing/fixtures';
import { upload, uploadFilesFor, waitForImport } from '../../testing/imports';
import { ImportMapping, type StatisticsImport, type Upload } from '../../../shared/contracts/imports';
import { observations } from '../indicators/indicators.table';
import { statisticsImports } from './imports.table';
import { runImport } from './imports.service';
import { interruptStaleImports } from './imports.recovery';

/**
 * An import whose server dies stayed `running` for an hour with no way out. Now the watch takes
 * it for interrupted once its heartbeat stops, and it can be started again or cancelled; a queued
 * or running import can be cancelled, and writes nothing.
 */
let t: TestApp;
let dataDir: string;
let analyst: TestClient;
let ownerProgrammeId: string;
const log = { error: () => undefined };

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'samordna-recovery-'));
  t = await buildTestApp({ DATA_DIR: dataDir });
  const oslo = await buildArea(t.db, { code: '0301', kind: 'municipality', name: 'Oslo' });
  await buildArea(t.db, { code: '030101', kind: 'city_district', name: 'Bydel Gamle Oslo', parentId: oslo.id });
  await buildArea(t.db, { code: '030112', kind: 'city_district', name: 'Bydel Alna', parentId: oslo.id });
  ownerProgrammeId = (await buildProgramme(t.db)).id;
  analyst = await t.signIn((await buildUser(t.db, { roles: [[ownerProgrammeId, 'analyst']] })).email);
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const KOSTRA = statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json');
const kostraMapping = (code: string) =>
  ImportMapping.parse({
    area: { dimension: 'KOKbydelsregion0000', codes: { EAB: '0301' } },
    period: { dimension: 'Tid' },
    indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: code } },
  });

/** An import recorded as the route records it, in the given state, without a job. */
async function recorded(file: Upload, mapping: ImportMapping, values: Partial<typeof statisticsImports.$inferInsert> = {}) {
  const [row] = await t.db
    .insert(statisticsImports)
    .values({ uploadId: file.id, fileName: file.fileName, checksum: file.checksum, size: file.size, format: file.format, mapping, ...values })
    .returning();
  return row!;
}

const written = async (indicatorId: string) => (await t.db.select().from(observations).where(eq(observations.indicatorId, indicatorId))).length;
const get = async (id: string) => (await analyst.get(`/api/statistics/imports/${id}`)).json() as StatisticsImport;

describe('imports whose worker is gone, and imports stopped on purpose', () => {
  it('marks a running import without a heartbeat interrupted, leaves a live one, and starts it again', async () => {
    const indicator = await buildIndicator(t.db, { code: 'synth-crashed', ownerProgrammeId });
    const file = (await upload(analyst, KOSTRA)).json() as Upload;
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    const crashed = await recorded(file, kostraMapping('synth-crashed'), { state: 'running', startedAt: tenMinutesAgo, heartbeatAt: tenMinutesAgo });
    const live = await recorded(file, kostraMapping('synth-crashed'), { state: 'running', startedAt: tenMinutesAgo, heartbeatAt: new Date() });

    expect(await interruptStaleImports(t.db)).toEqual([crashed.id]);
    expect(await get(crashed.id)).toMatchObject({ state: 'interrupted', error: { code: 'INTERRUPTED' } });
    expect((await get(live.id)).state).toBe('running');
    // Its old job, retried after the crash, finds it interrupted and leaves it so.
    await runImport(t.db, uploadFilesFor(t), log, crashed.id);
    expect((await get(crashed.id)).state).toBe('interrupted');

    const restarted = await analyst.post(`/api/statistics/imports/${crashed.id}/restart`);
    expect([restarted.statusCode, restarted.json().state]).toEqual([200, 'queued']);
    expect(await waitForImport(analyst, crashed.id)).toMatchObject({ state: 'succeeded', error: null });
    expect(await written(indicator.id)).toBeGreaterThan(0);
    // A finished import is neither started again nor cancelled.
    expect((await analyst.post(`/api/statistics/imports/${crashed.id}/restart`)).json().code).toBe('STATE_CHANGED');
    expect((await analyst.post(`/api/statistics/imports/${crashed.id}/cancel`)).statusCode).toBe(409);
    await t.db.update(statisticsImports).set({ state: 'cancelled' }).where(eq(statisticsImports.id, live.id));
  });

  it('cancels a queued import, whose job then writes nothing', async () => {
    const indicator = await buildIndicator(t.db, { code: 'synth-unwanted', ownerProgrammeId });
    const file = (await upload(analyst, KOSTRA)).json() as Upload;
    const queued = await recorded(file, kostraMapping('synth-unwanted'));
    const cancelled = await analyst.post(`/api/statistics/imports/${queued.id}/cancel`);
    expect([cancelled.statusCode, cancelled.json().state]).toEqual([200, 'cancelled']);
    await runImport(t.db, uploadFilesFor(t), log, queued.id);
    expect((await get(queued.id)).state).toBe('cancelled');
    expect(await written(indicator.id)).toBe(0);
    expect((await analyst.post(`/api/statistics/imports/${queued.id}/cancel`)).json().code).toBe('STATE_CHANGED');
  });

  it('stops a running import that is cancelled from its page, and writes nothing', async () => {
    const indicator = await buildIndicator(t.db, { code: 'synth-stop', ownerProgrammeId });
    const px = path.join(dataDir, 'large.px');
    await writeFile(
      px,
      generatedText(
        pxChunks({
          title: 'Stor tabell',
          dimensions: [
            { id: 'region', label: 'region', role: 'geo', codes: ['0301', '030101', '030112'] },
            { id: 'year', label: 'year', role: 'time', codes: Array.from({ length: 20 }, (_, i) => String(2000 + i)) },
            { id: 'age', label: 'age', role: null, codes: Array.from({ length: 2000 }, (_, i) => String(i)) },
          ],
          cell: (i) => i / 10,
        }),
      ),
    );
    const file = (await upload(analyst, px)).json() as Upload;
    const mapping = ImportMapping.parse({ area: { dimension: 'region' }, period: { dimension: 'year' }, indicator: { fixed: 'synth-stop' }, breakdowns: [{ dimension: 'age' }] });
    const row = await recorded(file, mapping);
    let cancelling: Promise<unknown> | undefined;
    await runImport(t.db, uploadFilesFor(t), log, row.id, {
      progressIntervalMs: 0,
      onProgress: () => {
        cancelling ??= analyst.post(`/api/statistics/imports/${row.id}/cancel`);
      },
    });
    expect(((await cancelling) as { statusCode: number }).statusCode).toBe(200);
    expect((await get(row.id)).state).toBe('cancelled');
    expect(await written(indicator.id)).toBe(0);
  });

  it('starts an import again only while its upload is kept', async () => {
    await buildIndicator(t.db, { code: 'synth-gone', ownerProgrammeId });
    const file = (await upload(analyst, KOSTRA)).json() as Upload;
    const row = await recorded(file, kostraMapping('synth-gone'), { state: 'interrupted' });
    await t.db.update(statisticsImports).set({ uploadId: null }).where(eq(statisticsImports.id, row.id));
    const res = await analyst.post(`/api/statistics/imports/${row.id}/restart`);
    expect([res.statusCode, res.json().code]).toEqual([404, 'NOT_FOUND']);
    expect((await get(row.id)).state).toBe('interrupted');
  });
});
