import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CreatePageRenderer, PageRenderer } from '../../shared/contracts/site';
import { matchSitePage, splitLocale, type SitePage } from '../../shared/domain/site-paths';
import { isAnonymous, PUBLIC_READ } from './caching';
import { originOf } from './origin';
import { localeScripts, pageTemplate, type PageTemplate } from './page-document';
import { LOCALES } from '../../shared/domain/localized';
import { injectTransport, renderAs } from './page-rendering';

/** Hashed build output changes its name when it changes: a browser may keep it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SITE_NAME = 'Samordna';
/**
 * Pages the browser's client renders alone: the admin area, and the sign-in form, which must not
 * be sent by the browser itself (as a GET, with the password in the address) before the script
 * has taken it over.
 */
const CLIENT_ONLY = new Set<SitePage>(['admin', 'signIn']);
/**
 * Pages opened by a personal link (a registration's): one person's data, changed from the page
 * itself, so neither a shared cache nor the browser keeps them, and the server's read cache
 * (which keeps only public answers) never holds them.
 */
const PERSONAL = new Set<SitePage>(['registration']);
const PERSONAL_PAGE = 'private, no-store';

type SiteMatch = ReturnType<typeof matchSitePage>;

export interface ClientOptions {
  /** The server-rendering bundle's factory; without it every page gets the empty shell. */
  createRenderer?: CreatePageRenderer;
  publicUrl?: string;
}

/**
 * Serves the built client: its files (with the `.br` and `.gz` copies the build wrote, where the
 * browser takes them) and the site's pages. Every page but the admin area and sign-in is rendered here whole
 * (see src/client/server-entry.tsx); the admin area gets the page shell, which its client fills.
 * A path that is no page of the site gets the "not found" page with the status 404.
 */
export async function serveClient(app: FastifyInstance, clientDir: string, options: ClientOptions = {}): Promise<void> {
  await app.register(fastifyStatic, {
    root: clientDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    maxAge: '1h',
    setHeaders(res, file) {
      const name = path.relative(clientDir, file);
      if (name.startsWith(`assets${path.sep}`)) res.header('cache-control', IMMUTABLE);
      // The shell names the current build's files: always ask whether it changed.
      else if (name === 'index.html') res.header('cache-control', 'no-cache');
    },
  });

  const render = options.createRenderer?.(injectTransport(app));
  const manifest = path.join(clientDir, '.vite', 'manifest.json');
  const scripts = existsSync(manifest) ? localeScripts(JSON.parse(readFileSync(manifest, 'utf8')) as Parameters<typeof localeScripts>[0], LOCALES) : {};
  const template = render ? pageTemplate(readFileSync(path.join(clientDir, 'index.html'), 'utf8'), scripts) : undefined;

  async function sendPage(req: FastifyRequest, reply: FastifyReply, render: PageRenderer, template: PageTemplate, pathname: string, match: SiteMatch) {
    // A visitor's page is the same for all (and kept for a moment, see caching.ts); a signed-in user's is theirs.
    const cookie = isAnonymous(req) ? undefined : req.headers.cookie;
    reply.type('text/html; charset=utf-8').header('vary', 'Cookie');
    reply.header('cache-control', match && PERSONAL.has(match.page) ? PERSONAL_PAGE : cookie ? 'private, no-cache' : PUBLIC_READ);
    const rendered = await renderAs(render, req.url, cookie);
    for (const err of rendered.errors) req.log.error({ err }, 'a part of the page could not be rendered on the server');
    const locale = match?.locale ?? splitLocale(pathname).locale;
    const html = template.fill(
      rendered,
      { origin: originOf(req, options.publicUrl), locale, page: match ? { name: match.page, params: match.params } : undefined },
      SITE_NAME,
    );
    return reply.code(rendered.status).send(html);
  }

  app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, (req, reply) => {
    if (req.url.startsWith('/api/')) return reply.callNotFound();
    const pathname = req.url.split(/[?#]/, 1)[0] ?? '/';
    const match = matchSitePage(pathname);
    if (render && template && !(match && CLIENT_ONLY.has(match.page))) return sendPage(req, reply, render, template, pathname, match);
    return reply.code(match ? 200 : 404).sendFile('index.html', { maxAge: 0 });
  });
}
