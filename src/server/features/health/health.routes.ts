import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';

const Health = z.object({ status: z.literal('ok') });

export const healthRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { isDatabaseReady }) => {
  app.get('/healthz', {
    schema: { tags: ['operations'], summary: 'The process is alive', response: { 200: Health } },
    config: { permission: 'public' },
  }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', {
    schema: { tags: ['operations'], summary: 'The database answers', response: { 200: Health } },
    config: { permission: 'public' },
  }, async () => {
    if (!(await isDatabaseReady())) throw new AppError('NOT_READY', 'The database does not answer');
    return { status: 'ok' as const };
  });
};
