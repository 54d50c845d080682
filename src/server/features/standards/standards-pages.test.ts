import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { buildProgramme } from '../../testing/factories';
import { clientDirForTests, createPageRenderer } from '../../testing/page-renderer';
import { actualTexts, findRoles, readPdf } from '../../testing/pdf-reader';
import { standards, standardTranslations, standardVersions } from './standards.table';
import type { SourceSection } from '../../../shared/domain/standards';

/** The public pages of a standard, rendered on the server: readable without JavaScript, right to left in Arabic. */
let t: TestApp;
let id: string;
let draftId: string;

const section = (key: string, heading: string, text: string, o: Partial<SourceSection> = {}): SourceSection => ({ key, kind: 'text', heading, text, items: [], fromSchool: [], fromHome: [], ...o });
const v1 = [section('goal', 'Mål', 'Styrke relasjonen mellom skolen og hjemmene.'), section('fag', 'Fag og læring', '', { kind: 'area', fromSchool: ['Tydelige mål for læringen.'], fromHome: ['Spør barnet om skoledagen.'] })];
const v2 = [section('goal', 'Mål', 'Styrke relasjonen mellom skolen og alle hjemmene.'), v1[1]!];

beforeAll(async () => {
  t = await buildTestApp({}, { clientDir: clientDirForTests(), createPageRenderer });
  const programme = await buildProgramme(t.db, { slug: 'oslo' });
  const [row] = await t.db.insert(standards).values({ programmeId: programme.id, title: 'Oslostandard for skole-hjem-samarbeid', sections: v2, timeline: [{ kind: 'in_force', on: '2014-08-01', until: null, note: '' }] }).returning();
  id = row!.id;
  await t.db.insert(standardVersions).values([
    { standardId: id, number: 1, title: row!.title, sections: v1, publishedAt: new Date('2014-06-20T10:00:00Z') },
    { standardId: id, number: 2, title: row!.title, sections: v2, publishedAt: new Date('2026-09-01T10:00:00Z') },
  ]);
  await t.db.insert(standardTranslations).values({
    standardId: id,
    language: 'ar',
    title: 'معيار أوسلو للتعاون بين المدرسة والبيت',
    sections: {
      goal: { heading: 'الهدف', text: 'تعزيز العلاقة بين المدرسة والبيت.', items: [], fromSchool: [], fromHome: [], sourceVersion: 1 },
      fag: { heading: 'المواد والتعلّم', text: '', items: [], fromSchool: ['أهداف واضحة للتعلّم (KFU).'], fromHome: ['اسأل طفلك عن يومه في المدرسة.'], sourceVersion: 2 },
    },
  });
  await t.db.insert(standardTranslations).values({
    standardId: id,
    language: 'tr',
    title: 'Okul-aile işbirliği için Oslo standardı',
    sections: { goal: { heading: 'Hedef', text: 'Okul ile aileler arasındaki ilişkiyi güçlendirmek.', items: [], fromSchool: [], fromHome: [], sourceVersion: 2 } },
  });
  const [draft] = await t.db.insert(standards).values({ programmeId: programme.id, title: 'Hemmelig utkast', sections: v1 }).returning();
  draftId = draft!.id;
});
afterAll(() => t.close());

const page = (url: string) => t.app.inject({ method: 'GET', url });
const rootOf = (html: string) => /<div id="root">([\s\S]*)<\/div>\s*<script type="application\/json" id="ssr-state">/.exec(html)?.[1] ?? '';

describe('standard pages', () => {
  it('render the source in bokmål with a language picker naming each translation in itself', async () => {
    const res = await page(`/program/oslo/standarder/${id}`);
    expect(res.statusCode).toBe(200);
    const root = rootOf(res.body);
    expect(root).toContain('Styrke relasjonen mellom skolen og alle hjemmene.');
    expect(root).toMatch(/<div class="standard-content" lang="nb" dir="ltr">/);
    expect(root).toMatch(/<a[^>]*href="\/program\/oslo\/standarder\/[^"]+\/ar"[^>]*lang="ar"[^>]*dir="rtl"|<a[^>]*lang="ar"[^>]*dir="rtl"[^>]*href="\/program\/oslo\/standarder\/[^"]+\/ar"/);
    expect(root).toContain('العربية');
    expect(root).toContain('Dette kan du forvente av skolen');
  });

  it('render an Arabic translation right to left, and tell the reader it is outdated, with a link to the source', async () => {
    const res = await page(`/program/oslo/standarder/${id}/ar`);
    expect(res.statusCode).toBe(200);
    // The site's chrome stays in bokmål; the content is Arabic, right to left.
    expect(res.body).toContain('<html lang="nb">');
    const root = rootOf(res.body);
    expect(root).toMatch(/<div class="standard-content" lang="ar" dir="rtl">/);
    expect(root).toMatch(/<h1[^>]*lang="ar"[^>]*dir="rtl"/);
    expect(root).toContain('تعزيز العلاقة بين المدرسة والبيت.');
    expect(root).toContain('ما يمكنك أن تتوقعه من المدرسة');
    // A Latin fragment in an item keeps its order: each item is isolated.
    expect(root).toMatch(/<li dir="auto">أهداف واضحة للتعلّم \(KFU\)\.<\/li>/);
    // Outdated: the date of the version it follows, in Arabic and in the site's language, and the way to the current source.
    expect(root).toContain('تتبع هذه الترجمة نسخة');
    expect(root).toMatch(/<bdi><time datetime="2014-06-20">/i);
    expect(root).toContain('20. juni 2014');
    expect(root).toMatch(new RegExp(`href="/program/oslo/standarder/${id}"[^>]*hreflang="nb"|hreflang="nb"[^>]*href="/program/oslo/standarder/${id}"`, 'i'));
  });

  it('render the print view in the language, and 404 for a draft or a language without a translation', async () => {
    const print = await page(`/program/oslo/standarder/${id}/utskrift/ar`);
    expect(print.statusCode).toBe(200);
    expect(rootOf(print.body)).toMatch(/<div class="standard-content" lang="ar" dir="rtl">/);
    expect((await page(`/program/oslo/standarder/${draftId}`)).statusCode).toBe(404);
    expect((await page(`/program/oslo/standarder/${id}/so`)).statusCode).toBe(404);
    expect((await page(`/program/oslo/standarder/${id}/xx`)).statusCode).toBe(404);
  });

  it('sends a PDF in every language: the source, a Latin-script translation, and Arabic right to left with its outdated notice', async () => {
    const res = await page(`/api/standards/${id}/pdf?lang=nb`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await page(`/api/standards/${id}/pdf?lang=xx`)).statusCode).toBe(400);
    // Arabic: the document's language, the notice that the translation follows version 1, its words as written.
    const arBytes = (await page(`/api/standards/${id}/pdf?lang=ar`)).rawPayload;
    const ar = await readPdf(new Uint8Array(arBytes));
    expect(ar).toMatchObject({ title: 'معيار أوسلو للتعاون بين المدرسة والبيت', lang: 'ar' });
    const words = actualTexts(arBytes).join('');
    expect(words).toContain('تتبع هذه الترجمة نسخة');
    expect(words).toContain('أهداف واضحة للتعلّم (KFU).');
    expect(ar.pages[0]!.links.map((l) => new URL(l.url).pathname)).toContain(`/program/oslo/standarder/${id}`);
    // In Turkish: the document's language, the translated section in it, the missing one in bokmål marked as such.
    const tr = await readPdf(new Uint8Array((await page(`/api/standards/${id}/pdf?lang=tr`)).rawPayload));
    expect(tr).toMatchObject({ title: 'Okul-aile işbirliği için Oslo standardı', lang: 'tr' });
    const headings = tr.structure.flatMap((n) => findRoles(n, 'H2'));
    expect(headings.map((h) => `${h.text.join('')}${h.lang ? ` (${h.lang})` : ''}`)).toEqual(['Hedef', 'Fag og læring (nb-NO)']);
    expect(tr.pages[0]!.text).toContain('güçlendirmek');
  });
});
