import { eq } from 'drizzle-orm';
import type { TestApp } from '../test-app';
import { eventRegistrations } from '../../features/events/events.table';
import { buildEvent, buildProgramme, buildRegistration } from '../factories';
import type { GovernanceArranged } from './governance-cases';

/** One audit case per state-changing events route, each on an event of its own. */
export function eventsAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async (o: Partial<Parameters<typeof buildEvent>[1]> = {}) => {
    const db = app().db;
    const programme = await buildProgramme(db);
    const event = await buildEvent(db, { programmeId: programme.id, ...o });
    return { p: programme.id, event };
  };
  const withRegistration = async () => {
    const { p, event } = await fixture({ capacity: 1 });
    const reg = await buildRegistration(app().db, { eventId: event.id, name: 'Ola Nordmann', organisation: 'Bydel Sagene' });
    return { p, event, reg };
  };
  return {
    'POST /api/programmes/:id/events': async () => {
      const p = (await buildProgramme(app().db)).id;
      return {
        url: `/api/programmes/${p}/events`,
        body: { kind: 'webinar', title: 'Webinar', startsAt: '2030-03-01T09:00:00Z' },
        entry: (r) => ({ action: 'create', entityType: 'event', entityId: r.id, programmeId: p, before: null, after: { kind: 'webinar', status: 'draft' } }),
      };
    },
    'PATCH /api/events/:id': async () => {
      const { p, event } = await fixture();
      return { url: `/api/events/${event.id}`, body: { capacity: 40, revision: 1 }, entry: () => ({ action: 'update', entityType: 'event', entityId: event.id, programmeId: p, before: { capacity: null }, after: { capacity: 40 } }) };
    },
    'POST /api/events/:id/publish': async () => {
      const { p, event } = await fixture({ status: 'draft', publishedAt: null });
      return { url: `/api/events/${event.id}/publish`, body: { revision: 1 }, entry: () => ({ action: 'update', entityType: 'event', entityId: event.id, programmeId: p, before: { status: 'draft' }, after: { status: 'published' } }) };
    },
    'POST /api/events/:id/cancel': async () => {
      const { p, event } = await fixture();
      return { url: `/api/events/${event.id}/cancel`, body: { revision: 1 }, entry: () => ({ action: 'update', entityType: 'event', entityId: event.id, programmeId: p, before: { status: 'published' }, after: { status: 'cancelled' } }) };
    },
    'POST /api/events/:id/registrations': async () => {
      const { p, event } = await fixture();
      return {
        url: `/api/events/${event.id}/registrations`,
        body: { name: 'Kari Nordmann', email: 'kari.audit@example.org' },
        entry: (r) => ({ action: 'create', entityType: 'event_registration', entityId: r.id, programmeId: p, before: null, after: { email: 'kari.audit@example.org', status: 'registered' } }),
      };
    },
    'POST /api/events/:id/registrations/form': async () => {
      const { p, event } = await fixture();
      return {
        url: `/api/events/${event.id}/registrations/form`,
        body: 'name=Kari+Skjema&email=kari.skjema%40example.org&locale=nn',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
        entry: async () => {
          const [row] = await app().db.select().from(eventRegistrations).where(eq(eventRegistrations.email, 'kari.skjema@example.org'));
          return { action: 'create', entityType: 'event_registration', entityId: row?.id ?? 'none', programmeId: p, before: null, after: { email: 'kari.skjema@example.org', status: 'registered', locale: 'nn' } };
        },
      };
    },
    'PUT /api/event-registrations/:id/attendance': async () => {
      const { p, reg } = await withRegistration();
      return { url: `/api/event-registrations/${reg.id}/attendance`, body: { attended: true }, entry: () => ({ action: 'update', entityType: 'event_registration', entityId: reg.id, programmeId: p, before: { attended: null }, after: { attended: true } }) };
    },
    'POST /api/event-registrations/:id/cancel': async () => {
      const { p, reg } = await withRegistration();
      return { url: `/api/event-registrations/${reg.id}/cancel`, entry: () => ({ action: 'update', entityType: 'event_registration', entityId: reg.id, programmeId: p, before: { status: 'registered' }, after: { status: 'cancelled' } }) };
    },
    'PATCH /api/registrations/:token': async () => {
      const { p, reg } = await withRegistration();
      return { url: `/api/registrations/${reg.token}`, body: { organisation: 'Bydel Grorud' }, entry: () => ({ action: 'update', entityType: 'event_registration', entityId: reg.id, programmeId: p, before: { organisation: 'Bydel Sagene' }, after: { organisation: 'Bydel Grorud' } }) };
    },
    'POST /api/registrations/:token/form': async () => {
      const { p, reg } = await withRegistration();
      return {
        url: `/api/registrations/${reg.token}/form`,
        body: 'name=Ola+Skjema&organisation=Bydel+Sagene&intent=save',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
        entry: () => ({ action: 'update', entityType: 'event_registration', entityId: reg.id, programmeId: p, before: { name: 'Ola Nordmann' }, after: { name: 'Ola Skjema' } }),
      };
    },
    'POST /api/registrations/:token/cancel': async () => {
      const { p, reg } = await withRegistration();
      return { url: `/api/registrations/${reg.token}/cancel`, entry: () => ({ action: 'update', entityType: 'event_registration', entityId: reg.id, programmeId: p, before: { status: 'registered' }, after: { status: 'cancelled' } }) };
    },
  };
}
