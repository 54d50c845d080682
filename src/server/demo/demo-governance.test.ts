import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../testing/test-app';
import { bodies } from '../features/governance/governance.table';
import { loadDemoData } from './demo';
import { DEMO_PASSWORD } from './demo-data';

let t: TestApp;
let anon: TestClient;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db);
  anon = await t.client();
});
afterAll(() => t.close());

async function bodiesOf(slug: string): Promise<{ id: string; kind: string; name: { nb: string } }[]> {
  const programme = (await anon.get(`/api/programmes/by-slug/${slug}`)).json();
  return (await anon.get(`/api/programmes/${programme.id}/bodies`)).json().bodies;
}

describe('demo governance', () => {
  it('loads once: a second run adds no body', async () => {
    const before = (await t.db.select().from(bodies)).length;
    await loadDemoData(t.db);
    expect((await t.db.select().from(bodies)).length).toBe(before);
  });

  it("gives Hedmark's expert group its mandate in three versions, each citing its decision, and a comparison", async () => {
    const expert = (await bodiesOf('kultur-for-laering')).find((b) => b.kind === 'expert_group')!;
    const detail = (await anon.get(`/api/bodies/${expert.id}`)).json();
    expect(detail.mandate.map((v: { version: number; effectiveFrom: string; citedSource: string }) => [v.version, v.effectiveFrom, v.citedSource])).toEqual([
      [3, '2017-10-17', 'Revidert 17.10.17, etter vedtak i faggruppa'],
      [2, '2016-11-17', 'Revidert 17.11.16 med vedtak i styringsgruppa'],
      [1, '2014-05-15', 'Mandat for arbeidet, Hamar 15. mai 2014'],
    ]);
    expect(detail.members.length).toBe(9);
    const [v3, , v1] = detail.mandate;
    const diff = (await anon.get(`/api/bodies/${expert.id}/mandate-diff?from=${v1.id}&to=${v3.id}`)).json();
    expect(diff.parts.filter((p: { kind: string }) => p.kind === 'added').map((p: { text: string }) => p.text).join('')).toContain('Arbeidsgrupper etableres');
  });

  it("shows Oslo's boards with an exempt case, a forwarded case and a board member's own seat", async () => {
    const oslo = await bodiesOf('oppvekst-og-utdanning');
    const operative = oslo.find((b) => b.kind === 'operative_board')!;
    const strategic = oslo.find((b) => b.kind === 'strategic_board')!;
    const members = (await anon.get(`/api/bodies/${strategic.id}`)).json().members as { role: string; organisation: { name: string } }[];
    expect(members.find((m) => m.role === 'observer')!.organisation.name).toBe('Kommunal- og distriktsdepartementet');

    const decisions = (await anon.get(`/api/bodies/${operative.id}/decisions`)).json();
    const exempt = decisions.items.find((d: { isExempt: boolean }) => d.isExempt);
    expect(exempt).toMatchObject({ number: '2/2026', exemptionBasis: 'offl. § 13 jf. fvl. § 13', decisionText: null });

    const forwarded = decisions.items.find((d: { outcome: string }) => d.outcome === 'forwarded');
    const meeting = (await anon.get(`/api/meetings/${forwarded.meetingId}`)).json();
    const item = meeting.items.find((i: { id: string }) => i.id === forwarded.itemId);
    expect(item.case.steps.map((s: { body: { id: string }; number: string }) => [s.body.id, s.number])).toEqual([
      [operative.id, '5/2026'],
      [strategic.id, '4/2026'],
    ]);

    const member = await t.signIn('styremedlem.oppvekst@samordna.test', DEMO_PASSWORD);
    const seen = (await member.get(`/api/bodies/${operative.id}`)).json();
    expect(seen.access.isMember).toBe(true);
    const restricted = (await member.get(`/api/meetings/${exempt.meetingId}`)).json().items.find((i: { id: string }) => i.id === exempt.itemId);
    expect(restricted.case.restricted).toBe(false);
  });

  it('publishes "Handlingsprogram 2023" with efforts under the goals they serve, adopted by the strategic board', async () => {
    const programme = (await anon.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json();
    const list = (await anon.get(`/api/programmes/${programme.id}/action-programmes`)).json().items;
    expect(list.map((a: { title: { nb: string }; status: string }) => [a.title.nb, a.status])).toEqual([['Handlingsprogram 2023', 'published']]);
    const ap = (await anon.get(`/api/action-programmes/${list[0].id}`)).json();
    expect(ap.adoptedBy).toMatchObject({ caseNumber: '1/2023', bodyName: { nb: 'Strategisk styre' } });
    expect(ap.priorities.flatMap((p: { efforts: unknown[] }) => p.efforts)).toHaveLength(5);
    const served = (await anon.get(`/api/programmes/${programme.id}/goal-efforts`)).json().goals;
    expect(served.flatMap((g: { efforts: unknown[] }) => g.efforts)).toHaveLength(5);
  });
});
