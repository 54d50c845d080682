import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { visibleProgrammes } from '../programmes/programmes.access';
import { listSitemapProgrammes } from './site.repo';
import { sitePageAlternates, type SitePage } from '../../../shared/domain/site-paths';
import { escapeHtml } from '../../http/page-document';

const ANONYMOUS: Actor = { user: null, requestId: 'sitemap' };

interface SitemapPage {
  page: SitePage;
  params: Record<string, string>;
  lastModified?: Date;
}


/**
 * The public pages a search engine may read: the front page and, for every programme anyone may
 * see, its page, goals, statistics, the area profiles and indicator pages of what it follows, and
 * its governance: the bodies, each public body's page, the decisions and each published action
 * programme; its portfolio with each published project; its calls for applications; its own pages and news; its events; its public documents; its standards with their translations; and the development plans groups have made public.
 */
export async function listSitemapPages(db: Db): Promise<SitemapPage[]> {
  const visible = await visibleProgrammes(db, ANONYMOUS);
  const out: SitemapPage[] = [{ page: 'front', params: {} }];
  for (const p of await listSitemapProgrammes(db, [...visible.keys()])) {
    const slug = p.slug;
    const lastModified = p.updatedAt;
    out.push({ page: 'programme', params: { slug }, lastModified }, { page: 'goals', params: { slug } }, { page: 'statistics', params: { slug } });
    for (const areaCode of p.areaCodes) out.push({ page: 'areaProfile', params: { slug, areaCode } });
    for (const code of p.indicatorCodes) out.push({ page: 'indicator', params: { slug, code } });
    if (p.bodyIds.length > 0) out.push({ page: 'governance', params: { slug } }, { page: 'decisions', params: { slug } });
    for (const bodyId of p.bodyIds) out.push({ page: 'body', params: { slug, bodyId } });
    for (const actionProgrammeId of p.actionProgrammeIds) out.push({ page: 'actionProgramme', params: { slug, actionProgrammeId } });
    if (p.projectIds.length > 0) out.push({ page: 'portfolio', params: { slug } }, { page: 'lessons', params: { slug } });
    for (const projectId of p.projectIds) out.push({ page: 'project', params: { slug, projectId } });
    if (p.callIds.length > 0) out.push({ page: 'calls', params: { slug } });
    for (const callId of p.callIds) out.push({ page: 'call', params: { slug, callId } });
    for (const pageSlug of p.pageSlugs) out.push({ page: 'contentPage', params: { slug, pageSlug } });
    if (p.newsIds.length > 0) out.push({ page: 'news', params: { slug } });
    for (const newsId of p.newsIds) out.push({ page: 'newsItem', params: { slug, newsId } });
    if (p.eventIds.length > 0) out.push({ page: 'events', params: { slug } });
    for (const eventId of p.eventIds) out.push({ page: 'event', params: { slug, eventId } });
    if (p.documentIds.length > 0) out.push({ page: 'documents', params: { slug } });
    for (const documentId of p.documentIds) out.push({ page: 'document', params: { slug, documentId } });
    if (p.standards.length > 0) out.push({ page: 'standards', params: { slug } });
    for (const s of p.standards) {
      out.push({ page: 'standard', params: { slug, standardId: s.id } });
      for (const lang of s.languages) out.push({ page: 'standardTranslation', params: { slug, standardId: s.id, lang } });
    }
    for (const groupId of p.publicPlanGroupIds) out.push({ page: 'developmentPlan', params: { slug, groupId } });
  }
  return out;
}

/**
 * The sitemap (sitemaps.org 0.9): each page once per language, each entry naming the page in the
 * other languages as `hreflang` alternates. `origin` is the site's address without a trailing slash.
 */
export async function sitemapXml(db: Db, origin: string): Promise<string> {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  for (const entry of await listSitemapPages(db)) {
    const alternates = sitePageAlternates(entry.page, entry.params);
    for (const own of alternates) {
      lines.push('  <url>', `    <loc>${escapeHtml(origin + own.path)}</loc>`);
      if (entry.lastModified) lines.push(`    <lastmod>${entry.lastModified.toISOString()}</lastmod>`);
      for (const alt of alternates) lines.push(`    <xhtml:link rel="alternate" hreflang="${alt.locale}" href="${escapeHtml(origin + alt.path)}"/>`);
      lines.push('  </url>');
    }
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** robots.txt: the public site is open; the admin area, the API and the personal registration pages are not for crawlers. */
export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Disallow: /admin', 'Disallow: /nn/admin', 'Disallow: /en/admin', 'Disallow: /pamelding/', 'Disallow: /nn/pamelding/', 'Disallow: /en/pamelding/', 'Disallow: /api/', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}
