import type { PdfBlock, PdfCell, PdfCellLine } from './pdf-model';
import { asArtifact, COLOUR, ensureSpace, LINE_GAP, tagged, textHeight, writeText, type Doc, type Flow, type Struct, type TextStyle } from './pdf-layout';

type TableBlock = Extract<PdfBlock, { kind: 'table' }>;

const PAD_X = 5;
const PAD_Y = 5;
/** Space between the lines of one cell (a figure and its period). */
const LINE_SPACE = 1;

function linesOf(cell: PdfCell): PdfCellLine[] {
  return typeof cell === 'string' ? [{ text: cell }] : cell;
}

function styleOf(line: PdfCellLine, isHeader: boolean): TextStyle {
  if (line.style === 'detail') return 'detail';
  return line.style === 'strong' || isHeader ? 'cellStrong' : 'cell';
}

interface Column {
  x: number;
  width: number;
}

function cellHeight(doc: Doc, cell: PdfCell, width: number, isHeader: boolean): number {
  const lines = linesOf(cell);
  const inner = width - 2 * PAD_X;
  return lines.reduce((sum, line, i) => sum + textHeight(doc, line.text, styleOf(line, isHeader), inner) + (i > 0 ? LINE_SPACE : 0), 0) + 2 * PAD_Y;
}

function rowHeight(doc: Doc, cells: readonly PdfCell[], columns: readonly Column[], headerCells: (i: number) => boolean): number {
  return Math.max(...cells.map((cell, i) => cellHeight(doc, cell, columns[i]!.width, headerCells(i))));
}

function drawCellText(doc: Doc, cell: PdfCell, column: Column, top: number, isHeader: boolean): void {
  let y = top + PAD_Y;
  for (const line of linesOf(cell)) {
    const style = styleOf(line, isHeader);
    const inner = column.width - 2 * PAD_X;
    writeText(doc, line.text, style, column.x + PAD_X, y, inner);
    y += textHeight(doc, line.text, style, inner) + LINE_SPACE;
  }
}

/** The heading row's band and rule, and (on a continued page) its words, none of it content. */
function drawHeaderDecoration(doc: Doc, flow: Flow, header: readonly string[], columns: readonly Column[], top: number, height: number, withText: boolean): void {
  asArtifact(doc, withText ? 'Pagination' : 'Layout', () => {
    doc.save().rect(flow.left, top, flow.width, height).fill(COLOUR.band).restore();
    doc.save().moveTo(flow.left, top + height).lineTo(flow.left + flow.width, top + height).lineWidth(1).stroke(COLOUR.text).restore();
    if (withText) header.forEach((text, i) => drawCellText(doc, text, columns[i]!, top, true));
  });
}

function drawRowRule(doc: Doc, flow: Flow, y: number): void {
  asArtifact(doc, 'Layout', () => {
    doc.save().moveTo(flow.left, y).lineTo(flow.left + flow.width, y).lineWidth(0.5).stroke(COLOUR.rule).restore();
  });
}

/**
 * A table as Table › TR › TH/TD. The heading row's cells are TH with column scope; with
 * `rowHeaders`, each row's first cell is a TH with row scope. A row never breaks across pages:
 * one that does not fit starts a new page, where the heading row is drawn again as a pagination
 * artifact (a reader meets the headings once, in the structure; the eye sees them on each page).
 */
export function drawTable(flow: Flow, block: TableBlock): void {
  const { doc } = flow;
  const weights = block.widths ?? block.header.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  let x = flow.left;
  const columns: Column[] = weights.map((w) => {
    const column = { x, width: (flow.width * w) / total };
    x += column.width;
    return column;
  });
  const headerHeight = rowHeight(doc, block.header, columns, () => true);
  const isRowHeader = (i: number) => block.rowHeaders === true && i === 0;
  const heights = block.rows.map((cells) => rowHeight(doc, cells, columns, isRowHeader));

  // The heading row stays with the first row.
  ensureSpace(flow, headerHeight + (heights[0] ?? 0));
  const table = doc.struct('Table');
  flow.root.add(table);

  const headerTop = doc.y;
  drawHeaderDecoration(doc, flow, block.header, columns, headerTop, headerHeight, false);
  const headerRow: Struct = doc.struct('TR');
  table.add(headerRow);
  block.header.forEach((text, i) => {
    const lang = block.headerLangs?.[i];
    tagged(doc, headerRow, 'TH', () => drawCellText(doc, text, columns[i]!, headerTop, true), lang ? { scope: 'Column', lang } : { scope: 'Column' });
  });
  headerRow.end();
  doc.y = headerTop + headerHeight;

  block.rows.forEach((cells, r) => {
    const height = heights[r]!;
    if (ensureSpace(flow, height)) {
      const repeatedTop = doc.y;
      drawHeaderDecoration(doc, flow, block.header, columns, repeatedTop, headerHeight, true);
      doc.y = repeatedTop + headerHeight;
    }
    const top = doc.y;
    const row = doc.struct('TR');
    table.add(row);
    cells.forEach((cell, i) => {
      const header = isRowHeader(i);
      tagged(doc, row, header ? 'TH' : 'TD', () => drawCellText(doc, cell, columns[i]!, top, header), header ? { scope: 'Row' } : {});
    });
    row.end();
    drawRowRule(doc, flow, top + height);
    doc.x = flow.left;
    doc.y = top + height;
  });
  table.end();
  doc.y += LINE_GAP;
}
