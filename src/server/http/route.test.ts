import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type RouteOptions as FastifyRouteOptions } from 'fastify';
import { z } from 'zod';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { endpoint, link } from '../../shared/contracts/endpoint';
import { route } from './route';

const Params = z.object({ id: z.string() });
const Body = z.object({ name: z.string() });
const Thing = z.object({ id: z.string(), name: z.string() });
const Query = z.object({ q: z.string().optional() });
const Later = z.null();

const create = endpoint({ method: 'POST', path: '/things/:id', params: Params, body: Body, response: Thing, status: 201 });
const list = endpoint({ method: 'GET', path: '/things', query: Query, response: z.array(Thing) });
const download = link({ path: '/things/:id/file', params: Params });

const app = Fastify().withTypeProvider<ZodTypeProvider>();
const seen: FastifyRouteOptions[] = [];

beforeAll(async () => {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRoute', (r) => void seen.push(r));
  route(app, create, {
    tags: ['things'],
    summary: 'Make a thing',
    permission: { action: 'area.create', scope: 'platform' },
    schema: { consumes: ['application/json'], response: { 202: Later } },
  }, async (req, reply) => {
    if (req.body.name === 'later') return reply.code(202).send(null);
    return { id: req.params.id, name: req.body.name };
  });
  route(app, list, { tags: ['things'], description: 'All of them', permission: 'public' }, () => [{ id: '1', name: 'one' }]);
  route(app, download, { tags: ['things'], permission: 'public' }, async (_req, reply) => reply.type('text/csv').send('a;b\n'));
  await app.ready();
});

afterAll(() => app.close());

const registered = (method: string, url: string) => seen.find((r) => r.method === method && r.url === url)!;
/** The schema's own keys (Fastify adds a symbol of its own). */
const schemaOf = (r: FastifyRouteOptions) => Object.fromEntries(Object.entries(r.schema ?? {}));

describe('route()', () => {
  it('registers the descriptor method and URL, its schemas and its success status', () => {
    const r = registered('POST', '/things/:id');
    expect(schemaOf(r)).toEqual({ tags: ['things'], summary: 'Make a thing', params: Params, body: Body, consumes: ['application/json'], response: { 201: Thing, 202: Later } });
    expect(r.schema!.params).toBe(Params);
    expect((r.schema!.response as Record<number, unknown>)[201]).toBe(Thing);
    expect(r.config).toEqual({ permission: { action: 'area.create', scope: 'platform' } });
  });

  it('takes the querystring from the descriptor', () => {
    const r = registered('GET', '/things');
    expect(schemaOf(r)).toEqual({ tags: ['things'], description: 'All of them', querystring: Query, response: { 200: list.response } });
    expect(r.config).toEqual({ permission: 'public' });
  });

  it('registers a link without an answer schema', () => {
    const r = registered('GET', '/things/:id/file');
    expect(schemaOf(r)).toEqual({ tags: ['things'], params: Params });
  });

  it("answers with the descriptor's status when the handler returns a value", async () => {
    const res = await app.inject({ method: 'POST', url: '/things/7', payload: { name: 'seven' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: '7', name: 'seven' });
  });

  it('keeps the status a handler sends itself', async () => {
    expect((await app.inject({ method: 'GET', url: '/things' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/things/7', payload: { name: 'later' } })).statusCode).toBe(202);
  });

  it("validates the request with the descriptor's schemas", async () => {
    const res = await app.inject({ method: 'POST', url: '/things/7', payload: { name: 1 } });
    expect(res.statusCode).toBe(400);
  });
});
