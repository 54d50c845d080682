import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { emailApi } from '../../../shared/contracts/email';
import { getEmail, listEmails, queueTestEmail } from './email.service';

const tags = ['emails'];
const permission = { action: 'email.read', scope: 'platform' } as const;

export const emailRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, outbox }) => {
  route(app, emailApi.list, { tags, summary: 'The outbox: every e-mail, newest first', permission }, (req) => listEmails(db, req.actor, req.query));

  route(app, emailApi.get, { tags, summary: 'One e-mail with its text and HTML', permission }, (req) => getEmail(db, req.actor, req.params.id));

  route(app, emailApi.sendTest, { tags, summary: 'Send a test e-mail (to yourself unless an address is given)', permission }, async (req) => {
    const queued = await queueTestEmail(db, outbox.canSend, req.actor, req.body);
    await outbox.wake();
    return queued;
  });
};
