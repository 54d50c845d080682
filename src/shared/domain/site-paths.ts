import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './localized';

/**
 * The pages of the site, by name, with their paths inside a language. Every page exists in each
 * language: bokmål without a prefix, nynorsk under /nn and English under /en. The client's router
 * and the server (which answers 404 for any other path, and lists the public pages in the
 * sitemap) read the same table.
 */
export const SITE_PAGES = {
  front: '/',
  programme: '/program/:slug',
  goals: '/program/:slug/mal',
  statistics: '/program/:slug/statistikk',
  areaProfile: '/program/:slug/statistikk/omrade/:areaCode',
  indicator: '/program/:slug/statistikk/indikator/:code',
  governance: '/program/:slug/styring',
  body: '/program/:slug/styring/:bodyId',
  meeting: '/program/:slug/moter/:meetingId',
  decisions: '/program/:slug/vedtak',
  actionProgramme: '/program/:slug/handlingsprogram/:actionProgrammeId',
  portfolio: '/program/:slug/prosjekter',
  project: '/program/:slug/prosjekter/:projectId',
  lessons: '/program/:slug/erfaringer',
  calls: '/program/:slug/utlysninger',
  call: '/program/:slug/utlysninger/:callId',
  news: '/program/:slug/nyheter',
  newsItem: '/program/:slug/nyheter/:newsId',
  contentPage: '/program/:slug/sider/:pageSlug',
  documents: '/program/:slug/dokumenter',
  document: '/program/:slug/dokumenter/:documentId',
  events: '/program/:slug/arrangementer',
  event: '/program/:slug/arrangementer/:eventId',
  registration: '/pamelding/:token',
  standards: '/program/:slug/standarder',
  standard: '/program/:slug/standarder/:standardId',
  standardTranslation: '/program/:slug/standarder/:standardId/:lang',
  standardPrint: '/program/:slug/standarder/:standardId/utskrift/:lang',
  developmentPlan: '/program/:slug/utviklingsplan/:groupId',
  signIn: '/logg-inn',
  admin: '/admin/*',
} as const;
export type SitePage = keyof typeof SITE_PAGES;

/** The pages anyone may read and search engines may index. */
export const PUBLIC_PAGES = ['front', 'programme', 'goals', 'statistics', 'areaProfile', 'indicator', 'governance', 'body', 'meeting', 'decisions', 'actionProgramme', 'portfolio', 'project', 'lessons', 'calls', 'call', 'news', 'newsItem', 'contentPage', 'documents', 'document', 'events', 'event', 'standards', 'standard', 'standardTranslation', 'standardPrint', 'developmentPlan'] as const satisfies readonly SitePage[];

/**
 * Splits a URL path into its language and the path inside that language. Bokmål has no prefix,
 * so `/nn/program/x` is nynorsk `/program/x` and `/program/x` is bokmål.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && match[1] !== DEFAULT_LOCALE && isLocale(match[1]!)) {
    const rest = match[2] ?? '';
    return { locale: match[1] as Locale, path: rest === '' ? '/' : rest };
  }
  return { locale: DEFAULT_LOCALE, path: pathname === '' ? '/' : pathname };
}

/** The URL of a path (which may carry a query and hash) in the given language. */
export function localePath(locale: Locale, path: string): string {
  const normalised = path.startsWith('/') ? path : `/${path}`;
  if (locale === DEFAULT_LOCALE) return normalised;
  if (normalised === '/') return `/${locale}`;
  if (normalised.startsWith('/?') || normalised.startsWith('/#')) return `/${locale}${normalised.slice(1)}`;
  return `/${locale}${normalised}`;
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (w === '*') return params;
    const h = have[i];
    if (h === undefined) return undefined;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return undefined;
      }
    } else if (w !== h) return undefined;
  }
  return have.length === want.length ? params : undefined;
}

/** Which page a URL path (without query) is, in which language, with its parameters. */
export function matchSitePage(pathname: string): { locale: Locale; page: SitePage; params: Record<string, string> } | undefined {
  const { locale, path } = splitLocale(pathname);
  for (const [page, pattern] of Object.entries(SITE_PAGES) as [SitePage, string][]) {
    const params = matchPattern(pattern, path);
    if (params) return { locale, page, params };
  }
  return undefined;
}

/** The URL path of a page in a language, its parameters filled in and encoded. */
export function sitePagePath(locale: Locale, page: SitePage, params: Readonly<Record<string, string>> = {}): string {
  const path = SITE_PAGES[page].replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`The page ${page} needs the parameter "${name}"`);
    return encodeURIComponent(value);
  });
  return localePath(locale, path);
}

/** The page in every language, for `hreflang` alternates. */
export function sitePageAlternates(page: SitePage, params: Readonly<Record<string, string>> = {}): { locale: Locale; path: string }[] {
  return LOCALES.map((locale) => ({ locale, path: sitePagePath(locale, page, params) }));
}
