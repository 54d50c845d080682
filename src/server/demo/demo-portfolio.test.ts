import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../testing/test-app';
import { projects } from '../features/portfolio/projects.table';
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

describe('demo portfolio', () => {
  it('loads once: a second run adds no project', async () => {
    const before = (await t.db.select().from(projects)).length;
    await loadDemoData(t.db);
    expect((await t.db.select().from(projects)).length).toBe(before);
  });

  it("shows Bydel Sagene's international projects with their funding programmes and partners abroad, and keeps the planned one internal", async () => {
    const pub = (await anon.get(`/api/programmes/${programmeId}/projects?sort=title&fundingProgramme=eea_norway_grants`)).json();
    expect(pub.items).toHaveLength(1);
    expect(pub.items[0]).toMatchObject({ owner: { name: 'Bydel Sagene' }, ownerRole: 'donor_programme_partner', partnerCountries: ['LT'], budget: { granted: 270000 }, currency: 'EUR' });
    const all = (await anon.get(`/api/programmes/${programmeId}/projects`)).json();
    // Sagene's six, Grorud's running project, and the two the operative board granted from the 2026 call.
    expect(all.total).toBe(9);
    // Sagene's international projects (its grant from the call is funded by "other").
    const sagene = all.items.filter((p: { owner: { name: string }; fundingProgramme: string }) => p.owner.name === 'Bydel Sagene' && p.fundingProgramme !== 'other');
    expect(sagene).toHaveLength(6);

    const secretariat = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
    expect((await secretariat.get(`/api/programmes/${programmeId}/projects`)).json().total).toBe(10);
    const camhee = all.items.find((p: { title: { nb: string } }) => p.title.nb.startsWith('Camhee'));
    const detail = (await anon.get(`/api/projects/${camhee.id}`)).json();
    expect(detail.results.nb).toContain('langsiktig tenkning');
    expect(detail.partners.map((p: { country: string }) => p.country)).toEqual(['FI', 'NL']);
    expect(detail.budgetLines).toBeNull();

    // Hanne Lie, the district's EU contact, keeps its projects.
    const contributor = await t.signIn('bidragsyter.sagene@samordna.test', DEMO_PASSWORD);
    expect((await contributor.get(`/api/projects/${camhee.id}`)).json().canEdit).toBe(true);
  });

  it('ties the running projects to the goals and the efforts of Handlingsprogram 2023', async () => {
    const secretariat = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
    const running = (await secretariat.get(`/api/programmes/${programmeId}/projects?phase=running`)).json().items as { id: string; title: { nb: string } }[];
    // Grorud's, and the two granted from the 2026 call, which carry no effort yet.
    expect(running).toHaveLength(3);
    const detail = (await secretariat.get(`/api/projects/${running.find((p) => p.title.nb === 'Språkløft i barnehagene på Grorud')!.id}`)).json();
    expect(detail.goals.map((g: { title: { nb: string } }) => g.title.nb)).toEqual(['Bedre skoleresultater i grunnskolen']);
    expect(detail.efforts[0].actionProgramme.title.nb).toBe('Handlingsprogram 2023');
    expect(detail.reach[0]).toMatchObject({ area: { name: expect.stringContaining('Grorud') }, count: 850 });
  });
});
