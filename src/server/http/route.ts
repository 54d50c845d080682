import type {
  FastifyBaseLogger,
  FastifyContextConfig,
  FastifyInstance,
  FastifySchema,
  FastifySerializerCompiler,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { statusOf, type EndpointSpec, type LinkSpec, type StatusOf } from '../../shared/contracts/endpoint';
import type { Permission } from './permissions';

/** The application as a routes plugin receives it, with Zod schemas for types. */
export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What the route's own schema adds to the descriptor's, for the documentation. */
export interface ExtraSchema {
  consumes?: string[];
  /** Answers besides the descriptor's success, e.g. a 304 of a conditional GET. */
  response?: Record<number, z.ZodType>;
}

export interface RouteOptions<X extends ExtraSchema = ExtraSchema> {
  tags: string[];
  summary?: string;
  description?: string;
  /** Who may call the route: see `Permission`; the authorization sweep walks every route. */
  permission: Permission;
  /** `same-origin` for a form that posts without script: see `FastifyContextConfig.csrf`. */
  csrf?: 'token' | 'same-origin';
  schema?: X;
  serializerCompiler?: FastifySerializerCompiler<unknown>;
}

type Part<E, K extends string> = E extends { [P in K]: infer S extends z.ZodType } ? S : undefined;

/** The Fastify schema a descriptor stands for, so that the request and the answer are typed. */
export type SchemaOf<E, X extends ExtraSchema = ExtraSchema> = {
  params: Part<E, 'params'>;
  querystring: Part<E, 'query'>;
  body: Part<E, 'body'>;
  response: (E extends { response: infer R extends z.ZodType } ? { [K in StatusOf<E>]: R } : unknown) &
    (X extends { response: infer XR } ? XR : unknown);
};

export type RouteHandler<E, X extends ExtraSchema = ExtraSchema> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  FastifyContextConfig,
  SchemaOf<E, X> & FastifySchema,
  ZodTypeProvider
>;

/**
 * Registers the route an endpoint descriptor describes: method, URL, params, querystring, body
 * and the answer under the descriptor's success status come from the descriptor; the tags,
 * summary, description and permission from `options`. A handler that returns a value answers
 * with the descriptor's status (201 for a create); one that sends the reply itself keeps its own.
 */
export function route<const E extends EndpointSpec | LinkSpec, const X extends ExtraSchema = ExtraSchema>(
  app: ZodApp,
  ep: E,
  options: RouteOptions<X>,
  handler: RouteHandler<E, X>,
): void {
  const status = statusOf(ep);
  const schema: Record<string, unknown> = { tags: options.tags };
  if (options.summary !== undefined) schema.summary = options.summary;
  if (options.description !== undefined) schema.description = options.description;
  if (ep.params) schema.params = ep.params;
  if (ep.query) schema.querystring = ep.query;
  if ('body' in ep && ep.body) schema.body = ep.body;
  if (options.schema?.consumes) schema.consumes = options.schema.consumes;
  const response = { ...('response' in ep ? { [status]: ep.response } : {}), ...options.schema?.response };
  if (Object.keys(response).length > 0) schema.response = response;

  const typed = handler as unknown as RouteHandlerMethod;
  app.route({
    method: ep.method,
    url: ep.path,
    schema,
    config: { permission: options.permission, ...(options.csrf ? { csrf: options.csrf } : {}) },
    ...(options.serializerCompiler ? { serializerCompiler: options.serializerCompiler } : {}),
    handler:
      status === 200
        ? typed
        : async function (request, reply) {
            const result: unknown = await typed.call(this, request, reply);
            if (result !== reply && !reply.sent) reply.code(status);
            return result;
          },
  });
}
