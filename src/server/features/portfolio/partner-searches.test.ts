import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';
import { projectPartners, projects } from './projects.table';

let t: TestApp;
let secretariat: TestClient;
let sagene: TestClient;
let grorud: TestClient;
let programmeId: string;
let sageneId: string;

beforeAll(async () => {
  t = await buildTestApp();
  programmeId = (await buildProgramme(t.db)).id;
  sageneId = (await buildOrganisation(t.db, { name: 'Bydel Sagene', kind: 'city_district' })).id;
  const grorudId = (await buildOrganisation(t.db, { name: 'Bydel Grorud', kind: 'city_district' })).id;
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  sagene = await t.signIn((await buildUser(t.db, { organisationId: sageneId, roles: [[programmeId, 'contributor']], name: 'Siri Sagene' })).email);
  grorud = await t.signIn((await buildUser(t.db, { organisationId: grorudId, roles: [[programmeId, 'contributor']] })).email);
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);
const search = {
  title: 'Youth participation in urban planning',
  leadOrganisation: 'Vilniaus miesto savivaldybė',
  leadCountry: 'lt',
  fundingProgramme: 'erasmus_plus',
  fundingProgrammeName: 'Erasmus+ KA2',
  summary: 'A strategic partnership on how young people take part in planning their neighbourhoods.',
  source: 'Osloregionens Europakontor',
  receivedOn: '2026-10-01',
  replyBy: '2026-11-15',
};

describe('partner searches', () => {
  it('are registered, assessed against the criteria, and joined: the project is created with the lead abroad as coordinator', async () => {
    const created = await sagene.post(`/api/programmes/${programmeId}/partner-searches`, { ...search, organisationId: sageneId });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'received', leadCountry: 'LT', organisation: { name: 'Bydel Sagene' }, canEdit: true });
    const id = created.json().id as string;

    const assessed = await sagene.patch(`/api/partner-searches/${id}`, { criteria: { staffAcrossDisciplines: 'yes', staffAtAllLevels: 'partly', servesGoals: 'yes' }, assessment: 'Passer med ungdomsrådet.', revision: 1 });
    expect(assessed.json()).toMatchObject({ status: 'assessing', criteria: { staffAtAllLevels: 'partly' }, revision: 2 });
    expect((await sagene.patch(`/api/partner-searches/${id}`, { assessment: 'Gammel', revision: 1 })).json().code).toBe('STATE_CHANGED');
    expect(errors(await sagene.patch(`/api/partner-searches/${id}`, { criteria: { capacity: 'maybe' }, revision: 2 }))).toEqual(['criteria.capacity:invalid_value']);

    const joined = await sagene.post(`/api/partner-searches/${id}/decision`, { decision: 'join', note: 'Vi blir med som partner.', revision: 2 });
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json()).toMatchObject({ status: 'joined', decidedBy: 'Siri Sagene', canEdit: false, projectId: expect.any(String) });
    const [project] = await t.db.select().from(projects).where(eq(projects.id, joined.json().projectId));
    expect(project).toMatchObject({ ownerOrganisationId: sageneId, ownerRole: 'partner', phase: 'initiative', fundingProgramme: 'erasmus_plus', fundingProgrammeName: 'Erasmus+ KA2', title: { nb: search.title } });
    const partners = await t.db.select().from(projectPartners).where(eq(projectPartners.projectId, project!.id));
    expect(partners).toMatchObject([{ name: 'Vilniaus miesto savivaldybė', country: 'LT', role: 'coordinator', organisationId: null }]);
    // Decided once.
    expect((await sagene.post(`/api/partner-searches/${id}/decision`, { decision: 'decline', note: 'x', revision: 3 })).json().code).toBe('STATE_CHANGED');
  });

  it('needs a reason to decline, and keeps other organisations and programmes out', async () => {
    const id = (await secretariat.post(`/api/programmes/${programmeId}/partner-searches`, { ...search, organisationId: sageneId, title: 'Sport for all' })).json().id as string;
    expect(errors(await sagene.post(`/api/partner-searches/${id}/decision`, { decision: 'decline', revision: 1 }))).toEqual(['note:required']);
    expect((await grorud.post(`/api/partner-searches/${id}/decision`, { decision: 'join', revision: 1 })).statusCode).toBe(403);
    expect((await grorud.post(`/api/programmes/${programmeId}/partner-searches`, { ...search, organisationId: sageneId })).statusCode).toBe(403);
    // Grorud reads it (it works in the programme) but cannot change it.
    expect((await grorud.get(`/api/partner-searches/${id}`)).json().canEdit).toBe(false);
    const declined = await sagene.post(`/api/partner-searches/${id}/decision`, { decision: 'decline', note: 'Involverer bare ledere, ikke ansatte på ulike nivåer.', revision: 1 });
    expect(declined.json()).toMatchObject({ status: 'declined', projectId: null, decisionNote: 'Involverer bare ledere, ikke ansatte på ulike nivåer.' });
    expect(errors(await sagene.post(`/api/programmes/${programmeId}/partner-searches`, { ...search, organisationId: sageneId, replyBy: '2026-09-01' }))).toEqual(['replyBy:periodOrder']);
    const list = (await grorud.get(`/api/programmes/${programmeId}/partner-searches`)).json();
    expect(list.items.map((s: { title: string }) => s.title)).toContain('Sport for all');
    const outsider = await t.signIn((await buildUser(t.db, { roles: [[(await buildProgramme(t.db)).id, 'secretariat']] })).email);
    expect((await outsider.get(`/api/partner-searches/${id}`)).statusCode).toBe(404);
  });
});
