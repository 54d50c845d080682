import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../testing/test-app';
import { benefits } from '../features/benefits/benefits.table';
import type { BenefitOverview, BenefitPlan } from '../../shared/contracts/benefits';
import { loadDemoData } from './demo';
import { DEMO_PASSWORD } from './demo-data';

let t: TestApp;
let anon: TestClient;
let programmeId: string;
let projectId: string;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db);
  anon = await t.client();
  programmeId = (await anon.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json().id;
  const running = (await anon.get(`/api/programmes/${programmeId}/projects?phase=running`)).json().items as { id: string; title: { nb: string } }[];
  projectId = running.find((p) => p.title.nb === 'Språkløft i barnehagene på Grorud')!.id;
});
afterAll(() => t.close());

describe('demo benefits', () => {
  it('loads once: a second run adds no benefit', async () => {
    const before = (await t.db.select().from(benefits)).length;
    // Grorud's three, and one for each project granted from the 2026 call.
    expect(before).toBe(5);
    await loadDemoData(t.db);
    expect((await t.db.select().from(benefits)).length).toBe(before);
  });

  it("gives Oslo's running project benefits tied to the programme's indicators, and one measured by hand", async () => {
    const plan = (await anon.get(`/api/projects/${projectId}/benefits`)).json() as BenefitPlan;
    expect(plan.benefits.map((b) => [b.measure, b.indicator?.code ?? null, b.area?.name ?? null, b.breakdown])).toEqual([
      ['indicator', 'grunnskolepoeng', 'Bydel Grorud', ''],
      ['indicator', 'fullfort-vgo-5ar', 'Bydel Grorud', 'kjonn=1'],
      ['manual', null, null, ''],
    ]);
    const [points, completion, manual] = plan.benefits;
    expect(points!.measurements.length).toBe(3);
    expect(points!.measurements[0]).toMatchObject({ period: points!.baselinePeriod, value: points!.baselineValue, source: 'observation' });
    expect(completion!.measurements.length).toBe(4);
    expect(manual!.measurements.map((m) => [m.period, m.value])).toEqual([
      ['2025', 66],
      ['2026H1', 69],
    ]);
    expect(manual!.status).toBe('partly_realised');
    expect(manual!.latest?.enteredBy).toBeNull();
  });

  it('shows the strategic board the realisation across the portfolio', async () => {
    const board = await t.signIn('styremedlem.oppvekst@samordna.test', DEMO_PASSWORD);
    const overview = (await board.get(`/api/programmes/${programmeId}/benefits`)).json() as BenefitOverview;
    expect(Object.values(overview.totals).reduce((a, b) => a + b, 0)).toBe(5);
    expect(overview.byGoal.map((g) => g.goal.title.nb)).toEqual(['Bedre skoleresultater i grunnskolen']);
    const secretariat = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
    const inside = (await secretariat.get(`/api/projects/${projectId}/benefits`)).json() as BenefitPlan;
    expect(inside.benefits[2]!.latest?.enteredBy).toBe('Hanne Lie');
  });
});
