import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildOrganisation, buildProgramme, buildProject, buildUser } from '../../testing/factories';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let owner: TestClient;
let other: TestClient;
let programmeId: string;
let ownerOrg: { id: string };

beforeAll(async () => {
  t = await buildTestApp();
  programmeId = (await buildProgramme(t.db, { isPublished: true })).id;
  ownerOrg = await buildOrganisation(t.db, { name: 'Bydel Sagene' });
  const otherOrg = await buildOrganisation(t.db, { name: 'Bydel Grorud' });
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  owner = await t.signIn((await buildUser(t.db, { organisationId: ownerOrg.id, roles: [[programmeId, 'contributor']] })).email);
  other = await t.signIn((await buildUser(t.db, { organisationId: otherOrg.id, roles: [[programmeId, 'contributor']] })).email);
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);

const LESSONS = [
  { kind: 'worked', text: 'Samarbeidet med Osloregionens Europakontor hjalp oss å velge riktig program.' },
  { kind: 'worked', text: 'Møtet med andre mennesker utvider perspektivet.' },
  { kind: 'did_not_work', text: 'Prosjektarbeid som ikke blir som planlagt – men det gir nyttig erfaring.' },
  { kind: 'advice', text: 'Internasjonale aktiviteter krever langsiktig tenkning og engasjement!' },
];

describe('a completion report', () => {
  it('is written by the owner, submitted, approved by the secretariat, and public once the project shows its lessons', async () => {
    const p = await buildProject(t.db, { programmeId, ownerOrganisationId: ownerOrg.id, title: { nb: 'Camhee' }, phase: 'closed', publishedAt: new Date() });
    const url = `/api/projects/${p.id}/completion-report`;
    expect((await other.put(url, { results: 'x' })).statusCode).toBe(403);
    expect((await owner.post(`${url}/submit`, { revision: 1 })).statusCode).toBe(404);
    const empty = await owner.put(url, { results: '' });
    expect(empty.json()).toMatchObject({ state: 'draft', revision: 1, lessons: [] });
    expect(errors(await owner.post(`${url}/submit`, { revision: 1 }))).toEqual(['results:required', 'lessons:required']);
    expect(errors(await owner.put(url, { results: 'x', lessons: [{ kind: 'worked', text: ' ' }], revision: 1 }))).toEqual(['lessons.0.text:required']);
    const written = await owner.put(url, { results: 'Metoder for psykisk helse hos barn og unge, prøvd i seks land.', lessons: LESSONS, revision: 1 });
    expect(written.json()).toMatchObject({ revision: 2, lessons: LESSONS });
    await owner.post(`${url}/submit`, { revision: 2 });
    expect((await owner.put(url, { results: 'endret', revision: 3 })).json().code).toBe('STATE_CHANGED');
    expect((await owner.post(`${url}/approve`, { revision: 3 })).statusCode).toBe(403);
    expect(errors(await secretariat.post(`${url}/return`, { revision: 3 }))).toEqual(['comment:required']);
    await secretariat.post(`${url}/return`, { revision: 3, comment: 'Skriv litt mer om resultatene.' });
    await owner.put(url, { results: 'Metoder for psykisk helse hos barn og unge, prøvd i seks land, og et nettverk som lever videre.', lessons: LESSONS, revision: 4 });
    await owner.post(`${url}/submit`, { revision: 5 });

    // Not public before it is approved, nor before the project shows the field.
    expect((await anon.get(url)).json().report).toBeNull();
    const approved = await secretariat.post(`${url}/approve`, { revision: 6 });
    expect(approved.json()).toMatchObject({ state: 'approved' });
    expect(approved.json().history.map((h: { kind: string }) => h.kind)).toEqual(['submitted', 'returned', 'submitted', 'approved']);
    expect((await anon.get(url)).json().report).toBeNull();
    expect((await anon.get(`/api/programmes/${programmeId}/lessons?q=samarbeid`)).json().total).toBe(0);
    await secretariat.patch(`/api/projects/${p.id}`, { publicFields: ['lessons'] });
    const pub = (await anon.get(url)).json();
    expect(pub).toMatchObject({ canWrite: false, report: { state: 'approved', lessons: LESSONS, history: [] } });
    expect((await anon.get(`/api/programmes/${programmeId}/lessons?q=samarbeid`)).json().total).toBe(1);
  });
});

describe('lessons learned search', () => {
  it('finds words by their Norwegian stem, marks them in a snippet, and shows outsiders only published lessons', async () => {
    const programme = (await buildProgramme(t.db, { isPublished: true })).id;
    const boss = await t.signIn((await buildUser(t.db, { roles: [[programme, 'secretariat']] })).email);
    const write = async (title: string, lessons: { kind: string; text: string }[], publish: boolean) => {
      const p = await buildProject(t.db, { programmeId: programme, ownerOrganisationId: ownerOrg.id, title: { nb: title }, publishedAt: new Date(), publicFields: ['lessons'] });
      const url = `/api/projects/${p.id}/completion-report`;
      await boss.put(url, { results: 'Resultater.', lessons });
      if (publish) {
        await boss.post(`${url}/submit`, { revision: 1 });
        await boss.post(`${url}/approve`, { revision: 2 });
      }
      return p.id;
    };
    const camhee = await write('Camhee', LESSONS, true);
    await write('Assist', [{ kind: 'advice', text: 'Samarbeid på tvers av etater må planlegges tidlig.' }], false);

    const search = async (client: TestClient, q: string) => (await client.get(`/api/programmes/${programme}/lessons?q=${encodeURIComponent(q)}`)).json();
    // "samarbeidet" (the collaboration) and "samarbeid" share their stem.
    const insider = await search(boss, 'samarbeidet');
    expect(insider.total).toBe(2);
    expect(insider.items.map((i: { snippet: string }) => i.snippet)).toEqual(expect.arrayContaining([expect.stringContaining('«Samarbeid»'), expect.stringContaining('«Samarbeidet»')]));
    const outsider = await search(anon, 'samarbeid');
    expect(outsider.items).toEqual([{ project: { id: camhee, title: { nb: 'Camhee' } }, kind: 'worked', text: LESSONS[0]!.text, snippet: expect.stringContaining('«Samarbeidet»') }]);
    expect((await search(anon, 'aktiviteter engasjement')).items.map((i: { kind: string }) => i.kind)).toEqual(['advice']);
    expect((await search(anon, 'ingenting')).total).toBe(0);
    expect((await anon.get(`/api/programmes/${programme}/lessons?kind=did_not_work`)).json().items).toHaveLength(1);
    // Words the parser finds odd are not an error.
    expect((await search(anon, '"& | !(')).total).toBe(0);
  });
});
