import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { PdfBlock, PdfDocumentSpec } from '../../pdf/pdf-model';
import { renderPdf } from '../../pdf/pdf-render';
import { readStandard } from './standard-translations.service';
import type { StandardText } from '../../../shared/contracts/standards';
import { contentPhrases } from '../../../shared/domain/standard-phrases';

/** BCP 47 tags of the languages the PDF is written in (Latin script, left to right: Inter carries them). */
const PDF_LANGS = { nb: 'nb-NO', en: 'en', so: 'so', tr: 'tr' } as const;
export type PdfLanguage = keyof typeof PDF_LANGS;

/**
 * The standard as a document in one language. Only languages written left to right in Latin
 * script: Arabic and Urdu need shaping and right-to-left lines, which PDFKit does not lay out, and
 * Tamil needs its own shaping; their readers print the page instead (the print view).
 */
export function standardDocument(text: StandardText, lang: PdfLanguage, origin: string): PdfDocumentSpec {
  const doc = PDF_LANGS[lang];
  const other = (l: string) => (l === lang ? undefined : (PDF_LANGS[l as PdfLanguage] ?? l));
  const blocks: PdfBlock[] = [{ kind: 'heading', level: 1, text: text.title, ...(other(text.titleLang) ? { lang: other(text.titleLang) } : {}) }];
  for (const s of text.sections) {
    const sectionLang = other(s.lang);
    blocks.push({ kind: 'heading', level: 2, text: s.heading, ...(sectionLang ? { lang: sectionLang } : {}) });
    if (s.text) blocks.push({ kind: 'paragraph', text: s.text });
    if (s.items.length > 0) blocks.push({ kind: 'list', items: s.items.map((item) => ({ text: item })) });
    const headings = contentPhrases(s.lang);
    if (s.fromSchool.length > 0) blocks.push({ kind: 'heading', level: 3, text: headings.fromSchool }, { kind: 'list', items: s.fromSchool.map((item) => ({ text: item })) });
    if (s.fromHome.length > 0) blocks.push({ kind: 'heading', level: 3, text: headings.fromHome }, { kind: 'list', items: s.fromHome.map((item) => ({ text: item })) });
  }
  const url = `${origin}/program/${encodeURIComponent(text.programmeSlug)}/standarder/${text.id}${lang === 'nb' ? '' : `/${lang}`}`;
  blocks.push({ kind: 'link', link: { text: url, url } });
  return { lang: doc, title: text.title, runningHeader: text.title, pageLabel: (page, pages) => `${page} / ${pages}`, blocks };
}

/** The published standard (or a translation) as an accessible PDF: the same permission as the page. */
export async function standardPdf(db: Db, actor: Actor, id: string, lang: PdfLanguage, origin: string): Promise<{ fileName: string; body: Buffer }> {
  const text = await readStandard(db, actor, id, lang);
  const body = await renderPdf(standardDocument(text, lang, origin));
  return { fileName: `standard-${id.slice(0, 8)}-v${text.version.number}-${lang}.pdf`, body };
}
