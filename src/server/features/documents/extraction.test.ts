import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { documentFixture } from '../../testing/documents';
import { extractInWorker } from './text-extraction';
import { sniffFile } from '../../files/file-type';
import { readEntry, TooLargeError, zipEntries } from '../../files/zip-entries';
import { xmlText } from './extract-text';

const limits = { memoryMb: 160, timeoutMs: 8000 };

/** A PDF whose one page's content stream inflates from a few hundred KB to `mb` MB of text operators. */
function pdfBomb(mb: number): Buffer {
  const op = Buffer.from('BT /F1 12 Tf 72 712 Td (skoler og barnehager) Tj ET\n');
  const content = deflateSync(Buffer.alloc(mb * 1024 * 1024, op), { level: 9 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(size);
    const chunk = body
      ? Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`)
      : Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`), content, Buffer.from('\nendstream\nendobj\n')]);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

/** A DOCX whose word/document.xml inflates to `mb` MB; `lie`: its directory declares 1 KB. */
function docxBomb(mb: number, lie: boolean): Buffer {
  const xml = Buffer.alloc(mb * 1024 * 1024, ' ');
  const zip = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': xml }, { level: 9 }));
  if (lie) {
    // Rewrite the declared (uncompressed) size in the central directory entry.
    const entry = zipEntries(zip).find((e) => e.name === 'word/document.xml')!;
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let at = zip.readUInt32LE(eocd + 16);
    while (zip.toString('latin1', at + 46, at + 46 + zip.readUInt16LE(at + 28)) !== entry.name) at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    zip.writeUInt32LE(1024, at + 24);
  }
  return zip;
}

describe('text extraction', () => {
  it('reads the text of real PDF, DOCX and ODT files', async () => {
    const pdf = await extractInWorker('pdf', documentFixture('rapport-skoler.pdf'), limits);
    expect(pdf).toMatchObject({ status: 'done', truncated: false });
    expect(pdf.status === 'done' && pdf.text).toContain('Skolene i bydelene samarbeider med helsestasjonene');
    expect(pdf.status === 'done' && pdf.text).toContain('Side to: Tiltakene evalueres');
    const docx = await extractInWorker('docx', documentFixture('handlingsprogram.docx'), limits);
    expect(docx).toEqual({ status: 'done', truncated: false, text: 'Handlingsprogram for oppvekst\nBarnehagene og skolene skal oppdage utenforskap tidlig.\nKommunen følger opp tiltakene & rapporterer hvert år <til> bystyret.' });
    const odt = await extractInWorker('odt', documentFixture('referat.odt'), limits);
    expect(odt).toEqual({ status: 'done', truncated: false, text: 'Referat fra styremøtet\nStyret drøftet ungdomsklubbene i bydelen.' });
    expect(await extractInWorker('docx', documentFixture('handlingsprogram.docx'), { ...limits, maxChars: 20 })).toEqual({ status: 'done', truncated: true, text: 'Handlingsprogram for' });
  });

  it('tells the zip-based types apart by what the archive holds, and the rest by their first bytes', () => {
    expect(sniffFile(documentFixture('rapport-skoler.pdf'))).toBe('pdf');
    expect(sniffFile(documentFixture('handlingsprogram.docx'))).toBe('docx');
    expect(sniffFile(documentFixture('referat.odt'))).toBe('odt');
    expect(sniffFile(Buffer.from('<html><body>%PDF-1.4</body></html>'))).toBeUndefined();
    expect(sniffFile(Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPVP8 '), Buffer.alloc(16)]))).toBe('webp');
    expect(sniffFile(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('jpeg');
    // An OpenDocument spreadsheet is not taken (its mimetype says so), nor a broken zip.
    expect(sniffFile(zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<x/>') }))).toBeUndefined();
    expect(sniffFile(Buffer.from('PK\u0003\u0004 broken'))).toBeUndefined();
  });

  it('strips the markup of word-processing XML and decodes its entities', () => {
    expect(xmlText('<w:p><w:r><w:t>A &amp; B</w:t></w:r><w:r><w:tab/><w:t>&#248;&#x00E6;</w:t></w:r></w:p><w:p><w:t>C</w:t></w:p>')).toBe('A & B øæ\nC');
  });

  it('refuses a DOCX zip bomb by its declared size, and stops inflating one that lies about it', async () => {
    const capped = { ...limits, maxXmlBytes: 1024 * 1024 };
    const honest = await extractInWorker('docx', docxBomb(64, false), capped);
    expect(honest).toMatchObject({ status: 'too_large', reason: expect.stringContaining('declares') });
    const lying = docxBomb(64, true);
    const started = Date.now();
    expect(await extractInWorker('docx', lying, capped)).toMatchObject({ status: 'too_large', reason: expect.stringContaining('inflates to more than') });
    expect(Date.now() - started).toBeLessThan(limits.timeoutMs);
    // In the thread itself, too: the inflating stops at the cap, whatever the entry declares.
    const entry = zipEntries(lying).find((e) => e.name === 'word/document.xml')!;
    expect(entry.size).toBe(1024);
    expect(() => readEntry(lying, { ...entry, size: 0 }, 1024 * 1024)).toThrow(TooLargeError);
  });

  it('cuts a PDF bomb off at the memory or time limit without stalling the server', async () => {
    const bomb = pdfBomb(256);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    const outcome = await extractInWorker('pdf', bomb, { memoryMb: limits.memoryMb, timeoutMs: 4000, maxChars: 10_000 });
    clearInterval(timer);
    const elapsed = Date.now() - started;
    // Either refused (memory or time) or read with the text cut at the cap: never more.
    if (outcome.status === 'done') expect(outcome.text.length).toBeLessThanOrEqual(10_000);
    else expect(outcome.status === 'too_large' || outcome.reason.includes('longer than')).toBe(true);
    expect(elapsed).toBeLessThan(4000 + 3000);
    // The event loop kept turning while the worker worked.
    expect(ticks).toBeGreaterThan(elapsed / 50 / 3);
  });
});
