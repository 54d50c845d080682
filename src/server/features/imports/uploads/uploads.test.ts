import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../../testing/test-app';
import { buildProgramme, buildUser, buildIndicator } from '../../../testing/factories';
import { statisticsFixture } from '../../../testing/fixtures';
import type { Upload } from '../../../../shared/contracts/imports';
import { statisticsUploads } from '../imports.table';
import { fileIdOf, multipart, storedContent, storedFileIds, upload, uploadFilesFor, uploadText } from '../../../testing/imports';
import { removeExpiredUploads, UPLOAD_TTL_MS } from './uploads.service';
import { EXPIRE_UPLOADS_QUEUE } from '../imports.jobs';

let t: TestApp;
let dataDir: string;
let analyst: TestClient;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'samordna-uploads-'));
  t = await buildTestApp({ DATA_DIR: dataDir, STATISTICS_UPLOAD_LIMIT_MB: '2' });
  const programme = await buildProgramme(t.db);
  const user = await buildUser(t.db, { roles: [[programme.id, 'analyst']] });
  analyst = await t.signIn(user.email);
});

afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const storedFiles = () => storedFileIds(t.db);

describe('statistics uploads', () => {
  it('stores the file with its checksum, describes it and suggests a mapping', async () => {
    await buildIndicator(t.db, { code: 'synthrateper1000' });
    const file = statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json');
    const res = await upload(analyst, file, { sourceUrl: 'https://data.ssb.no/api/pxwebapi/v2/tables/00000/data' });
    expect(res.statusCode).toBe(201);
    const body = res.json() as Upload;
    const bytes = await readFile(file);
    expect(body).toMatchObject({
      fileName: 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json',
      size: bytes.length,
      checksum: createHash('sha256').update(bytes).digest('hex'),
      format: 'jsonstat',
      encoding: 'utf-8',
      languages: ['no'],
      datasets: [{ index: 0 }],
      dataset: 0,
      cells: 9,
      values: 7,
      symbols: { '..': 1, ':': 1 },
      sourceUrl: 'https://data.ssb.no/api/pxwebapi/v2/tables/00000/data',
    });
    expect(body.dimensions.map((d) => [d.id, d.role, d.size])).toEqual([
      ['KOKbydelsregion0000', 'geo', 3],
      ['ContentsCode', 'metric', 1],
      ['Tid', 'time', 3],
    ]);
    expect(body.dimensions[0]!.categories[0]).toEqual({ code: 'EAB', label: 'Alle bydeler i Oslo' });
    expect(body.suggestedMapping).toMatchObject({
      area: { dimension: 'KOKbydelsregion0000' },
      period: { dimension: 'Tid' },
      indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: 'synthrateper1000' } },
      breakdowns: [],
      filters: [],
      sourceUrl: 'https://data.ssb.no/api/pxwebapi/v2/tables/00000/data',
    });
    const stored = await storedContent(t.db, await fileIdOf(t.db, body.id));
    expect(stored.equals(bytes)).toBe(true);
    const again = await analyst.get(`/api/statistics/uploads/${body.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(body);
  });

  it('suggests filters for single-category dimensions and totals for breakdowns', async () => {
    const res = await upload(analyst, statisticsFixture('px', 'ssb-12909-sykefravar-metaid.px'));
    expect(res.statusCode).toBe(201);
    const body = res.json() as Upload;
    expect(body.format).toBe('px');
    expect(body.dimensions.find((d) => d.id === 'Tid')).toMatchObject({ role: 'time', timeUnit: 'Q1', size: 1 });
    expect(body.suggestedMapping).toMatchObject({
      area: { fixed: 'NO' },
      period: { dimension: 'Tid' },
      indicator: { dimension: 'ContentsCode' },
      breakdowns: [
        { dimension: 'Yrke', total: '0-9' },
        { dimension: 'LandBakgr', total: '999' },
      ],
    });
    expect(body.warnings.some((w) => /no area/.test(w))).toBe(true);

    const transport = (await upload(analyst, statisticsFixture('px', 'ssb-Transmengde-datanotecell-quarterK.px'))).json() as Upload;
    expect(transport.suggestedMapping.breakdowns).toEqual([
      { dimension: 'import/eksport' },
      { dimension: 'tosifret SITC', total: '-' },
      { dimension: 'transportmåte', total: '00' },
    ]);
    const finland = (await upload(analyst, statisticsFixture('px', 'statfin-LargeFinnishDatasetWithManyValues.px'))).json() as Upload;
    expect(finland.suggestedMapping.filters).toEqual([{ dimension: 'Perhetyyppi', category: 'SSS' }]);
  });

  it('lists the datasets of a collection and a bundle, and inspects the one asked for', async () => {
    const res = await upload(analyst, statisticsFixture('jsonstat', 'samples', 'oecd-canada-col-embedded-collection.json'));
    expect(res.statusCode).toBe(201);
    const body = res.json() as Upload;
    expect(body.datasets.map((d) => d.index)).toEqual([0, 1]);
    expect(body).toMatchObject({ dataset: 0, cells: 432 });
    const canada = await analyst.get(`/api/statistics/uploads/${body.id}?dataset=1`);
    expect(canada.statusCode).toBe(200);
    expect(canada.json()).toMatchObject({ dataset: 1, cells: 120, suggestedMapping: { dataset: 1 } });
    const none = await analyst.get(`/api/statistics/uploads/${body.id}?dataset=5`);
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'dataset', code: 'unknownDataset' }] });

    const bundle = (await upload(analyst, statisticsFixture('jsonstat', 'samples', 'oecd-canada-bundle-v1.json'))).json() as Upload;
    expect(bundle.datasets.map((d) => d.label)).toEqual(['Unemployment rate in the OECD countries 2003-2014', 'Population by sex and age group. Canada. 2012']);
  });

  it('refuses a file it cannot read with PARSE_FAILED and where, and keeps nothing', async () => {
    const before = await storedFiles();
    const px = await upload(analyst, statisticsFixture('px', 'scb-pxweb-INVALID-missingData.px'));
    expect(px.statusCode).toBe(422);
    // Where and why, for the page to word in the reader's language.
    expect(px.json()).toMatchObject({ code: 'PARSE_FAILED', position: 'line 81, column 1', reason: { code: 'PX_MISSING_DATA', params: {}, line: 81, column: 1 } });
    const fields = await uploadText(analyst, 'fields.csv', 'region;year;value\n0301;2024;1\n0301;2025;2;9\n');
    expect(fields.json().reason).toEqual({ code: 'CSV_FIELD_COUNT', params: { found: 4, expected: 3 }, line: 3, column: expect.any(Number) });
    const json = await uploadText(analyst, 'broken.json', '{"class":"dataset","id":["a"],"size":[2],"dimension":{"a":{"category":{"index":["x","y"]}}},"value":[1,');
    expect(json.statusCode).toBe(422);
    expect(json.json().code).toBe('PARSE_FAILED');
    expect(json.json().position).toMatch(/line 1, column \d+/);
    const wrongSize = await uploadText(analyst, 'short.json', '{"class":"dataset","id":["a"],"size":[3],"dimension":{"a":{"category":{"index":["x","y"]}}},"value":[1,2,3]}');
    expect(wrongSize.statusCode).toBe(422);
    expect(wrongSize.json().position).toMatch(/^\$/);
    const links = await upload(analyst, statisticsFixture('jsonstat', 'samples', 'collection.json'));
    expect(links.statusCode).toBe(422);
    expect(links.json().code).toBe('PARSE_FAILED');
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a table that declares far more cells than its file holds data for, before reading them', async () => {
    const before = await storedFiles();
    // A few hundred bytes that declare a cube of 200 million cells with one value in it.
    const codes = (n: number, p: string) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${p}${i}`, i]));
    const huge = JSON.stringify({ class: 'dataset', id: ['a', 'b'], size: [20_000, 10_000], dimension: { a: { category: { index: codes(20_000, 'a') } }, b: { category: { index: codes(10_000, 'b') } } }, value: { '0': 1 } });
    expect(huge.length).toBeLessThan(1_000_000);
    const res = await uploadText(analyst, 'huge.json', huge);
    expect([res.statusCode, res.json().code]).toEqual([422, 'PARSE_FAILED']);
    expect(res.json().detail).toMatch(/declares 200,000,000 cells/);
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a dimension with more categories than can be mapped, before reading its cells', async () => {
    const before = await storedFiles();
    // A wide CSV file: a column per category, 100,001 of them.
    const columns = Array.from({ length: 100_001 }, (_, i) => `k${i}`);
    const res = await uploadText(analyst, 'wide.csv', `${columns.join(';')}\n${columns.map((_, i) => i % 10).join(';')}\n`);
    expect([res.statusCode, res.json().code]).toEqual([422, 'PARSE_FAILED']);
    expect(res.json().detail).toMatch(/has 100,001 categories; at most 100,000/);
    expect(res.json().reason).toEqual({ code: 'TOO_MANY_CATEGORIES', params: { dimension: expect.any(String), count: 100_001, max: 100_000 } });
    expect(await storedFiles()).toEqual(before);
  });

  it('keeps the mapping step as it was left, per dataset, for whoever opens it next', async () => {
    const body = (await upload(analyst, statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json'))).json() as Upload;
    expect(body.draft).toBeNull();
    const draft = {
      dataset: 0,
      dimensions: { KOKbydelsregion0000: { use: 'area', category: '', total: '' }, ContentsCode: { use: 'indicator', category: '', total: '' }, Tid: { use: 'none', category: '', total: '' } },
      fixed: { area: '', period: '2024', indicator: '' },
      indicatorCategories: { SYNTHratePer1000: 'synthrateper1000' },
      areaCodes: { EAB: null },
      skipUnknown: true,
      acrossClassifications: false,
      sourceUrl: 'https://data.ssb.no/api/pxwebapi/v2/tables/00000/data',
      source: { publisher: 'Statistisk sentralbyrå (SSB)', tableId: '00000', licence: '', retrieved: '2026-11-30' },
      statuses: { ':': 'not_available' },
      confirmOutliers: true,
    };
    expect((await analyst.put(`/api/statistics/uploads/${body.id}/draft`, draft)).statusCode).toBe(200);
    // Another session of another analyst opens the same step and finds it as it was left.
    const colleague = await t.signIn((await buildUser(t.db, { roles: [[(await buildProgramme(t.db)).id, 'analyst']] })).email);
    expect(((await colleague.get(`/api/statistics/uploads/${body.id}`)).json() as Upload).draft).toEqual(draft);
    expect((await colleague.put(`/api/statistics/uploads/${body.id}/draft`, { ...draft, skipUnknown: false })).statusCode).toBe(200);
    expect(((await analyst.get(`/api/statistics/uploads/${body.id}`)).json() as Upload).draft?.skipUnknown).toBe(false);
    // Not for a dataset the file lacks, nor with a use that does not exist.
    const missing = await analyst.put(`/api/statistics/uploads/${body.id}/draft`, { ...draft, dataset: 4 });
    expect([missing.statusCode, missing.json().errors[0].code]).toEqual([400, 'unknownDataset']);
    const badUse = await analyst.put(`/api/statistics/uploads/${body.id}/draft`, { ...draft, dimensions: { Tid: { use: 'everything', category: '', total: '' } } });
    expect(badUse.statusCode).toBe(400);
  });

  it('refuses a file over STATISTICS_UPLOAD_LIMIT_MB with 413 and removes what it had written', async () => {
    const before = await storedFiles();
    const big = Buffer.alloc(2 * 1024 * 1024 + 10, 0x20);
    const res = await uploadText(analyst, 'big.csv', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
    expect(await storedFiles()).toEqual(before);
  });

  it('needs a multipart body with a file and a valid source address', async () => {
    const json = await analyst.post('/api/statistics/uploads', { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const body = multipart({ name: 'a.csv', content: 'a,b\n1,2\n' }, { sourceUrl: 'not a url' });
    const badUrl = await analyst.request({ method: 'POST', url: '/api/statistics/uploads', payload: body.payload, headers: body.headers });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'sourceUrl' }] });
    for (const hostile of ['javascript:alert(1)', 'data:text/html,x']) {
      const form = multipart({ name: 'a.csv', content: 'a,b\n1,2\n' }, { sourceUrl: hostile });
      const res = await analyst.request({ method: 'POST', url: '/api/statistics/uploads', payload: form.payload, headers: form.headers });
      expect([hostile, res.statusCode, res.json().errors?.[0]?.path]).toEqual([hostile, 400, 'sourceUrl']);
    }
    const boundary = '----x';
    const noFile = await analyst.request({
      method: 'POST',
      url: '/api/statistics/uploads',
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="sourceUrl"\r\n\r\nhttps://ssb.no\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'file', code: 'required' }] });
    const before = await storedFiles();
    const cut = await analyst.request({
      method: 'POST',
      url: '/api/statistics/uploads',
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\na;b\n1;2`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'file', code: 'multipart' }] });
    expect(await storedFiles()).toEqual(before);
  });

  it('removes uploads after 24 hours: the record, the file, and files no record names', async () => {
    const body = (await upload(analyst, statisticsFixture('px', 'ssb-14216-tettsted-variablecode.px'))).json() as Upload;
    const fileId = await fileIdOf(t.db, body.id);
    expect(await storedFiles()).toContain(fileId);
    await t.db.update(statisticsUploads).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(statisticsUploads.id, body.id));
    expect((await analyst.get(`/api/statistics/uploads/${body.id}`)).statusCode).toBe(404);
    const result = await removeExpiredUploads(t.db, uploadFilesFor(t));
    expect(result.removed).toBeGreaterThanOrEqual(1);
    expect(await storedFiles()).not.toContain(fileId);
    expect(await t.db.select().from(statisticsUploads).where(eq(statisticsUploads.id, body.id))).toEqual([]);
  });

  it('is refused to a contributor and to anonymous visitors', async () => {
    const programme = await buildProgramme(t.db);
    const contributor = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'contributor']] })).email);
    const res = await upload(contributor, statisticsFixture('px', 'ssb-14216-tettsted-variablecode.px'));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    const anon = await t.client();
    const anonRes = await upload(anon, statisticsFixture('px', 'ssb-14216-tettsted-variablecode.px'));
    expect(anonRes.statusCode).toBe(401);
  });

  // Last: moving the clock a day on lets the other clean-ups go too (sessions among them).
  it('removes an expired upload when the clock reaches the next quarter-hour clean-up', async () => {
    const body = (await upload(analyst, statisticsFixture('px', 'ssb-14216-tettsted-variablecode.px'))).json() as Upload;
    const fileId = await fileIdOf(t.db, body.id);
    await t.app.jobs.start();
    expect(await t.app.jobs.tick()).toEqual([]);
    t.clock.advance(UPLOAD_TTL_MS + 15 * 60_000);
    expect((await t.app.jobs.tick()).map((r) => r.name)).toContain(EXPIRE_UPLOADS_QUEUE);
    // The job removes the record, then its file (the test's timeout bounds a job that never does).
    const gone = async () => (await t.db.select().from(statisticsUploads).where(eq(statisticsUploads.id, body.id))).length === 0 && !(await storedFiles()).includes(fileId);
    while (!(await gone())) await new Promise((r) => setTimeout(r, 50));
  });
});
