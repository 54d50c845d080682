import { beforeAll, describe, expect, it } from 'vitest';
import { actualTexts, findRoles, readPdf, type ReadPdf, type TextRun } from '../testing/pdf-reader';
import type { PdfDocumentSpec } from './pdf-model';
import { renderPdf } from './pdf-render';
import { visualOrder } from './pdf-script';

const TITLE = 'معيار أوسلو للتعاون بين المدرسة والبيت';
const LONG = 'يجب أن يشعر كل تلميذ بالأمان في المدرسة، وأن يتعاون البيت والمدرسة من أجل التعلم. ';

const ARABIC: PdfDocumentSpec = {
  lang: 'ar',
  dir: 'rtl',
  title: TITLE,
  runningHeader: TITLE,
  pageLabel: (page, pages) => `${page} / ${pages}`,
  blocks: [
    { kind: 'heading', level: 1, text: TITLE },
    { kind: 'paragraph', text: `اعتُمد المعيار في عام 2014 بعد مشاورات مع لجنة أولياء الأمور (KFU) ومديري المدارس. ${LONG.repeat(60)}` },
    { kind: 'heading', level: 2, text: 'الأهداف الفرعية' },
    { kind: 'list', items: [{ text: 'الحوار المنتظم بين البيت والمدرسة' }, { text: 'التعلم' }] },
    { kind: 'link', link: { text: 'https://samordna.example/program/oslo/standarder/1/ar', url: 'https://samordna.example/program/oslo/standarder/1/ar' } },
    { kind: 'link', link: { text: 'اقرأ النص النرويجي الحالي', url: 'https://samordna.example/program/oslo/standarder/1' } },
  ],
};

const TAMIL: PdfDocumentSpec = {
  lang: 'ta',
  title: 'ஒஸ்லோ தரநிலை',
  pageLabel: (page, pages) => `${page} / ${pages}`,
  blocks: [
    { kind: 'heading', level: 1, text: 'ஒஸ்லோ தரநிலை' },
    { kind: 'paragraph', text: 'பள்ளி-வீட்டு ஒத்துழைப்பு 2014 Oslo kommune' },
  ],
};

/** The runs of one line (same baseline), left to right. */
const lineOf = (runs: TextRun[], y: number) => runs.filter((r) => Math.abs(r.y - y) < 1).sort((a, b) => a.x - b.x);

describe('visualOrder', () => {
  const w = (text: string, direction: 'rtl' | 'ltr' | 'neutral') => ({ text, direction });
  const order = (line: ReturnType<typeof w>[], rtl: boolean) => visualOrder(line, rtl).map((x) => x.text).join(' ');

  it('runs a right-to-left line from the right, keeping a left-to-right run in its own order', () => {
    expect(order([w('a1', 'rtl'), w('a2', 'rtl'), w('Fag', 'ltr'), w('og', 'ltr'), w('læring', 'ltr'), w('a3', 'rtl')], true)).toBe('a3 Fag og læring a2 a1');
  });

  it('gives a neutral word to its neighbours when they agree, otherwise to the paragraph', () => {
    expect(order([w('a1', 'rtl'), w('–', 'neutral'), w('a2', 'rtl')], true)).toBe('a2 – a1');
    expect(order([w('2014', 'ltr'), w('–', 'neutral'), w('2015', 'ltr'), w('a1', 'rtl')], true)).toBe('a1 2014 – 2015');
    expect(order([w('a1', 'rtl'), w(':', 'neutral'), w('Oslo', 'ltr')], true)).toBe('Oslo : a1');
  });

  it('reverses only the right-to-left run in a left-to-right line', () => {
    expect(order([w('Standard', 'ltr'), w('a1', 'rtl'), w('a2', 'rtl'), w('text', 'ltr')], false)).toBe('Standard a2 a1 text');
  });
});

describe('renderPdf in Arabic and Tamil', () => {
  let bytes: Buffer;
  let pdf: ReadPdf;
  let tamil: Buffer;
  beforeAll(async () => {
    bytes = await renderPdf(ARABIC);
    pdf = await readPdf(bytes);
    tamil = await renderPdf(TAMIL);
  });

  it('embeds the fonts that carry the scripts', async () => {
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansArabic-SemiBold/);
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansArabic-Regular/);
    expect(tamil.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansTamil/);
    // Latin words keep Inter.
    expect(tamil.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter/);
  });

  it('writes a right-to-left line from the right margin, with a Latin run in its own order', () => {
    const page = pdf.pages[0]!;
    const lastPage = pdf.pages[pdf.pages.length - 1]!;
    const right = 595.28 - 56;
    const heading = lineOf(page.runs, page.runs.find((r) => r.str.includes('2014'))!.y);
    // The paragraph's first line: its first word (اعتُمد) is the rightmost, and ends at the margin.
    const last = heading[heading.length - 1]!;
    expect(Math.abs(last.x + last.width - right)).toBeLessThan(2);
    const x = (needle: string) => heading.find((r) => r.str.includes(needle))!.x;
    expect(x('2014')).toBeLessThan(last.x);
    expect(x('(KFU)')).toBeLessThan(x('2014'));
    // The list's markers stand at the right of their items.
    const bullet = lastPage.runs.find((r) => r.str === '•')!;
    expect(bullet.x).toBeGreaterThan(right - 16);
    const link = lastPage.runs.find((r) => r.str.startsWith('https://'))!;
    expect(Math.abs(link.x + link.width - right)).toBeLessThan(2);
    // A link's clickable area covers its words, measured in the font that draws them.
    const arabicLink = lastPage.links.find((l) => l.url.endsWith('/standarder/1'))!;
    const [x1, y1, x2, y2] = arabicLink.rect;
    const words = lastPage.runs.filter((r) => r.y > y1! && r.y < y2!).sort((a, b) => a.x - b.x);
    expect(words.length).toBeGreaterThan(2);
    expect(Math.abs(x1! - words[0]!.x)).toBeLessThan(2);
    expect(Math.abs(x2! - right)).toBeLessThan(2);
  });

  it('gives each word its letters in the order written, for those who copy or hear the text', () => {
    const words = actualTexts(bytes);
    expect(words.slice(0, 6).join('')).toBe(`${TITLE} `.replace(/ $/, ''));
    expect(words.join('')).toContain('مع لجنة أولياء الأمور (KFU) ومديري المدارس.');
    expect(actualTexts(tamil).join('')).toContain('பள்ளி-வீட்டு ஒத்துழைப்பு 2014 Oslo kommune');
  });

  it('runs a long paragraph on to the next page inside the same tag, and keeps the structure', () => {
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(pdf.structure.flatMap((root) => findRoles(root, 'H1'))).toHaveLength(1);
    expect(pdf.structure.flatMap((root) => findRoles(root, 'LI'))).toHaveLength(2);
    // The paragraph's P appears on the two pages it runs over.
    expect(pdf.structure.filter((root) => findRoles(root, 'P').length > 0).length).toBeGreaterThan(1);
    expect(pdf.lang).toBe('ar');
    expect(pdf.pages.every((p) => p.untaggedText === '')).toBe(true);
    // Every line stays above the bottom margin (64 pt); below it only the page number ("2 / 3").
    for (const p of pdf.pages) for (const r of p.runs.filter((run) => !/^[\d/]+$/.test(run.str))) expect(r.y).toBeGreaterThan(60);
  });
});
