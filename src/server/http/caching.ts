import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../features/auth/auth.repo';

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

/** A visitor without a session: every anonymous reader of a URL gets the same answer. */
export function isAnonymous(request: FastifyRequest): boolean {
  return !request.cookies[SESSION_COOKIE];
}

interface Kept {
  at: number;
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** The headers a kept answer is sent again with (the ETag is computed again, compression applied again). */
const KEPT_HEADERS = ['content-type', 'cache-control', 'vary', 'content-language'];

/**
 * Answers anyone may cache (`Cache-Control: public`) to anonymous readers, kept in memory for a
 * moment: a burst of readers of one page or list costs one database round and one render. Any
 * successful change through this server empties it; a change through another server or by a
 * background job shows within `ttlMs`. 0 turns it off.
 */
export function publicReadCache(ttlMs: number, maxEntries = 1000) {
  const entries = new Map<string, Kept>();
  return {
    get(url: string): Kept | undefined {
      const hit = entries.get(url);
      if (!hit) return undefined;
      if (Date.now() - hit.at > ttlMs) {
        entries.delete(url);
        return undefined;
      }
      return hit;
    },
    set(url: string, kept: Omit<Kept, 'at'>): void {
      if (ttlMs <= 0) return;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(url, { ...kept, at: Date.now() });
    },
    clear(): void {
      entries.clear();
    },
  };
}

const FROM_CACHE = Symbol('fromCache');
type Marked = FastifyRequest & { [FROM_CACHE]?: boolean };

function isRead(request: FastifyRequest): boolean {
  return request.method === 'GET';
}

/**
 * Cache headers for the API's successful reads, and the short-lived memory of public answers.
 * An anonymous read of a public route is the same for every visitor: cacheable by anyone. Any
 * other read (a signed-in user sees more) is private and revalidated every time. Both vary on the
 * cookie, so a browser that signs in asks again. A route that sets its own `cache-control` keeps
 * it (the pages set theirs). ETags (with 304 answers) come from @fastify/etag, registered after
 * this so that it and compression see what is sent again from memory too.
 */
export function installCaching(app: FastifyInstance, options: { ttlMs: number }): void {
  const cache = publicReadCache(options.ttlMs);

  app.addHook('onRequest', async (request: Marked, reply: FastifyReply) => {
    if (!isRead(request) || request.routeOptions.config.permission !== 'public' || !isAnonymous(request)) return;
    const kept = cache.get(request.url);
    if (!kept) return;
    request[FROM_CACHE] = true;
    return reply.code(kept.status).headers(kept.headers).send(kept.body);
  });

  app.addHook('onSend', async (request: Marked, reply, payload) => {
    if (!isRead(request) && request.method !== 'HEAD') return payload;
    if (request.url.startsWith('/api/') && (reply.statusCode === 200 || reply.statusCode === 304) && !reply.hasHeader('cache-control')) {
      const isPublic = request.routeOptions.config.permission === 'public' && !request.actor?.user;
      reply.header('cache-control', isPublic ? PUBLIC_READ : 'private, no-cache');
      reply.header('vary', addVary(reply.getHeader('vary'), 'Cookie'));
    }
    const cacheable = String(reply.getHeader('cache-control') ?? '').startsWith('public');
    if (isRead(request) && !request[FROM_CACHE] && cacheable && isAnonymous(request) && (reply.statusCode === 200 || reply.statusCode === 404)) {
      if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = reply.getHeader(name);
          if (value !== undefined) headers[name] = String(value);
        }
        cache.set(request.url, { status: reply.statusCode, headers, body: payload });
      }
    }
    return payload;
  });

  // A change through this server may change any answer.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS' && reply.statusCode < 400) cache.clear();
  });
}
