import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';

/** Statistics uploads, mapping, preview and import jobs (under construction). */
export const importRoutes: FastifyPluginAsyncZod<AppDeps> = async () => {};
