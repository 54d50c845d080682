import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { originOf } from '../../http/origin';
import { siteApi } from '../../../shared/contracts/site';
import { robotsTxt, sitemapXml } from './site.service';

const tags = ['site'];
/** Search engines fetch these often; an hour old is fresh enough, a day old may still be served while it is renewed. */
const CACHE = 'public, max-age=3600, stale-while-revalidate=86400';


export const siteRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  route(app, siteApi.robots, { tags, summary: 'Which parts of the site crawlers may read, and where the sitemap is', permission: 'public' }, (req, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', CACHE).send(robotsTxt(originOf(req, config.publicUrl))),
  );

  route(app, siteApi.sitemap, { tags, summary: 'The public pages in every language, with their alternates', permission: 'public' }, async (req, reply) =>
    reply.type('application/xml; charset=utf-8').header('cache-control', CACHE).send(await sitemapXml(db, originOf(req, config.publicUrl))),
  );
};
