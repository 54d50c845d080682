/**
 * The programme's document archive: reports, action programmes, mandates, standards, minutes,
 * case papers and presentations, each with its versions (files). A document is a draft (the
 * programme's own), public (anyone finds and reads it), or exempt from public access with the
 * legal basis written out — an exempt document is never shown outside the programme.
 * Plain lists, shared by the server and the pages.
 */

export const DOCUMENT_TYPES = ['report', 'action_programme', 'mandate', 'standard', 'minutes', 'case_paper', 'presentation', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_VISIBILITIES = ['draft', 'public', 'exempt'] as const;
export type DocumentVisibility = (typeof DOCUMENT_VISIBILITIES)[number];

/** What a document may be linked to; `event` is checked by the events feature's lookup. */
export const DOCUMENT_LINK_KINDS = ['meeting', 'case', 'project', 'event'] as const;
export type DocumentLinkKind = (typeof DOCUMENT_LINK_KINDS)[number];

/** Where the text extraction of a version stands. `skipped`: a file type with no text read (images, spreadsheets). */
export const EXTRACTION_STATUSES = ['pending', 'done', 'failed', 'too_large', 'skipped'] as const;
export type ExtractionStatus = (typeof EXTRACTION_STATUSES)[number];

/** The file types the archive takes, recognised by their content. */
export const DOCUMENT_FILE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
} as const;
export type DocumentFileKind = keyof typeof DOCUMENT_FILE_TYPES;

/** The languages offered first; any other ISO 639-1 code is taken too. */
export const DOCUMENT_LANGUAGES = ['nb', 'nn', 'en'] as const;

/** Languages searched with Norwegian stemming; the others with `simple` (no stemming). */
export const NORWEGIAN_LANGUAGES: readonly string[] = ['nb', 'nn', 'no'];

/** Search markers around a hit in a snippet: control characters no document text keeps, rendered as <mark>. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/** A snippet split into plain text and hits, for rendering without HTML. */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false });
    const end = rest.indexOf(HIT_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), hit: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}
