import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import {
  buildArea,
  buildIndicator,
  buildProgramme,
  buildSeries,
  buildUser,
  followIndicators,
} from '../../testing/factories';
import { uploadText, waitForImport } from '../../testing/imports';
import type { ImportMappingInput, Upload } from '../../../shared/contracts/imports';
import type { AreaProfile, IndicatorView } from '../../../shared/contracts/profiles';

/**
 * Every figure carries the provenance of what wrote it: figures imported from a file name the
 * import's publisher, table, address, retrieval date and licence; figures entered otherwise the
 * source recorded on the indicator. A page that mixes them names both.
 */
let t: TestApp;
let analyst: TestClient;
let indicatorId: string;
let slug: string;
let programmeId: string;

/** Oslo's population in 2024 and 2025, the way SSB's table 14216 gives it (JSON-stat 2.0). */
const POPULATION = JSON.stringify({
  version: '2.0',
  class: 'dataset',
  label: 'Befolkning',
  source: 'Statistics Norway',
  updated: '2025-02-21T07:00:00Z',
  id: ['Region', 'ContentsCode', 'Tid'],
  size: [1, 1, 3],
  dimension: {
    Region: { label: 'region', category: { index: { '0301': 0 }, label: { '0301': 'Oslo' } } },
    ContentsCode: {
      label: 'statistikkvariabel',
      category: { index: { Personer: 0 }, label: { Personer: 'Personer' } },
    },
    Tid: { label: 'år', category: { index: { '2023': 0, '2024': 1, '2025': 2 } } },
  },
  role: { geo: ['Region'], time: ['Tid'], metric: ['ContentsCode'] },
  value: [709037, 717710, 724290],
  status: { '0': 'x', '2': 'e' },
  extension: { px: { tableid: '14216' } },
});

const mapping = (extra: Partial<ImportMappingInput> = {}): ImportMappingInput => ({
  area: { dimension: 'Region' },
  period: { dimension: 'Tid' },
  indicator: { dimension: 'ContentsCode', categories: { Personer: 'innbyggere' } },
  ...extra,
});

beforeAll(async () => {
  t = await buildTestApp();
  const norway = await buildArea(t.db, { code: 'NO', kind: 'country', name: 'Norge' });
  const oslo = await buildArea(t.db, {
    code: '0301',
    kind: 'municipality',
    name: 'Oslo',
    parentId: norway.id,
  });
  const programme = await buildProgramme(t.db, { isPublished: true });
  programmeId = programme.id;
  slug = programme.slug;
  const indicator = await buildIndicator(t.db, {
    code: 'innbyggere',
    unit: 'count',
    decimals: 0,
    ownerProgrammeId: programme.id,
    sourcePublisher: 'Bydel Sagene, presentasjon',
    sourceTableId: null,
    sourceUrl: null,
    sourceLicence: null,
  });
  indicatorId = indicator.id;
  await followIndicators(t.db, programme.id, {
    indicators: [indicator.id],
    focus: [oslo.id],
    references: [norway.id],
  });
  // Entered by hand from a slide, long before the import.
  await buildSeries(t.db, indicator.id, oslo.id, [['2009', 586860]]);
  await buildSeries(t.db, indicator.id, norway.id, [['2009', 4858199]]);
  analyst = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'analyst']] })).email);
});
afterAll(() => t?.close());

async function importPopulation(extra: Partial<ImportMappingInput>): Promise<string> {
  const res = await uploadText(analyst, '14216_20251203-101010.json', POPULATION);
  expect(res.statusCode, res.body).toBe(201);
  const upload = res.json() as Upload;
  const started = await analyst.post('/api/statistics/imports', {
    uploadId: upload.id,
    mapping: mapping(extra),
  });
  expect(started.statusCode, started.body).toBe(202);
  const done = await waitForImport(analyst, started.json().id);
  expect(done.state, JSON.stringify(done.error)).toBe('succeeded');
  return done.id;
}

describe('provenance of every figure', () => {
  it('suggests the source the file states, completed with the publisher’s usual name, licence and table', async () => {
    const res = await uploadText(analyst, '14216_20251203-101010.json', POPULATION);
    const upload = res.json() as Upload;
    expect(upload.suggestedMapping.source).toEqual({
      publisher: 'Statistisk sentralbyrå (SSB)',
      licence: 'CC BY 4.0',
      tableId: '14216',
      retrieved: upload.createdAt.slice(0, 10),
    });
    expect(upload.symbolStatuses).toEqual([
      { symbol: 'e', figures: 1, empty: 0, status: 'estimate', text: 'Estimated (anslått)' },
      { symbol: 'x', figures: 1, empty: 0, status: 'none', text: null },
    ]);
  });

  let importId: string;

  it('names the import as the source of the figures it wrote, and the indicator’s source for the others', async () => {
    importId = await importPopulation({
      sourceUrl: 'https://www.ssb.no/statbank/table/14216',
      source: {
        publisher: 'Statistisk sentralbyrå (SSB)',
        tableId: '14216',
        licence: 'CC BY 4.0',
        retrieved: '2025-11-30',
      },
    });
    const view = (
      await (await t.client()).get(`/api/indicators/innbyggere/view?programme=${slug}&area=0301`)
    ).json() as IndicatorView;
    const oslo = view.series.find((s) => s.area.code === '0301')!;
    const sourceOf = (period: string) => oslo.points.find((p) => p.period === period)?.source;
    expect(sourceOf('2025')).toBe(importId);
    expect(sourceOf('2024')).toBe(importId);
    expect(sourceOf('2009')).toBe(`indicator:${indicatorId}`);
    // In order of first use: the ranking (2025, imported) comes before the series.
    expect(view.sources).toEqual([
      {
        key: importId,
        kind: 'import',
        publisher: 'Statistisk sentralbyrå (SSB)',
        tableId: '14216',
        title: 'Befolkning',
        url: 'https://www.ssb.no/statbank/table/14216',
        licence: 'CC BY 4.0',
        retrieved: '2025-11-30',
        isIllustrative: false,
      },
      {
        key: `indicator:${indicatorId}`,
        kind: 'indicator',
        publisher: 'Bydel Sagene, presentasjon',
        tableId: null,
        title: null,
        url: null,
        licence: null,
        retrieved: null,
        isIllustrative: false,
      },
    ]);
  });

  it('names, on the area profile, the sources of the latest figure and of the reference figures', async () => {
    const profile = (
      await (await t.client()).get(`/api/programmes/${programmeId}/profile/0301`)
    ).json() as AreaProfile;
    const row = profile.rows[0]!;
    expect(row.latest).toMatchObject({ period: '2025', source: importId });
    // Norway has only the slide's 2009 figure.
    expect(row.references[0]!.point).toMatchObject({
      period: '2009',
      source: `indicator:${indicatorId}`,
    });
    expect(profile.sources.map((s) => s.key).sort()).toEqual(
      [importId, `indicator:${indicatorId}`].sort(),
    );
    // Oslo's 2025 against Norway's 2009: said to span sixteen years, not passed off as one time.
    expect(row.references[0]!.isOtherPeriod).toBe(true);
    expect(row.age).toMatchObject({ isOutdated: false });
  });

  it('flags a latest figure older than the indicator allows, until the indicator allows more', async () => {
    const norway = async () =>
      ((await (await t.client()).get(`/api/programmes/${programmeId}/profile/NO`)).json() as AreaProfile).rows[0]!;
    expect((await norway()).latest?.period).toBe('2009');
    expect((await norway()).age).toMatchObject({ maxYears: 5, isOutdated: true });
    const view = (await (await t.client()).get(`/api/indicators/innbyggere/view?programme=${slug}&period=2009`)).json() as IndicatorView;
    expect(view.periodAge).toMatchObject({ isOutdated: true });
    const changed = await analyst.patch(`/api/indicators/innbyggere`, { maxAgeYears: 50 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().maxAgeYears).toBe(50);
    expect((await norway()).age).toMatchObject({ maxYears: 50, isOutdated: false });
  });

  it('writes each figure’s source into the CSV row, and every source into the JSON-stat file', async () => {
    const client = await t.client();
    const csv = (
      await client.get('/api/indicators/innbyggere/export?format=csv&areas=0301&lang=en')
    ).body;
    const rows = csv
      .slice(1)
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(rows[0]!.at(-1)).toBe('Source');
    const sourceOf = (period: string) => rows.find((r) => r[4] === period)?.at(-1);
    expect(sourceOf('2009')).toBe('Bydel Sagene, presentasjon');
    expect(sourceOf('2025')).toBe(
      'Statistisk sentralbyrå (SSB), table 14216, retrieved 2025-11-30, licence CC BY 4.0',
    );
    const jsonStat = (await client.get('/api/indicators/innbyggere/export?format=jsonstat')).json();
    expect(jsonStat.source).toContain(
      'Statistisk sentralbyrå (SSB), tabell 14216, hentet 2025-11-30, lisens CC BY 4.0',
    );
    expect(jsonStat.source).toContain('Bydel Sagene, presentasjon');
    expect(jsonStat.extension.samordna.sources).toHaveLength(2);
  });

  it('reads the file’s symbols as the mapping says: estimate by default, otherwise where the analyst chose', async () => {
    const profile = async () =>
      (
        (
          await (
            await t.client()
          ).get(`/api/indicators/innbyggere/view?programme=${slug}&area=0301`)
        ).json() as IndicatorView
      ).series[0]!.points;
    expect((await profile()).map((p) => [p.period, p.status])).toEqual([
      ['2009', 'none'],
      ['2023', 'none'],
      ['2024', 'none'],
      ['2025', 'estimate'],
    ]);
    await importPopulation({ statuses: { x: 'suppressed', e: 'provisional' } });
    const points = await profile();
    expect(points.map((p) => [p.period, p.status, p.value])).toEqual([
      ['2009', 'none', 586860],
      ['2023', 'suppressed', null],
      ['2024', 'none', 717710],
      ['2025', 'provisional', 724290],
    ]);
  });

  it('refuses a retrieval date that is not a date, naming the field', async () => {
    const res = await uploadText(analyst, 'x.json', POPULATION);
    const bad = await analyst.post('/api/statistics/imports', {
      uploadId: res.json().id,
      mapping: mapping({ source: { retrieved: '30.11.2025' } }),
    });
    expect([bad.statusCode, bad.json().errors?.[0]?.path]).toEqual([
      400,
      'mapping.source.retrieved',
    ]);
  });
});
