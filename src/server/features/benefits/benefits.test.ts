import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildArea, buildGoal, buildIndicator, buildOrganisation, buildProgramme, buildProject, buildSeries, buildUser, followIndicators } from '../../testing/factories';
import { uploadText, waitForImport } from '../../testing/imports';
import { statisticsImports } from '../imports/imports.table';
import { observations } from '../indicators/indicators.table';
import { ImportMapping } from '../../../shared/contracts/imports';
import type { Benefit, BenefitOverview, BenefitPlan } from '../../../shared/contracts/benefits';

let t: TestApp;
let secretariat: TestClient;
let ownerContributor: TestClient;
let otherContributor: TestClient;
let boardMember: TestClient;
let anon: TestClient;
let analyst: TestClient;
let programmeId: string;
let owner: { id: string };
let indicatorId: string;
let sagene: { id: string };
let foreignArea: { id: string };
let foreignIndicator: { id: string };

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);

/** A benefit measured by the programme's indicator for Sagene: from 60 in 2022 towards 70. */
const linked = (o: Record<string, unknown> = {}) => ({
  title: { nb: 'Flere fullfører videregående' },
  ownerOrganisationId: owner.id,
  ownerName: 'Enhetsleder skole',
  measure: 'indicator',
  indicatorId,
  areaId: sagene.id,
  direction: 'higher_is_better',
  baselineValue: 60,
  baselinePeriod: '2022',
  expectedValue: 70,
  expectedBy: '2027-12-31',
  followUpMonths: 24,
  ...o,
});
const manual = (o: Record<string, unknown> = {}) => ({
  title: { nb: 'Færre bekymringsmeldinger' },
  measure: 'manual',
  measureName: 'Bekymringsmeldinger per år',
  measureUnit: 'meldinger',
  direction: 'lower_is_better',
  baselineValue: 40,
  baselinePeriod: '2024',
  expectedValue: 30,
  expectedBy: '2026-12-31',
  ...o,
});

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db, { isPublished: true });
  programmeId = programme.id;
  const other = await buildProgramme(t.db);
  owner = await buildOrganisation(t.db, { name: 'Bydel Sagene' });
  const otherOrg = await buildOrganisation(t.db, { name: 'Bydel Grorud' });
  sagene = await buildArea(t.db, { code: '030103', kind: 'city_district', name: 'Bydel Sagene' });
  foreignArea = await buildArea(t.db, { code: '030110', kind: 'city_district', name: 'Bydel Grorud' });
  const indicator = await buildIndicator(t.db, { code: 'fullfort-vgs', ownerProgrammeId: programmeId, sourcePublisher: 'Statistisk sentralbyrå (SSB)' });
  indicatorId = indicator.id;
  foreignIndicator = await buildIndicator(t.db, { code: 'annet' });
  await followIndicators(t.db, programmeId, { indicators: [indicatorId], focus: [sagene.id], references: [] });
  await followIndicators(t.db, other.id, { indicators: [foreignIndicator.id], focus: [foreignArea.id], references: [] });
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  ownerContributor = await t.signIn((await buildUser(t.db, { organisationId: owner.id, roles: [[programmeId, 'contributor']] })).email);
  otherContributor = await t.signIn((await buildUser(t.db, { organisationId: otherOrg.id, roles: [[programmeId, 'contributor']] })).email);
  boardMember = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'board_member']] })).email);
  analyst = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'analyst']] })).email);
});
afterAll(() => t.close());

const newProject = (o: Record<string, unknown> = {}) => buildProject(t.db, { programmeId, ownerOrganisationId: owner.id, endsOn: '2025-06-30', ...o });

describe('a benefit plan', () => {
  it('refuses an indicator or area of another programme and missing values, naming the field', async () => {
    const project = await newProject();
    const res = await ownerContributor.put(`/api/projects/${project.id}/benefits`, {
      benefits: [linked(), manual({ measureName: null }), linked({ indicatorId: foreignIndicator.id, areaId: foreignArea.id }), linked({ expectedValue: null }), linked({ baselinePeriod: 'i fjor' })],
    });
    expect(res.statusCode).toBe(400);
    expect(errors(res)).toEqual(['benefits.1.measureName:required', 'benefits.3.expectedValue:required']);
    const scoped = await ownerContributor.put(`/api/projects/${project.id}/benefits`, {
      benefits: [linked(), linked({ indicatorId: foreignIndicator.id, areaId: foreignArea.id }), linked({ baselinePeriod: 'i fjor' }), linked({ id: project.id })],
    });
    expect(errors(scoped)).toEqual(['benefits.1.indicatorId:notInProgramme', 'benefits.1.areaId:notInProgramme', 'benefits.2.baselinePeriod:periodCode', 'benefits.3.id:notFound']);
  });

  it('is kept by the owner’s contributors and the secretariat, not by another organisation', async () => {
    const project = await newProject();
    expect((await otherContributor.put(`/api/projects/${project.id}/benefits`, { benefits: [linked()] })).statusCode).toBe(403);
    const written = await ownerContributor.put(`/api/projects/${project.id}/benefits`, { benefits: [linked(), manual()] });
    expect(written.statusCode, written.body).toBe(200);
    const plan = written.json() as BenefitPlan;
    expect(plan.benefits.map((b) => [b.measure, b.owner.organisation?.name ?? null, b.followUpUntil])).toEqual([
      ['indicator', 'Bydel Sagene', '2027-06-30'],
      ['manual', null, '2025-06-30'],
    ]);
    // Written again with the manual one kept by id and the linked one left out: it goes, the other stays.
    const again = await secretariat.put(`/api/projects/${project.id}/benefits`, { benefits: [manual({ id: plan.benefits[1]!.id, expectedValue: 25 })] });
    expect((again.json() as BenefitPlan).benefits.map((b) => [b.id, b.expectedValue])).toEqual([[plan.benefits[1]!.id, 25]]);
  });
});

describe('measurements', () => {
  it('pulls every figure of the indicator × area × breakdown from the baseline period on, withheld cells as such, with provenance', async () => {
    const project = await newProject();
    await buildSeries(t.db, indicatorId, sagene.id, [
      ['2021', 58],
      ['2022', 60],
      ['2023', 64],
      ['2024', null, 'suppressed', ':'],
    ]);
    await buildSeries(t.db, indicatorId, sagene.id, [['2024', 99]], 'kjonn=2');
    const [imp] = await t.db
      .insert(statisticsImports)
      .values({ state: 'succeeded', fileName: 'fullfort.json', checksum: 'x', size: 1, format: 'jsonstat', title: 'Fullført videregående', sourceUrl: 'https://data.ssb.no/table/12971', mapping: ImportMapping.parse({ area: { fixed: '030103' }, period: { dimension: 'Tid' }, indicator: { fixed: 'fullfort-vgs' } }), finishedAt: new Date('2026-03-01T10:00:00Z') })
      .returning();
    await t.db.update(observations).set({ importId: imp!.id }).where(sqlPeriod('2023'));
    const plan = (await secretariat.put(`/api/projects/${project.id}/benefits`, { benefits: [linked()] })).json() as BenefitPlan;
    const [b] = plan.benefits as [Benefit];
    expect(b.measurements.map((m) => [m.period, m.value, m.status, m.symbol])).toEqual([
      ['2022', 60, 'none', null],
      ['2023', 64, 'none', null],
      ['2024', null, 'suppressed', ':'],
    ]);
    expect(b.measurements[1]).toMatchObject({ source: 'observation', importId: imp!.id, importTitle: 'Fullført videregående', fileName: 'fullfort.json', sourceName: 'Statistisk sentralbyrå (SSB)', sourceUrl: 'https://data.ssb.no/table/12971', importedAt: '2026-03-01T10:00:00.000Z' });
    // The latest figure is withheld: the status is read from 2023, and partly realised (60 → 64 of 70).
    expect([b.status, b.latest?.period]).toEqual(['partly_realised', '2023']);
    // The breakdown is part of the series.
    const women = (await secretariat.put(`/api/projects/${project.id}/benefits`, { benefits: [linked({ breakdown: 'kjonn=2' })] })).json() as BenefitPlan;
    expect(women.benefits[0]!.measurements.map((m) => m.value)).toEqual([99]);
    expect(women.benefits[0]!.status).toBe('realised');
  });

  it('takes entered measurements for a manual benefit, with who entered them, and refuses them for a linked one', async () => {
    const project = await newProject();
    const plan = (await ownerContributor.put(`/api/projects/${project.id}/benefits`, { benefits: [manual(), linked()] })).json() as BenefitPlan;
    const [m, l] = plan.benefits as [Benefit, Benefit];
    expect(m.status).toBe('not_measurable');
    expect(errors(await ownerContributor.post(`/api/benefits/${l.id}/measurements`, { period: '2025', value: 1 }))).toEqual(['period:measuredByIndicator']);
    expect(errors(await ownerContributor.post(`/api/benefits/${m.id}/measurements`, { period: 'snart', value: 1 }))).toEqual(['period:periodCode']);
    expect((await otherContributor.post(`/api/benefits/${m.id}/measurements`, { period: '2025', value: 35 })).statusCode).toBe(403);
    const first = await ownerContributor.post(`/api/benefits/${m.id}/measurements`, { period: '2025', value: 35, note: 'Tall fra fagsystemet' });
    expect(first.statusCode, first.body).toBe(201);
    const after = (first.json() as BenefitPlan).benefits[0]!;
    expect(after.status).toBe('partly_realised');
    expect(after.measurements[0]).toMatchObject({ source: 'manual', period: '2025', value: 35, note: 'Tall fra fagsystemet', enteredBy: expect.any(String), importId: null });
    const second = (await secretariat.post(`/api/benefits/${m.id}/measurements`, { period: '2026', value: 28 })).json() as BenefitPlan;
    expect(second.benefits[0]!.status).toBe('realised');
    const removed = await ownerContributor.delete(`/api/benefit-measurements/${second.benefits[0]!.measurements[1]!.id}`);
    expect((removed.json() as BenefitPlan).benefits[0]!.status).toBe('partly_realised');
  });
});

describe('who reads benefits', () => {
  it('the public only on a published project with its benefits public, and without who entered a figure', async () => {
    const project = await newProject();
    const plan = (await secretariat.put(`/api/projects/${project.id}/benefits`, { benefits: [manual()] })).json() as BenefitPlan;
    await secretariat.post(`/api/benefits/${plan.benefits[0]!.id}/measurements`, { period: '2025', value: 35 });
    expect((await anon.get(`/api/projects/${project.id}/benefits`)).statusCode).toBe(404);
    await secretariat.patch(`/api/projects/${project.id}`, { isPublished: true, publicFields: ['partners'] });
    expect((await anon.get(`/api/projects/${project.id}/benefits`)).statusCode).toBe(404);
    await secretariat.patch(`/api/projects/${project.id}`, { publicFields: ['benefits'] });
    const pub = (await anon.get(`/api/projects/${project.id}/benefits`)).json() as BenefitPlan;
    expect(pub.canEdit).toBe(false);
    expect(pub.benefits[0]!.latest).toMatchObject({ value: 35, enteredBy: null });
  });

  it('the board overview: counts per goal and per project for the secretariat and board members, not for contributors', async () => {
    const programme = await buildProgramme(t.db);
    const boss = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
    const board = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'board_member']] })).email);
    const contributor = await t.signIn((await buildUser(t.db, { organisationId: owner.id, roles: [[programme.id, 'contributor']] })).email);
    const goal = await buildGoal(t.db, { programmeId: programme.id, title: { nb: 'Alle fullfører' } });
    const a = await buildProject(t.db, { programmeId: programme.id, ownerOrganisationId: owner.id, title: { nb: 'A' } });
    const b = await buildProject(t.db, { programmeId: programme.id, ownerOrganisationId: owner.id, title: { nb: 'B' } });
    await boss.put(`/api/projects/${a.id}/links`, { goalIds: [goal.id] });
    const planA = (await boss.put(`/api/projects/${a.id}/benefits`, { benefits: [manual(), manual({ title: { nb: 'To' } })] })).json() as BenefitPlan;
    await boss.post(`/api/benefits/${planA.benefits[0]!.id}/measurements`, { period: '2025', value: 29 });
    await boss.post(`/api/benefits/${planA.benefits[1]!.id}/measurements`, { period: '2025', value: 45 });
    await boss.put(`/api/projects/${b.id}/benefits`, { benefits: [manual()] });
    const res = await board.get(`/api/programmes/${programme.id}/benefits`);
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as BenefitOverview;
    expect(o.totals).toEqual({ realised: 1, partly_realised: 0, not_realised: 1, not_measurable: 1 });
    expect(o.byGoal).toEqual([{ goal: { id: goal.id, title: { nb: 'Alle fullfører' } }, counts: { realised: 1, partly_realised: 0, not_realised: 1, not_measurable: 0 } }]);
    expect(o.byProject.map((p) => [p.project.id, p.counts.realised, p.counts.not_measurable])).toEqual([
      [a.id, 1, 0],
      [b.id, 0, 1],
    ]);
    expect(o.items[0]).toMatchObject({ project: { id: a.id }, baselineValue: 40, expectedValue: 30, latest: { value: 29 }, status: 'realised' });
    expect((await contributor.get(`/api/programmes/${programme.id}/benefits`)).statusCode).toBe(403);
    expect((await boardMember.get(`/api/programmes/${programme.id}/benefits`)).statusCode).toBe(403);
    expect((await boss.get(`/api/programmes/${programme.id}/benefits`)).statusCode).toBe(200);
  });
});

/** Rates for Bydel Sagene, 2022–2024, as a JSON-stat 2.0 file from the statistics bank. */
const COMPLETION = JSON.stringify({
  version: '2.0',
  class: 'dataset',
  label: 'Fullført videregående',
  source: 'Statistisk sentralbyrå',
  updated: '2026-02-01T07:00:00Z',
  id: ['Region', 'ContentsCode', 'Tid'],
  size: [1, 1, 3],
  dimension: {
    Region: { label: 'region', category: { index: { '030103': 0 }, label: { '030103': 'Sagene' } } },
    ContentsCode: { label: 'statistikkvariabel', category: { index: { Andel: 0 }, label: { Andel: 'Andel' } } },
    Tid: { label: 'år', category: { index: { '2025': 0, '2026': 1, '2027': 2 } } },
  },
  role: { geo: ['Region'], time: ['Tid'], metric: ['ContentsCode'] },
  value: [66.5, null, 71.2],
  status: { '1': ':' },
});

describe('a benefit after a statistics file is imported', () => {
  it('shows its realised value from the imported file, with the import as its provenance', async () => {
    const project = await newProject();
    const plan = (await secretariat.put(`/api/projects/${project.id}/benefits`, { benefits: [linked({ baselinePeriod: '2024', baselineValue: 60, expectedValue: 70 })] })).json() as BenefitPlan;
    expect(plan.benefits[0]!.status).not.toBe('realised');
    const upload = await uploadText(analyst, 'fullfort-12971.json', COMPLETION);
    expect(upload.statusCode, upload.body).toBe(201);
    const started = await analyst.post('/api/statistics/imports', { uploadId: upload.json().id, mapping: { area: { dimension: 'Region' }, period: { dimension: 'Tid' }, indicator: { dimension: 'ContentsCode', categories: { Andel: 'fullfort-vgs' } } } });
    expect(started.statusCode, started.body).toBe(202);
    const done = await waitForImport(analyst, started.json().id);
    expect(done.state).toBe('succeeded');
    const b = ((await ownerContributor.get(`/api/projects/${project.id}/benefits`)).json() as BenefitPlan).benefits[0]!;
    expect(b.status).toBe('realised');
    expect(b.latest).toMatchObject({ period: '2027', value: 71.2, importId: done.id, fileName: 'fullfort-12971.json' });
    expect(b.measurements.find((m) => m.period === '2026')).toMatchObject({ value: null, status: 'suppressed', importId: done.id });
  });
});

function sqlPeriod(period: string) {
  // Only the cells of the total for Sagene in that period.
  return and(eq(observations.indicatorId, indicatorId), eq(observations.period, period), eq(observations.breakdown, ''));
}
