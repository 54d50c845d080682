import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/client';
import type { JobLogger, Jobs } from '../../jobs/jobs';
import { sendDueEmails } from './email.service';

export const EMAIL_QUEUE = 'emails-send';

export interface MailSettings {
  /** smtp://user:password@host:587 or smtps://…:465; none: e-mails are kept, not sent. */
  smtpUrl?: string;
  from: string;
}

/**
 * The outbox as the rest of the app uses it: whether e-mails can be sent at all, and a nudge to
 * the sending job after a transaction that queued some has committed.
 */
export interface Outbox {
  readonly canSend: boolean;
  wake(): Promise<void>;
}

/**
 * The sending job: every minute (for retries) and whenever woken, once across all app nodes
 * per e-mail. Without SMTP_URL nothing is queued (e-mails are kept) and the job is not defined.
 */
export function defineEmailJobs(db: Db, jobs: Jobs, settings: MailSettings, log: JobLogger, transport?: Pick<Transporter, 'sendMail'>): Outbox {
  if (!settings.smtpUrl) return { canSend: false, wake: async () => undefined };
  const smtp = transport ?? nodemailer.createTransport(settings.smtpUrl);
  jobs.define<Record<string, never>>({
    name: EMAIL_QUEUE,
    cron: '* * * * *',
    retryLimit: 0,
    handler: async (_data, { signal }) => {
      const { sent, failed } = await sendDueEmails(db, smtp, settings.from, log, signal);
      if (sent + failed > 0) log.info({ sent, failed }, 'e-mails sent');
    },
  });
  return {
    canSend: true,
    wake: async () => {
      try {
        await jobs.send(EMAIL_QUEUE, {});
      } catch (err) {
        // The minute's round sends it anyway.
        log.warn({ err }, 'could not wake the e-mail job');
      }
    },
  };
}
