import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { buildActionProgramme, buildArea, buildBody, buildCohort, buildGroup, buildIndicator, buildProgramme, followIndicators } from '../../testing/factories';
import { developmentPlans } from '../development/development.table';

/**
 * What the site offers search engines and browsers beside the pages' content: robots.txt, the
 * sitemap, a real 404 for a path that is no page, and built files cached and compressed.
 */
let t: TestApp;
const SHELL = '<!doctype html><html lang="nb"><head><title>Samordna</title></head><body><div id="root"></div></body></html>';
const BUNDLE = `export const filler = ${JSON.stringify('x'.repeat(4000))};`;
const PRECOMPRESSED = `${BUNDLE}// the build's copy`;

beforeAll(async () => {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'samordna-client-'));
  writeFileSync(path.join(clientDir, 'index.html'), SHELL);
  mkdirSync(path.join(clientDir, 'assets'));
  writeFileSync(path.join(clientDir, 'assets', 'index-abc123.js'), BUNDLE);
  // The build's own compressed copy, told apart from one compressed on the fly by its content.
  writeFileSync(path.join(clientDir, 'assets', 'index-abc123.js.br'), brotliCompressSync(PRECOMPRESSED));
  writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await buildTestApp({ PUBLIC_URL: 'https://samordna.example.org/' }, { clientDir });
});
afterAll(() => t.close());

describe('pages and paths', () => {
  it('answers every page of the site with the shell, and any other path with the shell and 404', async () => {
    const c = await t.client();
    for (const url of ['/', '/nn', '/en/program/x', '/program/x/mal', '/nn/program/x/statistikk/omrade/0301?år=2024', '/en/program/x/statistikk/indikator/y', '/logg-inn', '/admin/brukere']) {
      const res = await c.get(url);
      expect({ url, status: res.statusCode, shell: res.body === SHELL, cache: res.headers['cache-control'] }).toEqual({ url, status: 200, shell: true, cache: 'no-cache' });
    }
    for (const url of ['/ukjent', '/program', '/program/x/ukjent', '/de/program/x', '/favicon.ico', '/wp-login.php']) {
      const res = await c.get(url);
      expect({ url, status: res.statusCode, shell: res.body === SHELL }).toEqual({ url, status: 404, shell: true });
    }
    expect((await c.get('/api/finnes-ikke')).headers['content-type']).toMatch(/problem\+json/);
  });

  it('lets browsers keep hashed built files for a year, and other files an hour', async () => {
    const c = await t.client();
    expect((await c.get('/assets/index-abc123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await c.get('/favicon.svg')).headers['cache-control']).toBe('public, max-age=3600');
  });
});

describe('compression', () => {
  it('sends built files and large JSON compressed to a browser that takes it, and plain to one that does not', async () => {
    const gz = await t.app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(BUNDLE);
    const br = await t.app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect({ encoding: br.headers['content-encoding'], body: brotliDecompressSync(br.rawPayload).toString(), vary: br.headers.vary }).toEqual({
      encoding: 'br',
      body: PRECOMPRESSED,
      vary: 'accept-encoding',
    });
    const plain = await t.app.inject({ url: '/assets/index-abc123.js' });
    expect({ encoding: plain.headers['content-encoding'], body: plain.body === BUNDLE }).toEqual({ encoding: undefined, body: true });
    const big = await t.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(big.rawPayload).toString()).openapi).toBe('3.1.0');
  });
});

describe('robots.txt and the sitemap', () => {
  it('keeps crawlers out of the admin area and the API, and points at the sitemap', async () => {
    const res = await (await t.client()).get('/robots.txt');
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('Disallow: /admin\n');
    expect(res.body).toContain('Disallow: /api/\n');
    expect(res.body).toContain('Sitemap: https://samordna.example.org/sitemap.xml');
  });

  it('lists the public pages of every programme anyone may see, in each language with its alternates', async () => {
    const open = await buildProgramme(t.db, { isPublished: true });
    const hidden = await buildProgramme(t.db, { isPublished: false });
    const district = await buildArea(t.db, { code: '030199', kind: 'city_district' });
    const norway = await buildArea(t.db, { code: 'NX', kind: 'country' });
    const indicator = await buildIndicator(t.db, { code: `mobbing-${Date.now()}` });
    await followIndicators(t.db, open.id, { indicators: [indicator.id], focus: [district.id], references: [norway.id] });
    const board = await buildBody(t.db, { programmeId: open.id });
    const closed = await buildBody(t.db, { programmeId: open.id, isPublic: false });
    const published = await buildActionProgramme(t.db, { programmeId: open.id, adoptedAt: new Date(), publishedAt: new Date() });
    const draft = await buildActionProgramme(t.db, { programmeId: open.id });
    const cohort = await buildCohort(t.db, { programmeId: open.id });
    const [shown, kept] = [await buildGroup(t.db, { cohortId: cohort.id }), await buildGroup(t.db, { cohortId: cohort.id })];
    await t.db.insert(developmentPlans).values([{ groupId: shown.id, isPublic: true }, { groupId: kept.id, isPublic: false }]);
    const res = await (await t.client()).get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const base = 'https://samordna.example.org';
    expect(locs).toEqual(expect.arrayContaining([`${base}/`, `${base}/nn`, `${base}/en`]));
    for (const prefix of ['', '/nn', '/en']) {
      const p = `${base}${prefix}/program/${open.slug}`;
      expect(locs).toEqual(expect.arrayContaining([p, `${p}/mal`, `${p}/statistikk`, `${p}/statistikk/omrade/030199`, `${p}/statistikk/indikator/${indicator.code}`]));
      expect(locs).toEqual(expect.arrayContaining([`${p}/styring`, `${p}/styring/${board.id}`, `${p}/vedtak`, `${p}/handlingsprogram/${published.id}`]));
    }
    expect(locs.some((l) => l!.includes(draft.id))).toBe(false);
    expect(locs.some((l) => l!.includes(closed.id))).toBe(false);
    expect(locs).toContain(`${base}/program/${open.slug}/utviklingsplan/${shown.id}`);
    expect(locs.some((l) => l!.includes(kept.id))).toBe(false);
    expect(locs.some((l) => l!.includes(hidden.slug))).toBe(false);
    expect(locs.some((l) => l!.endsWith('/omrade/NX'))).toBe(false);
    expect(res.body).toContain(`<xhtml:link rel="alternate" hreflang="nn" href="${base}/nn/program/${open.slug}/mal"/>`);
  });
});
