import { strToU8, zipSync } from 'fflate';
import type { PdfBlock, PdfCell, PdfDocumentSpec, PdfLink } from '../../pdf/pdf-model';
import { xmlText } from '../../files/xlsx-writer';

/**
 * A word-processing document (.docx, Office Open XML) from the same document model the PDFs are
 * made from (`PdfDocumentSpec`): headings as the built-in Heading 1–3 styles (Word's navigation
 * pane and screen readers find them, and "save as PDF" tags them), lists with real numbering,
 * tables with a repeated header row, links as hyperlinks, and the title and language in the
 * document's properties. Nothing here knows about any feature. Text is escaped, and characters
 * XML 1.0 cannot hold (NUL and other controls) are dropped.
 *
 * Generic on purpose: it can move to src/server/files beside the spreadsheet writer when a second
 * feature needs it.
 */

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The numbering definitions: bullets, and decimals (each numbered list is an instance that starts at 1). */
const BULLET = 1;
const DECIMAL = 2;

interface Writer {
  body: string[];
  /** Hyperlink targets, in order: relationship ids hl1, hl2, … */
  links: string[];
  /** How many numbered lists: each gets its own numbering instance so it starts at 1. */
  numbered: number;
}

/** Runs of a text: line breaks become <w:br/>, tabs <w:tab/>. */
function runs(text: string, props = ''): string {
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  const parts = text.replace(/\r\n?/g, '\n').split('\n');
  const content = parts
    .map((line, i) => {
      const pieces = line.split('\t').map((piece) => (piece === '' ? '' : `<w:t xml:space="preserve">${xmlText(piece)}</w:t>`));
      return (i > 0 ? '<w:br/>' : '') + pieces.join('<w:tab/>');
    })
    .join('');
  return `<w:r>${rPr}${content}</w:r>`;
}

const langProp = (lang: string | undefined) => (lang ? `<w:lang w:val="${xmlText(lang)}"/>` : '');

function paragraph(style: string | null, content: string, extraPPr = ''): string {
  const pPr = style || extraPPr ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${extraPPr}</w:pPr>` : '';
  return `<w:p>${pPr}${content}</w:p>`;
}

function hyperlink(w: Writer, link: PdfLink): string {
  w.links.push(link.url);
  const tooltip = link.alt && link.alt !== link.text ? ` w:tooltip="${xmlText(link.alt)}"` : '';
  return `<w:hyperlink r:id="hl${w.links.length}"${tooltip} w:history="1">${runs(link.text, '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`;
}

function cellContent(cell: PdfCell, isHeader: boolean): string {
  const lines = typeof cell === 'string' ? [{ text: cell }] : cell;
  const bold = (strong: boolean) => (strong ? '<w:b/>' : '');
  const out = lines.map((line) => {
    const props = line.style === 'detail' ? '<w:color w:val="474E57"/><w:sz w:val="16"/>' : bold(isHeader || line.style === 'strong');
    return paragraph('TableText', runs(line.text, props));
  });
  // A cell must hold at least one paragraph.
  return out.length > 0 ? out.join('') : paragraph('TableText', '');
}

function table(b: Extract<PdfBlock, { kind: 'table' }>): string {
  const columns = b.header.length;
  const weights = b.widths && b.widths.length === columns ? b.widths : Array.from({ length: columns }, () => 1);
  const total = weights.reduce((a, x) => a + x, 0);
  // 9026 twentieths of a point: the text width of A4 with 2.5 cm margins.
  const grid = weights.map((x) => Math.round((9026 * x) / total));
  const cell = (content: PdfCell, width: number, isHeader: boolean) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${cellContent(content, isHeader)}</w:tc>`;
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${b.header.map((h, i) => cell(h, grid[i]!, true)).join('')}</w:tr>`;
  const rows = b.rows.map((row) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((c, i) => cell(c, grid[i] ?? grid[grid.length - 1]!, b.rowHeaders === true && i === 0)).join('')}</w:tr>`);
  const tblPr = `<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="${b.rowHeaders ? 1 : 0}" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  // An empty paragraph after the table keeps two tables in a row apart.
  return `<w:tbl>${tblPr}<w:tblGrid>${grid.map((g) => `<w:gridCol w:w="${g}"/>`).join('')}</w:tblGrid>${header}${rows.join('')}</w:tbl>${paragraph(null, '')}`;
}

function block(w: Writer, b: PdfBlock): void {
  switch (b.kind) {
    case 'heading':
      w.body.push(paragraph(`Heading${b.level}`, runs(b.text, langProp(b.lang))));
      return;
    case 'paragraph':
      w.body.push(paragraph(b.style === 'lead' ? 'Lead' : b.style === 'note' ? 'Note' : null, runs(b.text)));
      return;
    case 'list': {
      const numId = b.numbered ? DECIMAL + ++w.numbered : BULLET;
      for (const item of b.items) {
        const link = item.link ? `<w:r><w:br/></w:r>${hyperlink(w, item.link)}` : '';
        w.body.push(paragraph('ListParagraph', runs(item.text) + link, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`));
      }
      return;
    }
    case 'facts':
      for (const { term, value } of b.items) w.body.push(paragraph('Fact', runs(`${term}: `, '<w:b/>') + runs(value)));
      return;
    case 'link':
      w.body.push(paragraph(null, hyperlink(w, b.link)));
      return;
    case 'table':
      w.body.push(table(b));
      return;
  }
}

function documentXml(w: Writer): string {
  // A4, 2.5 cm margins; page numbers in the footer.
  const sectPr = '<w:sectPr><w:footerReference w:type="default" r:id="footer1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1440" w:bottom="1418" w:left="1440" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return `${DECLARATION}<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${w.body.join('')}${sectPr}</w:body></w:document>`;
}

function stylesXml(lang: string): string {
  const heading = (level: number, size: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${level === 1 ? 0 : 280}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  return `${DECLARATION}<w:styles xmlns:w="${NS.w}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:color w:val="1A1A1A"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${xmlText(lang)}" w:eastAsia="${xmlText(lang)}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${heading(1, 40)}
${heading(2, 28)}
${heading(3, 24)}
<w:style w:type="paragraph" w:styleId="Lead"><w:name w:val="Lead"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="474E57"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Fact"><w:name w:val="Fact"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:color w:val="474E57"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0B4F9C"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="B8BFC7"/><w:left w:val="single" w:sz="4" w:space="0" w:color="B8BFC7"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="B8BFC7"/><w:right w:val="single" w:sz="4" w:space="0" w:color="B8BFC7"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="B8BFC7"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="B8BFC7"/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
}

function numberingXml(numbered: number): string {
  const level = (format: 'bullet' | 'decimal') =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${format === 'bullet' ? '•' : '%1.'}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>`;
  const instances = Array.from(
    { length: numbered },
    (_, i) => `<w:num w:numId="${DECIMAL + i + 1}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
  );
  return `${DECLARATION}<w:numbering xmlns:w="${NS.w}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>${level('bullet')}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${level('decimal')}</w:abstractNum><w:num w:numId="${BULLET}"><w:abstractNumId w:val="0"/></w:num>${instances.join('')}</w:numbering>`;
}

/** The footer: "Side 3 av 7" from the page label, with Word's PAGE and NUMPAGES fields in the numbers' places. */
function footerXml(spec: PdfDocumentSpec): string {
  // Placeholders from the private use area stand in for the numbers, then become fields.
  const PAGE = '\uE000';
  const PAGES = '\uE001';
  const label = spec.pageLabel(PAGE as unknown as number, PAGES as unknown as number);
  const field = (name: string) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${name} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const content = label
    .split(/([\uE000\uE001])/)
    .map((part) => (part === PAGE ? field('PAGE') : part === PAGES ? field('NUMPAGES') : part === '' ? '' : runs(part)))
    .join('');
  return `${DECLARATION}<w:ftr xmlns:w="${NS.w}" xmlns:r="${NS.r}">${paragraph('Footer', content)}</w:ftr>`;
}

function coreXml(spec: PdfDocumentSpec): string {
  const created = (spec.createdAt ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(spec.title)}</dc:title>${spec.subject ? `<dc:subject>${xmlText(spec.subject)}</dc:subject>` : ''}${spec.author ? `<dc:creator>${xmlText(spec.author)}</dc:creator>` : ''}<dc:language>${xmlText(spec.lang)}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`;
}

const APP_XML = `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Samordna</Application></Properties>`;

const CONTENT_TYPES = `${DECLARATION}<Types xmlns="${NS.ct}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const PACKAGE_RELS = `${DECLARATION}<Relationships xmlns="${NS.rel}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

function documentRels(links: readonly string[]): string {
  const fixed = [
    `<Relationship Id="styles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="numbering" Type="${REL}/numbering" Target="numbering.xml"/>`,
    `<Relationship Id="settings" Type="${REL}/settings" Target="settings.xml"/>`,
    `<Relationship Id="footer1" Type="${REL}/footer" Target="footer1.xml"/>`,
  ];
  const external = links.map((url, i) => `<Relationship Id="hl${i + 1}" Type="${REL}/hyperlink" Target="${xmlText(url)}" TargetMode="External"/>`);
  return `${DECLARATION}<Relationships xmlns="${NS.rel}">${[...fixed, ...external].join('')}</Relationships>`;
}

const SETTINGS = `${DECLARATION}<w:settings xmlns:w="${NS.w}"><w:defaultTabStop w:val="708"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

/** The document as a .docx file. */
export function renderDocx(spec: PdfDocumentSpec): Buffer {
  const w: Writer = { body: [], links: [], numbered: 0 };
  for (const b of spec.blocks) block(w, b);
  const u8 = strToU8;
  const zip = zipSync(
    {
      '[Content_Types].xml': u8(CONTENT_TYPES),
      '_rels/.rels': u8(PACKAGE_RELS),
      'docProps/core.xml': u8(coreXml(spec)),
      'docProps/app.xml': u8(APP_XML),
      'word/document.xml': u8(documentXml(w)),
      'word/_rels/document.xml.rels': u8(documentRels(w.links)),
      'word/styles.xml': u8(stylesXml(spec.lang)),
      'word/numbering.xml': u8(numberingXml(w.numbered)),
      'word/settings.xml': u8(SETTINGS),
      'word/footer1.xml': u8(footerXml(spec)),
    },
    { level: 6, mtime: spec.createdAt ?? new Date() },
  );
  return Buffer.from(zip);
}
