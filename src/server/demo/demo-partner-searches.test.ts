import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { loadDemoData } from './demo';
import { DEMO_PASSWORD } from './demo-data';

let t: TestApp;
let programmeId: string;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db);
  programmeId = (await (await t.client()).get('/api/programmes/by-slug/oppvekst-og-utdanning')).json().id;
});
afterAll(() => t.close());

describe('demo partner searches', () => {
  it("gives Bydel Sagene a joined, a declined and an open partner search, and the Vilnius project's approved extension", async () => {
    const sagene = await t.signIn('bidragsyter.sagene@samordna.test', DEMO_PASSWORD);
    const list = (await sagene.get(`/api/programmes/${programmeId}/partner-searches`)).json();
    expect(list.items.map((s: { status: string; canEdit: boolean }) => `${s.status}${s.canEdit ? ' editable' : ''}`)).toEqual(['assessing editable', 'declined', 'joined']);
    const joined = list.items.find((s: { status: string }) => s.status === 'joined');
    const project = (await sagene.get(`/api/projects/${joined.projectId}`)).json();
    expect(project).toMatchObject({ ownerRole: 'donor_programme_partner', partners: [{ country: 'LT', role: 'coordinator' }] });
    const changes = (await sagene.get(`/api/projects/${joined.projectId}/change-requests`)).json().items;
    expect(changes).toMatchObject([{ status: 'approved', before: { endsOn: '2010-12-31' }, proposed: { endsOn: project.endsOn } }]);
  });
});
