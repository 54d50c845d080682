import { z } from './zod';
import { Email, Id, IdParams, pageOf, PageQuery, Timestamp } from './common';
import { endpoint } from './endpoint';
import { LOCALES } from '../domain/localized';

/**
 * An e-mail's way through the outbox: `queued` until the sending job takes it, `sent` once the
 * SMTP server accepted it, `failed` when every attempt failed, `kept` when no SMTP server is set
 * up (it is shown here and nowhere else).
 */
export const EMAIL_STATES = ['queued', 'sent', 'failed', 'kept'] as const;
export const EmailState = z.enum(EMAIL_STATES);
export type EmailState = z.infer<typeof EmailState>;

export const EmailSummary = z.object({
  id: Id,
  toAddress: z.string(),
  toName: z.string().nullable(),
  locale: z.enum(LOCALES),
  template: z.string(),
  subject: z.string(),
  state: EmailState,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: Timestamp,
  sentAt: Timestamp.nullable(),
});
export type EmailSummary = z.infer<typeof EmailSummary>;

export const EmailMessage = EmailSummary.extend({ textBody: z.string(), htmlBody: z.string(), messageId: z.string().nullable() });
export type EmailMessage = z.infer<typeof EmailMessage>;

export const EmailQuery = PageQuery.extend({ state: EmailState.optional() });
export type EmailQuery = z.infer<typeof EmailQuery>;
export const EmailPage = pageOf(EmailSummary);

export const EmailTest = z.object({
  to: Email.optional().describe('Defaults to the signed-in administrator'),
  locale: z.enum(LOCALES).default('nb').describe('The language of the e-mail'),
});
export type EmailTest = z.infer<typeof EmailTest>;

/** The outbox, for platform administrators: what was sent to whom, when, and how it went. */
export const emailApi = {
  list: endpoint({ method: 'GET', path: '/api/emails', query: EmailQuery, response: EmailPage }),
  get: endpoint({ method: 'GET', path: '/api/emails/:id', params: IdParams, response: EmailMessage }),
  sendTest: endpoint({ method: 'POST', path: '/api/emails/test', body: EmailTest, response: EmailSummary, status: 201 }),
};
