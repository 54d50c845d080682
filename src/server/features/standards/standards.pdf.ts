import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { PdfBlock, PdfDocumentSpec } from '../../pdf/pdf-model';
import { renderPdf } from '../../pdf/pdf-render';
import { readStandard } from './standard-translations.service';
import type { StandardText } from '../../../shared/contracts/standards';
import { contentPhrases } from '../../../shared/domain/standard-phrases';
import { languageDir, type StandardLanguage } from '../../../shared/domain/standards';

/** The languages a standard is read in; each PDF is written in one of them (BCP 47 `/Lang`). */
const PDF_LANGS = { nb: 'nb-NO', ar: 'ar', en: 'en', so: 'so', ta: 'ta', tr: 'tr', ur: 'ur' } as const satisfies Record<StandardLanguage | 'nb', string>;
export type PdfLanguage = keyof typeof PDF_LANGS;

/**
 * The standard as a document in one language. Arabic and Urdu run right to left, Tamil in its
 * own script: the PDF module lays them out with the fonts that carry them. A section not yet
 * translated stays in bokmål and is tagged so; an outdated translation opens with the notice
 * the page shows, in its own language.
 */
export function standardDocument(text: StandardText, lang: PdfLanguage, origin: string): PdfDocumentSpec {
  const doc = PDF_LANGS[lang];
  const other = (l: string) => (l === lang ? undefined : (PDF_LANGS[l as PdfLanguage] ?? l));
  const sourceUrl = `${origin}/program/${encodeURIComponent(text.programmeSlug)}/standarder/${text.id}`;
  const blocks: PdfBlock[] = [{ kind: 'heading', level: 1, text: text.title, ...(other(text.titleLang) ? { lang: other(text.titleLang) } : {}) }];
  if (text.followsVersion) {
    const phrases = contentPhrases(lang);
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(text.followsVersion.publishedAt));
    blocks.push({ kind: 'paragraph', text: phrases.outdated.replace('{date}', date) }, { kind: 'link', link: { text: phrases.readSource, url: sourceUrl, alt: `${phrases.readSource}: ${sourceUrl}` } });
  }
  for (const s of text.sections) {
    const sectionLang = other(s.lang);
    blocks.push({ kind: 'heading', level: 2, text: s.heading, ...(sectionLang ? { lang: sectionLang } : {}) });
    if (s.text) blocks.push({ kind: 'paragraph', text: s.text });
    if (s.items.length > 0) blocks.push({ kind: 'list', items: s.items.map((item) => ({ text: item })) });
    const headings = contentPhrases(s.lang);
    if (s.fromSchool.length > 0) blocks.push({ kind: 'heading', level: 3, text: headings.fromSchool }, { kind: 'list', items: s.fromSchool.map((item) => ({ text: item })) });
    if (s.fromHome.length > 0) blocks.push({ kind: 'heading', level: 3, text: headings.fromHome }, { kind: 'list', items: s.fromHome.map((item) => ({ text: item })) });
  }
  const url = `${sourceUrl}${lang === 'nb' ? '' : `/${lang}`}`;
  blocks.push({ kind: 'link', link: { text: url, url } });
  return { lang: doc, dir: languageDir(lang), title: text.title, runningHeader: text.title, pageLabel: (page, pages) => `${page} / ${pages}`, blocks };
}

/** The published standard (or a translation) as an accessible PDF: the same permission as the page. */
export async function standardPdf(db: Db, actor: Actor, id: string, lang: PdfLanguage, origin: string): Promise<{ fileName: string; body: Buffer }> {
  const text = await readStandard(db, actor, id, lang);
  const body = await renderPdf(standardDocument(text, lang, origin));
  return { fileName: `standard-${id.slice(0, 8)}-v${text.version.number}-${lang}.pdf`, body };
}
