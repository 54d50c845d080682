import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { CreatePageRenderer, PageRenderer } from '../../shared/contracts/site';

/** The visitor whose page is being rendered: the API requests the page makes go as theirs. */
const visitor = new AsyncLocalStorage<{ cookie: string | undefined }>();

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

/** Renders `url` as the visitor holding `cookie`. */
export function renderAs(render: PageRenderer, url: string, cookie: string | undefined) {
  return visitor.run({ cookie }, () => render(url));
}

/** The server-rendering bundle the build writes beside the client (dist/ssr), when it is there. */
export async function loadBuiltRenderer(clientDir: string): Promise<CreatePageRenderer | undefined> {
  const file = path.join(path.dirname(clientDir), 'ssr', 'server-entry.js');
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as { createPageRenderer: CreatePageRenderer };
  return mod.createPageRenderer;
}
