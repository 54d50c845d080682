import { Zip, ZipDeflate } from 'fflate';

/**
 * A spreadsheet (.xlsx, Office Open XML) written as a stream: one sheet whose rows arrive a page
 * at a time and leave compressed as they come, so a sheet of any length takes the memory of one
 * page. Text is written as inline strings (never read as a formula), numbers as numbers, dates as
 * dates a spreadsheet can sort and sum; the header row is bold and stays in view.
 */
export type XlsxCell = string | number | null;

export interface XlsxColumn {
  header: string;
  /** How the column's cells are written: text, a number, or a date (YYYY-MM-DD). */
  kind: 'text' | 'number' | 'date';
  /** Width in characters. */
  width?: number;
}

export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  /** The rows, a page at a time. */
  pages: AsyncIterable<readonly (readonly XlsxCell[])[]>;
}

const encoder = new TextEncoder();

/** Characters XML 1.0 cannot hold (controls other than tab and line breaks, lone surrogates, U+FFFE/F) are dropped. */
// eslint-disable-next-line no-control-regex -- the pattern names the control characters XML cannot hold, on purpose
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "A", "B", … "Z", "AA": a column's letters. */
export function columnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Days since 1899-12-30, the spreadsheet's date serial, of a YYYY-MM-DD date; null when it is not one. */
function dateSerial(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const STYLE_DATE = 1;
const STYLE_HEADER = 2;

function cellXml(ref: string, value: XlsxCell, kind: XlsxColumn['kind'], style?: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return '';
  if (kind === 'number' && typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (kind === 'date' && typeof value === 'string') {
    const serial = dateSerial(value);
    if (serial !== null) return `<c r="${ref}" s="${STYLE_DATE}"><v>${serial}</v></c>`;
  }
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${xmlText(String(value))}</t></is></c>`;
}

function rowXml(index: number, cells: readonly XlsxCell[], columns: readonly XlsxColumn[], style?: number): string {
  const r = index + 1;
  let out = `<row r="${r}">`;
  columns.forEach((c, i) => (out += cellXml(`${columnName(i)}${r}`, cells[i] ?? null, style ? 'text' : c.kind, style)));
  return `${out}</row>`;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';
// Styles: 0 plain, 1 a date (built-in format 14, shown as the reader's short date), 2 bold (the header).
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function workbookXml(sheetName: string): string {
  // A sheet's name: at most 31 characters, none of : \ / ? * [ ].
  const name = xmlText(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
}

function sheetHead(columns: readonly XlsxColumn[]): string {
  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 14}" customWidth="1"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${cols}</cols><sheetData>`
  );
}

/** The workbook's bytes as they are compressed: yield them to the reply as they come. */
export async function* xlsxStream(sheet: XlsxSheet): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  const drain = () => {
    if (failure) throw failure;
    const ready = out;
    out = [];
    return ready;
  };
  const whole = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(encoder.encode(text), true);
  };
  whole('[Content_Types].xml', CONTENT_TYPES);
  whole('_rels/.rels', ROOT_RELS);
  whole('xl/workbook.xml', workbookXml(sheet.name));
  whole('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  whole('xl/styles.xml', STYLES);
  const data = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(data);
  data.push(encoder.encode(sheetHead(sheet.columns) + rowXml(0, sheet.columns.map((c) => c.header), sheet.columns, STYLE_HEADER)));
  yield* drain();
  let index = 1;
  for await (const page of sheet.pages) {
    let xml = '';
    for (const row of page) xml += rowXml(index++, row, sheet.columns);
    data.push(encoder.encode(xml));
    yield* drain();
  }
  data.push(encoder.encode('</sheetData></worksheet>'), true);
  zip.end();
  yield* drain();
}
