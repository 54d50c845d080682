/**
 * Renders a page of the site to HTML on the server, with the data its queries asked for, so that
 * the page reads whole before (and without) any script and the browser's client hydrates it from
 * the same data. Built by Vite into dist/ssr (scripts/build.mjs) and loaded by the server.
 */
import { StrictMode, type ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { dehydrate, type Query, type QueryClient } from '@tanstack/react-query';
import type { CreatePageRenderer } from '../shared/contracts/site';
import { setTransport } from './app/api';
import { AppContent, createQueryClient } from './app/App';
import { PageInfoProvider, pageInfoRecorder } from './app/page-info';
import { loadAllLocales } from './app/i18n';

/** Queries are found by rendering; data that arrives may ask for more (a programme, then its statistics). */
const MAX_PASSES = 5;

async function renderToString(element: ReactNode, errors: unknown[]): Promise<string> {
  // An error inside a Suspense boundary leaves that part to the browser's client; it is reported.
  // One piece: React would otherwise send a large part after its fallback with an inline script to
  // swap it in, which the Content-Security-Policy forbids (and which needs JavaScript to read).
  const { prelude } = await prerenderToNodeStream(element, { progressiveChunkSize: Number.POSITIVE_INFINITY, onError: (error) => void errors.push(error) });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function isEnabled(query: Query): boolean {
  const enabled = (query.options as { enabled?: boolean | ((q: Query) => boolean) }).enabled;
  return (typeof enabled === 'function' ? enabled(query) : enabled) !== false;
}

/** Queries the last render asked for that have neither data nor an answer yet. */
function unanswered(client: QueryClient, asked: Set<string>): Query[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.status === 'pending' && !asked.has(q.queryHash) && isEnabled(q) && q.options.queryFn !== undefined);
}

/**
 * Sets how the rendered pages' queries reach the API (the server passes its own routes) and
 * returns the renderer.
 */
export const createPageRenderer: CreatePageRenderer = (transport) => {
  setTransport(transport);
  const messages = loadAllLocales();
  return async function renderPage(url) {
    await messages;
    const client = createQueryClient();
    // On the server a failed query is an answer (the page shows "not found" or the error); asking
    // again only delays the page.
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false, retryOnMount: false } });
    const asked = new Set<string>();
    let recorder = pageInfoRecorder();
    let html = '';
    let errors: unknown[] = [];
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      recorder = pageInfoRecorder();
      errors = [];
      html = await renderToString(
        <StrictMode>
          <PageInfoProvider value={recorder}>
            <StaticRouter location={url}>
              <AppContent queryClient={client} />
            </StaticRouter>
          </PageInfoProvider>
        </StrictMode>,
        errors,
      );
      const pending = unanswered(client, asked);
      if (pending.length === 0) break;
      for (const q of pending) asked.add(q.queryHash);
      await Promise.all(pending.map((q) => q.fetch().catch(() => undefined)));
    }
    const state = dehydrate(client);
    client.clear();
    const { status, title, description, feeds } = recorder.info;
    return { status, title, description, feeds, html, state, errors };
  };
};
