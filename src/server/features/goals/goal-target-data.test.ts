import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildArea, buildGoal, buildIndicator, buildObservation, buildProgramme, buildUser } from '../../testing/factories';
import { breakdownLabels } from '../indicators/indicators.table';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let subSecretariat: TestClient;
let otherSecretariat: TestClient;
let boardMember: TestClient;
let programmeId: string;
let subId: string;
let hiddenId: string;
let indicatorId: string;
let stovner: string;
let grorud: string;

// Label keys of their own, so that other test files' labels cannot meet them.
const SEX = 'kjonn_tgd';
const AGE = 'alder_tgd';

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db, { isPublished: true });
  const sub = await buildProgramme(t.db, { kind: 'sub_programme', parentId: programme.id, isPublished: true });
  const other = await buildProgramme(t.db, { isPublished: true });
  const hidden = await buildProgramme(t.db, { isPublished: false });
  programmeId = programme.id;
  subId = sub.id;
  hiddenId = hidden.id;
  indicatorId = (await buildIndicator(t.db, { unit: 'percent', decimals: 1 })).id;
  stovner = (await buildArea(t.db, { kind: 'city_district', name: 'Bydel Stovner' })).id;
  grorud = (await buildArea(t.db, { kind: 'city_district', name: 'Bydel Grorud' })).id;
  await t.db.insert(breakdownLabels).values([
    { key: SEX, label: { nb: 'Kjønn', nn: 'Kjønn', en: 'Sex' } },
    { key: `${SEX}=2`, label: { nb: 'Kvinner', nn: 'Kvinner', en: 'Women' } },
    { key: `${SEX}=1`, label: { nb: 'Menn' } },
  ]);
  for (const [period, value] of [['2016', 17.9], ['2015', 17.6]] as const) {
    await buildObservation(t.db, { indicatorId, areaId: stovner, period, value: value + 3, breakdown: '' });
    await buildObservation(t.db, { indicatorId, areaId: stovner, period, value, breakdown: `${SEX}=2` });
  }
  await buildObservation(t.db, { indicatorId, areaId: stovner, period: '2017', value: null, status: 'suppressed', symbol: ':', breakdown: `${SEX}=2` });
  await buildObservation(t.db, { indicatorId, areaId: grorud, period: '2015', value: 12, breakdown: `${SEX}=1` });
  await buildObservation(t.db, { indicatorId, areaId: grorud, period: '2015', value: 9, breakdown: `${AGE}=15-19` });
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
  subSecretariat = await t.signIn((await buildUser(t.db, { roles: [[sub.id, 'secretariat']] })).email);
  otherSecretariat = await t.signIn((await buildUser(t.db, { roles: [[other.id, 'secretariat'], [hidden.id, 'viewer']] })).email);
  boardMember = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'board_member']] })).email);
});
afterAll(() => t.close());

const breakdownsUrl = (programme: string, query: string) => `/api/programmes/${programme}/target-breakdowns?indicatorId=${indicatorId}${query}`;
const observationsUrl = (programme: string, area: string, breakdown: string) =>
  `/api/programmes/${programme}/target-observations?indicatorId=${indicatorId}&areaId=${area}&breakdown=${encodeURIComponent(breakdown)}`;

describe('the breakdowns a target can follow', () => {
  it('lists the total first, then the keys with observations, labelled as stored or by their key', async () => {
    const res = await secretariat.get(breakdownsUrl(programmeId, ''));
    expect(res.statusCode).toBe(200);
    expect(res.json().breakdowns).toEqual([
      { key: '', label: { nb: 'Totalt', nn: 'Totalt', en: 'Total' }, observed: true },
      // No label at all: the key itself.
      { key: `${AGE}=15-19`, label: { nb: `${AGE}=15-19`, nn: `${AGE}=15-19`, en: `${AGE}=15-19` }, observed: true },
      // Labelled only in bokmål: nynorsk and English fall back to it.
      { key: `${SEX}=1`, label: { nb: 'Kjønn: Menn', nn: 'Kjønn: Menn', en: 'Sex: Menn' }, observed: true },
      { key: `${SEX}=2`, label: { nb: 'Kjønn: Kvinner', nn: 'Kjønn: Kvinner', en: 'Sex: Women' }, observed: true },
    ]);
  });

  it('narrows to the area, and still offers the total where the area has no total figures', async () => {
    const stovnerKeys = (await secretariat.get(breakdownsUrl(programmeId, `&areaId=${stovner}`))).json().breakdowns;
    expect(stovnerKeys.map((b: { key: string; observed: boolean }) => [b.key, b.observed])).toEqual([['', true], [`${SEX}=2`, true]]);
    const grorudKeys = (await secretariat.get(breakdownsUrl(programmeId, `&areaId=${grorud}`))).json().breakdowns;
    expect(grorudKeys.map((b: { key: string; observed: boolean }) => [b.key, b.observed])).toEqual([['', false], [`${AGE}=15-19`, true], [`${SEX}=1`, true]]);
  });

  it('answers 404 for an unknown indicator or area', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await secretariat.get(`/api/programmes/${programmeId}/target-breakdowns?indicatorId=${unknown}`)).statusCode).toBe(404);
    expect((await secretariat.get(breakdownsUrl(programmeId, `&areaId=${unknown}`))).statusCode).toBe(404);
  });
});

describe("an area's figures for the baseline", () => {
  it('lists the periods oldest first with their values; a suppressed figure comes without its number', async () => {
    const res = await secretariat.get(observationsUrl(programmeId, stovner, `${SEX}=2`));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      unit: 'percent',
      decimals: 1,
      points: [
        { period: '2015', value: 17.6, status: 'none', symbol: null },
        { period: '2016', value: 17.9, status: 'none', symbol: null },
        { period: '2017', value: null, status: 'suppressed', symbol: ':' },
      ],
    });
  });

  it('reads the total when the breakdown is left out', async () => {
    const res = await secretariat.get(`/api/programmes/${programmeId}/target-observations?indicatorId=${indicatorId}&areaId=${stovner}`);
    expect(res.json().points.map((p: { value: number }) => p.value)).toEqual([20.6, 20.9]);
    expect((await secretariat.get(observationsUrl(programmeId, grorud, ''))).json().points).toEqual([]);
  });
});

describe('who may read them', () => {
  it("is those who manage the programme's goals, also from a parent programme", async () => {
    expect((await subSecretariat.get(breakdownsUrl(subId, ''))).statusCode).toBe(200);
    expect((await secretariat.get(observationsUrl(subId, stovner, ''))).statusCode).toBe(200);
  });

  it("refuses another programme's secretariat, a board member and the anonymous", async () => {
    for (const url of [breakdownsUrl(programmeId, ''), observationsUrl(programmeId, stovner, `${SEX}=2`)]) {
      const other = await otherSecretariat.get(url);
      expect(other.statusCode).toBe(403);
      expect(JSON.stringify(other.json())).not.toContain('Kvinner');
      expect((await boardMember.get(url)).statusCode).toBe(403);
      expect((await anon.get(url)).statusCode).toBe(401);
    }
    // A sub-programme's secretariat does not reach up to the parent's goals.
    expect((await subSecretariat.get(breakdownsUrl(programmeId, ''))).statusCode).toBe(403);
  });

  it('hides an unpublished programme from those without a managing role there', async () => {
    expect((await secretariat.get(breakdownsUrl(hiddenId, ''))).statusCode).toBe(404);
    // A viewer sees the programme but may not manage its goals.
    expect((await otherSecretariat.get(breakdownsUrl(hiddenId, ''))).statusCode).toBe(403);
  });
});

describe("a target's breakdown", () => {
  it('comes with its label, so that targets of one indicator and area are told apart; the total has none', async () => {
    const goal = await buildGoal(t.db, { programmeId });
    const body = (breakdown: string) => ({ indicatorId, areaId: stovner, breakdown, baseline: { value: 17.6, period: '2015' }, target: { value: 25, period: '2026' } });
    const women = await secretariat.post(`/api/goals/${goal.id}/targets`, body(`${SEX}=2`));
    expect(women.statusCode).toBe(201);
    expect(women.json()).toMatchObject({ breakdown: `${SEX}=2`, breakdownLabel: { nb: 'Kjønn: Kvinner', nn: 'Kjønn: Kvinner', en: 'Sex: Women' } });
    const total = await secretariat.post(`/api/goals/${goal.id}/targets`, body(''));
    expect(total.json()).toMatchObject({ breakdown: '', breakdownLabel: null });
    const tree = (await secretariat.get(`/api/programmes/${programmeId}/goals`)).json();
    const labels = tree.goals.find((g: { id: string }) => g.id === goal.id).targets.map((x: { breakdownLabel: { en: string } | null }) => x.breakdownLabel?.en ?? null);
    expect(labels).toEqual(['Sex: Women', null]);
  });
});
