import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import type { IndicatorView } from '../../../shared/contracts/profiles';
import { isWithheldStatus, type ObservationStatus } from '../../../shared/domain/statistics';
import { buildIndicator, buildProgramme, buildRegister, buildSeries, followIndicators, type Register } from '../../testing/factories';

let t: TestApp;
let r: Register;
let slug: string;

beforeAll(async () => {
  t = await buildTestApp();
  r = await buildRegister(t.db);
  const completion = await buildIndicator(t.db, { code: 'fullfort', direction: 'higher_is_better', decimals: 1 });
  const social = await buildIndicator(t.db, { code: 'sosialhjelp', direction: 'lower_is_better', decimals: 1 });
  const residents = await buildIndicator(t.db, { code: 'befolkning', direction: 'neutral', unit: 'count', decimals: 0 });
  const points = await buildIndicator(t.db, { code: 'grunnskolepoeng', unit: 'points' });
  const national = await buildIndicator(t.db, { code: 'nasjonal' });

  await buildSeries(t.db, completion.id, r.gamleOslo.id, [['2023', 69], ['2024', 70.04]]);
  await buildSeries(t.db, completion.id, r.grunerlokka.id, [['2023', 68], ['2024', 70]]);
  await buildSeries(t.db, completion.id, r.sagene.id, [['2023', 71], ['2024', 72]]);
  await buildSeries(t.db, completion.id, r.frogner.id, [['2024', null, 'suppressed', ':']]);
  await buildSeries(t.db, completion.id, r.oslo.id, [['2023', 70], ['2024', 71]]);
  await buildSeries(t.db, completion.id, r.norway.id, [['2023', 74], ['2024', 75]]);
  await buildSeries(t.db, completion.id, r.sagene.id, [['2024', 74.5]], 'kjonn=2');
  await buildSeries(t.db, completion.id, r.sagene.id, [['2024', 71.5]], 'alder=15-19;kjonn=1');

  await buildSeries(t.db, social.id, r.sagene.id, [['2009', 6.8]]);
  await buildSeries(t.db, social.id, r.frogner.id, [['2009', 2]]);
  await buildSeries(t.db, social.id, r.oslo.id, [['2009', 4]]);

  await buildSeries(t.db, residents.id, r.sagene.id, [['2024', 32000]]);
  await buildSeries(t.db, residents.id, r.frogner.id, [['2024', 60000]]);
  await buildSeries(t.db, residents.id, r.gamleOslo.id, [['2024', 60000]]);

  await buildSeries(t.db, points.id, r.sagene.id, [['2022-23', 41], ['2023-24', 42]]);
  await buildSeries(t.db, national.id, r.oslo.id, [['2024', 1]]);
  await buildSeries(t.db, national.id, r.norway.id, [['2024', 2]]);

  const programme = await buildProgramme(t.db);
  slug = programme.slug;
  await followIndicators(t.db, programme.id, {
    indicators: [completion.id],
    focus: [r.gamleOslo.id, r.grunerlokka.id, r.sagene.id, r.frogner.id],
    references: [r.oslo.id, r.norway.id],
  });
});
afterAll(() => t.close());

async function view(query: string): Promise<IndicatorView> {
  const res = await t.app.inject({ method: 'GET', url: `/api/indicators/${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as IndicatorView;
}

const ranks = (v: IndicatorView) => v.ranking.map((x) => [x.area.code, x.rank, x.point.value]);

/** Every point in a response: none with a withholding status may carry a number. */
function withheldNumbers(node: unknown): unknown[] {
  if (Array.isArray(node)) return node.flatMap(withheldNumbers);
  if (node && typeof node === 'object') {
    const o = node as { status?: ObservationStatus; value?: unknown };
    const own = o.status && isWithheldStatus(o.status) && o.value !== null ? [o] : [];
    return [...own, ...Object.values(node).flatMap(withheldNumbers)];
  }
  return [];
}

describe('indicator view: ranking', () => {
  it("ranks the programme's focus areas at the latest period, best first, ties sharing a rank, withheld last", async () => {
    const v = await view(`fullfort/view?programme=${slug}`);
    expect(v.period).toBe('2024');
    expect(v.periods).toEqual(['2023', '2024']);
    expect(ranks(v)).toEqual([
      ['030103', 1, 72],
      ['030101', 2, 70.04],
      ['030102', 2, 70],
      ['030105', null, null],
    ]);
    expect(v.ranking[3]!.point).toMatchObject({ period: '2024', value: null, status: 'suppressed', symbol: ':' });
    expect(withheldNumbers(v)).toEqual([]);
  });

  it('ranks at a chosen period; a focus area without a figure is unranked as not available', async () => {
    const v = await view(`fullfort/view?programme=${slug}&period=2023`);
    expect(ranks(v)).toEqual([
      ['030103', 1, 71],
      ['030101', 2, 69],
      ['030102', 3, 68],
      ['030105', null, null],
    ]);
    expect(v.ranking[3]!.point).toEqual({ period: '2023', value: null, status: 'not_available', symbol: null });
  });

  it('without a programme ranks every area of the most common kind (districts, not Oslo or Norway)', async () => {
    const v = await view('fullfort/view');
    expect(v.ranking.map((x) => x.area.code)).toEqual(['030103', '030101', '030102', '030105']);
    expect(v.series).toEqual([]);
  });

  it('puts the lowest first when lower is better, and the largest first when neutral', async () => {
    expect(ranks(await view('sosialhjelp/view'))).toEqual([
      ['030105', 1, 2],
      ['030103', 2, 6.8],
    ]);
    // A tie is ordered by name: Frogner before Gamle Oslo.
    expect(ranks(await view('befolkning/view'))).toEqual([
      ['030105', 1, 60000],
      ['030101', 1, 60000],
      ['030103', 3, 32000],
    ]);
  });

  it('names the parent to draw the map of when the ranked areas are its children and it has outlines', async () => {
    expect((await view(`fullfort/view?programme=${slug}`)).mapParent).toMatchObject({ code: '0301', name: 'Oslo' });
    // Oslo and Norway (one of each kind: the finer, Oslo, is ranked alone): Norway has no outlines of its children.
    const national = await view('nasjonal/view');
    expect(national.ranking.map((x) => x.area.code)).toEqual(['0301']);
    expect(national.mapParent).toBeNull();
  });
});

describe('indicator view: breakdowns, periods, series', () => {
  it('lists the breakdowns with labels, the total first; a multi-dimension key combines them', async () => {
    const v = await view('fullfort/view');
    expect(v.breakdowns).toEqual([
      { key: '', label: { nb: 'Totalt', nn: 'Totalt', en: 'Total' } },
      { key: 'alder=15-19;kjonn=1', label: { nb: 'alder: 15-19, Kjønn: Gutter', nn: 'alder: 15-19, Kjønn: Gutar', en: 'alder: 15-19, Sex: Boys' } },
      { key: 'kjonn=2', label: { nb: 'Kjønn: Jenter', nn: 'Kjønn: Jenter', en: 'Sex: Girls' } },
    ]);
    const girls = await view('fullfort/view?breakdown=kjonn%3D2');
    expect(girls).toMatchObject({ breakdown: 'kjonn=2', periods: ['2024'], period: '2024' });
    expect(ranks(girls)).toEqual([['030103', 1, 74.5]]);
  });

  it('follows the first focus area over time with the reference areas, oldest first', async () => {
    const v = await view(`fullfort/view?programme=${slug}`);
    expect(v.series.map((s) => [s.area.code, s.isReference, s.points.map((p) => p.value)])).toEqual([
      ['030101', false, [69, 70.04]],
      ['0301', true, [70, 71]],
      ['NO', true, [74, 75]],
    ]);
    const sagene = await view(`fullfort/view?programme=${slug}&area=030103`);
    expect(sagene.series[0]).toMatchObject({ area: { code: '030103' }, isReference: false });
    const alone = await view('fullfort/view?area=030105');
    expect(alone.series).toMatchObject([{ area: expect.objectContaining({ code: '030105' }), isReference: false, points: [{ period: '2024', value: null, status: 'suppressed', symbol: ':' }] }]);
  });

  it('opens on the first focus area with a figure, not on one whose figures are missing', async () => {
    const social = (await view('sosialhjelp/view')).indicator;
    const programme = await buildProgramme(t.db);
    // Gamle Oslo has no figure for this indicator, Frogner's is the first in the list that has one.
    await followIndicators(t.db, programme.id, { indicators: [social.id], focus: [r.gamleOslo.id, r.frogner.id, r.sagene.id], references: [r.oslo.id] });
    const v = await view(`sosialhjelp/view?programme=${programme.slug}`);
    expect(v.series.map((s) => [s.area.code, s.isReference])).toEqual([
      ['030105', false],
      ['0301', true],
    ]);
  });

  it('reads a period as sources write it (2023/2024 is the school year 2023–24)', async () => {
    const v = await view('grunnskolepoeng/view?period=2023%2F2024');
    expect(v.period).toBe('2023-24');
    expect(v.periods).toEqual(['2022-23', '2023-24']);
  });

  it('returns the indicator itself with the span of its observations', async () => {
    const v = await view('fullfort/view');
    expect(v.indicator).toMatchObject({ code: 'fullfort', direction: 'higher_is_better', firstPeriod: '2023', lastPeriod: '2024' });
  });
});

describe('indicator view: refusals', () => {
  it.each([
    ['period=2099', 'querystring.period'],
    ['breakdown=kjonn%3D9', 'querystring.breakdown'],
    ['area=999999', 'querystring.area'],
  ])('answers 400 naming the field for %s', async (query, path) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/indicators/fullfort/view?${query}` });
    expect([res.statusCode, res.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([path]);
  });

  it('answers 404 for an unknown indicator and for an unpublished programme', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/indicators/finnes-ikke/view' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'NOT_FOUND']);
    const hidden = await buildProgramme(t.db, { isPublished: false });
    const res = await t.app.inject({ method: 'GET', url: `/api/indicators/fullfort/view?programme=${hidden.slug}` });
    expect([res.statusCode, res.json().code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('area outlines', () => {
  it("gives the parent's child areas that have an outline, as GeoJSON with code and name", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/areas/geometries?parent=0301' });
    expect(res.statusCode).toBe(200);
    const geo = res.json();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f: { properties: unknown }) => f.properties)).toEqual([
      { code: '030101', name: 'Bydel Gamle Oslo' },
      { code: '030102', name: 'Bydel Grünerløkka' },
      { code: '030103', name: 'Bydel Sagene' },
    ]);
    expect(geo.features[0]).toMatchObject({ type: 'Feature', geometry: { type: 'Polygon' } });
  });

  it('may be cached, and answers 304 when the outlines have not changed', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/areas/geometries?parent=0301' });
    expect(first.headers['cache-control']).toBe('public, max-age=3600');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await t.app.inject({ method: 'GET', url: '/api/areas/geometries?parent=0301', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await t.app.inject({ method: 'GET', url: '/api/areas/geometries?parent=0301', headers: { 'if-none-match': '"stale"' } });
    expect(other.statusCode).toBe(200);
  });

  it('is an empty collection for an area without outlined children, 404 for an unknown one, 400 without a parent', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/areas/geometries?parent=NO' });
    expect([none.statusCode, none.json().features]).toEqual([200, []]);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/areas/geometries?parent=9999' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'NOT_FOUND']);
    const missing = await t.app.inject({ method: 'GET', url: '/api/areas/geometries' });
    expect([missing.statusCode, missing.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});

describe('API documentation', () => {
  it('documents every route of area profiles, views, outlines and exports', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/programmes/{id}/profile/{areaCode}',
        '/api/programmes/{id}/profile/{areaCode}/export',
        '/api/indicators/{code}/view',
        '/api/indicators/{code}/export',
        '/api/areas/geometries',
      ]),
    );
  });
});
