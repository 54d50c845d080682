import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';

/** Goal trees and targets (under construction). */
export const goalRoutes: FastifyPluginAsyncZod<AppDeps> = async () => {};
