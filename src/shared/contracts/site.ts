import { link } from './endpoint';

/** The files a public site offers search engines: not API, but the same kind of descriptor. */
export const siteApi = {
  robots: link({ path: '/robots.txt' }),
  sitemap: link({ path: '/sitemap.xml' }),
};

/** A feed a page offers beside itself (`<link rel="alternate" type=…>` in its head). */
export interface PageFeed {
  type: 'application/rss+xml' | 'text/calendar';
  title: string;
  /** A path on the site, or a full URL. */
  href: string;
}

/**
 * A page of the site rendered on the server (by the client's code, built into dist/ssr): what the
 * server needs to send it as a whole HTML document.
 */
export interface RenderedPage {
  /** The page's HTTP status: 404 when it rendered "not found". */
  status: number;
  /** The document title and description the page set. */
  title: string | undefined;
  description: string | undefined;
  /** The feeds the page offers (RSS, iCalendar). */
  feeds?: PageFeed[];
  /** The markup that goes inside `#root`. */
  html: string;
  /** The data the page was rendered from, for the browser's client to start from. */
  state: unknown;
  /** What failed while rendering (that part is left to the browser); the server logs it. */
  errors: unknown[];
}

export type PageRenderer = (url: string) => Promise<RenderedPage>;

/** What the server-rendering bundle exports: given how to reach the API, a renderer. */
export type CreatePageRenderer = (transport: typeof fetch) => PageRenderer;
