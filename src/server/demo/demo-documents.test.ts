import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { readPdf } from '../testing/pdf-reader';
import { loadDemoData } from './demo';
import { DEMO_PASSWORD } from './demo-data';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db);
});
afterAll(() => t.close());

describe('demo documents', () => {
  it("gives the Oslo sub-programme an archive the public can search, without its exempt case paper", async () => {
    const anonymous = await t.client();
    const found = (await anonymous.get('/api/documents/search?programme=oppvekst-og-utdanning&q=skolen')).json();
    expect(found.items.map((d: { type: string }) => d.type).sort()).toEqual(['action_programme', 'minutes', 'report']);
    const all = (await anonymous.get('/api/documents/search?programme=oppvekst-og-utdanning')).json();
    expect(all.total).toBe(4);
    // The slides of the past portfolio presentation belong to that event.
    const events = (await anonymous.get(`/api/programmes/${(await anonymous.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json().id}/events`)).json();
    const presentation = events.items.find((e: { title: string }) => e.title.startsWith('Porteføljepresentasjon'));
    const slides = (await anonymous.get(`/api/documents/search?programme=oppvekst-og-utdanning&linkKind=event&linkId=${presentation.id}`)).json();
    expect(slides.items.map((d: { type: string }) => d.type)).toEqual(['presentation']);
    const file = await anonymous.get(`/api/document-versions/${found.items[0].latestVersion.id}/file`);
    expect(file.headers['content-type']).toBe('application/pdf');
    const pdf = await readPdf(file.rawPayload);
    expect(pdf.pages[0]!.text).toContain('Demoinnhold');
    const secretariat = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
    const programmeId = (await anonymous.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json().id;
    const internal = (await secretariat.get(`/api/programmes/${programmeId}/documents?q=enkeltelever`)).json();
    expect(internal).toMatchObject({ canManage: true, items: [{ visibility: 'exempt' }] });
    // Loading the demo again adds nothing.
    await loadDemoData(t.db);
    expect((await anonymous.get('/api/documents/search?programme=oppvekst-og-utdanning')).json().total).toBe(4);
  });
});
