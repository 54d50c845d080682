import type { EventRegistrationRow } from './events.table';
import type { EventWithCounts } from './events.repo';
import type { Event, Registration } from '../../../shared/contracts/events';
import { registrationClosed } from '../../../shared/domain/events';

/** The event as the API shows it, with its seats and whether registration is open now. */
export function toEvent(row: EventWithCounts, canManage: boolean, now: Date): Event {
  const closed = registrationClosed(row, now);
  return {
    id: row.id,
    programmeId: row.programmeId,
    programmeSlug: row.programmeSlug,
    kind: row.kind,
    status: row.status,
    title: row.title,
    lead: row.lead,
    description: row.description,
    talks: row.talks,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    place: row.place,
    address: row.address,
    streamUrl: row.streamUrl,
    language: row.language,
    accessibility: row.accessibility,
    capacity: row.capacity,
    registrationDeadline: row.registrationDeadline?.toISOString() ?? null,
    questions: row.questions,
    videoUrl: row.videoUrl,
    slidesUrl: row.slidesUrl,
    materials: row.materials,
    registeredCount: row.registeredCount,
    waitingCount: row.waitingCount,
    seatsLeft: row.capacity === null ? null : Math.max(0, row.capacity - row.registeredCount),
    registrationOpen: closed === null,
    registrationClosedReason: closed,
    revision: row.revision,
    canManage,
  };
}

export function toRegistration(row: EventRegistrationRow): Registration {
  return {
    id: row.id,
    eventId: row.eventId,
    name: row.name,
    email: row.email,
    organisation: row.organisation,
    answers: row.answers,
    locale: row.locale,
    status: row.status,
    queuedAt: row.queuedAt.toISOString(),
    attended: row.attended,
    promotedAt: row.promotedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A registration as the audit trail keeps it: never the token's hash. */
export function auditedRegistration(row: EventRegistrationRow): Omit<EventRegistrationRow, 'tokenHash' | 'earlierTokenHash'> {
  const { tokenHash: _hash, earlierTokenHash: _earlier, ...rest } = row;
  return rest;
}
