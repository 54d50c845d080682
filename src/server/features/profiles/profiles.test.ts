import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { buildUser, buildIndicator, buildProgramme, buildRegister, buildSeries, followIndicators, type Register } from '../../testing/factories';
import { AreaProfile, type ProfileRow } from '../../../shared/contracts/profiles';

let t: TestApp;
let r: Register;
let programmeId: string;
let hiddenId: string;
let emptyId: string;

const years = (from: number, values: number[]) => values.map((v, i): [string, number] => [String(from + i), v]);

beforeAll(async () => {
  t = await buildTestApp();
  r = await buildRegister(t.db);
  const completion = await buildIndicator(t.db, { code: 'fullfort', direction: 'higher_is_better', decimals: 1 });
  const social = await buildIndicator(t.db, { code: 'sosialhjelp', direction: 'lower_is_better', decimals: 1 });
  const lowIncome = await buildIndicator(t.db, { code: 'lavinntekt', direction: 'lower_is_better', decimals: 1 });
  const residents = await buildIndicator(t.db, { code: 'befolkning', direction: 'neutral', unit: 'count', decimals: 0 });
  const points = await buildIndicator(t.db, { code: 'grunnskolepoeng', direction: 'higher_is_better', unit: 'points' });

  // Thirteen years for Sagene: the trend keeps the last ten. A later girls-only figure must not
  // count as the latest total.
  await buildSeries(t.db, completion.id, r.sagene.id, years(2012, [60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72]));
  await buildSeries(t.db, completion.id, r.sagene.id, [['2025', 99]], 'kjonn=2');
  await buildSeries(t.db, completion.id, r.oslo.id, [['2023', 69], ['2024', 70]]);
  await buildSeries(t.db, completion.id, r.norway.id, [['2024', 75]]);

  await buildSeries(t.db, social.id, r.sagene.id, [['2008', 6.84], ['2009', 6.8]]);
  await buildSeries(t.db, social.id, r.frogner.id, [['2009', 2]]);
  await buildSeries(t.db, social.id, r.oslo.id, [['2009', 4]]);
  await buildSeries(t.db, social.id, r.norway.id, [['2009', 6.84]]);

  await buildSeries(t.db, lowIncome.id, r.sagene.id, [['2023', 10], ['2024', null, 'suppressed', ':']]);
  await buildSeries(t.db, lowIncome.id, r.grunerlokka.id, [['2022', 12], ['2023', null, 'suppressed', ':'], ['2024', 9]]);
  await buildSeries(t.db, lowIncome.id, r.oslo.id, [['2024', 8]]);
  await buildSeries(t.db, lowIncome.id, r.norway.id, [['2022', 9]]);

  await buildSeries(t.db, residents.id, r.sagene.id, [['2023', 30000], ['2024', 32000]]);
  await buildSeries(t.db, residents.id, r.oslo.id, [['2024', 700000]]);

  await buildSeries(t.db, points.id, r.oslo.id, [['2023-24', 42]]);

  const programme = await buildProgramme(t.db);
  programmeId = programme.id;
  await followIndicators(t.db, programme.id, {
    indicators: [completion.id, social.id, lowIncome.id, residents.id, points.id],
    focus: [r.sagene.id, r.grunerlokka.id],
    references: [r.oslo.id, r.norway.id],
  });
  const hidden = await buildProgramme(t.db, { isPublished: false });
  hiddenId = hidden.id;
  await followIndicators(t.db, hidden.id, { indicators: [completion.id], focus: [r.sagene.id], references: [r.oslo.id] });
  emptyId = (await buildProgramme(t.db)).id;
});
afterAll(() => t.close());

async function profile(areaCode: string, id = programmeId): Promise<AreaProfile> {
  const res = await t.app.inject({ method: 'GET', url: `/api/programmes/${id}/profile/${areaCode}` });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  const body = res.json() as AreaProfile;
  // The statement writes the response itself: it must be exactly the contract, nothing more.
  expect(AreaProfile.parse(body)).toEqual(body);
  return body;
}

const row = (p: AreaProfile, code: string): ProfileRow => p.rows.find((x) => x.indicator.code === code)!;

describe('area profile', () => {
  it('lists every indicator the programme follows, in its order, against its reference areas', async () => {
    const p = await profile('030103');
    expect(p.programme).toMatchObject({ id: programmeId });
    expect(p.area).toMatchObject({ code: '030103', name: 'Bydel Sagene', kind: 'city_district' });
    expect(p.referenceAreas.map((a) => a.code)).toEqual(['0301', 'NO']);
    expect(p.rows.map((x) => x.indicator.code)).toEqual(['fullfort', 'sosialhjelp', 'lavinntekt', 'befolkning', 'grunnskolepoeng']);
  });

  it('gives the latest total, the last ten periods oldest first, and the change since the period before', async () => {
    const completion = row(await profile('030103'), 'fullfort');
    expect(completion.latest).toMatchObject({ period: '2024', value: 72, status: 'none', symbol: null });
    expect(completion.trend.map((x) => x.period)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(completion.trend[0]!.value).toBe(63);
    expect(completion.change).toBe('up');
  });

  it('compares in the direction of the indicator: higher is better', async () => {
    const completion = row(await profile('030103'), 'fullfort');
    expect(completion.references).toMatchObject([
      { area: expect.objectContaining({ code: '0301' }), point: { period: '2024', value: 70, status: 'none', symbol: null }, comparison: 'better' },
      { area: expect.objectContaining({ code: 'NO' }), point: { period: '2024', value: 75, status: 'none', symbol: null }, comparison: 'worse' },
    ]);
  });

  it('compares in the direction of the indicator: lower is better, equal at the decimals shown is the same', async () => {
    const sagene = row(await profile('030103'), 'sosialhjelp');
    expect(sagene.latest?.value).toBe(6.8);
    expect(sagene.references.map((x) => x.comparison)).toEqual(['worse', 'same']);
    // 6.84 and 6.8 are both "6,8": no change.
    expect(sagene.change).toBe('flat');
    const frogner = row(await profile('030105'), 'sosialhjelp');
    expect(frogner.references.map((x) => x.comparison)).toEqual(['better', 'better']);
    expect(frogner.change).toBeNull();
  });

  it('shows a withheld latest figure as withheld, never as a number nor as the older figure', async () => {
    const low = row(await profile('030103'), 'lavinntekt');
    expect(low.latest).toMatchObject({ period: '2024', value: null, status: 'suppressed', symbol: ':' });
    expect(low.trend).toMatchObject([
      { period: '2023', value: 10, status: 'none', symbol: null },
      { period: '2024', value: null, status: 'suppressed', symbol: ':' },
    ]);
    expect(low.change).toBeNull();
    expect(low.references.map((x) => x.comparison)).toEqual(['not_comparable', 'not_comparable']);
    expect(low.references[0]!.point).toMatchObject({ period: '2024', value: 8 });
  });

  it('takes a reference area at its own latest period when it has none at the area’s', async () => {
    const low = row(await profile('030103'), 'lavinntekt');
    expect(low.references[1]!.point).toMatchObject({ period: '2022', value: 9, status: 'none', symbol: null });
  });

  it('gives no change when the period before is withheld, rather than reaching back past it', async () => {
    const low = row(await profile('030102'), 'lavinntekt');
    expect(low.latest?.value).toBe(9);
    expect(low.change).toBeNull();
    expect(low.references.map((x) => x.comparison)).toEqual(['worse', 'same']);
  });

  it('never calls a neutral indicator better or worse', async () => {
    const residents = row(await profile('030103'), 'befolkning');
    expect(residents.change).toBe('up');
    expect(residents.references.map((x) => x.comparison)).toEqual(['not_comparable', 'not_comparable']);
    expect(residents.references[0]!.point?.value).toBe(700000);
  });

  it('keeps an indicator without figures for the area, with the references’ own latest', async () => {
    const pts = row(await profile('030103'), 'grunnskolepoeng');
    expect(pts).toMatchObject({ latest: null, trend: [], change: null });
    expect(pts.references[0]).toMatchObject({ point: { period: '2023-24', value: 42 }, comparison: 'not_comparable' });
    expect(pts.references[1]).toMatchObject({ point: null, comparison: 'not_comparable' });
  });

  it('profiles any area in the register, and leaves out a reference that is the area itself', async () => {
    const p = await profile('0301');
    expect(p.referenceAreas.map((a) => a.code)).toEqual(['NO']);
    expect(row(p, 'fullfort').references).toHaveLength(1);
    expect(row(p, 'fullfort').latest?.value).toBe(70);
  });

  it('is an empty profile for a programme that follows no indicators', async () => {
    const p = await profile('030103', emptyId);
    expect(p).toMatchObject({ rows: [], referenceAreas: [] });
  });

  it('answers 404 for an unknown area or programme, and 400 for a malformed programme id', async () => {
    const area = await t.app.inject({ method: 'GET', url: `/api/programmes/${programmeId}/profile/999999` });
    expect([area.statusCode, area.json().code]).toEqual([404, 'NOT_FOUND']);
    const prog = await t.app.inject({ method: 'GET', url: '/api/programmes/00000000-0000-4000-8000-000000000000/profile/030103' });
    expect([prog.statusCode, prog.json().code]).toEqual([404, 'NOT_FOUND']);
    const bad = await t.app.inject({ method: 'GET', url: '/api/programmes/not-an-id/profile/030103' });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('hides an unpublished programme from visitors but shows it to those who work in it', async () => {
    const anon = await t.app.inject({ method: 'GET', url: `/api/programmes/${hiddenId}/profile/030103` });
    expect([anon.statusCode, anon.json().code]).toEqual([404, 'NOT_FOUND']);
    const member = await t.signIn((await buildUser(t.db, { roles: [[hiddenId, 'viewer']] })).email);
    const res = await member.get(`/api/programmes/${hiddenId}/profile/030103`);
    expect(res.statusCode).toBe(200);
    expect(res.json().rows).toHaveLength(1);
    const outsider = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
    const refused = await outsider.get(`/api/programmes/${hiddenId}/profile/030103`);
    expect([refused.statusCode, refused.json().code]).toEqual([404, 'NOT_FOUND']);
  });
});
