import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidFields, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import { held, hit, type RateLimit } from '../../db/rate-limits';
import { queueEmail } from '../email/email.service';
import * as repo from './events.repo';
import type { EventRegistrationRow, EventRow } from './events.table';
import { auditedRegistration, toEvent, toRegistration } from './events.view';
import { hashToken, mailBase, newToken, queueLinkResent, queuePromoted, whenText, whereText, type MailContext } from './event-mail';
import type { MyRegistration, MyRegistrationUpdate, RegistrationCreate, RegistrationReceipt } from '../../../shared/contracts/events';
import { eventEnd, registrationClosed } from '../../../shared/domain/events';
import type { FieldError } from '../../../shared/errors';

export const REGISTRATION_WINDOW_MS = 15 * 60_000;
export const registrationLimit = (max: number): RateLimit => ({ bucket: 'event-registration:address', max, windowMs: REGISTRATION_WINDOW_MS });

const CLOSED_TEXT = {
  notPublished: 'The event is not open for registration',
  cancelled: 'The event is cancelled',
  deadlinePassed: 'The registration deadline has passed',
  started: 'The event has started',
} as const;

/** The answers checked against the event's questions: the required ones given, none unknown. */
function checkAnswers(event: EventRow, answers: Record<string, string>): Record<string, string> {
  const errors: FieldError[] = [];
  const known = new Map(event.questions.map((q) => [q.id, q]));
  for (const key of Object.keys(answers)) if (!known.has(key)) errors.push({ path: `answers.${key}`, code: 'unknownQuestion', message: 'The event asks no such question' });
  for (const q of event.questions) if (q.required && !(answers[q.id] ?? '').trim()) errors.push({ path: `answers.${q.id}`, code: 'required', message: `Answer "${q.label}"` });
  if (errors.length) throw invalidFields(errors);
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ''));
}

/**
 * Registers anyone, without an account. The event's row is locked for the transaction, so two
 * people taking the last seat at once are served one after the other: one gets the seat, the
 * other the first place on the waiting list. An address already registered (whatever its case) is
 * recognised: nothing new is made, and a fresh personal link is sent. Limited per client address.
 */
export async function register(db: Db, ctx: MailContext, actor: Actor, eventId: string, input: RegistrationCreate, address: string, limit: number): Promise<RegistrationReceipt> {
  const rate = registrationLimit(limit);
  const wait = await held(db, rate, address);
  if (wait > 0) throw new AppError('RATE_LIMITED', `Too many registrations from this address. Try again in ${Math.ceil(wait / 60)} minutes.`, { retryAfterSeconds: wait });
  await hit(db, rate, address);
  const receipt = await db.transaction(async (tx) => {
    const event = await repo.eventRows.lock(tx, eventId);
    if (!event || event.status === 'draft') throw notFound('The event');
    const closed = registrationClosed(event, ctx.now);
    if (closed) throw new AppError('STATE_CHANGED', CLOSED_TEXT[closed]);
    const answers = checkAnswers(event, input.answers);
    const { token, hash } = newToken();
    const existing = await repo.liveByEmail(tx, eventId, input.email);
    if (existing) {
      const updated = (await repo.registrationRows.update(tx, existing.id, { tokenHash: hash, earlierTokenHash: null, updatedAt: ctx.now }))!;
      await queueLinkResent(tx, ctx, event, updated, token);
      const position = existing.status === 'waiting' ? await repo.waitingPosition(tx, existing) : null;
      return { id: null, outcome: 'duplicate', status: existing.status, waitingPosition: position, token: null } satisfies RegistrationReceipt;
    }
    const taken = await repo.registeredCount(tx, eventId);
    const status = event.capacity === null || taken < event.capacity ? 'registered' : 'waiting';
    const row = await repo.insertRegistration(tx, {
      eventId,
      name: input.name,
      email: input.email,
      organisation: input.organisation,
      answers,
      locale: input.locale,
      status,
      tokenHash: hash,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'event_registration', entityId: row.id, programmeId: event.programmeId, after: auditedRegistration(row) });
    const position = status === 'waiting' ? await repo.waitingPosition(tx, row) : null;
    await queueEmail(tx, ctx.outbox.canSend, { to: row.email, toName: row.name, locale: row.locale, template: 'eventRegistered', data: { ...mailBase(ctx, event, row, token), status, position } });
    return { id: row.id, outcome: status, status, waitingPosition: position, token } satisfies RegistrationReceipt;
  });
  await ctx.outbox.wake();
  return receipt;
}

/**
 * Gives free seats to the first on the waiting list, in the caller's transaction (which holds
 * the event's lock): each is told by e-mail with a new personal link; the first keeps working.
 */
export async function promoteWaiting(tx: DbOrTx, ctx: MailContext, actor: Actor, event: EventRow): Promise<EventRegistrationRow[]> {
  if (event.status !== 'published' || eventEnd(event) <= ctx.now) return [];
  const free = event.capacity === null ? null : event.capacity - (await repo.registeredCount(tx, event.id));
  if (free !== null && free <= 0) return [];
  const next = await repo.firstWaiting(tx, event.id, free);
  const promoted: EventRegistrationRow[] = [];
  const slug = next.length ? await repo.programmeSlug(tx, event.programmeId) : '';
  for (const before of next) {
    const { token, hash } = newToken();
    const after = (await repo.registrationRows.update(tx, before.id, { status: 'registered', promotedAt: ctx.now, tokenHash: hash, earlierTokenHash: before.tokenHash, updatedAt: ctx.now }))!;
    await recordAudit(tx, actor, { action: 'update', entityType: 'event_registration', entityId: after.id, programmeId: event.programmeId, before: auditedRegistration(before), after: auditedRegistration(after) });
    await queuePromoted(tx, ctx, event, after, slug, token);
    promoted.push(after);
  }
  return promoted;
}

/**
 * Cancels a registration (by its person or the secretariat). A seat given up goes to the first on
 * the waiting list in the same transaction. The person is told by e-mail.
 */
export async function cancelRegistrationRow(db: Db, ctx: MailContext, actor: Actor, registrationId: string): Promise<EventRegistrationRow> {
  const result = await db.transaction(async (tx) => {
    const head = await repo.registrationById(tx, registrationId);
    if (!head) throw notFound('The registration');
    const event = (await repo.eventRows.lock(tx, head.eventId))!;
    const before = (await repo.registrationRows.lock(tx, registrationId))!;
    if (before.status === 'cancelled') throw new AppError('STATE_CHANGED', 'The registration is already cancelled');
    const after = (await repo.registrationRows.update(tx, registrationId, { status: 'cancelled', cancelledAt: ctx.now, updatedAt: ctx.now }))!;
    await recordAudit(tx, actor, { action: 'update', entityType: 'event_registration', entityId: after.id, programmeId: event.programmeId, before: auditedRegistration(before), after: auditedRegistration(after) });
    await queueEmail(tx, ctx.outbox.canSend, {
      to: after.email,
      toName: after.name,
      locale: after.locale,
      template: 'eventRegistrationCancelled',
      data: { name: after.name, eventTitle: event.title, when: whenText(event, after.locale), where: whereText(event) },
    });
    if (before.status === 'registered') await promoteWaiting(tx, ctx, actor, event);
    return after;
  });
  await ctx.outbox.wake();
  return result;
}

/** The registration a personal link opens: unknown, or the event is over, and the link leads nowhere. */
async function byToken(db: DbOrTx, token: string, now: Date) {
  const reg = await repo.registrationByTokenHash(db, hashToken(token));
  if (!reg) throw notFound('The registration');
  const event = (await repo.eventWithCounts(db, reg.eventId))!;
  if (eventEnd(event) <= now) throw notFound('The registration');
  return { reg, event };
}

async function mine(db: DbOrTx, token: string, now: Date): Promise<MyRegistration> {
  const { reg, event } = await byToken(db, token, now);
  const { attended: _a, ...registration } = toRegistration(reg);
  return { registration, waitingPosition: reg.status === 'waiting' ? await repo.waitingPosition(db, reg) : null, event: toEvent(event, false, now) };
}

export const getMine = (db: Db, token: string, now: Date) => mine(db, token, now);

/** The person changes their name, organisation or answers through the personal link. */
export async function changeMine(db: Db, actor: Actor, token: string, input: MyRegistrationUpdate, now: Date): Promise<MyRegistration> {
  const { reg } = await byToken(db, token, now);
  await db.transaction(async (tx) => {
    const event = (await repo.eventRows.lock(tx, reg.eventId))!;
    const before = (await repo.registrationRows.lock(tx, reg.id))!;
    if (before.status === 'cancelled') throw new AppError('STATE_CHANGED', 'The registration is cancelled');
    const answers = input.answers ? checkAnswers(event, input.answers) : before.answers;
    const after = (await repo.registrationRows.update(tx, reg.id, { name: input.name ?? before.name, organisation: input.organisation ?? before.organisation, answers, updatedAt: now }))!;
    await recordAudit(tx, actor, { action: 'update', entityType: 'event_registration', entityId: reg.id, programmeId: event.programmeId, before: auditedRegistration(before), after: auditedRegistration(after) });
  });
  return mine(db, token, now);
}

/** The person cancels through the personal link; the link keeps showing the cancelled registration. */
export async function cancelMine(db: Db, ctx: MailContext, actor: Actor, token: string): Promise<MyRegistration> {
  const { reg } = await byToken(db, token, ctx.now);
  await cancelRegistrationRow(db, ctx, actor, reg.id);
  return mine(db, token, ctx.now);
}
