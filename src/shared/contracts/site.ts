import { link } from './endpoint';

/** The files a public site offers search engines: not API, but the same kind of descriptor. */
export const siteApi = {
  robots: link({ path: '/robots.txt' }),
  sitemap: link({ path: '/sitemap.xml' }),
};
