import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';

/** What the secretariat's call pages read: how many applications a call has, and the amount each applies for. */
let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let applicant: TestClient;
let programmeId: string;

const FORM = {
  sections: [
    {
      key: 'project',
      title: { nb: 'Prosjektet' },
      fields: [
        { kind: 'short_text', key: 'summary', label: { nb: 'Sammendrag' }, required: true },
        { kind: 'amount', key: 'own_share', label: { nb: 'Egenandel' } },
        { kind: 'amount', key: 'amount', label: { nb: 'Søknadsbeløp' }, requested: true },
      ],
    },
  ],
};

beforeAll(async () => {
  t = await buildTestApp();
  programmeId = (await buildProgramme(t.db, { isPublished: true })).id;
  const org = await buildOrganisation(t.db, { name: 'Bydel Sagene', kind: 'city_district' });
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  applicant = await t.signIn((await buildUser(t.db, { organisationId: org.id, roles: [[programmeId, 'contributor']] })).email);
});
afterAll(() => t.close());

describe("the secretariat's overview of a call", () => {
  it('counts the submitted applications for the secretariat only, and tells the amount applied for', async () => {
    const created = await secretariat.post(`/api/programmes/${programmeId}/calls`, { title: { nb: 'Tilskudd' }, eligibleKinds: ['city_district'], form: FORM });
    const callId = created.json().id as string;
    await secretariat.put(`/api/calls/${callId}/deadlines`, { deadlines: [{ deadline: new Date(t.clock.now().getTime() + 3600_000).toISOString(), label: { nb: 'Frist' } }] });
    expect((await secretariat.post(`/api/calls/${callId}/open`)).statusCode).toBe(200);
    const countOf = async (client: TestClient) => (await client.get(`/api/programmes/${programmeId}/calls`)).json().items.find((c: { id: string }) => c.id === callId).applicationCount;

    const draft = (await applicant.post(`/api/calls/${callId}/applications`, { title: 'Leksehjelp' })).json();
    const saved = await applicant.put(`/api/applications/${draft.id}/answers`, { answers: { summary: 'Leksehjelp', own_share: 5000, amount: 120000 }, revision: draft.revision });
    expect(saved.statusCode, saved.body).toBe(200);
    // A draft is the applicant's own work: not counted yet.
    expect(await countOf(secretariat)).toBe(0);
    expect((await applicant.get('/api/applications')).json().items[0].requestedAmount).toBe(120000);

    const submitted = await applicant.post(`/api/applications/${draft.id}/submit`, { revision: saved.json().revision });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(await countOf(secretariat)).toBe(1);
    expect((await secretariat.get(`/api/calls/${callId}`)).json().applicationCount).toBe(1);
    expect(await countOf(anon)).toBeNull();
    expect((await anon.get(`/api/calls/${callId}`)).json().applicationCount).toBeNull();

    const list = (await secretariat.get(`/api/calls/${callId}/applications`)).json();
    expect(list.items).toMatchObject([{ id: draft.id, organisation: { name: 'Bydel Sagene' }, requestedAmount: 120000 }]);
  });
});
