import { z } from './zod';
import { Email, Id, IdParams, Timestamp, WebUrl } from './common';
import { endpoint, link } from './endpoint';
import { EVENT_KINDS, EVENT_LANGUAGES, EVENT_STATUSES, REGISTRATION_STATUSES } from '../domain/events';

export const EventKind = z.enum(EVENT_KINDS);
export const EventStatus = z.enum(EVENT_STATUSES);
export const RegistrationStatus = z.enum(REGISTRATION_STATUSES);
const Lang = z.enum(EVENT_LANGUAGES);
const Instant = z.iso.datetime({ offset: true, message: 'datetime' });

export const EventTalk = z.object({
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time' }).describe('Oslo time of day, HH:MM'),
  title: z.string().trim().min(1, { message: 'required' }).max(300),
  speaker: z.string().trim().max(300).default(''),
});
export const EventQuestion = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, { message: 'format' }).describe('Stable key of the answer'),
  label: z.string().trim().min(1, { message: 'required' }).max(300),
  required: z.boolean().default(false),
});
export const EventMaterial = z.object({ title: z.string().trim().min(1, { message: 'required' }).max(300), url: WebUrl });

export const Event = z.object({
  id: Id,
  programmeId: Id,
  programmeSlug: z.string(),
  kind: EventKind,
  status: EventStatus,
  title: z.string(),
  lead: z.string(),
  description: z.string(),
  talks: z.array(EventTalk),
  startsAt: Timestamp,
  endsAt: Timestamp.nullable(),
  place: z.string(),
  address: z.string(),
  streamUrl: z.string().nullable(),
  language: Lang,
  accessibility: z.string(),
  capacity: z.number().int().nullable().describe('Seats; null: unlimited'),
  registrationDeadline: Timestamp.nullable(),
  questions: z.array(EventQuestion),
  videoUrl: z.string().nullable(),
  slidesUrl: z.string().nullable(),
  materials: z.array(EventMaterial),
  registeredCount: z.number().int(),
  waitingCount: z.number().int(),
  seatsLeft: z.number().int().nullable().describe('null: unlimited'),
  registrationOpen: z.boolean(),
  registrationClosedReason: z.enum(['notPublished', 'cancelled', 'deadlinePassed', 'started']).nullable(),
  revision: z.number().int(),
  canManage: z.boolean(),
});
export type Event = z.infer<typeof Event>;

export const EventList = z.object({ items: z.array(Event), canManage: z.boolean() });
export type EventList = z.infer<typeof EventList>;

const periodOrder = (v: { startsAt?: string; endsAt?: string | null; registrationDeadline?: string | null }, ctx: z.core.$RefinementCtx) => {
  if (v.startsAt && v.endsAt && Date.parse(v.endsAt) <= Date.parse(v.startsAt)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'periodOrder' });
  if (v.startsAt && v.registrationDeadline && Date.parse(v.registrationDeadline) > Date.parse(v.startsAt)) ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'periodOrder' });
};

const EventFields = z.object({
  kind: EventKind,
  title: z.string().trim().min(1, { message: 'required' }).max(300),
  lead: z.string().trim().max(1000).optional(),
  description: z.string().trim().max(20000).optional(),
  talks: z.array(EventTalk).max(50).optional(),
  startsAt: Instant,
  endsAt: Instant.nullable().optional(),
  place: z.string().trim().max(300).optional(),
  address: z.string().trim().max(500).optional(),
  streamUrl: WebUrl.nullable().optional(),
  language: Lang.optional(),
  accessibility: z.string().trim().max(4000).optional(),
  capacity: z.number().int().min(0).max(100000).nullable().optional().describe('Seats; null or left out: unlimited'),
  registrationDeadline: Instant.nullable().optional(),
  questions: z.array(EventQuestion).max(20).optional(),
  videoUrl: WebUrl.nullable().optional(),
  slidesUrl: WebUrl.nullable().optional(),
  materials: z.array(EventMaterial).max(50).optional(),
});
export const EventCreate = EventFields.superRefine(periodOrder);
export type EventCreate = z.infer<typeof EventCreate>;
export const EventUpdate = EventFields.partial()
  .extend({ revision: z.number().int().describe('The revision read; a change made meanwhile is refused (STATE_CHANGED)') })
  .superRefine(periodOrder);
export type EventUpdate = z.infer<typeof EventUpdate>;
export const RevisionBody = z.object({ revision: z.number().int() });

export const RegistrationCreate = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  email: Email,
  organisation: z.string().trim().max(300).default(''),
  answers: z.record(z.string(), z.string().trim().max(2000)).default({}).describe("Answers to the event's questions, by question id"),
  locale: Lang.default('nb').describe('The language of the page: the e-mails are written in it'),
});
export type RegistrationCreate = z.infer<typeof RegistrationCreate>;

/**
 * The registration form as a browser posts it without script (`application/x-www-form-urlencoded`):
 * `name`, `email`, `organisation`, `locale`, and `answers.<question id>` per answer (and, on the
 * personal page, `intent`: save or cancel). The handler checks the fields as the JSON endpoints
 * do and answers with a redirect either way.
 */
export const RegistrationFormPost = z.record(z.string().max(100), z.string().max(4000)).refine((o) => Object.keys(o).length <= 60, { message: 'tooManyFields' });
export type RegistrationFormPost = z.infer<typeof RegistrationFormPost>;

export const RegistrationReceipt = z.object({
  id: Id.nullable().describe('The new registration; null for a duplicate'),
  outcome: z.enum(['registered', 'waiting', 'duplicate']).describe('duplicate: the address was already registered; nothing new was made and the personal link was sent again'),
  status: RegistrationStatus,
  waitingPosition: z.number().int().nullable(),
  token: z.string().nullable().describe('The personal link\'s token, for a new registration only (it is also sent by e-mail)'),
});
export type RegistrationReceipt = z.infer<typeof RegistrationReceipt>;

export const Registration = z.object({
  id: Id,
  eventId: Id,
  name: z.string(),
  email: z.string(),
  organisation: z.string(),
  answers: z.record(z.string(), z.string()),
  locale: Lang,
  status: RegistrationStatus,
  queuedAt: Timestamp,
  attended: z.boolean().nullable(),
  promotedAt: Timestamp.nullable(),
  cancelledAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type Registration = z.infer<typeof Registration>;

export const RegistrationList = z.object({ registered: z.array(Registration), waiting: z.array(Registration), cancelled: z.array(Registration) });
export type RegistrationList = z.infer<typeof RegistrationList>;

export const TokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'format' }) });
export const MyRegistration = z.object({
  registration: Registration.omit({ attended: true }),
  waitingPosition: z.number().int().nullable(),
  event: Event,
});
export type MyRegistration = z.infer<typeof MyRegistration>;
export const MyRegistrationUpdate = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(200).optional(),
  organisation: z.string().trim().max(300).optional(),
  answers: z.record(z.string(), z.string().trim().max(2000)).optional(),
});
export type MyRegistrationUpdate = z.infer<typeof MyRegistrationUpdate>;

export const Attendance = z.object({ attended: z.boolean().nullable() });
export const EventMessage = z.object({
  subject: z.string().trim().min(1, { message: 'required' }).max(200),
  body: z.string().trim().min(1, { message: 'required' }).max(10000),
});
export type EventMessage = z.infer<typeof EventMessage>;
export const EventMessageSent = z.object({ queued: z.number().int() });

export const LangQuery = z.object({ lang: Lang.default('nb') });
export const ExportQuery = z.object({ lang: Lang.default('nb') });

export const eventsApi = {
  list: endpoint({ method: 'GET', path: '/api/programmes/:id/events', params: IdParams, response: EventList }),
  create: endpoint({ method: 'POST', path: '/api/programmes/:id/events', params: IdParams, body: EventCreate, response: Event, status: 201 }),
  programmeCalendar: link({ path: '/api/programmes/:id/events.ics', params: IdParams, query: LangQuery }),
  get: endpoint({ method: 'GET', path: '/api/events/:id', params: IdParams, response: Event }),
  update: endpoint({ method: 'PATCH', path: '/api/events/:id', params: IdParams, body: EventUpdate, response: Event }),
  publish: endpoint({ method: 'POST', path: '/api/events/:id/publish', params: IdParams, body: RevisionBody, response: Event }),
  cancel: endpoint({ method: 'POST', path: '/api/events/:id/cancel', params: IdParams, body: RevisionBody, response: Event }),
  calendar: link({ path: '/api/events/:id/event.ics', params: IdParams, query: LangQuery }),
  register: endpoint({ method: 'POST', path: '/api/events/:id/registrations', params: IdParams, body: RegistrationCreate, response: RegistrationReceipt, status: 201 }),
  registerForm: endpoint({ method: 'POST', path: '/api/events/:id/registrations/form', params: IdParams, body: RegistrationFormPost, response: z.null(), status: 303 }),
  registrations: endpoint({ method: 'GET', path: '/api/events/:id/registrations', params: IdParams, response: RegistrationList }),
  exportCsv: link({ path: '/api/events/:id/registrations.csv', params: IdParams, query: ExportQuery }),
  exportXlsx: link({ path: '/api/events/:id/registrations.xlsx', params: IdParams, query: ExportQuery }),
  message: endpoint({ method: 'POST', path: '/api/events/:id/messages', params: IdParams, body: EventMessage, response: EventMessageSent }),
  attendance: endpoint({ method: 'PUT', path: '/api/event-registrations/:id/attendance', params: IdParams, body: Attendance, response: Registration }),
  cancelRegistration: endpoint({ method: 'POST', path: '/api/event-registrations/:id/cancel', params: IdParams, response: Registration }),
  mine: endpoint({ method: 'GET', path: '/api/registrations/:token', params: TokenParams, response: MyRegistration }),
  changeMine: endpoint({ method: 'PATCH', path: '/api/registrations/:token', params: TokenParams, body: MyRegistrationUpdate, response: MyRegistration }),
  cancelMine: endpoint({ method: 'POST', path: '/api/registrations/:token/cancel', params: TokenParams, response: MyRegistration }),
  mineForm: endpoint({ method: 'POST', path: '/api/registrations/:token/form', params: TokenParams, body: RegistrationFormPost, response: z.null(), status: 303 }),
};
