import { beforeAll, describe, expect, it } from 'vitest';
import { allText, findRoles, readingOrder, readPdf, type ReadPdf } from '../testing/pdf-reader';
import type { PdfDocumentSpec } from './pdf-model';
import { renderPdf } from './pdf-render';

/** Sixty rows: the table runs over at least two pages. */
const ROWS = Array.from({ length: 60 }, (_, i) => [
  [{ text: `Rad ${i + 1} – Grünerløkka`, style: 'strong' as const }, { text: 'Høyere er bedre', style: 'detail' as const }],
  `${i},5 %`,
  [{ text: 'Økt' }, { text: '2015–2024', style: 'detail' as const }],
]);

const SPEC: PdfDocumentSpec = {
  lang: 'nb-NO',
  title: 'Prøvedokument – æøå',
  runningHeader: 'Løpende topptekst',
  pageLabel: (page, pages) => `Side ${page} av ${pages}`,
  blocks: [
    { kind: 'heading', level: 1, text: 'Overskrift på nivå én' },
    { kind: 'paragraph', style: 'lead', text: 'Samiske stedsnavn: Guovdageaidnu, Kárášjohka, Porsáŋgu, Unjárga – đ ŧ č š ž ŋ.' },
    { kind: 'heading', level: 2, text: 'Tabellen' },
    { kind: 'table', header: ['Indikator', 'Siste tall', 'Utvikling'], rows: ROWS, rowHeaders: true, widths: [3, 2, 2] },
    { kind: 'heading', level: 2, text: 'Kilder' },
    { kind: 'list', items: [{ text: 'Første punkt' }, { text: 'Andre punkt', link: { text: 'https://www.ssb.no/', url: 'https://www.ssb.no/', alt: 'Statistisk sentralbyrå' } }] },
    { kind: 'facts', items: [{ term: 'Laget', value: '3. desember 2026' }] },
    { kind: 'paragraph', style: 'note', text: 'En merknad til slutt.' },
  ],
};

let bytes: Buffer;
let pdf: ReadPdf;

beforeAll(async () => {
  bytes = await renderPdf(SPEC);
  pdf = await readPdf(bytes);
});

describe('renderPdf', () => {
  it('declares the language, the title and that the title is the window title', () => {
    expect(pdf.lang).toBe('nb-NO');
    expect(pdf.title).toBe('Prøvedokument – æøå');
    expect(pdf.displayDocTitle).toBe(true);
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/Marked true');
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('writes real text in an embedded font: Norwegian and Sámi letters come back out', () => {
    const text = pdf.pages.map((p) => p.text).join(' ');
    expect(text).toContain('Overskrift på nivå én');
    expect(text).toContain('Porsáŋgu, Unjárga – đ ŧ č š ž ŋ');
    expect(text).toContain('Rad 60 – Grünerløkka');
    expect(bytes.toString('latin1')).toMatch(/\/FontFile2 \d+ 0 R/);
  });

  it('tags headings, paragraphs, the table, the list and the facts in reading order', () => {
    const order = readingOrder(pdf);
    const first = (prefix: string) => order.findIndex((line) => line.startsWith(prefix));
    expect(order[0]).toBe('H1: Overskrift på nivå én');
    expect(order[1]).toMatch(/^P: Samiske stedsnavn/);
    expect(order[2]).toBe('H2: Tabellen');
    expect(order.slice(3, 6)).toEqual(['TH: Indikator', 'TH: Siste tall', 'TH: Utvikling']);
    expect(order.slice(6, 9)).toEqual(['TH: Rad 1 – Grünerløkka Høyere er bedre', 'TD: 0,5 %', 'TD: Økt 2015–2024']);
    expect(first('H2: Kilder')).toBeGreaterThan(first('TH: Rad 60'));
    expect(order.slice(first('H2: Kilder') + 1)).toEqual([
      'Lbl: •',
      'LBody: Første punkt',
      'Lbl: •',
      'LBody: Andre punkt',
      'Link: https://www.ssb.no/',
      'Lbl: Laget',
      'LBody: 3. desember 2026',
      'P: En merknad til slutt.',
    ]);
    expect(pdf.structure[0]!.children.map((c) => c.role)).toEqual(['Document']);
    // The list and the facts are on the last page.
    const list = findRoles(pdf.structure[pdf.structure.length - 1]!, 'L')[0]!;
    expect(list.children.map((li) => [li.role, li.children.map((c) => c.role)])).toEqual([
      ['LI', ['Lbl', 'LBody']],
      ['LI', ['Lbl', 'LBody']],
    ]);
  });

  it('marks column and row headings with their scope', () => {
    const raw = bytes.toString('latin1');
    expect(raw.match(/\/Scope \/Column/g)).toHaveLength(3);
    expect(raw.match(/\/Scope \/Row/g)).toHaveLength(60);
  });

  it('breaks pages between table rows, and repeats the heading row only as an artifact', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const [index, tree] of pdf.structure.entries()) {
      for (const row of findRoles(tree, 'TR')) {
        const cells = row.children.map(allText);
        // A row is on this page whole, or not at all.
        if (cells.some((c) => c !== '')) expect(cells.every((c) => c !== ''), `page ${index + 1}: ${cells.join(' | ')}`).toBe(true);
      }
    }
    const headings = readingOrder(pdf).filter((line) => line === 'TH: Siste tall');
    expect(headings).toHaveLength(1);
    expect(pdf.pages[1]!.artifactText).toContain('Indikator');
    expect(pdf.pages[1]!.artifactText).toContain('Siste tall');
  });

  it('keeps the running header and the page numbers out of the structure, as artifacts', () => {
    const count = pdf.pages.length;
    pdf.pages.forEach((page, i) => {
      expect(page.text).toContain(`Side ${i + 1} av ${count}`);
      expect(page.artifactText).toContain(`Side ${i + 1} av ${count}`);
      expect(page.artifactText).toContain('Løpende topptekst');
      // Every piece of text is either tagged content or an artifact.
      expect(page.untaggedText).toBe('');
    });
    expect(readingOrder(pdf).some((line) => /Side \d+ av|Løpende topptekst/.test(line))).toBe(false);
  });

  it('makes a link an annotation tied to its Link tag, with a description', () => {
    const links = pdf.pages.flatMap((p) => p.links).map(({ url, contents }) => ({ url, contents }));
    expect(links).toEqual([{ url: 'https://www.ssb.no/', contents: 'Statistisk sentralbyrå' }]);
    expect(bytes.toString('latin1')).toMatch(/\/Type \/OBJR/);
  });
});
