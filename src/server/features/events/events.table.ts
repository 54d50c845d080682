import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { programmes } from '../programmes/programmes.table';
import type { EventKind, EventLanguage, EventStatus, RegistrationStatus } from '../../../shared/domain/events';
import type { Locale } from '../../../shared/domain/localized';

export interface EventTalk {
  /** Local Oslo time of day, HH:MM. */
  time: string;
  title: string;
  speaker: string;
}
export interface EventQuestion {
  id: string;
  label: string;
  required: boolean;
}
export interface EventMaterial {
  title: string;
  url: string;
}

/**
 * An event a programme holds: its programme of talks, where and when, how many seats, the
 * questions registrants answer, and afterwards the video, slides and materials.
 */
export const events = pgTable(
  'events',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<EventKind>().notNull(),
    status: text('status').$type<EventStatus>().notNull().default('draft'),
    title: text('title').notNull(),
    lead: text('lead').notNull().default(''),
    description: text('description').notNull().default(''),
    talks: jsonb('talks').$type<EventTalk[]>().notNull().default([]),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    place: text('place').notNull().default(''),
    address: text('address').notNull().default(''),
    streamUrl: text('stream_url'),
    language: text('language').$type<EventLanguage>().notNull().default('nb'),
    accessibility: text('accessibility').notNull().default(''),
    /** Seats; null: unlimited. */
    capacity: integer('capacity'),
    registrationDeadline: timestamp('registration_deadline', { withTimezone: true }),
    questions: jsonb('questions').$type<EventQuestion[]>().notNull().default([]),
    videoUrl: text('video_url'),
    slidesUrl: text('slides_url'),
    materials: jsonb('materials').$type<EventMaterial[]>().notNull().default([]),
    /** Raised on every change calendars should see (SEQUENCE). */
    sequence: integer('sequence').notNull().default(0),
    revision: integer('revision').notNull().default(1),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('events_programme_idx').on(t.programmeId, t.startsAt),
    check('events_kind', sql`${t.kind} in ('seminar', 'portfolio_presentation', 'gathering', 'public_meeting', 'webinar')`),
    check('events_status', sql`${t.status} in ('draft', 'published', 'cancelled')`),
    check('events_capacity', sql`${t.capacity} is null or ${t.capacity} >= 0`),
    check('events_period', sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`),
  ],
);
export type EventRow = typeof events.$inferSelect;

/**
 * A registration by anyone, without an account: a seat, or a place on the waiting list (in the
 * order of `queuedAt`). The personal link's token is kept only as its SHA-256 hash.
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: id(),
    eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    organisation: text('organisation').notNull().default(''),
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    /** The language of the page registered on: the registrant's e-mails are written in it. */
    locale: text('locale').$type<Locale>().notNull().default('nb'),
    status: text('status').$type<RegistrationStatus>().notNull(),
    /** The place in the waiting list: the earliest first. */
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    tokenHash: text('token_hash').notNull(),
    /**
     * The link sent before the last one, when a seat from the waiting list came with a new link:
     * both open the registration (only hashes are kept, so the first cannot be sent again). A link
     * sent again for a second registration with the same address clears it.
     */
    earlierTokenHash: text('earlier_token_hash'),
    attended: boolean('attended'),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('event_registrations_event_idx').on(t.eventId, t.status, t.queuedAt),
    uniqueIndex('event_registrations_token_idx').on(t.tokenHash),
    uniqueIndex('event_registrations_earlier_token_idx').on(t.earlierTokenHash),
    // One live registration per e-mail address and event, whatever its case.
    uniqueIndex('event_registrations_email_idx').on(t.eventId, sql`lower(${t.email})`).where(sql`${t.status} <> 'cancelled'`),
    check('event_registrations_status', sql`${t.status} in ('registered', 'waiting', 'cancelled')`),
    check('event_registrations_locale', sql`${t.locale} in ('nb', 'nn', 'en')`),
  ],
);
export type EventRegistrationRow = typeof eventRegistrations.$inferSelect;
