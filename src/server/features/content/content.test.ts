import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildProgramme, buildUser } from '../../testing/factories';
import { multipart } from '../../testing/imports';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let viewer: TestClient;
let outsider: TestClient;
let programmeId: string;
let slug: string;

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db);
  programmeId = programme.id;
  slug = programme.slug;
  const other = await buildProgramme(t.db);
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  viewer = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'viewer']] })).email);
  outsider = await t.signIn((await buildUser(t.db, { roles: [[other.id, 'secretariat']] })).email);
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

const aboutPage = {
  kind: 'page',
  slug: 'om-programmet',
  draft: {
    title: { nb: 'Om programmet', en: 'About the programme' },
    lead: { nb: 'Hvem vi er.' },
    blocks: [
      { kind: 'text', key: 't1', body: { nb: '## Mål\n\nVi samordner.\n\n- Barnehage\n- Skole' } },
      { kind: 'links', key: 'l1', items: [{ label: { nb: 'Oslo kommune' }, url: 'https://www.oslo.kommune.no/' }] },
      { kind: 'contacts', key: 'c1', items: [{ name: 'Kari Nordmann', role: { nb: 'Programleder' }, email: 'kari@example.org' }] },
      { kind: 'embed', key: 'e1', list: 'goals' },
    ],
  },
};

describe('pages and news', () => {
  it('are drafts until published; the public reads the published revision even while a new draft waits', async () => {
    const created = await secretariat.post(`/api/programmes/${programmeId}/content-items`, aboutPage);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ state: 'draft', revision: 1, published: null, slug: 'om-programmet', programmeSlug: slug });
    const id = created.json().id as string;
    expect((await anon.get(`/api/programmes/${programmeId}/pages/om-programmet`)).statusCode).toBe(404);
    expect((await anon.get(`/api/published-content/${id}`)).statusCode).toBe(404);

    const published = await secretariat.post(`/api/content-items/${id}/publish`, { revision: 1 });
    expect(published.json()).toMatchObject({ state: 'published', publishedRevision: 1 });
    const page = await anon.get(`/api/programmes/${programmeId}/pages/om-programmet`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ title: { nb: 'Om programmet' }, blocks: [{ kind: 'text' }, { kind: 'links' }, { kind: 'contacts' }, { kind: 'embed', limit: 5 }] });

    const saved = await secretariat.put(`/api/content-items/${id}`, { revision: 1, draft: { ...aboutPage.draft, title: { nb: 'Om oss' } } });
    expect(saved.json()).toMatchObject({ state: 'changed', revision: 2, draft: { title: { nb: 'Om oss' } }, published: { title: { nb: 'Om programmet' } } });
    expect((await anon.get(`/api/programmes/${programmeId}/pages/om-programmet`)).json().title.nb).toBe('Om programmet');
    // Someone saving from revision 1 again has lost the race.
    expect((await secretariat.put(`/api/content-items/${id}`, { revision: 1, draft: aboutPage.draft })).json().code).toBe('STATE_CHANGED');

    const republished = await secretariat.post(`/api/content-items/${id}/publish`, { revision: 2 });
    expect(republished.json().state).toBe('published');
    expect((await anon.get(`/api/programmes/${programmeId}/pages/om-programmet`)).json().title.nb).toBe('Om oss');

    const off = await secretariat.post(`/api/content-items/${id}/unpublish`, { revision: 2 });
    expect(off.json()).toMatchObject({ state: 'draft', published: null });
    expect((await anon.get(`/api/programmes/${programmeId}/pages/om-programmet`)).statusCode).toBe(404);
  });

  it('keeps every saved revision, and an earlier one comes back as a new draft', async () => {
    const created = await secretariat.post(`/api/programmes/${programmeId}/content-items`, { ...aboutPage, slug: 'historikk' });
    const id = created.json().id as string;
    await secretariat.put(`/api/content-items/${id}`, { revision: 1, draft: { ...aboutPage.draft, title: { nb: 'Andre utkast' } } });
    await secretariat.post(`/api/content-items/${id}/publish`, { revision: 2 });
    const history = await viewer.get(`/api/content-items/${id}/revisions`);
    expect(history.json().items.map((r: { revision: number; wasPublished: boolean; title: { nb: string } }) => [r.revision, r.wasPublished, r.title.nb])).toEqual([
      [2, true, 'Andre utkast'],
      [1, false, 'Om programmet'],
    ]);
    expect((await viewer.get(`/api/content-items/${id}/revisions/1`)).json().draft.title.nb).toBe('Om programmet');
    const restored = await secretariat.post(`/api/content-items/${id}/restore`, { revision: 2, from: 1 });
    expect(restored.json()).toMatchObject({ revision: 3, state: 'changed', draft: { title: { nb: 'Om programmet' } } });
    expect(errors(await secretariat.post(`/api/content-items/${id}/restore`, { revision: 3, from: 9 }))).toEqual(['from:notFound']);
  });

  it('refuses what a page may not hold, naming the field', async () => {
    const url = `/api/programmes/${programmeId}/content-items`;
    expect(errors(await secretariat.post(url, { ...aboutPage, slug: 'om-programmet' }))).toEqual(['slug:slugTaken']);
    expect(errors(await secretariat.post(url, { ...aboutPage, slug: null }))).toEqual(['slug:required']);
    expect(errors(await secretariat.post(url, { kind: 'news', draft: { title: { nb: 'Nyhet' }, blocks: [] } }))).toEqual(['draft.date:required']);
    const image = { kind: 'image', key: 'i1', imageId: '00000000-0000-4000-8000-000000000000', alt: { nb: 'Et bilde' } };
    expect(errors(await secretariat.post(url, { ...aboutPage, slug: 'bilde', draft: { ...aboutPage.draft, blocks: [image] } }))).toEqual(['draft.blocks.0.imageId:notFound']);
    expect(errors(await secretariat.post(url, { ...aboutPage, slug: 'alt', draft: { ...aboutPage.draft, blocks: [{ ...image, alt: { nb: '' } }] } }))).toEqual(['draft.blocks.0.alt.nb:required']);
    const twice = [aboutPage.draft.blocks[0], aboutPage.draft.blocks[0]];
    expect(errors(await secretariat.post(url, { ...aboutPage, slug: 'dobbel', draft: { ...aboutPage.draft, blocks: twice } }))).toEqual(['draft.blocks.1.key:duplicate']);
    const script = { kind: 'links', key: 'l', items: [{ label: { nb: 'x' }, url: 'javascript:alert(1)' }] };
    expect(errors(await secretariat.post(url, { ...aboutPage, slug: 'skript', draft: { ...aboutPage.draft, blocks: [script] } }))).toEqual(['draft.blocks.0.items.0.url:url']);
  });

  it('lets only the secretariat write, and hides drafts from other programmes', async () => {
    const url = `/api/programmes/${programmeId}/content-items`;
    expect((await viewer.post(url, { ...aboutPage, slug: 'viewer' })).statusCode).toBe(403);
    expect((await outsider.get(url)).statusCode).toBe(403);
    expect((await anon.get(url)).statusCode).toBe(401);
    const id = (await secretariat.post(url, { ...aboutPage, slug: 'hemmelig' })).json().id as string;
    expect((await outsider.get(`/api/content-items/${id}`)).statusCode).toBe(404);
    expect((await outsider.put(`/api/content-items/${id}`, { revision: 1, draft: aboutPage.draft })).statusCode).toBe(403);
  });

  it('lists published news by date and feeds them as RSS', async () => {
    const url = `/api/programmes/${programmeId}/content-items`;
    const news = async (title: string, date: string) => {
      const id = (await secretariat.post(url, { kind: 'news', draft: { title: { nb: title }, lead: { nb: `Ingress: ${title}` }, date, blocks: [{ kind: 'text', key: 'b', body: { nb: 'Brødtekst & mer' } }] } })).json().id as string;
      await secretariat.post(`/api/content-items/${id}/publish`, { revision: 1 });
      return id;
    };
    const older = await news('Eldre nyhet', '2026-09-01');
    await news('Nyere nyhet', '2026-11-20');
    await secretariat.post(url, { kind: 'news', draft: { title: { nb: 'Utkast' }, date: '2026-12-01', blocks: [] } });
    const list = await anon.get(`/api/programmes/${programmeId}/content?kind=news`);
    expect(list.json().items.map((i: { title: { nb: string } }) => i.title.nb)).toEqual(['Nyere nyhet', 'Eldre nyhet']);
    expect(list.json().total).toBe(2);
    const feed = await anon.get(`/api/programmes/${programmeId}/news.rss`);
    expect(feed.headers['content-type']).toContain('application/rss+xml');
    expect(feed.body).toContain('<title>Nyere nyhet</title>');
    expect(feed.body).toContain(`<guid isPermaLink="false">${older}</guid>`);
    expect(feed.body).toContain(`/program/${slug}/nyheter/${older}</link>`);
    expect(feed.body).not.toContain('Utkast');
    expect(feed.body.indexOf('Nyere nyhet')).toBeLessThan(feed.body.indexOf('Eldre nyhet'));
    const sitemap = (await anon.get('/sitemap.xml')).body;
    expect(sitemap).toContain(`/program/${slug}/nyheter/${older}</loc>`);
    expect(sitemap).toContain(`/program/${slug}/nyheter</loc>`);
  });

  it('takes images by their content, and shows one to the public only once a published page uses it', async () => {
    const upload = (name: string, content: Buffer | string) => {
      const body = multipart({ name, content });
      return secretariat.request({ method: 'POST', url: `/api/programmes/${programmeId}/content-images`, payload: body.payload, headers: body.headers });
    };
    expect(errors(await upload('bilde.png', '<html>not an image</html>'))).toEqual(['file:imageType']);
    const up = await upload('bilde.png', PNG);
    expect(up.statusCode, up.body).toBe(201);
    const imageId = up.json().id as string;
    expect(up.json().contentType).toBe('image/png');
    expect((await anon.get(`/api/content-images/${imageId}`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/content-images/${imageId}`)).statusCode).toBe(200);
    const draft = { ...aboutPage.draft, blocks: [{ kind: 'image', key: 'i', imageId, alt: { nb: 'Barn som leker' } }] };
    const id = (await secretariat.post(`/api/programmes/${programmeId}/content-items`, { kind: 'page', slug: 'med-bilde', draft })).json().id as string;
    expect((await anon.get(`/api/content-images/${imageId}`)).statusCode).toBe(404);
    await secretariat.post(`/api/content-items/${id}/publish`, { revision: 1 });
    const image = await anon.get(`/api/content-images/${imageId}`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
  });
});
