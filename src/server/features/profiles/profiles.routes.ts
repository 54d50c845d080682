import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';

/** Area profiles, indicator views, geometries and exports (under construction). */
export const profileRoutes: FastifyPluginAsyncZod<AppDeps> = async () => {};
