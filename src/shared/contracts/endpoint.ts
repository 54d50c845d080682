import type { z } from 'zod';

/**
 * An HTTP endpoint described once, beside the schemas it uses: the server registers its route
 * from it (`src/server/http/route.ts`) and the client calls it through it (`call` in
 * `src/client/app/api.ts`), so a path, a method or an answer's type cannot drift between them.
 * The schemas keep their Zod types, so `z.infer<typeof ep.response>` is the answer's type.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface EndpointSpec {
  method: HttpMethod;
  /** The URL with `:name` placeholders for the path parameters, e.g. `/api/goals/:id`. */
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The JSON answer on success. */
  response: z.ZodType;
  /** The success status; 200 when left out. */
  status?: number;
}

/** A GET the browser follows itself: a file download or a redirect. It has no JSON answer. */
export interface LinkSpec {
  method: 'GET';
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
}

/** Describes a JSON endpoint; returns the description as written, with its schemas' types. */
export function endpoint<const S extends EndpointSpec>(spec: S): S {
  return spec;
}

/** Describes a link (download or redirect): params and query like an endpoint, no JSON answer. */
export function link<const S extends Omit<LinkSpec, 'method'>>(spec: S): S & { method: 'GET' } {
  return { ...spec, method: 'GET' };
}

/** The success status of an endpoint. */
export type StatusOf<E> = E extends { status: infer S extends number } ? S : 200;

/** What an endpoint's part (`params`, `query`, `body`) takes, as the sender writes it. */
export type InputOf<E, K extends 'params' | 'query' | 'body'> = E extends { [P in K]: infer S extends z.ZodType } ? z.input<S> : undefined;

/** The endpoint's answer, as the receiver reads it. */
export type ResponseOf<E> = E extends { response: infer S extends z.ZodType } ? z.output<S> : never;

export function statusOf(ep: EndpointSpec | LinkSpec): number {
  return ('status' in ep ? ep.status : undefined) ?? 200;
}

/**
 * Fills the `:name` placeholders of the endpoint's path with URL-encoded values. Throws when a
 * placeholder has no value (an empty string counts as none: it would leave `//` in the path).
 */
export function pathOf(ep: { path: string }, params?: Readonly<Record<string, string | number>>): string {
  return ep.path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === '') throw new Error(`The path ${ep.path} needs the parameter "${name}"`);
    return encodeURIComponent(String(value));
  });
}

/**
 * The five endpoints of a register (a list to search and page, one record, create, change,
 * delete) at `base` and `base/:key`. `params` is the key's schema, e.g. `IdParams` for `:id`.
 */
export function registerEndpoints<
  const Base extends string,
  const Key extends string,
  P extends z.ZodType,
  Q extends z.ZodType,
  L extends z.ZodType,
  I extends z.ZodType,
  C extends z.ZodType,
  U extends z.ZodType,
  D extends z.ZodType,
>(base: Base, key: Key, s: { params: P; query: Q; page: L; item: I; create: C; update: U; removed: D }) {
  const one = `${base}/:${key}` as const;
  return {
    list: endpoint({ method: 'GET', path: base, query: s.query, response: s.page }),
    get: endpoint({ method: 'GET', path: one, params: s.params, response: s.item }),
    create: endpoint({ method: 'POST', path: base, body: s.create, response: s.item, status: 201 }),
    update: endpoint({ method: 'PATCH', path: one, params: s.params, body: s.update, response: s.item }),
    remove: endpoint({ method: 'DELETE', path: one, params: s.params, response: s.removed }),
  };
}

/**
 * What the browser needs of an endpoint to call it: its method and path. The endpoint itself
 * (with its schemas) is carried in the type only, so calls stay typed by the schemas while the
 * pages' script does not load Zod and every schema (see `routes.ts`, generated from the
 * descriptors by `npm run routes:generate`).
 */
declare const ENDPOINT: unique symbol;
export interface Route<E extends EndpointSpec | LinkSpec = EndpointSpec | LinkSpec> {
  readonly method: E['method'];
  readonly path: string;
  readonly [ENDPOINT]: E;
}

/** The routes of a set of endpoints, keyed like it. */
export type RoutesOf<A> = { readonly [K in keyof A]: A[K] extends EndpointSpec | LinkSpec ? Route<A[K]> : never };

/** The endpoint a route (or an endpoint itself) stands for, for typing a call. */
export type EndpointOf<R> = R extends Route<infer E> ? E : R;

/** Routes from `[method, path]` pairs; the descriptors they stand for are named by type only. */
export function routes<A>(table: { readonly [K in keyof A]: readonly [HttpMethod, string] }): RoutesOf<A> {
  const out: Record<string, { method: HttpMethod; path: string }> = {};
  for (const [key, [method, path]] of Object.entries(table) as [string, readonly [HttpMethod, string]][]) out[key] = { method, path };
  return out as unknown as RoutesOf<A>;
}
