import { DOCUMENT_FILE_TYPES, type DocumentFileKind } from '../../shared/domain/documents';
import { readEntry, zipEntries } from './zip-entries';

/**
 * What a file is, from its content alone (never its name or the browser's word): PDF, PNG, JPEG
 * and WebP by their first bytes; DOCX, XLSX and ODT, which are all zip archives, by what the
 * archive holds — an OpenDocument's `mimetype` entry, an Office file's `[Content_Types].xml` with
 * its main part (`word/document.xml`, `xl/workbook.xml`). Anything else is undefined (refused).
 */
export function sniffHead(head: Uint8Array): DocumentFileKind | 'zip' | undefined {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  if (b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'zip';
  return undefined;
}

/** Which office file a zip archive is; undefined when it is none of those taken (or not a readable zip). */
export function zipKind(bytes: Uint8Array): DocumentFileKind | undefined {
  try {
    const entries = zipEntries(bytes);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const mimetype = byName.get('mimetype');
    if (mimetype) {
      const declared = new TextDecoder().decode(readEntry(bytes, mimetype, 200)).trim();
      if (declared === DOCUMENT_FILE_TYPES.odt && byName.has('content.xml')) return 'odt';
      return undefined;
    }
    if (!byName.has('[Content_Types].xml')) return undefined;
    if (byName.has('word/document.xml')) return 'docx';
    if (byName.has('xl/workbook.xml')) return 'xlsx';
    return undefined;
  } catch {
    return undefined;
  }
}

/** The kind of a whole file, or undefined. */
export function sniffFile(bytes: Uint8Array): DocumentFileKind | undefined {
  const head = sniffHead(bytes.subarray(0, 16));
  return head === 'zip' ? zipKind(bytes) : head;
}

export const contentTypeOf = (kind: DocumentFileKind) => DOCUMENT_FILE_TYPES[kind];
export const kindOfContentType = (type: string): DocumentFileKind | undefined =>
  (Object.entries(DOCUMENT_FILE_TYPES) as [DocumentFileKind, string][]).find(([, t]) => t === type)?.[0];
