import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteInfo } from '../app';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { statusOf, type EndpointSpec, type LinkSpec } from '../../shared/contracts/endpoint';
import { contractApis } from '../../../scripts/generate-routes';

/**
 * Every route of the API is registered from an endpoint descriptor of the shared contracts
 * (through `route()`), so the client's `call()` and the server cannot drift apart. A route
 * written by hand, or a descriptor without its route, fails here.
 */

// Every contract module's `*Api` groups, found as routes.ts is generated: a new contract is in.
const descriptors: [string, EndpointSpec | LinkSpec][] = (await contractApis()).flatMap(({ apis }) =>
  apis.flatMap(([api, eps]) => Object.entries(eps).map(([name, ep]): [string, EndpointSpec | LinkSpec] => [`${api}.${name}`, ep as EndpointSpec | LinkSpec])),
);

/** Routes outside the contracts: operations probes and the API's own documentation. */
const OUTSIDE = new Set(['GET /healthz', 'GET /readyz', 'GET /api/openapi.json']);
const isOutside = (r: RouteInfo) => OUTSIDE.has(`${r.method} ${r.url}`) || r.url.startsWith('/api/docs');

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const key = (x: { method: string; url?: string; path?: string }) => `${x.method} ${x.url ?? x.path}`;

describe('routes and endpoint descriptors', () => {
  it('every route but the probes and the documentation has a descriptor, and every descriptor a route', () => {
    const routes = t.app.registeredRoutes.filter((r) => !isOutside(r)).map(key).sort();
    expect(routes).toEqual(descriptors.map(([, ep]) => key(ep)).sort());
  });

  it("registers each route with its descriptor's schemas and success status", () => {
    for (const [name, ep] of descriptors) {
      const r = t.app.registeredRoutes.find((x) => key(x) === key(ep));
      const schema = (r?.schema ?? {}) as Record<string, unknown>;
      const response = schema.response as Record<number, unknown> | undefined;
      // The very schemas of the descriptor, not look-alikes.
      expect({ name, params: schema.params === ep.params, querystring: schema.querystring === ep.query, body: schema.body === ('body' in ep ? ep.body : undefined) }).toEqual({
        name,
        params: true,
        querystring: true,
        body: true,
      });
      if ('response' in ep) expect({ name, response: response?.[statusOf(ep)] === ep.response }).toEqual({ name, response: true });
      else expect({ name, response: response?.[200] }).toEqual({ name, response: undefined });
    }
  });
});
