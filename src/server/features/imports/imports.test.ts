import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildProgramme, buildUser, buildArea, buildIndicator } from '../../testing/factories';
import { statisticsFixture } from '../../testing/fixtures';
import { ImportMapping, type ImportMappingInput, type ImportPreview, type StatisticsImport, type Upload } from '../../../shared/contracts/imports';
import { auditEntries } from '../audit/audit.table';
import { breakdownLabels, observations } from '../indicators/indicators.table';
import { generatedText, pxChunks } from '@samordna/statistics-formats/generate';
import { replaceUploadContent, upload, uploadFilesFor, uploadText, waitForImport } from '../../testing/imports';
import { runImport } from './imports.service';
import { statisticsImports } from './imports.table';
import { indicatorLockKey } from './write/observations-writer';
import { openLockSession } from '../../testing/locks';

let t: TestApp;
let dataDir: string;
let analyst: TestClient;
let indicatorId: string;
/** The analyst's programme, which keeps the indicators imported into. */
let ownerProgrammeId: string;
const KOSTRA = statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json');

const mapping = (extra: Partial<ImportMappingInput> = {}): ImportMappingInput => ({
  area: { dimension: 'KOKbydelsregion0000', codes: { EAB: '0301' } },
  period: { dimension: 'Tid' },
  indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: 'synth-rate' } },
  ...extra,
});

async function uploaded(file: string, name?: string): Promise<Upload> {
  const res = await upload(analyst, file, {}, name);
  expect(res.statusCode).toBe(201);
  return res.json() as Upload;
}

async function startImport(uploadId: string, m: ImportMappingInput): Promise<StatisticsImport> {
  const res = await analyst.post('/api/statistics/imports', { uploadId, mapping: m });
  expect(res.statusCode, res.body).toBe(202);
  return res.json() as StatisticsImport;
}

const stored = () =>
  t.db
    .select({ period: observations.period, value: observations.value, status: observations.status, symbol: observations.symbol, areaId: observations.areaId })
    .from(observations)
    .where(eq(observations.indicatorId, indicatorId))
    .orderBy(observations.areaId, observations.period);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'samordna-imports-'));
  t = await buildTestApp({ DATA_DIR: dataDir });
  const oslo = await buildArea(t.db, { code: '0301', kind: 'municipality', name: 'Oslo' });
  await buildArea(t.db, { code: '030101', kind: 'city_district', name: 'Bydel Gamle Oslo', parentId: oslo.id });
  await buildArea(t.db, { code: '030112', kind: 'city_district', name: 'Bydel Alna', parentId: oslo.id });
  const programme = await buildProgramme(t.db);
  ownerProgrammeId = programme.id;
  indicatorId = (await buildIndicator(t.db, { code: 'synth-rate', unit: 'per_1000', ownerProgrammeId })).id;
  analyst = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'analyst']] })).email);
});

afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('mapping, preview and import of a statistics file', () => {
  let kostra: Upload;

  it('lists area codes not in the register and refuses to import them until they are mapped or skipped', async () => {
    kostra = await uploaded(KOSTRA);
    const unmapped = mapping({ area: { dimension: 'KOKbydelsregion0000' } });
    const preview = await analyst.post(`/api/statistics/uploads/${kostra.id}/preview`, unmapped);
    expect(preview.statusCode).toBe(200);
    const body = preview.json() as ImportPreview;
    expect(body.isValid).toBe(false);
    expect(body.areas.unknown).toEqual([{ source: 'EAB', label: 'Alle bydeler i Oslo' }]);
    expect(body.areas.matched.map((a) => a.code)).toEqual(['030101', '030112']);
    expect(body.problems).toEqual([expect.objectContaining({ path: 'area.codes', code: 'unknownAreas', values: ['EAB'] })]);

    const refused = await analyst.post('/api/statistics/imports', { uploadId: kostra.id, mapping: unmapped });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'MAPPING_INVALID', errors: [{ path: 'area.codes', code: 'unknownAreas', values: ['EAB'] }] });
    expect(await stored()).toEqual([]);
  });

  it('previews the rows and counts every cell by status', async () => {
    const res = await analyst.post(`/api/statistics/uploads/${kostra.id}/preview`, mapping());
    expect(res.statusCode).toBe(200);
    const body = res.json() as ImportPreview;
    expect(body.isValid).toBe(true);
    expect(body.summary).toEqual({
      cells: 9,
      rows: 9,
      values: 7,
      skipped: 0,
      statuses: { none: 6, provisional: 1, break: 0, suppressed: 1, not_available: 1, not_applicable: 0, estimate: 0 },
    });
    expect(body.periods).toEqual(['2022', '2023', '2024']);
    expect(body.indicators).toEqual([{ code: 'synth-rate', rows: 9 }]);
    expect(body.rows[0]).toEqual({ indicatorCode: 'synth-rate', areaCode: '0301', areaName: 'Oslo', period: '2022', breakdown: '', value: 40.1, status: 'none', symbol: null });
    expect(body.rows[6]).toMatchObject({ areaCode: '030112', period: '2022', value: null, status: 'suppressed', symbol: ':' });
    expect(body.rows[7]).toMatchObject({ value: 0, status: 'none', symbol: '-' });
    expect(body.rows[8]).toMatchObject({ value: 0, status: 'provisional', symbol: '*' });
  });

  it('takes only an http(s) address as the provenance of an import', async () => {
    const res = await analyst.post('/api/statistics/imports', { uploadId: kostra.id, mapping: { ...mapping(), sourceUrl: 'javascript:alert(1)' } });
    expect([res.statusCode, res.json().errors?.[0]?.path]).toEqual([400, 'mapping.sourceUrl']);
  });

  it('imports only into indicators the analyst’s programme keeps (or an administrator into any)', async () => {
    const theirs = await buildProgramme(t.db);
    const outsider = await t.signIn((await buildUser(t.db, { roles: [[theirs.id, 'analyst']] })).email);
    const own = await upload(outsider, KOSTRA);
    const res = await outsider.post('/api/statistics/imports', { uploadId: own.json().id, mapping: mapping() });
    expect([res.statusCode, res.json().code]).toEqual([403, 'FORBIDDEN']);
    expect(res.json().detail).toContain('synth-rate');
    const written = await t.db.select({ id: statisticsImports.id }).from(statisticsImports).where(eq(statisticsImports.uploadId, own.json().id));
    expect(written).toEqual([]);
  });

  it('imports in the background, shows progress and records provenance and audit', async () => {
    const queued = await startImport(kostra.id, { ...mapping(), sourceUrl: 'https://data.ssb.no/table/00000' });
    expect(queued).toMatchObject({ state: 'queued', fileName: kostra.fileName, checksum: kostra.checksum, format: 'jsonstat', progress: { done: 0, total: 9 } });
    const done = await waitForImport(analyst, queued.id);
    expect(done).toMatchObject({
      state: 'succeeded',
      sourceUrl: 'https://data.ssb.no/table/00000',
      title: kostra.title,
      progress: { done: 9, total: 9 },
      result: { inserted: 9, updated: 0, unchanged: 0, rows: 9 },
      error: null,
    });
    expect(done.createdBy?.id).toBeTruthy();
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt).not.toBeNull();
    const rows = await stored();
    expect(rows).toHaveLength(9);
    const suppressed = rows.filter((r) => r.status === 'suppressed');
    expect(suppressed).toEqual([expect.objectContaining({ value: null, symbol: ':' })]);
    expect(rows.filter((r) => r.status === 'not_available')).toEqual([expect.objectContaining({ value: null, symbol: '..' })]);
    const audit = await t.db.select().from(auditEntries).where(and(eq(auditEntries.entityType, 'statistics_import'), eq(auditEntries.entityId, queued.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);

    const list = await analyst.get('/api/statistics/imports?state=succeeded');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: StatisticsImport) => i.id)).toContain(queued.id);
    expect((await analyst.get('/api/statistics/imports?state=failed')).json().items.map((i: StatisticsImport) => i.id)).not.toContain(queued.id);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await stored();
    const again = await waitForImport(analyst, (await startImport(kostra.id, mapping())).id);
    expect(again.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 9, rows: 9 });
    expect(await stored()).toEqual(before);
    const changes = await analyst.get(`/api/statistics/imports/${again.id}/changes`);
    expect(changes.json()).toEqual({ items: [], total: 0 });
  });

  it('updates values and statuses from a revised file and keeps what they were', async () => {
    const json = JSON.parse(await readFile(KOSTRA, 'utf8')) as { value: (number | null)[]; status: Record<string, string> };
    json.value[0] = 40.5;
    json.value[4] = 52;
    delete json.status['4'];
    const revisedFile = path.join(dataDir, 'revised.json');
    await writeFile(revisedFile, JSON.stringify(json));
    const revised = await uploaded(revisedFile);
    const done = await waitForImport(analyst, (await startImport(revised.id, mapping())).id);
    expect(done.result).toMatchObject({ inserted: 0, updated: 2, unchanged: 7, rows: 9 });
    const changes = (await analyst.get(`/api/statistics/imports/${done.id}/changes`)).json();
    expect(changes.total).toBe(2);
    expect(changes.items).toEqual([
      expect.objectContaining({ indicatorCode: 'synth-rate', areaCode: '0301', period: '2022', breakdown: '', before: { value: 40.1, status: 'none' }, after: { value: 40.5, status: 'none' }, importId: done.id }),
      expect.objectContaining({ areaCode: '030101', period: '2023', before: { value: null, status: 'not_available' }, after: { value: 52, status: 'none' } }),
    ]);
  });

  it('skips unknown areas when asked to, and says so', async () => {
    const indicator = await buildIndicator(t.db, { code: 'synth-skip', ownerProgrammeId });
    const m = mapping({ area: { dimension: 'KOKbydelsregion0000', skipUnknown: true }, indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: 'synth-skip' } } });
    const preview = (await analyst.post(`/api/statistics/uploads/${kostra.id}/preview`, m)).json() as ImportPreview;
    expect(preview).toMatchObject({ isValid: true, summary: { rows: 6, skipped: 3 }, areas: { unknown: [], skipped: ['EAB'] } });
    const done = await waitForImport(analyst, (await startImport(kostra.id, m)).id);
    expect(done.result).toMatchObject({ inserted: 6, rows: 6 });
    expect(await t.db.select().from(observations).where(eq(observations.indicatorId, indicator.id))).toHaveLength(6);
  });

  it('refuses figures of urban settlements under a municipality of the same name unless confirmed', async () => {
    await buildIndicator(t.db, { code: 'synth-tettsted', ownerProgrammeId });
    const file = await uploaded(statisticsFixture('px', 'ssb-14216-tettsted-variablecode.px'));
    const area = file.suggestedMapping.area;
    const m: ImportMappingInput = {
      ...file.suggestedMapping,
      area: { dimension: area.dimension, codes: { '0801': '0301' } },
      indicator: { dimension: 'ContentsCode', categories: { Bosatte: 'synth-tettsted', Areal: null } },
    };
    const refused = (await analyst.post(`/api/statistics/uploads/${file.id}/preview`, m)).json() as ImportPreview;
    expect(refused.areas.classification).toBe('urban_settlement');
    expect(refused.isValid).toBe(false);
    expect(refused.problems).toContainEqual(expect.objectContaining({ path: 'area.codes', code: 'crossClassification', values: ['0801 → 0301'] }));
    const confirmed = { ...m, area: { ...m.area, acrossClassifications: true } };
    const allowed = (await analyst.post(`/api/statistics/uploads/${file.id}/preview`, confirmed)).json() as ImportPreview;
    expect(allowed.problems.filter((p) => p.code === 'crossClassification')).toEqual([]);
    // City districts with their municipality as a total are one classification and its aggregate.
    const kostra = await uploaded(KOSTRA);
    const districts = (await analyst.post(`/api/statistics/uploads/${kostra.id}/preview`, mapping())).json() as ImportPreview;
    expect(districts.areas.classification).toBe('city_district');
    expect(districts.problems.filter((p) => p.code === 'crossClassification')).toEqual([]);
  });

  it('fails an import whose file turns out broken half-way, with the position, and writes nothing', async () => {
    const indicator = await buildIndicator(t.db, { code: 'synth-broken', ownerProgrammeId });
    const ok = await uploaded(KOSTRA, 'to-be-broken.json');
    // The stored file breaks after it was checked, as a disk or a truncated copy would.
    await replaceUploadContent(t.db, ok.id, (await readFile(KOSTRA, 'utf8')).replace('"value": [40.1, 41.2', '"value": [40.1, 41.2,,'));
    const m = mapping({ indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: 'synth-broken' } } });
    const failed = await waitForImport(analyst, (await startImport(ok.id, m)).id);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatchObject({ code: 'PARSE_FAILED', position: expect.stringMatching(/^line \d+, column \d+$/) });
    expect(failed.result).toBeNull();
    expect(await t.db.select().from(observations).where(eq(observations.indicatorId, indicator.id))).toEqual([]);
  });

  it('stores breakdowns under sorted keys with the total as no breakdown, and their labels', async () => {
    await buildArea(t.db, { code: 'NO', kind: 'country', name: 'Norge' });
    const sick = await buildIndicator(t.db, { code: 'sykefravar', ownerProgrammeId });
    await buildIndicator(t.db, { code: 'sykefravar-endring', ownerProgrammeId });
    const file = await uploaded(statisticsFixture('px', 'ssb-12909-sykefravar-metaid.px'));
    const m: ImportMappingInput = {
      area: { fixed: 'NO' },
      period: { dimension: 'Tid' },
      indicator: { dimension: 'ContentsCode', categories: { Sykefraversprosent: 'sykefravar', SykefraversprosEndr: 'sykefravar-endring' } },
      breakdowns: [
        { dimension: 'Yrke', total: '0-9' },
        { dimension: 'LandBakgr', total: '999' },
      ],
    };
    const done = await waitForImport(analyst, (await startImport(file.id, m)).id);
    expect(done.result).toMatchObject({ inserted: 12, rows: 12 });
    const rows = await t.db.select({ breakdown: observations.breakdown, period: observations.period, value: observations.value }).from(observations).where(eq(observations.indicatorId, sick.id));
    expect(rows.map((r) => r.breakdown).sort()).toEqual(['', 'LandBakgr=00', 'LandBakgr=00;Yrke=1', 'LandBakgr=015a', 'LandBakgr=015a;Yrke=1', 'Yrke=1']);
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2025Q4']));
    const labels = await t.db.select().from(breakdownLabels).where(eq(breakdownLabels.key, 'LandBakgr=015a'));
    expect(labels[0]?.label).toEqual({ nb: 'Nye EU-land etter 2004' });
    expect(await t.db.select().from(breakdownLabels).where(eq(breakdownLabels.key, 'LandBakgr=999'))).toEqual([]);
  });

  it('shows progress while a large import runs, and the page can come back to it', async () => {
    const indicator = await buildIndicator(t.db, { code: 'synth-progress', ownerProgrammeId });
    const file = path.join(dataDir, 'large.px');
    const regions = ['0301', '030101', '030112'];
    await writeFile(
      file,
      generatedText(
        pxChunks({
          title: 'Stor tabell',
          dimensions: [
            { id: 'region', label: 'region', role: 'geo', codes: regions },
            { id: 'year', label: 'year', role: 'time', codes: Array.from({ length: 20 }, (_, i) => String(2000 + i)) },
            { id: 'sex', label: 'sex', role: null, codes: ['1', '2'] },
            { id: 'age', label: 'age', role: null, codes: Array.from({ length: 1000 }, (_, i) => String(i)) },
          ],
          cell: (i) => (i % 13 === 0 ? 'suppressed' : i / 10),
        }),
      ),
    );
    const large = await uploaded(file);
    expect(large.cells).toBe(120_000);
    const m: ImportMappingInput = {
      area: { dimension: 'region' },
      period: { dimension: 'year' },
      indicator: { fixed: 'synth-progress' },
      breakdowns: [{ dimension: 'sex' }, { dimension: 'age' }],
    };
    // Another import of the same indicator holds its turn: this one waits, running at 0.
    const turn = await openLockSession(t.db);
    const audit = await openLockSession(t.db);
    let queued: StatisticsImport;
    try {
      await turn.query('select pg_advisory_lock(hashtextextended($1, 0))', [indicatorLockKey(indicator.id)]);
      queued = await startImport(large.id, m);
      const importer = await turn.waitUntilBlocking();
      const waiting = (await analyst.get(`/api/statistics/imports/${queued.id}`)).json() as StatisticsImport;
      expect(waiting).toMatchObject({ state: 'running', progress: { done: 0, total: 120_000 } });

      // The import writes its audit entry last, inside its transaction: holding the audit table
      // stops it there, after every cell has been read and its progress stored, before commit.
      await audit.query('begin');
      await audit.query('lock table audit_entries in share mode');
      await turn.query('select pg_advisory_unlock(hashtextextended($1, 0))', [indicatorLockKey(indicator.id)]);
      expect(await audit.waitUntilBlocking()).toEqual(importer);
      const running = (await analyst.get(`/api/statistics/imports/${queued.id}`)).json() as StatisticsImport;
      expect(running.state).toBe('running');
      expect(running.progress.total).toBe(120_000);
      expect(running.progress.done).toBeGreaterThan(0);
      expect(running.progress.done).toBeLessThanOrEqual(120_000);
      expect(await t.db.select().from(observations).where(eq(observations.indicatorId, indicator.id)).limit(1)).toEqual([]);
      await audit.query('commit');
    } finally {
      await Promise.all([audit.close(), turn.close()]);
    }
    const done = await waitForImport(analyst, queued.id);
    expect(done).toMatchObject({ state: 'succeeded', progress: { done: 120_000, total: 120_000 }, result: { rows: 120_000 } });
    expect(done.result?.statuses.suppressed).toBe(Math.ceil(120_000 / 13));
  });

  it('puts an import stopped by a shutdown back in the queue, with nothing written, and runs it again', async () => {
    const indicator = await buildIndicator(t.db, { code: 'synth-stopped', ownerProgrammeId });
    const m = mapping({ indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: 'synth-stopped' } } });
    const file = await uploaded(KOSTRA);
    // Recorded as the route would, but run here by hand instead of by the queue.
    const [row] = await t.db
      .insert(statisticsImports)
      .values({ uploadId: file.id, fileName: file.fileName, checksum: file.checksum, size: file.size, format: 'jsonstat', mapping: ImportMapping.parse(m) })
      .returning();
    const stop = new AbortController();
    const log = { error: () => undefined };
    const stopped = await runImport(t.db, uploadFilesFor(t), log, row!.id, { signal: stop.signal, onProgress: () => stop.abort() }).catch((e: unknown) => e);
    expect((stopped as Error).name).toBe('AbortError');
    expect((await analyst.get(`/api/statistics/imports/${row!.id}`)).json()).toMatchObject({ state: 'queued', result: null, error: null });
    expect(await t.db.select().from(observations).where(eq(observations.indicatorId, indicator.id))).toEqual([]);
    await runImport(t.db, uploadFilesFor(t), log, row!.id);
    expect((await analyst.get(`/api/statistics/imports/${row!.id}`)).json()).toMatchObject({ state: 'succeeded', result: { inserted: 9 } });
  });

  it('documents its routes in the OpenAPI description', async () => {
    const res = await (await t.client()).get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths as Record<string, unknown>);
    expect(paths).toEqual(expect.arrayContaining(['/api/statistics/uploads', '/api/statistics/uploads/{id}/preview', '/api/statistics/imports/{id}/changes', '/api/statistics/mappings/{id}']));
  });

  it('answers 404 for an unknown upload or import', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await analyst.get(`/api/statistics/uploads/${missing}`)).json().code).toBe('NOT_FOUND');
    expect((await analyst.get(`/api/statistics/imports/${missing}`)).statusCode).toBe(404);
    expect((await analyst.get(`/api/statistics/imports/${missing}/changes`)).statusCode).toBe(404);
    const res = await analyst.post('/api/statistics/imports', { uploadId: missing, mapping: mapping() });
    expect(res.statusCode).toBe(404);
    expect((await uploadText(analyst, 'x.csv', 'a;b\n')).statusCode).toBeGreaterThanOrEqual(400);
  });
});
