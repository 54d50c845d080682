import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { eq } from 'drizzle-orm';
import { loadDemoData, osloDistricts } from './demo';
import { DEMO_PASSWORD } from './demo-data';
import { areas } from '../features/areas/areas.table';
import { organisations } from '../features/organisations/organisations.table';
import { users } from '../features/users/users.table';
import { areaGeometries } from '../features/areas/areas.table';
import { observations } from '../features/indicators/indicators.table';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('demo data', () => {
  it('reads the 15 city districts of Oslo with SSB codes 0301 + id', () => {
    const d = osloDistricts();
    expect(d).toHaveLength(15);
    expect(d.find((x) => x.code === '030103')?.name).toBe('Bydel Sagene');
    expect(d.every((x) => /^0301\d{2}$/.test(x.code))).toBe(true);
  });

  it('loads idempotently: a second run changes nothing', async () => {
    await loadDemoData(t.db);
    const counts = async () => [
      (await t.db.select().from(areas)).length,
      (await t.db.select().from(organisations)).length,
      (await t.db.select().from(users)).length,
      (await t.db.select().from(observations)).length,
      (await t.db.select().from(areaGeometries)).length,
    ];
    const first = await counts();
    await loadDemoData(t.db);
    expect(await counts()).toEqual(first);
    expect(first[0]).toBeGreaterThanOrEqual(15 + 3);
  });

  it('shows the Oslo sub-programme with its boards and contacts on the public API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/programmes/by-slug/oppvekst-og-utdanning' });
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.parent.slug).toBe('omradesatsingene-i-oslo');
    const members = p.participations.filter((x: { role: string }) => x.role === 'strategic_board_member');
    expect(members.map((m: { organisationName: string }) => m.organisationName)).toEqual(expect.arrayContaining(['Utdanningsdirektoratet', 'Helsedirektoratet', 'Bydel Alna']));
    expect(p.participations.some((x: { role: string }) => x.role === 'strategic_board_observer')).toBe(true);
    expect(p.contacts.map((c: { role: string }) => c.role)).toEqual(['programme_leader', 'programme_adviser', 'programme_adviser', 'programme_consultant', 'communications_adviser']);
  });

  it("holds Sagene's figures against Oslo as cited in seed 004, and marks invented series as illustrative", async () => {
    const anon = await t.client();
    const social = (await anon.get('/api/indicators/sosialhjelp-andel')).json();
    expect(social.source).toMatchObject({ isIllustrative: false });
    expect(social.source.publisher).toContain('Bydel Sagene');
    expect(social.observationCount).toBe(2);
    const completion = (await anon.get('/api/indicators/fullfort-vgo-5ar')).json();
    expect(completion.isIllustrative).toBe(true);
    const rows = await t.db.select().from(observations);
    expect(rows.some((r) => r.status === 'suppressed' && r.value === null)).toBe(true);
    const programme = (await anon.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json();
    const settings = (await anon.get(`/api/programmes/${programme.id}/statistics`)).json();
    expect(settings.referenceAreas.map((a: { code: string }) => a.code)).toEqual(['0301', 'NO']);
    expect(settings.focusAreas.map((a: { code: string }) => a.code)).toContain('030103');
    expect(settings.indicators.length).toBeGreaterThanOrEqual(4);
  });

  it('gives Oslo’s own indicators and registers to the Oslo sub-programme, and shares the national ones', async () => {
    const anon = await t.client();
    const oppvekst = (await anon.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json();
    const owner = async (code: string) => (await anon.get(`/api/indicators/${code}`)).json().ownerProgrammeId;
    expect(await owner('barn-lavinntekt')).toBe(oppvekst.id);
    // Followed by programmes in Oslo and in Hedmark: a shared national indicator.
    expect(await owner('fullfort-vgo-5ar')).toBeNull();
    const [sagene] = await t.db.select().from(organisations).where(eq(organisations.name, 'Bydel Sagene'));
    expect(sagene!.ownerProgrammeId).toBe(oppvekst.id);
    // The secretariat of Kultur for læring can no longer turn Oslo's verdicts round.
    const hedmark = await t.signIn('sekretariat.kfl@samordna.test', DEMO_PASSWORD);
    expect((await hedmark.patch('/api/indicators/barn-lavinntekt', { direction: 'higher_is_better' })).statusCode).toBe(403);
    const oslo = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
    expect((await oslo.patch('/api/indicators/barn-lavinntekt', { notes: { nb: 'Kilde: SSB' } })).statusCode).toBe(200);
  });
});
