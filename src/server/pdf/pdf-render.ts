import PDFDocument from 'pdfkit';
import type { PdfBlock, PdfDocumentSpec, PdfLink, PdfListItem } from './pdf-model';
import { FONT_NAMES, fontFile } from './pdf-fonts';
import { asArtifact, COLOUR, ensureSpace, isRightToLeft, PAGE, setRightToLeft, tagged, textHeight, textWidth, useStyle, writeText, type Doc, type Flow, type Struct, type TextStyle } from './pdf-layout';
import { drawTable } from './pdf-table';

/** Space after each kind of block, in points. */
const AFTER = { heading: 6, paragraph: 8, list: 8, item: 3 } as const;
/** How far a list's text stands in from its marker. */
const INDENT = 16;

function heading(flow: Flow, level: 1 | 2 | 3, text: string, lang: string | undefined): void {
  const { doc } = flow;
  const style: TextStyle = `h${level}`;
  const height = textHeight(doc, text, style, flow.width);
  // A heading is kept with about three lines of what follows it.
  ensureSpace(flow, height + 48);
  if (level > 1 && doc.y > doc.page.margins.top + 1) doc.y += 8;
  tagged(doc, flow.root, `H${level}`, () => writeText(doc, text, style, flow.left, doc.y, flow.width), lang ? { lang } : {});
  doc.y += AFTER.heading;
}

function paragraph(flow: Flow, text: string, style: TextStyle): void {
  const { doc } = flow;
  useStyle(doc, style);
  ensureSpace(flow, Math.min(textHeight(doc, text, style, flow.width), 2 * doc.currentLineHeight(true)));
  // A long paragraph runs on to the next page inside the same P.
  tagged(doc, flow.root, 'P', () => writeText(doc, text, style, flow.left, doc.y, flow.width));
  doc.y += AFTER.paragraph;
}

/**
 * A link: its words drawn inside a Link element, and the annotation that makes them clickable
 * tied to the same element, with a description for screen readers (`/Contents`).
 */
function link(doc: Doc, parent: Struct, value: PdfLink, x: number, width: number, style: TextStyle): void {
  const element = doc.struct('Link');
  parent.add(element);
  const top = doc.y;
  const height = textHeight(doc, value.text, style, width);
  const wide = textWidth(doc, value.text, style, width);
  element.add(() => {
    writeText(doc, value.text, style, x, top, width, { underline: true });
  });
  // A link in a right-to-left document stands against the right margin.
  const from = isRightToLeft(doc) ? x + width - wide : x;
  doc.link(from, top, wide, height, value.url, { structParent: element, Contents: new String(value.alt ?? value.text) } as never);
  element.end();
  doc.y = top + height;
}

function linkBlock(flow: Flow, value: PdfLink): void {
  const { doc } = flow;
  ensureSpace(flow, textHeight(doc, value.text, 'link', flow.width));
  const p = doc.struct('P');
  flow.root.add(p);
  link(doc, p, value, flow.left, flow.width, 'link');
  p.end();
  doc.y += AFTER.paragraph;
}

/** One labelled item: L › LI › Lbl (the marker or term) and LBody (the text, and a link). */
function labelledItem(flow: Flow, list: Struct, label: string, labelStyle: TextStyle, labelWidth: number, body: PdfListItem): void {
  const { doc } = flow;
  // Right to left, the marker (or term) stands at the right and the text to its left.
  const rtl = isRightToLeft(doc);
  const labelX = rtl ? flow.left + flow.width - labelWidth + 4 : flow.left;
  const bodyX = rtl ? flow.left : flow.left + labelWidth;
  const bodyWidth = flow.width - labelWidth;
  const linkHeight = body.link ? textHeight(doc, body.link.text, 'link', bodyWidth) : 0;
  const height = Math.max(textHeight(doc, label, labelStyle, labelWidth - 4), textHeight(doc, body.text, 'body', bodyWidth) + linkHeight);
  ensureSpace(flow, height);
  const top = doc.y;
  const item = doc.struct('LI');
  list.add(item);
  tagged(doc, item, 'Lbl', () => writeText(doc, label, labelStyle, labelX, top, labelWidth - 4));
  const lbody = doc.struct('LBody');
  item.add(lbody);
  lbody.add(() => writeText(doc, body.text, 'body', bodyX, top, bodyWidth));
  doc.y = top + textHeight(doc, body.text, 'body', bodyWidth);
  if (body.link) {
    link(doc, lbody, body.link, bodyX, bodyWidth, 'link');
  }
  lbody.end();
  item.end();
  doc.x = flow.left;
  doc.y = Math.max(doc.y, top + height) + AFTER.item;
}

function list(flow: Flow, items: readonly PdfListItem[], numbered: boolean): void {
  const l = flow.doc.struct('L');
  flow.root.add(l);
  items.forEach((item, i) => labelledItem(flow, l, numbered ? `${i + 1}.` : '•', 'body', INDENT, item));
  l.end();
  flow.doc.y += AFTER.list - AFTER.item;
}

function facts(flow: Flow, items: readonly { term: string; value: string }[]): void {
  const l = flow.doc.struct('L');
  flow.root.add(l);
  for (const { term, value } of items) labelledItem(flow, l, term, 'bodyStrong', Math.round(flow.width * 0.3), { text: value });
  l.end();
  flow.doc.y += AFTER.list - AFTER.item;
}

function block(flow: Flow, b: PdfBlock): void {
  switch (b.kind) {
    case 'heading':
      return heading(flow, b.level, b.text, b.lang);
    case 'paragraph':
      return paragraph(flow, b.text, b.style ?? 'body');
    case 'list':
      return list(flow, b.items, b.numbered === true);
    case 'facts':
      return facts(flow, b.items);
    case 'link':
      return linkBlock(flow, b.link);
    case 'table':
      return drawTable(flow, b);
  }
}

/** The running header and the page number on every page, written last, as pagination artifacts. */
function pageFurniture(doc: Doc, spec: PdfDocumentSpec, flow: Flow): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const bottom = doc.page.margins.bottom;
    // Below the bottom margin PDFKit would start a new page for the footer: lift it for the moment.
    doc.page.margins.bottom = 0;
    asArtifact(doc, 'Pagination', () => {
      if (spec.runningHeader) {
        writeText(doc, spec.runningHeader, 'detail', flow.left, 32, flow.width, { lineBreak: false, ellipsis: true, height: 12 });
        doc.save().moveTo(flow.left, 48).lineTo(flow.left + flow.width, 48).lineWidth(0.5).stroke(COLOUR.rule).restore();
      }
      writeText(doc, spec.pageLabel(i + 1, count), 'detail', flow.left, doc.page.height - 40, flow.width, { align: isRightToLeft(doc) ? 'left' : 'right', lineBreak: false });
    });
    doc.page.margins.bottom = bottom;
  }
}

/** Renders the document as a tagged PDF (PDF/UA-1 structure) on A4 pages. */
export function renderPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  const doc: Doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    tagged: true,
    // Marks the file as PDF/UA-1 in its XMP metadata (the types list only the PDF/A subsets).
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    pdfVersion: '1.7',
    lang: spec.lang,
    displayTitle: true,
    bufferPages: true,
    // No default font: PDFKit would otherwise load Helvetica, which is never embedded.
    font: null as unknown as string,
    info: {
      Title: spec.title,
      ...(spec.author ? { Author: spec.author } : {}),
      ...(spec.subject ? { Subject: spec.subject } : {}),
      Creator: 'Samordna',
      CreationDate: spec.createdAt ?? new Date(),
    },
  });
  for (const name of FONT_NAMES) doc.registerFont(name, fontFile(name));
  if (spec.dir === 'rtl') setRightToLeft(doc);
  useStyle(doc, 'body');
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const flow: Flow = { doc, root, left: PAGE.margins.left, width: doc.page.width - PAGE.margins.left - PAGE.margins.right };
  doc.y = PAGE.margins.top;
  for (const b of spec.blocks) block(flow, b);
  root.end();
  pageFurniture(doc, spec, flow);
  doc.end();
  return done;
}
