import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../testing/test-app';
import { calls } from '../features/calls/calls.table';
import { loadDemoData } from './demo';
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

  it("publishes Oslo's call with four deadlines in 2026, and gives the secretariat its applications with their versions", async () => {
    const list = (await anon.get(`/api/programmes/${programmeId}/calls`)).json();
    expect(list.items).toHaveLength(1);
    const call = (await anon.get(`/api/calls/${list.items[0].id}`)).json();
    expect(call).toMatchObject({ title: { nb: 'Tilskudd til prosjekter i delprogram oppvekst og utdanning 2026' }, status: 'open', ngoNeedsMunicipalPartner: true });
    expect(call.deadlines.map((d: { deadline: string }) => d.deadline.slice(0, 4))).toEqual(['2026', '2026', '2026', '2026']);
    expect(call.criteria.reduce((sum: number, c: { weight: number }) => sum + c.weight, 0)).toBe(100);

    const secretariat = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
    const applications = (await secretariat.get(`/api/calls/${call.id}/applications`)).json().items as { id: string; organisation: { name: string }; status: string; currentVersion: number }[];
    expect(applications.map((a) => [a.organisation.name, a.status, a.currentVersion])).toEqual([
      ['Bydel Alna', 'returned', 1],
      ['Bydel Stovner', 'submitted', 1],
      ['Utdanningsetaten i Oslo kommune', 'in_review', 2],
    ]);
    const ude = applications.find((a) => a.status === 'in_review')!;
    const diff = (await secretariat.get(`/api/applications/${ude.id}/diff?from=1&to=2`)).json();
    expect(diff.changes.map((c: { fieldKey: string }) => c.fieldKey)).toEqual(['summary', 'starts_on', 'amount']);
  });
});
