import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import path from 'node:path';
import { matchSitePage } from '../../shared/domain/site-paths';

/** Hashed build output changes its name when it changes: a browser may keep it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built client: its files (with the `.br` and `.gz` copies the build wrote, where the
 * browser takes them) and, for every page of the site, the page shell. A path that is no page of
 * the site gets the same shell (the client shows its "not found" page) with the status 404.
 */
export async function serveClient(app: FastifyInstance, clientDir: string): Promise<void> {
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
  app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, (req, reply) => {
    if (req.url.startsWith('/api/')) return reply.callNotFound();
    const pathname = req.url.split(/[?#]/, 1)[0] ?? '/';
    return reply.code(matchSitePage(pathname) ? 200 : 404).sendFile('index.html', { maxAge: 0 });
  });
}
