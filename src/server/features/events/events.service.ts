import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import { queueEmail } from '../email/email.service';
import * as repo from './events.repo';
import type { EventRow } from './events.table';
import { auditedRegistration, toEvent, toRegistration } from './events.view';
import { eventUrl, whenText, whereText, type MailContext } from './event-mail';
import { cancelRegistrationRow, promoteWaiting } from './registrations.service';
import type { Event, EventCreate, EventList, EventMessage, EventUpdate, Registration, RegistrationList } from '../../../shared/contracts/events';
import type { ProgrammeLink } from '../../../shared/domain/permissions';

const ids = (lineage: readonly ProgrammeLink[]) => lineage.map((l) => l.id);
const manages = (actor: Actor, lineage: readonly ProgrammeLink[]) => can(actor, 'event.manage', { programmeIds: ids(lineage) });

/** The programme's events: published and cancelled ones for everyone, drafts too for the secretariat. */
export async function listEvents(db: Db, actor: Actor, programmeId: string, now: Date): Promise<EventList> {
  const lineage = await visibleLineage(db, actor, programmeId);
  const canManage = manages(actor, lineage);
  const rows = await repo.eventsOfProgramme(db, programmeId, canManage);
  return { items: rows.map((r) => toEvent(r, canManage, now)), canManage };
}

/** The event as the actor may reach it: a draft is hidden from those who do not manage events; a change is refused to them. */
async function scoped(db: Db, actor: Actor, id: string, need: 'read' | 'write' = 'read') {
  const row = await repo.eventWithCounts(db, id);
  if (!row) throw notFound('The event');
  const lineage = await visibleLineage(db, actor, row.programmeId, 'The event');
  const canManage = manages(actor, lineage);
  if (need === 'write' && !canManage) throw new AppError('FORBIDDEN', 'Only the secretariat manages events');
  if (row.status === 'draft' && !canManage) throw notFound('The event');
  return { row, canManage };
}

export async function getEvent(db: Db, actor: Actor, id: string, now: Date): Promise<Event> {
  const { row, canManage } = await scoped(db, actor, id);
  return toEvent(row, canManage, now);
}

/** For the calendar of one event: published or cancelled, or a draft for the secretariat. */
export async function eventForCalendar(db: Db, actor: Actor, id: string) {
  return (await scoped(db, actor, id)).row;
}

function fieldValues(input: Partial<EventCreate>): Partial<EventRow> {
  const v: Partial<EventRow> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key === 'startsAt' || key === 'endsAt' || key === 'registrationDeadline') (v as Record<string, unknown>)[key] = value === null ? null : new Date(value as string);
    else (v as Record<string, unknown>)[key] = value;
  }
  return v;
}

function checkQuestions(questions: EventCreate['questions']) {
  const seen = new Set<string>();
  questions?.forEach((q, i) => {
    if (seen.has(q.id)) throw invalidField(`questions.${i}.id`, 'duplicate', 'Two questions have the same id');
    seen.add(q.id);
  });
}

export async function createEvent(db: Db, actor: Actor, programmeId: string, input: EventCreate, now: Date): Promise<Event> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'event.manage', { programmeIds: ids(lineage) });
  checkQuestions(input.questions);
  const row = await db.transaction(async (tx) => {
    const created = await repo.eventRows.insert(tx, { ...(fieldValues(input) as EventRow), programmeId, status: 'draft' });
    await recordAudit(tx, actor, { action: 'create', entityType: 'event', entityId: created.id, programmeId, after: created });
    return created;
  });
  return toEvent((await repo.eventWithCounts(db, row.id))!, true, now);
}

/** Fields whose change a calendar should pick up (SEQUENCE). */
const CALENDAR_FIELDS = ['title', 'startsAt', 'endsAt', 'place', 'address', 'streamUrl', 'description', 'lead'] as const;

async function change(db: Db, ctx: MailContext, actor: Actor, id: string, revision: number, apply: (before: EventRow) => Partial<EventRow>, after?: (tx: Parameters<Parameters<Db['transaction']>[0]>[0], event: EventRow) => Promise<void>): Promise<Event> {
  await scoped(db, actor, id, 'write');
  await db.transaction(async (tx) => {
    const before = await repo.eventRows.lock(tx, id);
    if (!before) throw notFound('The event');
    if (before.revision !== revision) throw new AppError('STATE_CHANGED', 'The event has changed since it was read');
    const values = apply(before);
    const calendarChange = CALENDAR_FIELDS.some((k) => k in values && String(values[k]) !== String(before[k])) || (values.status && values.status !== before.status);
    const updated = (await repo.eventRows.update(tx, id, { ...values, revision: before.revision + 1, sequence: before.sequence + (calendarChange ? 1 : 0), updatedAt: ctx.now }))!;
    await recordAudit(tx, actor, { action: 'update', entityType: 'event', entityId: id, programmeId: before.programmeId, before, after: updated });
    if (after) await after(tx, updated);
  });
  await ctx.outbox.wake();
  return toEvent((await repo.eventWithCounts(db, id))!, true, ctx.now);
}

/** Changes the event; a capacity raised gives the new seats to the waiting list at once. */
export function updateEvent(db: Db, ctx: MailContext, actor: Actor, id: string, input: EventUpdate): Promise<Event> {
  const { revision, ...patch } = input;
  checkQuestions(patch.questions);
  return change(
    db,
    ctx,
    actor,
    id,
    revision,
    (before) => {
      const values = fieldValues(patch);
      const startsAt = values.startsAt ?? before.startsAt;
      const endsAt = values.endsAt !== undefined ? values.endsAt : before.endsAt;
      if (endsAt && endsAt <= startsAt) throw invalidField('endsAt', 'periodOrder', 'The event ends before it starts');
      const deadline = values.registrationDeadline !== undefined ? values.registrationDeadline : before.registrationDeadline;
      if (deadline && deadline > startsAt) throw invalidField('registrationDeadline', 'periodOrder', 'The registration deadline is after the start');
      return values;
    },
    async (tx, event) => {
      await promoteWaiting(tx, ctx, actor, event);
    },
  );
}

export function publishEvent(db: Db, ctx: MailContext, actor: Actor, id: string, revision: number): Promise<Event> {
  return change(db, ctx, actor, id, revision, (before) => {
    if (before.status !== 'draft') throw new AppError('STATE_CHANGED', `The event is ${before.status}`);
    return { status: 'published', publishedAt: ctx.now };
  });
}

/** Cancels the event: registration closes, and everyone registered or waiting is told by e-mail. */
export function cancelEvent(db: Db, ctx: MailContext, actor: Actor, id: string, revision: number): Promise<Event> {
  return change(
    db,
    ctx,
    actor,
    id,
    revision,
    (before) => {
      if (before.status === 'cancelled') throw new AppError('STATE_CHANGED', 'The event is already cancelled');
      return { status: 'cancelled', cancelledAt: ctx.now };
    },
    async (tx, event) => {
      for (const r of await repo.registrationsOfEvent(tx, event.id, ['registered', 'waiting'])) {
        await queueEmail(tx, ctx.outbox.canSend, { to: r.email, toName: r.name, locale: r.locale, template: 'eventCancelled', data: { name: r.name, eventTitle: event.title, when: whenText(event, r.locale), where: whereText(event) } });
      }
    },
  );
}

export async function listRegistrations(db: Db, actor: Actor, id: string): Promise<RegistrationList> {
  await scoped(db, actor, id, 'write');
  const all = (await repo.registrationsOfEvent(db, id)).map(toRegistration);
  return { registered: all.filter((r) => r.status === 'registered'), waiting: all.filter((r) => r.status === 'waiting'), cancelled: all.filter((r) => r.status === 'cancelled') };
}

/** E-mails everyone registered (not the waiting list), through the outbox: the number queued. */
export async function messageRegistered(db: Db, ctx: MailContext, actor: Actor, id: string, input: EventMessage): Promise<{ queued: number }> {
  const { row } = await scoped(db, actor, id, 'write');
  const queued = await db.transaction(async (tx) => {
    const rows = await repo.registrationsOfEvent(tx, id, ['registered']);
    for (const r of rows) {
      await queueEmail(tx, ctx.outbox.canSend, {
        to: r.email,
        toName: r.name,
        locale: r.locale,
        template: 'eventMessage',
        data: { name: r.name, eventTitle: row.title, when: whenText(row, r.locale), where: whereText(row), subject: input.subject, body: input.body, eventUrl: eventUrl(ctx, r.locale, row.programmeSlug, row.id) },
        createdBy: actor.user?.id ?? null,
      });
    }
    return rows.length;
  });
  await ctx.outbox.wake();
  return { queued };
}

async function registrationInScope(db: Db, actor: Actor, registrationId: string) {
  const reg = await repo.registrationById(db, registrationId);
  if (!reg) throw notFound('The registration');
  const { row } = await scoped(db, actor, reg.eventId, 'write');
  return { reg, event: row };
}

/** Marks whether the person came (null: not yet marked). */
export async function markAttendance(db: Db, actor: Actor, registrationId: string, attended: boolean | null, now: Date): Promise<Registration> {
  const { event } = await registrationInScope(db, actor, registrationId);
  const after = await db.transaction(async (tx) => {
    const before = (await repo.registrationRows.lock(tx, registrationId))!;
    if (before.status !== 'registered') throw new AppError('STATE_CHANGED', 'Only a registered person can be marked as attending');
    const updated = (await repo.registrationRows.update(tx, registrationId, { attended, updatedAt: now }))!;
    await recordAudit(tx, actor, { action: 'update', entityType: 'event_registration', entityId: registrationId, programmeId: event.programmeId, before: auditedRegistration(before), after: auditedRegistration(updated) });
    return updated;
  });
  return toRegistration(after);
}

/** The secretariat cancels a registration: as when the person does, the seat goes to the waiting list. */
export async function cancelRegistration(db: Db, ctx: MailContext, actor: Actor, registrationId: string): Promise<Registration> {
  await registrationInScope(db, actor, registrationId);
  return toRegistration(await cancelRegistrationRow(db, ctx, actor, registrationId));
}

/** The event with its registrations, for the export. */
export async function exportData(db: Db, actor: Actor, id: string) {
  const { row } = await scoped(db, actor, id, 'write');
  return { event: row, registrations: await repo.registrationsOfEvent(db, id) };
}
