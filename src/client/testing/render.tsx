import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { TranslatorProvider } from '../app/translation';
import { MemoryRouter, Route, Routes } from 'react-router';
import { render } from '@testing-library/react';
import { i18nFor } from '../app/i18n';
import type { Locale } from '../app/locale';
import { LocaleContext } from '../app/locale-context';
import { RouteFocusProvider } from '../app/route-focus';

/** Renders one page at a URL with the app's providers, in the given language. */
export function renderPage(element: ReactElement, { path, url, locale = 'nb' }: { path: string; url: string; locale?: Locale }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <RouteFocusProvider>
          <LocaleContext.Provider value={locale}>
            <TranslatorProvider translator={i18nFor(locale)}>
              <Routes>
                <Route path={path} element={element} />
              </Routes>
            </TranslatorProvider>
          </LocaleContext.Provider>
        </RouteFocusProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

export interface FakeResponse {
  status?: number;
  body: unknown;
}

/**
 * Replaces fetch with answers by "METHOD /path" (query ignored) and records every request.
 * Unknown requests answer 404 so a test fails loudly rather than hanging.
 */
/** What the server answers a page before its first form, unless a test says otherwise. */
const SESSION_ROUTES: Record<string, FakeResponse> = { 'GET /api/auth/csrf': { body: { csrfToken: 'token-1' } } };

export function fakeApi(routes: Record<string, FakeResponse | ((body: unknown) => FakeResponse)>) {
  const calls: { method: string; path: string; body: unknown; headers: Record<string, string> }[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path: url.pathname, body, headers: (init?.headers ?? {}) as Record<string, string> });
    const route = routes[`${method} ${url.pathname}`] ?? SESSION_ROUTES[`${method} ${url.pathname}`];
    const answer = typeof route === 'function' ? route(body) : route;
    const status = answer?.status ?? (answer ? 200 : 404);
    const payload = answer ? answer.body : { code: 'NOT_FOUND', status: 404 };
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(payload), { status, headers: { 'content-type': type } });
  };
  return { fetch: fetchFn, calls };
}
