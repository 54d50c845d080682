import type { Transporter } from 'nodemailer';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { authorize, PLATFORM } from '../../http/permissions';
import type { Page } from '../../../shared/contracts/common';
import type { EmailMessage, EmailQuery, EmailSummary, EmailTest } from '../../../shared/contracts/email';
import type { Locale } from '../../../shared/domain/localized';
import type { OutboxEmailRow } from './email.table';
import { TEMPLATES, type TemplateData, type TemplateName } from './templates';
import * as repo from './email.repo';

/** Attempts before an e-mail is given up as failed, and the wait after each failed one. */
export const MAX_ATTEMPTS = 5;
const RETRY_AFTER_MINUTES = [1, 5, 30, 120];

export interface OutboxMessage<T extends TemplateName> {
  to: string;
  toName?: string | null;
  locale: Locale;
  template: T;
  data: TemplateData<T>;
  createdBy?: string | null;
}

/**
 * Puts an e-mail in the outbox, rendered in its language, in the caller's transaction: it is
 * sent if and only if what caused it is committed. With an SMTP server it is `queued` for the
 * sending job (wake it after the commit: `Outbox.wake`); without one it is `kept`, to be read on
 * the administrators' outbox page.
 */
export async function queueEmail<T extends TemplateName>(tx: DbOrTx, canSend: boolean, message: OutboxMessage<T>): Promise<OutboxEmailRow> {
  const render = TEMPLATES[message.template] as (locale: Locale, data: TemplateData<T>) => ReturnType<(typeof TEMPLATES)[T]>;
  const rendered = render(message.locale, message.data);
  return repo.insertEmail(tx, {
    toAddress: message.to,
    toName: message.toName ?? null,
    locale: message.locale,
    template: message.template,
    subject: rendered.subject,
    textBody: rendered.text,
    htmlBody: rendered.html,
    state: canSend ? 'queued' : 'kept',
    createdBy: message.createdBy ?? null,
  });
}

export interface SendLog {
  warn(obj: object, msg?: string): void;
}

/**
 * Sends every e-mail that is due, one at a time, each in a transaction that holds its row: sent
 * (with the server's message id), or tried again later, or after MAX_ATTEMPTS given up as failed
 * with the last error. Returns how many were sent and how many failed this round.
 */
export async function sendDueEmails(db: Db, transport: Pick<Transporter, 'sendMail'>, from: string, log: SendLog, signal?: AbortSignal): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (;;) {
    if (signal?.aborted) break;
    const done = await db.transaction(async (tx) => {
      const row = await repo.claimDue(tx);
      if (!row) return true;
      const attempts = row.attempts + 1;
      try {
        const info = (await transport.sendMail({
          from,
          to: row.toName ? { name: row.toName, address: row.toAddress } : row.toAddress,
          subject: row.subject,
          text: row.textBody,
          html: row.htmlBody,
        })) as { messageId?: string };
        await repo.updateEmail(tx, row.id, { state: 'sent', attempts, sentAt: new Date(), messageId: info.messageId ?? null, lastError: null });
        sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const givenUp = attempts >= MAX_ATTEMPTS;
        const wait = RETRY_AFTER_MINUTES[Math.min(attempts - 1, RETRY_AFTER_MINUTES.length - 1)]!;
        await repo.updateEmail(tx, row.id, {
          attempts,
          lastError: message.slice(0, 1000),
          ...(givenUp ? { state: 'failed' as const } : { nextAttemptAt: new Date(Date.now() + wait * 60_000) }),
        });
        log.warn({ emailId: row.id, attempts, givenUp, err: message }, 'an e-mail could not be sent');
        if (givenUp) failed++;
      }
      return false;
    });
    if (done) break;
  }
  return { sent, failed };
}

export function listEmails(db: Db, actor: Actor, q: EmailQuery): Promise<Page<EmailSummary>> {
  authorize(actor, 'email.read', PLATFORM);
  return repo.listEmailPage(db, q);
}

export async function getEmail(db: Db, actor: Actor, id: string): Promise<EmailMessage> {
  authorize(actor, 'email.read', PLATFORM);
  const found = await repo.findEmail(db, id);
  if (!found) throw notFound('The e-mail');
  return found;
}

/** A test e-mail to the administrator (or the address given), to see that e-mail arrives. */
export async function queueTestEmail(db: Db, canSend: boolean, actor: Actor, input: EmailTest): Promise<EmailSummary> {
  const me = authorize(actor, 'email.read', PLATFORM);
  const row = await queueEmail(db, canSend, { to: input.to ?? me.email, toName: input.to ? null : me.name, locale: input.locale, template: 'test', data: { name: input.to ?? me.name }, createdBy: me.id });
  return repo.toSummary(row);
}
