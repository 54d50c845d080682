/**
 * Accessible PDF: a small document model that any page of the platform can fill from its own
 * service data (headings, paragraphs, lists, tables, facts, links, notes) and one renderer that
 * writes it as a tagged PDF (`renderPdf` in `pdf-render.ts`).
 *
 * Why PDFKit. The server must run after `npm ci && npm start` on a machine with no browser, so a
 * PDF cannot depend on a system Chromium.
 * - Chromium's print-to-PDF (Puppeteer, Playwright) would reuse the HTML pages and tags them well,
 *   but needs a browser binary on every server: a download at install time (which fails where only
 *   the npm registry is reachable) or a system package the start cannot count on; it also costs a
 *   browser process per render.
 * - pdf-lib edits and assembles PDFs but has no text layout (no line breaking) and no structure
 *   tree: we would write marked content, the parent tree and the structure elements by hand.
 * - pdfmake (built on PDFKit) and jsPDF lay out documents declaratively but write no structure
 *   tree, no `/Lang` and no artifacts: their PDFs are untagged.
 * - PDFKit is pure JavaScript with no install script and writes what PDF/UA asks for: `tagged`
 *   (MarkInfo and a structure tree), `lang`, `displayTitle`, structure elements (H1–H6, P, L,
 *   LI, Lbl, LBody, Table, TR, TH with Scope, TD, Link with its annotation), marked content and
 *   artifacts, embedded subset fonts with a ToUnicode map (real, extractable text), and the XMP
 *   `pdfuaid` mark (`subset: 'PDF/UA'`).
 *
 * Font: Inter, the design system's typeface, regular and semibold, as TrueType from the npm
 * package `@expo-google-fonts/inter` (SIL Open Font License 1.1; see docs/pdf.md). The 14 standard
 * PDF fonts have no glyphs beyond Latin-1 (no Sámi ŋ, đ, ŧ, č, š, ž) and are not embedded.
 *
 * The model knows nothing about any feature, language or data: a feature builds the blocks with
 * its own labels and formatting and hands them over with the words for the page footer.
 */
import type { Locale } from '../../shared/domain/localized';

/** The document language (`/Lang`) of each of the site's languages. */
export const PDF_LANG: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en' };

/** A run of text in a table cell: plain, `strong` (semibold) or `detail` (smaller, muted). */
export interface PdfCellLine {
  text: string;
  style?: 'strong' | 'detail';
}

/** A table cell: its text, or several lines of it (a figure and its period underneath). */
export type PdfCell = string | PdfCellLine[];

export interface PdfLink {
  text: string;
  url: string;
  /** What the link leads to, for the annotation's description (`/Contents`); the text by default. */
  alt?: string;
}

export interface PdfListItem {
  text: string;
  /** A link shown on its own line after the text, inside the same list item. */
  link?: PdfLink;
}

export type PdfBlock =
  /** `lang` when the heading is in another language than the document (a Norwegian place name in English). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; lang?: string }
  /** `lead` is the larger first paragraph; `note` a smaller, muted one (a source, a remark). */
  | { kind: 'paragraph'; text: string; style?: 'lead' | 'note' }
  | { kind: 'list'; items: PdfListItem[]; numbered?: boolean }
  /** Term and value pairs (dates, owners, sources), tagged as a list of labelled items. */
  | { kind: 'facts'; items: { term: string; value: string }[] }
  | { kind: 'link'; link: PdfLink }
  | {
      kind: 'table';
      /** The column headings: tagged TH with column scope, repeated (as artifacts) on a new page. */
      header: string[];
      /** The language of a column heading that differs from the document's. */
      headerLangs?: (string | undefined)[];
      rows: PdfCell[][];
      /** Relative column widths; equal when left out. */
      widths?: number[];
      /** The first cell of each row names the row: tagged TH with row scope. */
      rowHeaders?: boolean;
    };

export interface PdfDocumentSpec {
  /** BCP 47 language of the whole document (`nb-NO`, `nn-NO`, `en`): the catalogue's `/Lang`. */
  lang: string;
  /** `rtl` for a document written right to left (Arabic, Urdu): text and list markers stand at the right. */
  dir?: 'ltr' | 'rtl';
  /** The document's title: in its information and XMP metadata, and shown as the window title. */
  title: string;
  author?: string;
  subject?: string;
  /** A short line at the top of every page (the site's or the programme's name); an artifact. */
  runningHeader?: string;
  /** The page footer's text, e.g. "Side 2 av 3"; an artifact, like the running header. */
  pageLabel: (page: number, pages: number) => string;
  blocks: PdfBlock[];
  /** When the document was made; now by default. */
  createdAt?: Date;
}
