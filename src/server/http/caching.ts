import type { FastifyInstance } from 'fastify';

/**
 * What a shared cache or the browser may keep of a public read: a minute fresh, ten more minutes
 * served while it is renewed in the background. A figure changed by an import reaches every reader
 * within a minute or so; a burst of readers costs the database one query a minute per address.
 */
export const PUBLIC_READ = 'public, max-age=60, stale-while-revalidate=600';

function addVary(current: string | number | string[] | undefined, value: string): string {
  const list = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((v) => v.trim()).filter(Boolean);
  if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) list.push(value);
  return list.join(', ');
}

/**
 * Cache headers for the API's successful reads. An anonymous read of a public route is the same
 * for every visitor: cacheable by anyone. Any other read (a signed-in user sees more) is private
 * and revalidated every time. Both vary on the cookie, so a browser that signs in asks again. A
 * route that sets its own `cache-control` keeps it. ETags (with 304 answers) come from
 * @fastify/etag.
 */
export function installCaching(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !request.url.startsWith('/api/')) return payload;
    if (reply.statusCode !== 200 && reply.statusCode !== 304) return payload;
    if (reply.hasHeader('cache-control')) return payload;
    const isPublic = request.routeOptions.config.permission === 'public' && !request.actor?.user;
    reply.header('cache-control', isPublic ? PUBLIC_READ : 'private, no-cache');
    reply.header('vary', addVary(reply.getHeader('vary'), 'Cookie'));
    return payload;
  });
}
