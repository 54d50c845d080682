import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { CreatePageRenderer, PageRenderer } from '../../shared/contracts/site';

/**
 * The signed-in visitor whose page is being rendered: the API requests the page makes go as
 * theirs. Anonymous pages are rendered outside it (on Node 20 a store in use costs every promise
 * of the process a little).
 */
const visitor = new AsyncLocalStorage<{ cookie: string }>();

/** Marks the API requests of a page being rendered; known only to this process. */
const RENDER_HEADER = 'x-samordna-render';
const RENDER_MARK = randomBytes(16).toString('hex');

function headerRecord(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => (out[key] = value));
  return out;
}

/**
 * How a page rendered on the server reaches the API: through the server's own routes (no
 * network, the same permissions and answers a browser gets), with the visitor's cookie.
 */
export function injectTransport(app: FastifyInstance): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname + input.search : input.url;
    const headers = headerRecord(init);
    const cookie = visitor.getStore()?.cookie;
    if (cookie) headers.cookie = cookie;
    headers[RENDER_HEADER] = RENDER_MARK;
    const method = (init?.method ?? 'GET').toUpperCase() as 'GET';
    const res = await app.inject({ method, url, headers, payload: typeof init?.body === 'string' ? init.body : undefined });
    const responseHeaders = new Headers();
    for (const [key, value] of Object.entries(res.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) responseHeaders.append(key, String(v));
    }
    const empty = res.statusCode === 204 || res.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(res.rawPayload), { status: res.statusCode, headers: responseHeaders });
  };
}

/** True for a request a page being rendered made to the API (it is not logged apart). */
export function isRenderRequest(request: FastifyRequest): boolean {
  return request.headers[RENDER_HEADER] === RENDER_MARK;
}

/** Renders `url` as the visitor holding `cookie`. */
export function renderAs(render: PageRenderer, url: string, cookie: string | undefined) {
  return cookie ? visitor.run({ cookie }, () => render(url)) : render(url);
}

/** The server-rendering bundle the build writes beside the client (dist/ssr), when it is there. */
export async function loadBuiltRenderer(clientDir: string): Promise<CreatePageRenderer | undefined> {
  const file = path.join(path.dirname(clientDir), 'ssr', 'server-entry.js');
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as { createPageRenderer: CreatePageRenderer };
  return mod.createPageRenderer;
}
