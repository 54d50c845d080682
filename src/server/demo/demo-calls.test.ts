import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../testing/test-app';
import { calls } from '../features/calls/calls.table';
import { loadDemoData } from './demo';
import { nextCallOf } from './demo-calls';
import { DEMO_PASSWORD } from './demo-data';

let t: TestApp;
let anon: TestClient;
let programmeId: string;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db);
  anon = await t.client();
  programmeId = (await anon.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json().id;
});
afterAll(() => t.close());

describe('demo call', () => {
  it('loads once: a second run adds no call', async () => {
    const before = (await t.db.select().from(calls)).length;
    await loadDemoData(t.db);
    expect((await t.db.select().from(calls)).length).toBe(before);
  });

  it("publishes Oslo's call with four deadlines in 2026, closed once they passed, and gives the secretariat its applications with their versions", async () => {
    const list = (await anon.get(`/api/programmes/${programmeId}/calls`)).json();
    expect(list.items).toHaveLength(2);
    const item = list.items.find((c: { title: { nb: string } }) => c.title.nb.endsWith('2026'));
    const call = (await anon.get(`/api/calls/${item.id}`)).json();
    // The machine's clock is past 2026's last deadline (1 November 2026).
    expect(call).toMatchObject({ title: { nb: 'Tilskudd til prosjekter i delprogram oppvekst og utdanning 2026' }, status: 'closed', ngoNeedsMunicipalPartner: true });
    expect(call.deadlines.map((d: { deadline: string }) => d.deadline.slice(0, 4))).toEqual(['2026', '2026', '2026', '2026']);
    expect(call.criteria.reduce((sum: number, c: { weight: number }) => sum + c.weight, 0)).toBe(100);

    const secretariat = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
    const applications = (await secretariat.get(`/api/calls/${call.id}/applications`)).json().items as { id: string; organisation: { name: string }; status: string; currentVersion: number }[];
    expect(applications.map((a) => [a.organisation.name, a.status, a.currentVersion])).toEqual([
      ['Bydel Alna', 'returned', 1],
      ['Bydel Grünerløkka', 'decided', 1],
      ['Bydel Sagene', 'decided', 1],
      ['Bydel Stovner', 'submitted', 1],
      ['Bydel Søndre Nordstrand', 'decided', 1],
      ['Utdanningsetaten i Oslo kommune', 'in_review', 2],
    ]);
    const ude = applications.find((a) => a.status === 'in_review')!;
    const diff = (await secretariat.get(`/api/applications/${ude.id}/diff?from=1&to=2`)).json();
    expect(diff.changes.map((c: { fieldKey: string }) => c.fieldKey)).toEqual(['summary', 'starts_on', 'amount']);
  });

  it("has the next year's call open, every deadline ahead, so a contributor can apply", async () => {
    const list = (await anon.get(`/api/programmes/${programmeId}/calls?status=open`)).json();
    expect(list.items).toHaveLength(1);
    const call = list.items[0];
    expect(call.nextDeadline).toBe(call.deadlines[0].deadline);
    expect(call.deadlines.every((d: { deadline: string }) => new Date(d.deadline) > new Date())).toBe(true);
    const contributor = await t.signIn('bidragsyter2.sagene@samordna.test', DEMO_PASSWORD);
    const res = await contributor.post(`/api/calls/${call.id}/applications`, { title: 'Ungdomsråd på Sagene' });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('the next call', () => {
  it('lies in the year after the clock, and never before 2027', () => {
    expect(nextCallOf(new Date('2026-12-03T12:00:00Z')).year).toBe(2027);
    expect(nextCallOf(new Date('2030-02-01T12:00:00Z')).deadlines.map((d) => d.deadline.slice(0, 4))).toEqual(['2031', '2031', '2031', '2031']);
    expect(nextCallOf(new Date('2030-02-01T12:00:00Z')).title.en).toBe('Grants for projects in the childhood and education sub-programme 2031');
  });
});
