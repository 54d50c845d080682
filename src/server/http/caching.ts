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

/** The headers a kept answer is sent again with (compression is applied again). */
const KEPT_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'vary', 'content-language', 'etag'];
/** A kept answer may stand in for a fresh one while one request renews it, up to this age. */
const STALE_MS = 60_000;
/** How long readers wait for the first reader's answer to the same address before asking themselves. */
const WAIT_MS = 5_000;

type Lookup = { kind: 'fresh' | 'stale'; kept: Kept } | { kind: 'renew' } | { kind: 'wait'; done: Promise<void> } | { kind: 'miss' };

/**
 * Answers anyone may cache (`Cache-Control: public`) to anonymous readers, kept in memory: a
 * burst of readers of one page or list costs one database round and one render. Within `ttlMs`
 * an answer is sent as kept; after that one reader renews it while the others still get the
 * kept one (for at most a minute). Readers arriving while the first reader of an address is
 * still being answered wait for that answer instead of all asking the database at once. Any
 * successful change through this server empties it; a change through another server or by a
 * background job shows within `ttlMs`. 0 turns it off.
 */
export function publicReadCache(ttlMs: number, maxEntries = 1000) {
  const entries = new Map<string, Kept>();
  /** Addresses being answered now (first readers and renewals), with what their waiters wait on. */
  const inFlight = new Map<string, { at: number; generation: number; done: Promise<void>; settle: () => void }>();
  /** Counts the emptyings: an answer read before a change must not be kept after it. */
  let generation = 0;
  /** Addresses whose answer was not kept (private, failed): nobody waits for them for a while. */
  const notKept = new Map<string, number>();

  function begin(url: string): void {
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    inFlight.set(url, { at: Date.now(), generation, done, settle });
  }

  /** A reader who went away without an answer leaves no one waiting for long. */
  function flightOf(url: string) {
    const flight = inFlight.get(url);
    if (flight && Date.now() - flight.at > WAIT_MS) {
      flight.settle();
      inFlight.delete(url);
      return undefined;
    }
    return flight;
  }

  return {
    lookup(url: string): Lookup {
      if (ttlMs <= 0) return { kind: 'miss' };
      const kept = entries.get(url);
      const now = Date.now();
      if (kept && now - kept.at <= ttlMs) return { kind: 'fresh', kept };
      if (kept && now - kept.at <= STALE_MS) {
        if (flightOf(url)) return { kind: 'stale', kept };
        begin(url);
        return { kind: 'renew' };
      }
      if (kept) entries.delete(url);
      const flight = flightOf(url);
      if (flight) return { kind: 'wait', done: flight.done };
      const skipped = notKept.get(url);
      if (skipped !== undefined && now - skipped <= ttlMs) return { kind: 'miss' };
      begin(url);
      return { kind: 'renew' };
    },
    /** The answer to `url` is known (or failed): keep it when given, and let the waiters go. */
    settle(url: string, kept: Omit<Kept, 'at'> | undefined): void {
      const flight = inFlight.get(url);
      if (kept && flight && flight.generation !== generation) kept = undefined;
      if (kept) {
        if (!entries.has(url) && entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(url, { ...kept, at: Date.now() });
        notKept.delete(url);
      } else if (ttlMs > 0) {
        if (notKept.size >= maxEntries) notKept.clear();
        notKept.set(url, Date.now());
      }
      flight?.settle();
      inFlight.delete(url);
    },
    get(url: string): Kept | undefined {
      const kept = entries.get(url);
      return kept && Date.now() - kept.at <= ttlMs ? kept : undefined;
    },
    clear(): void {
      entries.clear();
      notKept.clear();
      generation++;
    },
  };
}

const FROM_CACHE = Symbol('fromCache');
const RENEWS = Symbol('renews');
type Marked = FastifyRequest & { [FROM_CACHE]?: boolean; [RENEWS]?: boolean; [KEEP]?: Omit<Kept, 'at'> };
const KEEP = Symbol('keep');

function isRead(request: FastifyRequest): boolean {
  return request.method === 'GET';
}

function waitAtMost(done: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([done, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
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
    let found = cache.lookup(request.url);
    if (found.kind === 'wait') {
      await waitAtMost(found.done, WAIT_MS);
      const kept = cache.get(request.url);
      found = kept ? { kind: 'fresh', kept } : { kind: 'miss' };
    }
    if (found.kind === 'renew') request[RENEWS] = true;
    if (found.kind !== 'fresh' && found.kind !== 'stale') return;
    request[FROM_CACHE] = true;
    return reply.code(found.kept.status).headers(found.kept.headers).send(found.kept.body);
  });

  app.addHook('onSend', async (request: Marked, reply, payload) => {
    if (!isRead(request) && request.method !== 'HEAD') return payload;
    if (request.url.startsWith('/api/') && (reply.statusCode === 200 || reply.statusCode === 304) && !reply.hasHeader('cache-control')) {
      const isPublic = request.routeOptions.config.permission === 'public' && !request.actor?.user;
      reply.header('cache-control', isPublic ? PUBLIC_READ : 'private, no-cache');
      reply.header('vary', addVary(reply.getHeader('vary'), 'Cookie'));
    }
    const cacheable = String(reply.getHeader('cache-control') ?? '').startsWith('public');
    if (request[RENEWS] && cacheable && (reply.statusCode === 200 || reply.statusCode === 404) && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      // Kept once the answer is complete (onResponse), with the ETag computed after this hook.
      // As bytes: sent again without encoding the text each time.
      request[KEEP] = { status: reply.statusCode, headers: {}, body: typeof payload === 'string' ? Buffer.from(payload) : payload };
    }
    return payload;
  });

  app.addHook('onResponse', async (request: Marked, reply) => {
    if (request[RENEWS]) {
      const keep = request[KEEP];
      if (keep) {
        for (const name of KEPT_HEADERS) {
          const value = reply.getHeader(name);
          if (value !== undefined) keep.headers[name] = String(value);
        }
      }
      cache.settle(request.url, keep);
    }
    // A change through this server may change any answer.
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS' && reply.statusCode < 400) cache.clear();
  });
}
