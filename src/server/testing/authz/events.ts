import type { AuthzCases } from './cases';
import { buildEvent, buildRegistration } from '../factories';

/**
 * Events are managed by the secretariat of their programme (event.manage); another programme's
 * secretariat and the programme's contributors are refused every management route. Registration
 * and the personal link are public (see events.test.ts).
 */
export const eventsAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const event = await buildEvent(t.db, { programmeId: ids.programme!, capacity: 10 });
    ids.event = event.id;
    ids.eventRegistration = (await buildRegistration(t.db, { eventId: event.id })).id;
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    return {
      'POST /api/programmes/:id/events': { url: () => `/api/programmes/${ids.programme}/events`, body: () => ({ kind: 'seminar', title: 'Seminar', startsAt: '2030-01-10T09:00:00Z' }), ...refused },
      'PATCH /api/events/:id': { url: () => `/api/events/${ids.event}`, body: () => ({ title: 'Nytt navn', revision: 1 }), ...refused },
      'POST /api/events/:id/publish': { url: () => `/api/events/${ids.event}/publish`, body: () => ({ revision: 1 }), ...refused },
      'POST /api/events/:id/cancel': { url: () => `/api/events/${ids.event}/cancel`, body: () => ({ revision: 1 }), ...refused },
      'GET /api/events/:id/registrations': { url: () => `/api/events/${ids.event}/registrations`, ...refused },
      'GET /api/events/:id/registrations.csv': { url: () => `/api/events/${ids.event}/registrations.csv`, ...refused },
      'GET /api/events/:id/registrations.xlsx': { url: () => `/api/events/${ids.event}/registrations.xlsx`, ...refused },
      'POST /api/events/:id/messages': { url: () => `/api/events/${ids.event}/messages`, body: () => ({ subject: 'Info', body: 'Hei.' }), ...refused },
      'PUT /api/event-registrations/:id/attendance': { url: () => `/api/event-registrations/${ids.eventRegistration}/attendance`, body: () => ({ attended: true }), ...refused },
      'POST /api/event-registrations/:id/cancel': { url: () => `/api/event-registrations/${ids.eventRegistration}/cancel`, ...refused },
    };
  },
};
