import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildOrganisation, buildProgramme, buildUser, buildArea, buildIndicator, buildObservation } from '../../testing/factories';

let t: TestApp;
let admin: TestClient;
let analyst: TestClient;
let contributor: TestClient;
let programmeId: string;
let hiddenProgrammeId: string;

const SOURCE = { publisher: 'Statistisk sentralbyrå (SSB)', tableId: '12345', url: 'https://www.ssb.no/statbank/table/12345', licence: 'CC BY 4.0' };

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db);
  const hidden = await buildProgramme(t.db, { isPublished: false });
  programmeId = programme.id;
  hiddenProgrammeId = hidden.id;
  const org = await buildOrganisation(t.db);
  admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
  analyst = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'analyst']] })).email);
  contributor = await t.signIn((await buildUser(t.db, { organisationId: org.id, roles: [[programme.id, 'contributor']] })).email);
});
afterAll(() => t.close());

describe('indicator catalogue', () => {
  it('lets an analyst add an indicator, and anyone read it with its source', async () => {
    const res = await analyst.post('/api/indicators', {
      code: 'sosialhjelp-andel',
      name: { nb: 'Sosialhjelpsmottakere', nn: 'Sosialhjelpsmottakarar', en: 'Social assistance recipients' },
      unit: 'percent',
      decimals: 1,
      direction: 'lower_is_better',
      topic: 'living_conditions',
      ageFrom: 18,
      ageTo: 66,
      source: SOURCE,
      ownerProgrammeId: programmeId,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'sosialhjelp-andel', unit: 'percent', direction: 'lower_is_better', observationCount: 0, firstPeriod: null });

    const anon = await t.client();
    const one = await anon.get('/api/indicators/sosialhjelp-andel');
    expect(one.statusCode).toBe(200);
    expect(one.json().source).toEqual({ ...SOURCE, isIllustrative: false });
    const list = await anon.get('/api/indicators?q=sosialhjelp');
    expect(list.json().items.map((i: { code: string }) => i.code)).toEqual(['sosialhjelp-andel']);
    const nynorsk = await anon.get('/api/indicators?q=mottakarar');
    expect(nynorsk.json().items.map((i: { code: string }) => i.code)).toEqual(['sosialhjelp-andel']);
  });

  it('refuses a contributor (403) and an anonymous visitor (401)', async () => {
    const body = { code: 'x-test', name: { nb: 'X' }, unit: 'count', direction: 'neutral', source: { publisher: 'SSB' } };
    const res = await contributor.post('/api/indicators', body);
    expect([res.statusCode, res.json().code]).toEqual([403, 'FORBIDDEN']);
    const anon = await (await t.client()).post('/api/indicators', body);
    expect([anon.statusCode, anon.json().code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('lists every failing field: code pattern, unit, age band, source URL', async () => {
    const res = await admin.post('/api/indicators', {
      code: 'Ikke gyldig!',
      name: { nb: '' },
      unit: 'liters',
      direction: 'higher_is_better',
      ageFrom: 18,
      ageTo: 6,
      source: { publisher: 'SSB', url: 'not a url' },
    });
    expect(res.statusCode).toBe(400);
    const paths = (res.json().errors as { path: string; code: string }[]).map((e) => `${e.path}:${e.code}`);
    expect(paths).toEqual(expect.arrayContaining(['code:indicatorCode', 'name.nb:required', 'unit:invalid_value', 'source.url:url']));
  });

  it('takes only http(s) addresses as the source URL: no javascript: or data: link reaches a page or an export', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://data.ssb.no/x', 'file:///etc/passwd']) {
      const res = await admin.post('/api/indicators', { code: 'lenke-test', name: { nb: 'Lenketest' }, unit: 'percent', direction: 'higher_is_better', source: { publisher: 'SSB', url } });
      expect([url, res.statusCode, res.json().errors?.[0]?.path, res.json().errors?.[0]?.code]).toEqual([url, 400, 'source.url', 'url']);
    }
  });

  it('answers 409 naming the field when the code is taken', async () => {
    await buildIndicator(t.db, { code: 'taken-code' });
    const res = await admin.post('/api/indicators', { code: 'taken-code', name: { nb: 'Y' }, unit: 'count', direction: 'neutral', source: { publisher: 'SSB' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', field: 'code' });
  });

  it('updates an indicator and refuses an age band that ends before it starts, given the stored start', async () => {
    await buildIndicator(t.db, { code: 'age-band', ageFrom: 10, ageTo: 15, ownerProgrammeId: programmeId });
    const ok = await analyst.patch('/api/indicators/age-band', { decimals: 2, ageTo: 19 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ decimals: 2, ageFrom: 10, ageTo: 19 });
    const bad = await analyst.patch('/api/indicators/age-band', { ageTo: 5 });
    expect([bad.statusCode, bad.json().errors[0].path]).toEqual([400, 'ageTo']);
  });

  it('counts observations and their span, and refuses to delete an indicator that has them', async () => {
    const indicator = await buildIndicator(t.db, { code: 'with-data' });
    const area = await buildArea(t.db);
    await buildObservation(t.db, { indicatorId: indicator.id, areaId: area.id, period: '2021', value: 1 });
    await buildObservation(t.db, { indicatorId: indicator.id, areaId: area.id, period: '2023', value: 3 });
    await buildObservation(t.db, { indicatorId: indicator.id, areaId: area.id, period: '2022', value: null, status: 'suppressed', symbol: ':' });
    const res = await admin.get('/api/indicators/with-data');
    expect(res.json()).toMatchObject({ observationCount: 3, firstPeriod: '2021', lastPeriod: '2023' });
    const del = await admin.delete('/api/indicators/with-data');
    expect([del.statusCode, del.json().code]).toEqual([409, 'IN_USE']);
    await buildIndicator(t.db, { code: 'empty' });
    expect((await admin.delete('/api/indicators/empty')).statusCode).toBe(200);
    expect((await admin.get('/api/indicators/empty')).statusCode).toBe(404);
  });

  it('gives every indicator in a list its own count and span', async () => {
    const area = await buildArea(t.db);
    const a = await buildIndicator(t.db, { code: 'list-span-a' });
    const b = await buildIndicator(t.db, { code: 'list-span-b' });
    await buildObservation(t.db, { indicatorId: a.id, areaId: area.id, period: '2019', value: 1 });
    await buildObservation(t.db, { indicatorId: a.id, areaId: area.id, period: '2019', value: 2, breakdown: 'kjonn=1' });
    await buildObservation(t.db, { indicatorId: b.id, areaId: area.id, period: '2023-24', value: 3 });
    await buildObservation(t.db, { indicatorId: b.id, areaId: area.id, period: '2021-22', value: 4 });
    const items = (await admin.get('/api/indicators?q=list-span')).json().items as { code: string; observationCount: number; firstPeriod: string; lastPeriod: string }[];
    expect(items.map((i) => [i.code, i.observationCount, i.firstPeriod, i.lastPeriod])).toEqual([
      ['list-span-a', 2, '2019', '2019'],
      ['list-span-b', 2, '2021-22', '2023-24'],
    ]);
  });

  it('makes a suppressed cell with a number impossible in the database itself', async () => {
    const indicator = await buildIndicator(t.db);
    const area = await buildArea(t.db);
    await expect(buildObservation(t.db, { indicatorId: indicator.id, areaId: area.id, period: '2020', value: 4, status: 'suppressed' })).rejects.toThrow();
  });
});

describe('programme statistics settings', () => {
  it('lets an analyst of the programme choose indicators, focus areas and reference areas, in order', async () => {
    const a = await buildIndicator(t.db, { code: 'prog-a' });
    const b = await buildIndicator(t.db, { code: 'prog-b' });
    const oslo = await buildArea(t.db, { kind: 'municipality', code: '0301', name: 'Oslo' });
    const norway = await buildArea(t.db, { kind: 'country', code: 'NO', name: 'Norge' });
    const sagene = await buildArea(t.db, { kind: 'city_district', code: '030103', name: 'Bydel Sagene', parentId: oslo.id });
    const res = await analyst.put(`/api/programmes/${programmeId}/statistics`, {
      indicatorIds: [b.id, a.id],
      focusAreaIds: [sagene.id],
      referenceAreaIds: [oslo.id, norway.id],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.indicators.map((i: { code: string }) => i.code)).toEqual(['prog-b', 'prog-a']);
    expect(body.focusAreas.map((x: { code: string }) => x.code)).toEqual(['030103']);
    expect(body.referenceAreas.map((x: { code: string }) => x.code)).toEqual(['0301', 'NO']);
    const read = await (await t.client()).get(`/api/programmes/${programmeId}/statistics`);
    expect(read.json()).toEqual(body);
  });

  it('names unknown and repeated ids', async () => {
    const a = await buildIndicator(t.db);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await admin.put(`/api/programmes/${programmeId}/statistics`, { indicatorIds: [a.id, unknown], focusAreaIds: [], referenceAreaIds: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'indicatorIds', code: 'notFound', values: [unknown] });
    const twice = await admin.put(`/api/programmes/${programmeId}/statistics`, { indicatorIds: [a.id, a.id], focusAreaIds: [], referenceAreaIds: [] });
    expect(twice.json().errors[0]).toMatchObject({ path: 'indicatorIds', code: 'duplicate' });
  });

  it('refuses a contributor, and hides an unpublished programme from visitors', async () => {
    const res = await contributor.put(`/api/programmes/${programmeId}/statistics`, { indicatorIds: [], focusAreaIds: [], referenceAreaIds: [] });
    expect([res.statusCode, res.json().code]).toEqual([403, 'FORBIDDEN']);
    const hidden = await (await t.client()).get(`/api/programmes/${hiddenProgrammeId}/statistics`);
    expect([hidden.statusCode, hidden.json().code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('who keeps an indicator', () => {
  it('lets only the owner programme’s analysts and secretariat, or an administrator, change it', async () => {
    const theirs = await buildProgramme(t.db);
    const otherSec = await t.signIn((await buildUser(t.db, { roles: [[theirs.id, 'secretariat']] })).email);
    const owned = await buildIndicator(t.db, { ownerProgrammeId: programmeId, direction: 'lower_is_better' });
    const national = await buildIndicator(t.db, { direction: 'lower_is_better' });
    for (const code of [owned.code, national.code]) {
      expect((await otherSec.patch(`/api/indicators/${code}`, { direction: 'higher_is_better' })).statusCode).toBe(403);
      expect((await otherSec.delete(`/api/indicators/${code}`)).statusCode).toBe(403);
    }
    expect((await analyst.patch(`/api/indicators/${national.code}`, { direction: 'higher_is_better' })).statusCode).toBe(403);
    const changed = await analyst.patch(`/api/indicators/${owned.code}`, { decimals: 2 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ ownerProgrammeId: programmeId, direction: 'lower_is_better', decimals: 2 });
    expect((await admin.patch(`/api/indicators/${national.code}`, { decimals: 2 })).json()).toMatchObject({ ownerProgrammeId: null, direction: 'lower_is_better' });
    // Handing it to another programme needs the right to keep indicators there too.
    expect((await analyst.patch(`/api/indicators/${owned.code}`, { ownerProgrammeId: theirs.id })).statusCode).toBe(403);
    expect((await admin.patch(`/api/indicators/${owned.code}`, { ownerProgrammeId: null })).json().ownerProgrammeId).toBeNull();
  });

  it('asks which programme keeps a new indicator; only an administrator adds a shared national one', async () => {
    const theirs = await buildProgramme(t.db);
    const body = (code: string, ownerProgrammeId?: string | null) => ({ code, name: { nb: 'Eid' }, unit: 'count', direction: 'neutral', source: { publisher: 'SSB' }, ownerProgrammeId });
    const bare = await analyst.post('/api/indicators', body('uten-eier'));
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual([expect.objectContaining({ path: 'ownerProgrammeId', code: 'required' })]);
    expect((await analyst.post('/api/indicators', body('feil-eier', theirs.id))).statusCode).toBe(403);
    expect((await analyst.post('/api/indicators', body('skjult-eier', hiddenProgrammeId))).statusCode).toBe(404);
    expect((await analyst.post('/api/indicators', body('egen-eier', programmeId))).json().ownerProgrammeId).toBe(programmeId);
    expect((await admin.post('/api/indicators', body('nasjonal'))).json().ownerProgrammeId).toBeNull();
  });
});
