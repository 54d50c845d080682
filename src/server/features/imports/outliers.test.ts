import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildArea, buildIndicator, buildProgramme, buildSeries, buildUser } from '../../testing/factories';
import { uploadText, waitForImport } from '../../testing/imports';
import type { ImportMappingInput, ImportPreview, Upload } from '../../../shared/contracts/imports';
import { observations } from '../indicators/indicators.table';
import { isFarOutside } from './write/known-ranges';

/**
 * A figure far outside what is known of its series is a sign of a wrong mapping (SSB's urban
 * settlement 0801, Oslo with its suburbs, mapped to the municipality 0301): the preview names
 * such figures and the import is refused until the analyst confirms them.
 */
let t: TestApp;
let analyst: TestClient;
let indicatorId: string;

/** "Oslo" with 1,110,887 residents in 2025: the urban settlement's figure, not the municipality's. */
const SETTLEMENT = JSON.stringify({
  version: '2.0',
  class: 'dataset',
  label: 'Befolkning i tettsteder',
  id: ['Region', 'ContentsCode', 'Tid'],
  size: [1, 1, 2],
  dimension: {
    Region: { label: 'region', category: { index: { '0301': 0 }, label: { '0301': 'Oslo' } } },
    ContentsCode: { label: 'statistikkvariabel', category: { index: { Personer: 0 } } },
    Tid: { label: 'år', category: { index: { '2024': 0, '2025': 1 } } },
  },
  role: { geo: ['Region'], time: ['Tid'], metric: ['ContentsCode'] },
  value: [720000, 1110887],
});

const mapping = (extra: Partial<ImportMappingInput> = {}): ImportMappingInput => ({
  area: { dimension: 'Region' },
  period: { dimension: 'Tid' },
  indicator: { dimension: 'ContentsCode', categories: { Personer: 'innbyggere' } },
  ...extra,
});

beforeAll(async () => {
  t = await buildTestApp();
  const oslo = await buildArea(t.db, { code: '0301', kind: 'municipality', name: 'Oslo' });
  const programme = await buildProgramme(t.db);
  indicatorId = (await buildIndicator(t.db, { code: 'innbyggere', unit: 'count', decimals: 0, ownerProgrammeId: programme.id })).id;
  await buildSeries(t.db, indicatorId, oslo.id, [['2022', 709037], ['2023', 717710]]);
  analyst = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'analyst']] })).email);
});
afterAll(() => t?.close());

const figures = () => t.db.select({ period: observations.period, value: observations.value }).from(observations).where(eq(observations.indicatorId, indicatorId)).orderBy(observations.period);

describe('figures far outside what is known of their series', () => {
  it('are told by their distance from the known range, not by a small rise', () => {
    expect(isFarOutside(1110887, 709037, 717710)).toBe(true);
    expect(isFarOutside(724290, 709037, 717710)).toBe(false);
    expect(isFarOutside(20.1, 17.6, 20)).toBe(false);
    expect(isFarOutside(176, 17.6, 20)).toBe(true);
    expect(isFarOutside(-50, 0, 0)).toBe(false);
  });

  let upload: Upload;

  it('are named in the preview, which then does not let the import run', async () => {
    upload = (await uploadText(analyst, 'tettsted.json', SETTLEMENT)).json() as Upload;
    const preview = (await analyst.post(`/api/statistics/uploads/${upload.id}/preview`, mapping())).json() as ImportPreview;
    expect(preview.outliers.count).toBe(1);
    expect(preview.outliers.examples).toEqual([
      { indicatorCode: 'innbyggere', areaCode: '0301', areaName: 'Oslo', period: '2025', breakdown: '', value: 1110887, knownMin: 709037, knownMax: 717710 },
    ]);
    expect(preview.isValid).toBe(false);
    expect(preview.problems).toEqual([expect.objectContaining({ path: 'outliers', code: 'outsideKnownRange' })]);
    const confirmed = (await analyst.post(`/api/statistics/uploads/${upload.id}/preview`, mapping({ confirmOutliers: true }))).json() as ImportPreview;
    expect([confirmed.isValid, confirmed.outliers.count]).toEqual([true, 1]);
  });

  it('make the import fail without writing anything, until they are confirmed', async () => {
    const started = await analyst.post('/api/statistics/imports', { uploadId: upload.id, mapping: mapping() });
    expect(started.statusCode, started.body).toBe(202);
    const failed = await waitForImport(analyst, started.json().id);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatchObject({ code: 'MAPPING_INVALID', problems: [{ path: 'outliers', code: 'outsideKnownRange' }] });
    expect((await figures()).map((f) => f.period)).toEqual(['2022', '2023']);

    const again = await analyst.post('/api/statistics/imports', { uploadId: upload.id, mapping: mapping({ confirmOutliers: true }) });
    expect((await waitForImport(analyst, again.json().id)).state).toBe('succeeded');
    expect((await figures()).map((f) => f.value)).toEqual([709037, 717710, 720000, 1110887]);
  });
});
