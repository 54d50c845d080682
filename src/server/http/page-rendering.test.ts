import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { buildProgramme, buildUser } from '../testing/factories';
import { clientDirForTests, createPageRenderer } from '../testing/page-renderer';
import { count } from 'drizzle-orm';
import { sessions } from '../features/auth/auth.table';

/**
 * Pages rendered on the server by the client's own code: whole documents with their content,
 * head and data, for readers without JavaScript, search engines and link previews.
 */
let t: TestApp;
let programme: Awaited<ReturnType<typeof buildProgramme>>;
const HOSTILE = '</script><script>alert(1)</script><!--';

beforeAll(async () => {
  t = await buildTestApp({ PUBLIC_URL: 'https://samordna.example.org', PUBLIC_CACHE_MS: '60000' }, { clientDir: clientDirForTests(), createPageRenderer });
  programme = await buildProgramme(t.db, {
    slug: 'lesbar',
    name: { nb: 'Lesbart program', nn: 'Lesbart program nn', en: 'Readable programme' },
    summary: { nb: `Kort om programmet ${HOSTILE}`, en: 'About the programme' },
  });
  await buildProgramme(t.db, { slug: 'skjult', isPublished: false, name: { nb: 'Skjult program' } });
});
afterAll(() => t.close());

const sessionRows = async () => (await t.db.select({ n: count() }).from(sessions))[0]!.n;
const anonymous = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const rootOf = (html: string) => /<div id="root">([\s\S]*)<\/div>\s*<script type="application\/json" id="ssr-state">/.exec(html)?.[1] ?? '';
const textOf = (html: string) => rootOf(html).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('server-rendered pages', () => {
  it('sends the front page whole: its heading, the programmes as links, and the head of a public page', async () => {
    const res = await anonymous('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html lang="nb">');
    expect(textOf(res.body)).toContain('Samordnet innsats for barn og unge');
    expect(rootOf(res.body)).toContain('href="/program/lesbar"');
    expect(textOf(res.body)).not.toContain('Skjult program');
    expect(res.body).toContain('<title>Samordnet innsats for barn og unge – Samordna</title>');
    expect(res.body).toContain('<link rel="canonical" href="https://samordna.example.org/" />');
    expect(res.body).toContain('<link rel="alternate" hreflang="nn" href="https://samordna.example.org/nn" />');
    expect(res.body).toContain('<link rel="alternate" hreflang="x-default" href="https://samordna.example.org/" />');
    expect(res.body).toContain('<meta property="og:locale" content="nb_NO" />');
    expect(res.body).toMatch(/<meta name="description" content="[^"]{20,}" \/>/);
  });

  it("names its language's messages for the browser to fetch with the page's script, and no other language's", async () => {
    const nb = await anonymous('/program/lesbar');
    expect(nb.body).toContain('<link rel="modulepreload" crossorigin href="/assets/nb-1a2b.js" />');
    expect(nb.body).toContain('<link rel="modulepreload" crossorigin href="/assets/merge-locale-9z.js" />');
    expect(nb.body).not.toContain('/assets/en-5e6f.js');
    const en = await anonymous('/en/program/lesbar');
    expect(en.body).toContain('<link rel="modulepreload" crossorigin href="/assets/en-5e6f.js" />');
    expect(en.body).not.toContain('/assets/nb-1a2b.js');
    // The manifest is read by the server, not sent.
    expect((await anonymous('/.vite/manifest.json')).statusCode).toBe(404);
  });

  it('renders each language in its own words, with its own lang, title and canonical URL', async () => {
    const en = await anonymous('/en/program/lesbar');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('<title>Readable programme – Samordna</title>');
    expect(en.body).toContain('<link rel="canonical" href="https://samordna.example.org/en/program/lesbar" />');
    expect(en.body).toContain('<meta property="og:title" content="Readable programme – Samordna" />');
    expect(en.body).toContain('<meta property="og:description" content="About the programme" />');
    expect(textOf(en.body)).toContain('Readable programme');
    const nn = await anonymous('/nn/program/lesbar');
    expect(nn.body).toContain('<html lang="nn">');
    expect(textOf(nn.body)).toContain('Lesbart program nn');
  });

  it('answers a page of nothing with the "not found" page, 404 and noindex', async () => {
    for (const url of ['/program/finnes-ikke', '/en/program/skjult', '/helt/ukjent']) {
      const res = await anonymous(url);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
      expect(res.body).toContain('<meta name="robots" content="noindex" />');
      expect(res.body).not.toContain('rel="canonical"');
    }
    expect(textOf((await anonymous('/en/program/skjult')).body)).toContain('Page not found');
  });

  it('keeps data that looks like markup inert, in the page and in the data block', async () => {
    const res = await anonymous('/program/lesbar');
    expect(res.body).not.toContain('<script>alert(1)</script>');
    const block = /<script type="application\/json" id="ssr-state">([\s\S]*?)<\/script>/.exec(res.body)?.[1] ?? '';
    expect(block).not.toMatch(/[<>]/);
    expect(JSON.stringify(JSON.parse(block))).toContain(HOSTILE);
  });

  it('lets anyone cache a visitor\'s page, with an ETag, and starts no session', async () => {
    const before = await sessionRows();
    const res = await anonymous('/program/lesbar');
    expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');
    expect(res.headers['vary']).toMatch(/Cookie/);
    expect(res.headers['set-cookie']).toBeUndefined();
    const again = await anonymous('/program/lesbar', { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(await sessionRows()).toBe(before);
  });

  it('renders a signed-in user\'s page as theirs, privately: what they may see and who they are', async () => {
    const admin = await buildUser(t.db, { isPlatformAdmin: true, name: 'Ada Admin' });
    const c = await t.signIn(admin.email);
    const res = await c.get('/program/skjult');
    expect(res.statusCode).toBe(200);
    expect(textOf(res.body)).toContain('Skjult program');
    expect(textOf(res.body)).toContain('Ada Admin');
    expect(res.headers['cache-control']).toBe('private, no-cache');
  });

  it('shows a change at once on the next page, though visitors\' pages are kept for a moment', async () => {
    expect(textOf((await anonymous('/en/program/lesbar')).body)).toContain('Readable programme');
    const admin = await buildUser(t.db, { isPlatformAdmin: true });
    const c = await t.signIn(admin.email);
    const res = await c.patch(`/api/programmes/${programme.id}`, { name: { nb: 'Lesbart program', en: 'Renamed programme' } });
    expect(res.statusCode).toBe(200);
    expect(textOf((await anonymous('/en/program/lesbar')).body)).toContain('Renamed programme');
  });

  it('leaves the admin area to the browser: the empty shell, never indexed', async () => {
    const res = await anonymous('/admin/programmer');
    expect(res.statusCode).toBe(200);
    expect(rootOf(res.body)).toBe('');
    expect(res.body).toContain('<div id="root"></div>');
  });
});
