import type { ErrorCode, FieldError, Problem } from '../../shared/errors';
import type { Me } from '../../shared/contracts/auth';
import { pathOf, type EndpointOf, type EndpointSpec, type InputOf, type ResponseOf, type Route } from '../../shared/contracts/endpoint';
import { authRoutes } from '../../shared/contracts/routes';

/** A code the client itself uses when the server could not be reached or answered nonsense. */
export type ClientErrorCode = ErrorCode | 'NETWORK';

/** An API failure with the server's problem details, typed for the forms and alerts. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? code);
    this.name = 'ApiError';
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

type Query = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | undefined;

/**
 * How requests reach the API: the browser's fetch, or, when pages are rendered on the server,
 * a function that hands the request to the server's own routes.
 */
let transport: typeof fetch = (input, init) => fetch(input, init);

export function setTransport(fn: typeof fetch): void {
  transport = fn;
}

/** Keeps the CSRF token of the current session; it changes on sign-in and sign-out. */
export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function parseError(res: Response): Promise<ApiError> {
  let problem: Partial<Problem> = {};
  try {
    const body: unknown = await res.json();
    if (body && typeof body === 'object') problem = body as Partial<Problem>;
  } catch {
    // A proxy or crash may answer with HTML; the status still says what kind of failure it was.
  }
  const code: ClientErrorCode = typeof problem.code === 'string' ? problem.code : res.status >= 500 ? 'INTERNAL' : 'NETWORK';
  return new ApiError(res.status, code, problem);
}

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await transport(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', {});
  }
}

/** GET /api/auth/me; also refreshes the CSRF token the other requests send. */
export async function fetchMe(): Promise<Me> {
  const res = await send(authRoutes.me.method, pathOf(authRoutes.me));
  if (!res.ok) throw await parseError(res);
  const me = (await res.json()) as Me;
  rememberCsrfToken(me.csrfToken ?? undefined);
  return me;
}

/** The session's CSRF token, starting a session for a visitor who has none (before a first form). */
async function fetchCsrfToken(): Promise<void> {
  rememberCsrfToken((await call(authRoutes.csrf)).csrfToken);
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  if (method !== 'GET' && !csrfToken) await fetchCsrfToken();
  let res = await send(method, path, body);
  if (!res.ok && res.status === 403 && method !== 'GET') {
    const err = await parseError(res.clone());
    // The session may have been renewed in another tab: fetch the new token and try once more.
    if (err.code !== 'CSRF_INVALID') throw err;
    await fetchCsrfToken();
    res = await send(method, path, body);
  }
  if (!res.ok) throw await parseError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** One multipart POST through XMLHttpRequest, the one browser API that reports upload progress. */
function sendForm(path: string, form: FormData, onProgress?: (p: UploadProgress) => void, signal?: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    if (onProgress) xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
    xhr.onload = () => {
      const headers = new Headers({ 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' });
      // A Response gives the same error parsing as every other request.
      resolve(new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status, headers }));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', {}));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    if (signal) {
      if (signal.aborted) return reject(new DOMException('The upload was cancelled', 'AbortError'));
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}

/**
 * POSTs a file (multipart/form-data) with the session's CSRF token, reporting progress as the
 * bytes leave the browser. Cancelled through `signal` (rejects with an AbortError).
 */
async function upload<T>(path: string, form: FormData, options: { onProgress?: (p: UploadProgress) => void; signal?: AbortSignal } = {}): Promise<T> {
  if (!csrfToken) await fetchCsrfToken();
  let res = await sendForm(path, form, options.onProgress, options.signal);
  if (res.status === 403) {
    const err = await parseError(res.clone());
    if (err.code !== 'CSRF_INVALID') throw err;
    await fetchCsrfToken();
    res = await sendForm(path, form, options.onProgress, options.signal);
  }
  if (!res.ok) throw await parseError(res);
  return (await res.json()) as T;
}

/**
 * Requests that `call` does not make: a multipart upload with progress. Every JSON request goes
 * through `call` and an endpoint descriptor of the shared contracts.
 */
export const api = {
  upload,
};

/** One part of a call (`params`, `query`, `body`): required when the schema requires something. */
type CallPart<E, K extends 'params' | 'query' | 'body'> = E extends { [P in K]: unknown }
  ? object extends InputOf<E, K>
    ? { [P in K]?: InputOf<E, K> }
    : { [P in K]: InputOf<E, K> }
  : { [P in K]?: never };

/** What a call of the endpoint sends: its path parameters, query and body, typed by its schemas. */
export type CallInput<E> = CallPart<E, 'params'> & CallPart<E, 'query'> & CallPart<E, 'body'>;

/** The input may be left out when nothing in it is required. */
type CallArgs<E> = object extends CallInput<E> ? [input?: CallInput<E>] : [input: CallInput<E>];

/** The URL of an endpoint or link with its path parameters filled in and its query appended. */
export function urlOf<R extends Route>(route: R, input: { params?: InputOf<EndpointOf<R>, 'params'>; query?: InputOf<EndpointOf<R>, 'query'> } = {}): string {
  return withQuery(pathOf(route, input.params as Record<string, string> | undefined), input.query as Query | undefined);
}

/**
 * Calls an endpoint of the shared contracts: the path, method and types come from its
 * descriptor. The answer is typed by the descriptor's response schema but not parsed at run time:
 * the server's serializer already holds it to the schema.
 */
export function call<R extends Route<EndpointSpec>>(route: R, ...[input]: CallArgs<EndpointOf<R>>): Promise<ResponseOf<EndpointOf<R>>> {
  const { params, query, body } = (input ?? {}) as { params?: Record<string, string>; query?: Query; body?: unknown };
  const path = withQuery(pathOf(route, params), query);
  return request<ResponseOf<EndpointOf<R>>>(route.method, path, body ?? (route.method === 'POST' ? {} : undefined));
}
