/**
 * Events a programme holds for the public: seminars, portfolio presentations, gatherings, public
 * meetings and webinars, which anyone may register for without an account. See
 * src/server/features/events.
 */
export const EVENT_KINDS = ['seminar', 'portfolio_presentation', 'gathering', 'public_meeting', 'webinar'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A draft is the secretariat's alone; published is public; cancelled stays public as cancelled. */
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** A seat (registered), a place on the waiting list (waiting), or given up (cancelled). */
export const REGISTRATION_STATUSES = ['registered', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const EVENT_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type EventLanguage = (typeof EVENT_LANGUAGES)[number];

/** Without an end, an event is taken to last two hours (for calendars and the personal link). */
export const DEFAULT_EVENT_DURATION_MS = 2 * 60 * 60 * 1000;

/** When the event is over: its end, or two hours after its start. */
export function eventEnd(e: { startsAt: string | Date; endsAt: string | Date | null }): Date {
  if (e.endsAt) return new Date(e.endsAt);
  return new Date(new Date(e.startsAt).getTime() + DEFAULT_EVENT_DURATION_MS);
}

/** Why registration is closed, or null when it is open. */
export type RegistrationClosed = 'notPublished' | 'cancelled' | 'deadlinePassed' | 'started';

/** Whether someone may register now: published, before the deadline (or the start when there is none). */
export function registrationClosed(
  e: { status: EventStatus; startsAt: string | Date; registrationDeadline: string | Date | null },
  now: Date,
): RegistrationClosed | null {
  if (e.status === 'cancelled') return 'cancelled';
  if (e.status !== 'published') return 'notPublished';
  if (e.registrationDeadline && now.getTime() > new Date(e.registrationDeadline).getTime()) return 'deadlinePassed';
  if (now.getTime() >= new Date(e.startsAt).getTime()) return 'started';
  return null;
}
