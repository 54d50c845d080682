import { and, desc, eq, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern, countRows, fetchPage } from '../../db/query-kit';
import { outboxEmails, type OutboxEmailRow } from './email.table';
import type { Page } from '../../../shared/contracts/common';
import type { EmailMessage, EmailQuery, EmailSummary } from '../../../shared/contracts/email';

export type NewEmail = typeof outboxEmails.$inferInsert;

export async function insertEmail(tx: DbOrTx, values: NewEmail): Promise<OutboxEmailRow> {
  const [row] = await tx.insert(outboxEmails).values(values).returning();
  return row!;
}

export const toSummary = (r: OutboxEmailRow): EmailSummary => ({
  id: r.id,
  toAddress: r.toAddress,
  toName: r.toName,
  locale: r.locale,
  template: r.template,
  subject: r.subject,
  state: r.state,
  attempts: r.attempts,
  lastError: r.lastError,
  createdAt: r.createdAt.toISOString(),
  sentAt: r.sentAt?.toISOString() ?? null,
});

const toMessage = (r: OutboxEmailRow): EmailMessage => ({ ...toSummary(r), textBody: r.textBody, htmlBody: r.htmlBody, messageId: r.messageId });

/** The outbox, newest first, a page at a time; by state and by recipient or subject. */
export function listEmailPage(db: DbOrTx, q: EmailQuery): Promise<Page<EmailSummary>> {
  const where: SQL[] = [];
  if (q.state) where.push(eq(outboxEmails.state, q.state));
  if (q.q) where.push(or(ilike(outboxEmails.toAddress, containsPattern(q.q)), ilike(outboxEmails.subject, containsPattern(q.q)))!);
  const cond = where.length ? and(...where) : undefined;
  return fetchPage(
    db.select().from(outboxEmails).where(cond).orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id)).limit(q.limit).offset(q.offset),
    countRows(db, outboxEmails, cond),
    toSummary,
  );
}

export async function findEmail(db: DbOrTx, id: string): Promise<EmailMessage | undefined> {
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id));
  return row && toMessage(row);
}

/**
 * The next e-mail due to be sent, locked until the transaction ends; one that another node is
 * sending is skipped, so each e-mail goes out once however many nodes send.
 */
export async function claimDue(tx: DbOrTx): Promise<OutboxEmailRow | undefined> {
  const [row] = await tx
    .select()
    .from(outboxEmails)
    .where(and(eq(outboxEmails.state, 'queued'), lte(outboxEmails.nextAttemptAt, sql`now()`)))
    .orderBy(outboxEmails.nextAttemptAt)
    .limit(1)
    .for('update', { skipLocked: true });
  return row;
}

export async function updateEmail(tx: DbOrTx, id: string, patch: Partial<NewEmail>): Promise<void> {
  await tx.update(outboxEmails).set(patch).where(eq(outboxEmails.id, id));
}
