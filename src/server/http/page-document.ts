import type { RenderedPage } from '../../shared/contracts/site';
import { PUBLIC_PAGES, sitePageAlternates, type SitePage } from '../../shared/domain/site-paths';
import { DEFAULT_LOCALE, type Locale } from '../../shared/domain/localized';

/** Open Graph names of our languages. */
const OG_LOCALE: Record<Locale, string> = { nb: 'nb_NO', nn: 'nn_NO', en: 'en_GB' };

/** Text for HTML and XML, in content or in a quoted attribute (the sitemap uses it too). */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * JSON inside a `<script type="application/json">` block: nothing in it may close the element or
 * open a comment, whatever the data holds.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export interface PageWhere {
  origin: string;
  locale: Locale;
  /** The matched page, when the path is one of the site's pages. */
  page?: { name: SitePage; params: Record<string, string> };
}

/** The `<head>` lines a page adds: title, description, canonical URL, language alternates, Open Graph. */
export function headTags(rendered: Pick<RenderedPage, 'status' | 'title' | 'description' | 'feeds'>, where: PageWhere, siteName: string): string {
  const title = rendered.title ?? siteName;
  const description = rendered.description ?? '';
  const tags = [`<title>${escapeHtml(title)}</title>`];
  if (description) tags.push(`<meta name="description" content="${escapeHtml(description)}" />`);
  for (const feed of rendered.feeds ?? []) {
    const href = feed.href.startsWith('/') ? where.origin + feed.href : feed.href;
    tags.push(`<link rel="alternate" type="${escapeHtml(feed.type)}" title="${escapeHtml(feed.title)}" href="${escapeHtml(href)}" data-page-feed />`);
  }
  const indexable = rendered.status === 200 && where.page && (PUBLIC_PAGES as readonly SitePage[]).includes(where.page.name);
  if (!indexable || !where.page) {
    tags.push('<meta name="robots" content="noindex" />');
    return tags.join('\n    ');
  }
  const alternates = sitePageAlternates(where.page.name, where.page.params);
  const own = alternates.find((a) => a.locale === where.locale) ?? alternates[0]!;
  const url = where.origin + own.path;
  tags.push(`<link rel="canonical" href="${escapeHtml(url)}" />`);
  for (const alt of alternates) tags.push(`<link rel="alternate" hreflang="${alt.locale}" href="${escapeHtml(where.origin + alt.path)}" />`);
  const fallback = alternates.find((a) => a.locale === DEFAULT_LOCALE)!;
  tags.push(`<link rel="alternate" hreflang="x-default" href="${escapeHtml(where.origin + fallback.path)}" />`);
  tags.push(
    '<meta property="og:type" content="website" />',
    `<meta property="og:site_name" content="${escapeHtml(siteName)}" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta property="og:locale" content="${OG_LOCALE[where.locale]}" />`,
    ...alternates.filter((a) => a.locale !== where.locale).map((a) => `<meta property="og:locale:alternate" content="${OG_LOCALE[a.locale]}" />`),
    '<meta name="twitter:card" content="summary" />',
  );
  if (description) tags.push(`<meta property="og:description" content="${escapeHtml(description)}" />`);
  return tags.join('\n    ');
}

/**
 * The built client's index.html, cut where a rendered page goes: the language of `<html>`, the
 * `<title>` (replaced by the page's head tags) and the empty `#root`.
 */
export interface PageTemplate {
  fill(rendered: RenderedPage, where: PageWhere, siteName: string): string;
}

/** The scripts of each language's messages (see localeScripts), by language. */
export type LocaleScripts = Partial<Record<Locale, readonly string[]>>;

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/**
 * The files of each language's messages in the build (Vite's manifest): the client loads them
 * only after its own script has run, so the page names them for the browser to fetch alongside
 * it, one round trip earlier on a slow line.
 */
export function localeScripts(manifest: Record<string, ManifestChunk>, locales: readonly Locale[]): LocaleScripts {
  const out: LocaleScripts = {};
  for (const locale of locales) {
    const files: string[] = [];
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || files.includes(`/${chunk.file}`)) return;
      files.push(`/${chunk.file}`);
      chunk.imports?.forEach(visit);
    };
    visit(`src/client/app/messages/${locale}.ts`);
    if (files.length) out[locale] = files;
  }
  return out;
}

const HTML_LANG = '<html lang="nb">';
const TITLE = /<title>[^<]*<\/title>/;
const ROOT = '<div id="root"></div>';

export function pageTemplate(indexHtml: string, scripts: LocaleScripts = {}): PageTemplate {
  if (!indexHtml.includes(HTML_LANG) || !TITLE.test(indexHtml) || !indexHtml.includes(ROOT)) {
    throw new Error(`index.html must hold ${HTML_LANG}, a <title> and ${ROOT}`);
  }
  return {
    fill(rendered, where, siteName) {
      const state = jsonForScript({ status: rendered.status, state: rendered.state });
      const preloads = (scripts[where.locale] ?? []).map((file) => `\n    <link rel="modulepreload" crossorigin href="${escapeHtml(file)}" />`).join('');
      return indexHtml
        .replace(HTML_LANG, `<html lang="${where.locale}">`)
        .replace(TITLE, () => headTags(rendered, where, siteName) + preloads)
        .replace(ROOT, () => `<div id="root">${rendered.html}</div>\n    <script type="application/json" id="ssr-state">${state}</script>`);
    },
  };
}
