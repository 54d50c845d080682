import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns';
import type { EmailState } from '../../../shared/contracts/email';
import type { Locale } from '../../../shared/domain/localized';

/**
 * The outbox: every e-mail the platform sends, written in the same transaction as what caused
 * it, and sent afterwards by a job (or kept, and shown to platform administrators, when no SMTP
 * server is configured). Rendered once, as it was sent: subject, plain text and HTML.
 */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: id(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name'),
    locale: text('locale').$type<Locale>().notNull(),
    template: text('template').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    state: text('state').$type<EmailState>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** When the sending job may try (again); a failed attempt moves it on. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    /** The SMTP server's id of the message, once it took it. */
    messageId: text('message_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbox_created_idx').on(t.createdAt), index('outbox_due_idx').on(t.state, t.nextAttemptAt)],
);
export type OutboxEmailRow = typeof outboxEmails.$inferSelect;
