import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { clientDirForTests, createPageRenderer } from '../../testing/page-renderer';
import { loadDemoData } from '../../demo/demo';

/** The archive's public pages as the server renders them (for readers without JavaScript), on the demo data. */
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ PUBLIC_URL: 'https://samordna.example.org' }, { clientDir: clientDirForTests(), createPageRenderer });
  await loadDemoData(t.db);
});
afterAll(() => t.close());

const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
const rootOf = (html: string) => /<div id="root">([\s\S]*)<\/div>\s*<script type="application\/json" id="ssr-state">/.exec(html)?.[1] ?? '';
const textOf = (html: string) => rootOf(html).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('document pages rendered on the server', () => {
  it('renders the search with its filters and marked snippets, without the exempt document', async () => {
    const res = await anonymous('/program/oppvekst-og-utdanning/dokumenter?q=skolen&type=report');
    expect(res.statusCode).toBe(200);
    const root = rootOf(res.body);
    expect(textOf(res.body)).toContain('Årsrapport 2025');
    expect(textOf(res.body)).not.toContain('Handlingsprogram 2026');
    expect(root).toMatch(/<mark>[^<]*[Ss]kole[^<]*<\/mark>/);
    expect(root).toMatch(/<form [^>]*method="get"/);
    expect(root).toContain('<label class="ds-label" for="documents-q">');
    expect(textOf(res.body)).toContain('1 dokument ');
    expect(root).toMatch(/<option value="report" selected="">/);
    expect(textOf(res.body)).not.toContain('enkeltelever');
    const all = await anonymous('/program/oppvekst-og-utdanning/dokumenter?q=enkeltelever');
    expect(textOf(all.body)).toContain('Ingen dokumenter passer søket.');
  });

  it('renders a document with its versions, and answers 404 for one the public may not see', async () => {
    const search = (await anonymous('/api/documents/search?programme=oppvekst-og-utdanning&type=minutes')).json();
    const id = search.items[0].id as string;
    const res = await anonymous(`/program/oppvekst-og-utdanning/dokumenter/${id}`);
    expect(res.statusCode).toBe(200);
    expect(textOf(res.body)).toContain('Referat fra det operative styret 4. mars 2026');
    expect(textOf(res.body)).toContain('Versjon 1 (gjeldende)');
    expect(textOf(res.body)).toContain('Demoinnhold');
    expect(rootOf(res.body)).toContain(`href="/api/document-versions/${search.items[0].latestVersion.id}/file"`);
    expect((await anonymous('/program/oppvekst-og-utdanning/dokumenter/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
