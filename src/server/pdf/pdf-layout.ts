import type PDFDocument from 'pdfkit';
import { FONT } from './pdf-fonts';
import { needsScriptLayout, scriptHeight, scriptWidth, writeScript, type ScriptStyle } from './pdf-script';

export type Doc = InstanceType<typeof PDFDocument>;
export type Struct = PDFKit.PDFStructureElement;

/** A4 portrait with margins of about 2 cm, room above and below for the running header and footer. */
export const PAGE = { size: 'A4', margins: { top: 68, bottom: 64, left: 56, right: 56 } } as const;

/** Colours with at least 7:1 contrast on white for text (AAA), lighter only for rules and bands. */
export const COLOUR = { text: '#1a1a1a', muted: '#474e57', link: '#0b4f9c', rule: '#b8bfc7', band: '#eef1f4' } as const;

export const SIZE = { h1: 20, h2: 14, h3: 12, lead: 12, body: 10.5, note: 9, cell: 9, detail: 8 } as const;

export type TextStyle = 'h1' | 'h2' | 'h3' | 'lead' | 'body' | 'bodyStrong' | 'link' | 'note' | 'cell' | 'cellStrong' | 'detail';

const STYLES: Record<TextStyle, { font: string; size: number; colour: string }> = {
  h1: { font: FONT.strong, size: SIZE.h1, colour: COLOUR.text },
  h2: { font: FONT.strong, size: SIZE.h2, colour: COLOUR.text },
  h3: { font: FONT.strong, size: SIZE.h3, colour: COLOUR.text },
  lead: { font: FONT.regular, size: SIZE.lead, colour: COLOUR.text },
  body: { font: FONT.regular, size: SIZE.body, colour: COLOUR.text },
  bodyStrong: { font: FONT.strong, size: SIZE.body, colour: COLOUR.text },
  link: { font: FONT.regular, size: SIZE.body, colour: COLOUR.link },
  note: { font: FONT.regular, size: SIZE.note, colour: COLOUR.muted },
  cell: { font: FONT.regular, size: SIZE.cell, colour: COLOUR.text },
  cellStrong: { font: FONT.strong, size: SIZE.cell, colour: COLOUR.text },
  detail: { font: FONT.regular, size: SIZE.detail, colour: COLOUR.muted },
};

/** Lines of text a little apart: easier to read than PDFKit's tight default. */
export const LINE_GAP = 2;

/** Where the flow of blocks is: the document, its root structure element and the text column. */
export interface Flow {
  doc: Doc;
  root: Struct;
  left: number;
  width: number;
}

export function useStyle(doc: Doc, style: TextStyle): Doc {
  const s = STYLES[style];
  return doc.font(s.font).fontSize(s.size).fillColor(s.colour);
}

/** Documents written right to left (Arabic, Urdu): their text stands against the right margin. */
const rightToLeft = new WeakSet<Doc>();
export function setRightToLeft(doc: Doc): void {
  rightToLeft.add(doc);
}
export const isRightToLeft = (doc: Doc): boolean => rightToLeft.has(doc);

const scriptStyle = (style: TextStyle): ScriptStyle => ({ weight: STYLES[style].font === FONT.strong ? 'strong' : 'regular', size: STYLES[style].size, colour: STYLES[style].colour });

/** The height of a text in a style and width, as `writeText` draws it. */
export function textHeight(doc: Doc, text: string, style: TextStyle, width: number): number {
  if (needsScriptLayout(text, isRightToLeft(doc))) return scriptHeight(doc, text === '' ? ' ' : text, scriptStyle(style), width, LINE_GAP);
  useStyle(doc, style);
  return doc.heightOfString(text === '' ? ' ' : text, { width, lineGap: LINE_GAP });
}

/** The width a one-line text takes in a style (at most `width`), measured as `writeText` draws it. */
export function textWidth(doc: Doc, text: string, style: TextStyle, width: number): number {
  if (needsScriptLayout(text, isRightToLeft(doc))) return Math.min(width, scriptWidth(doc, text, scriptStyle(style), width, LINE_GAP));
  useStyle(doc, style);
  return Math.min(width, doc.widthOfString(text));
}

/**
 * Draws a text in a style. Latin text in a left-to-right document is PDFKit's own; Arabic and
 * Tamil, and everything in a right-to-left document, go through the script layout (`pdf-script.ts`).
 */
export function writeText(doc: Doc, text: string, style: TextStyle, x: number, y: number, width: number, extra: PDFKit.Mixins.TextOptions = {}): void {
  const rtl = isRightToLeft(doc);
  if (needsScriptLayout(text, rtl)) {
    writeScript(doc, text, scriptStyle(style), x, y, width, LINE_GAP, { rtl, align: extra.align, underline: extra.underline, lineBreak: extra.lineBreak, bottom: bottomOf(doc) });
    useStyle(doc, style);
    return;
  }
  useStyle(doc, style);
  doc.text(text, x, y, { width, lineGap: LINE_GAP, ...extra });
}

export function bottomOf(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/**
 * Starts a new page when fewer than `height` points are left on this one. Called between blocks
 * and table rows, where no marked content is open, so nothing is split across pages but long
 * paragraphs (which PDFKit continues on the next page inside the same structure element).
 */
export function ensureSpace(flow: Flow, height: number): boolean {
  const { doc } = flow;
  if (doc.y + height <= bottomOf(doc) || doc.y <= doc.page.margins.top + 1) return false;
  doc.addPage();
  doc.x = flow.left;
  doc.y = doc.page.margins.top;
  return true;
}

/** Drawing that carries no content (rules, bands, repeated headings) as an artifact of the page. */
export function asArtifact(doc: Doc, type: 'Layout' | 'Pagination', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** A structure element added to its parent, its content drawn inside it (in reading order). */
export function tagged(doc: Doc, parent: Struct, type: string, draw: () => void, options: Record<string, unknown> = {}): Struct {
  const element = doc.struct(type, options);
  parent.add(element);
  element.add(draw);
  element.end();
  return element;
}
