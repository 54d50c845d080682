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

describe('demo standards', () => {
  it('publishes the Oslostandard in two versions, complete in English and Arabic, partly in Somali, outdated in Urdu', async () => {
    const anonymous = await t.client();
    const list = (await anonymous.get(`/api/programmes/${programmeId}/standards`)).json();
    const oslo = list.items.find((s: { organisation: unknown }) => !s.organisation);
    expect(oslo).toMatchObject({ title: 'Oslostandard for skole-hjem-samarbeid', latestVersion: { number: 2 } });
    expect(oslo.languages).toEqual([
      { language: 'ar', status: 'current' },
      { language: 'en', status: 'current' },
      { language: 'so', status: 'partial' },
      { language: 'ur', status: 'outdated' },
    ]);
    const source = (await anonymous.get(`/api/standards/${oslo.id}/text`)).json();
    expect(source.sections.map((s: { key: string }) => s.key)).toEqual(['bakgrunn', 'mal', 'delmal', 'fag-og-laering', 'trygghet-og-trivsel', 'dialog-og-samarbeid']);
    expect(source.timeline.map((m: { kind: string; on: string }) => `${m.kind} ${m.on.slice(0, 7)}`)).toEqual(['drafted 2014-03', 'proposed 2014-04', 'finalised 2014-05', 'in_force 2014-08']);
    const urdu = (await anonymous.get(`/api/standards/${oslo.id}/text?lang=ur`)).json();
    expect(urdu).toMatchObject({ dir: 'rtl', status: 'outdated', followsVersion: { number: 1 } });
    // Sinsen skole's local guideline builds on version 1, since superseded.
    const local = list.items.find((s: { organisation: { name: string } | null }) => s.organisation?.name === 'Sinsen skole');
    expect(local.basedOn).toMatchObject({ version: 1, superseded: true });
  });

  it('lets the demo translator edit Arabic and Urdu only', async () => {
    const layla = await t.signIn('oversetter.oppvekst@samordna.test', DEMO_PASSWORD);
    const id = (await layla.get(`/api/programmes/${programmeId}/standards`)).json().items[0].id as string;
    const overview = (await layla.get(`/api/standards/${id}`)).json().overview as { language: string; canEdit: boolean }[];
    expect(overview.filter((o) => o.canEdit).map((o) => o.language)).toEqual(['ar', 'ur']);
  });
});
