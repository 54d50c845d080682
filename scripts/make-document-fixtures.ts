// Makes the document archive's test files under test/fixtures/documents/ (run once, the output
// is committed): a PDF written with pdfkit, and a DOCX and an ODT zipped by hand with fflate from
// the few parts a word processor needs. Run: npx tsx scripts/make-document-fixtures.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { strToU8, zipSync } from 'fflate';

const DIR = path.join('test', 'fixtures', 'documents');
const FIXED = new Date('2026-01-15T12:00:00Z');

function pdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: 'Rapport om skoler i Oslo', CreationDate: FIXED, ModDate: FIXED } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(18).text('Rapport om skoler i Oslo');
  doc.moveDown().fontSize(11).text('Skolene i bydelene samarbeider med helsestasjonene om tidlig innsats for barn og unge.');
  doc.text('Fritidsklubbene melder om flere besøkende etter at ungdomsrådet fikk egne midler.');
  doc.addPage().text('Side to: Tiltakene evalueres av kommunen i samarbeid med frivillige organisasjoner.');
  doc.end();
  return done;
}

const paragraphs = [
  'Handlingsprogram for oppvekst',
  'Barnehagene og skolene skal oppdage utenforskap tidlig.',
  'Kommunen følger opp tiltakene & rapporterer hvert år <til> bystyret.',
];

function docx(): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</w:t></w:r></w:p>`).join('');
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
    },
    { mtime: FIXED },
  );
}

function odt(): Uint8Array {
  return zipSync(
    {
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'META-INF/manifest.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
      'content.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:h>Referat fra styremøtet</text:h><text:p>Styret drøftet ungdomsklubbene i bydelen.</text:p></office:text></office:body></office:document-content>'),
    },
    { mtime: FIXED },
  );
}

writeFileSync(path.join(DIR, 'rapport-skoler.pdf'), await pdf());
writeFileSync(path.join(DIR, 'handlingsprogram.docx'), docx());
writeFileSync(path.join(DIR, 'referat.odt'), odt());
console.log('document fixtures written to', DIR);
