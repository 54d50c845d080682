import { TooLargeError, readEntry, zipEntries } from '../../files/zip-entries';
import type { DocumentFileKind } from '../../../shared/domain/documents';

/**
 * Reads the text of a document's file, for search: PDF with Mozilla's PDF.js (the legacy build,
 * which runs on Node 20 without a DOM and has no install scripts), DOCX from
 * `word/document.xml` and ODT from `content.xml`. Runs inside the extraction worker
 * (extract-worker.ts), whose memory and time are limited; here the text is capped, and a zip
 * entry is inflated only up to a cap (zip-entries.ts).
 */
export interface ExtractLimits {
  /** Characters of text kept; the rest is cut. */
  maxChars: number;
  /** Bytes an archive's XML part may inflate to. */
  maxXmlBytes: number;
}

export interface Extracted {
  text: string;
  /** The text was cut at maxChars. */
  truncated: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text of a word-processing XML part: paragraph ends (`</w:p>`, `</text:p>`, `</text:h>`)
 * and breaks become line ends, tabs spaces, and every other tag goes.
 */
export function xmlText(xml: string): string {
  return decodeEntities(
    xml
      .replace(/<\/(w:p|text:p|text:h)>|<(w:br|w:cr|text:line-break)\b[^>]*\/?>/g, '\n')
      .replace(/<(w:tab|text:tab|text:s)\b[^>]*\/?>/g, ' ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

function cap(text: string, maxChars: number): Extracted {
  // eslint-disable-next-line no-control-regex -- NUL and other C0 controls cannot be stored or searched
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ');
  return clean.length > maxChars ? { text: clean.slice(0, maxChars), truncated: true } : { text: clean, truncated: false };
}

function zipPartText(bytes: Uint8Array, part: string, limits: ExtractLimits): Extracted {
  const entry = zipEntries(bytes).find((e) => e.name === part);
  if (!entry) throw new Error(`the archive has no ${part}`);
  const xml = new TextDecoder().decode(readEntry(bytes, entry, limits.maxXmlBytes));
  return cap(xmlText(xml), limits.maxChars);
}

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

async function pdfText(bytes: Uint8Array, limits: ExtractLimits): Promise<Extracted> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false, verbosity: 0 }).promise;
  try {
    let text = '';
    for (let n = 1; n <= pdf.numPages && text.length <= limits.maxChars; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items as TextItem[]) {
        if (typeof item.str === 'string') text += item.hasEOL ? `${item.str}\n` : item.str;
        if (text.length > limits.maxChars) break;
      }
      text += '\n';
      page.cleanup();
    }
    return cap(text.replace(/[ \t]+/g, ' ').trim(), limits.maxChars);
  } finally {
    await pdf.destroy();
  }
}

/** The file's text; throws TooLargeError when a part is larger than the limits allow. */
export async function extractText(kind: DocumentFileKind, bytes: Uint8Array, limits: ExtractLimits): Promise<Extracted> {
  if (kind === 'pdf') return pdfText(bytes, limits);
  if (kind === 'docx') return zipPartText(bytes, 'word/document.xml', limits);
  if (kind === 'odt') return zipPartText(bytes, 'content.xml', limits);
  return { text: '', truncated: false };
}

export { TooLargeError };
