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

describe('demo pages and news', () => {
  it('publishes the sub-programme’s pages with a public illustration, three news items newest first, and a change waiting on the about page', async () => {
    const anon = await t.client();
    const pages = (await anon.get(`/api/programmes/${programmeId}/content?kind=page`)).json();
    expect(pages.items.map((p: { slug: string }) => p.slug)).toEqual(['kontakt', 'lenker', 'om-delprogrammet']);
    const about = (await anon.get(`/api/programmes/${programmeId}/pages/om-delprogrammet`)).json();
    const image = about.blocks.find((b: { kind: string }) => b.kind === 'image');
    const png = await anon.get(`/api/content-images/${image.imageId}`);
    expect([png.statusCode, png.headers['content-type'], png.rawPayload.subarray(1, 4).toString()]).toEqual([200, 'image/png', 'PNG']);
    const news = (await anon.get(`/api/programmes/${programmeId}/content?kind=news`)).json();
    expect(news.items.map((n: { date: string }) => n.date)).toEqual(['2026-10-01', '2026-08-20', '2023-03-15']);
    const secretariat = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
    const list = (await secretariat.get(`/api/programmes/${programmeId}/content-items`)).json();
    expect(list.items.find((i: { slug: string }) => i.slug === 'om-delprogrammet')).toMatchObject({ state: 'changed' });
    expect((await secretariat.get(`/api/content-items/${about.id}/revisions`)).json().items).toHaveLength(2);
  });

  it('lists the public content of the issue in the sitemap: pages, news, events, documents and the standard in its languages', async () => {
    const sitemap = (await (await t.client()).get('/sitemap.xml')).body;
    const base = '/program/oppvekst-og-utdanning';
    for (const path of [`${base}/sider/om-delprogrammet`, `${base}/nyheter`, `${base}/arrangementer`, `${base}/dokumenter`, `${base}/standarder`]) expect(sitemap).toContain(`${path}</loc>`);
    expect(sitemap).toMatch(new RegExp(`${base}/dokumenter/[0-9a-f-]{36}</loc>`));
    expect(sitemap).toMatch(new RegExp(`${base}/standarder/[0-9a-f-]{36}/ar</loc>`));
    expect(sitemap).not.toMatch(/\/pamelding\//);
  });
});
