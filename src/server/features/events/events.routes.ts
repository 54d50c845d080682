import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { originOf } from '../../http/origin';
import { eventsApi } from '../../../shared/contracts/events';
import * as svc from './events.service';
import * as reg from './registrations.service';
import * as docs from './events-documents';
import { mineFromForm, registerFromForm } from './registration-form';
import type { MailContext } from './event-mail';

const tags = ['events'];
const manage = { action: 'event.manage', scope: 'programme' } as const;
const CALENDAR = 'text/calendar; charset=utf-8';
/** A registration form's fields: a few short texts and the answers. */
const FORM_BODY_LIMIT = 64 * 1024;

/** A programme's events: the secretariat's management, public registration without an account, calendars. */
export const eventRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, outbox, clock }) => {
  const now = () => clock.now();
  const mail = (req: FastifyRequest): MailContext => ({ outbox, origin: originOf(req, config.publicUrl), now: now() });

  route(app, eventsApi.list, { tags, summary: "The programme's events by start (drafts too for the secretariat)", permission: 'public' }, (req) => svc.listEvents(db, req.actor, req.params.id, now()));
  route(app, eventsApi.create, { tags, summary: 'Create an event (a draft)', permission: manage }, (req) => svc.createEvent(db, req.actor, req.params.id, req.body, now()));
  route(app, eventsApi.programmeCalendar, { tags, summary: "The programme's events and public governance meetings as one iCalendar feed (stable UIDs, Europe/Oslo)", permission: 'public' }, async (req, reply) =>
    reply.type(CALENDAR).send(await docs.programmeCalendar(db, req.actor, req.params.id, originOf(req, config.publicUrl), req.query.lang)));
  route(app, eventsApi.get, { tags, summary: 'An event with its seats and whether registration is open', permission: 'public' }, (req) => svc.getEvent(db, req.actor, req.params.id, now()));
  route(app, eventsApi.update, {
    tags,
    summary: 'Change an event',
    description: 'A capacity raised gives the new seats to the first on the waiting list in the same transaction; they are told by e-mail.',
    permission: manage,
  }, (req) => svc.updateEvent(db, mail(req), req.actor, req.params.id, req.body));
  route(app, eventsApi.publish, { tags, summary: 'Publish a draft event: it shows on the site and opens for registration', permission: manage }, (req) => svc.publishEvent(db, mail(req), req.actor, req.params.id, req.body.revision));
  route(app, eventsApi.cancel, { tags, summary: 'Cancel the event: registration closes and everyone registered or waiting is told', permission: manage }, (req) => svc.cancelEvent(db, mail(req), req.actor, req.params.id, req.body.revision));
  route(app, eventsApi.calendar, { tags, summary: 'One event as an iCalendar file', permission: 'public' }, async (req, reply) =>
    reply
      .type(CALENDAR)
      .header('content-disposition', `attachment; filename="event-${req.params.id}.ics"`)
      .send(await docs.eventCalendar(db, req.actor, req.params.id, originOf(req, config.publicUrl), req.query.lang)));
  route(app, eventsApi.register, {
    tags,
    summary: 'Register for an event (anyone, no account)',
    description:
      'Needs the CSRF token of an anonymous session (GET /api/auth/csrf). When the event is full, the registration goes on the waiting list. An address already registered (whatever its case) is recognised: `outcome: duplicate`, nothing new is made and a fresh personal link is e-mailed. Closed at the deadline, at the start and when the event is cancelled (STATE_CHANGED). Limited per client address (RATE_LIMITED).',
    permission: 'public',
  }, (req) => reg.register(db, mail(req), req.actor, req.params.id, req.body, req.ip, config.eventRegistrationLimit));
  // The same registration, change and cancel from the pages' forms when no script runs: form posts, answered with redirects.
  await app.register(async (form) => {
    form.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    route(form as typeof app, eventsApi.registerForm, {
      tags,
      summary: 'Register from the event page without script (a form post)',
      description:
        'The fields of the page\'s form as `application/x-www-form-urlencoded`: `name`, `email`, `organisation`, `locale`, `answers.<question id>`. Needs no session: the browser\'s `Sec-Fetch-Site: same-origin` (or an `Origin` of this site) stands for the CSRF token. Answers 303: to the personal page (`/pamelding/<token>?utfall=registered|waiting`), or back to the event\'s page with `?utfall=duplicate` or `?feil=<path>:<code>,…` (or one error code). Same checks and limits as the JSON registration.',
      permission: 'public',
      csrf: 'same-origin',
      schema: { consumes: ['application/x-www-form-urlencoded'] },
    }, async (req, reply) => reply.redirect(await registerFromForm(db, mail(req), req.actor, req.params.id, req.body, req.ip, config.eventRegistrationLimit), 303));
    route(form as typeof app, eventsApi.mineForm, {
      tags,
      summary: 'Change or cancel through the personal link without script (a form post)',
      description:
        'The personal page\'s forms as `application/x-www-form-urlencoded`: `intent=cancel` cancels; otherwise `name`, `organisation` and `answers.<question id>` are saved. Same-origin as for the registration form. Answers 303 to the personal page with `?utfall=saved|cancelled` or `?feil=…`.',
      permission: 'public',
      csrf: 'same-origin',
      schema: { consumes: ['application/x-www-form-urlencoded'] },
    }, async (req, reply) => reply.redirect(await mineFromForm(db, mail(req), req.actor, req.params.token, req.body), 303));
  });
  route(app, eventsApi.registrations, { tags, summary: 'The registrations: registered, the waiting list in order, and the cancelled', permission: manage }, (req) => svc.listRegistrations(db, req.actor, req.params.id));
  route(app, eventsApi.exportCsv, { tags, summary: 'The registrations as CSV (UTF-8 with BOM, semicolons), one column per question', permission: manage }, async (req, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="registrations-${req.params.id}.csv"`)
      .send(await docs.registrationsCsv(db, req.actor, req.params.id, req.query.lang)));
  route(app, eventsApi.exportXlsx, { tags, summary: 'The registrations as a spreadsheet (.xlsx)', permission: manage }, async (req, reply) => {
    const body = await docs.registrationsXlsx(db, req.actor, req.params.id, req.query.lang);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="registrations-${req.params.id}.xlsx"`)
      .send(Readable.from(body));
  });
  route(app, eventsApi.message, { tags, summary: 'E-mail everyone registered (queued through the outbox)', permission: manage }, (req) => svc.messageRegistered(db, mail(req), req.actor, req.params.id, req.body));
  route(app, eventsApi.attendance, { tags, summary: 'Mark whether a registered person came', permission: manage }, (req) => svc.markAttendance(db, req.actor, req.params.id, req.body.attended, now()));
  route(app, eventsApi.cancelRegistration, { tags, summary: "Cancel someone's registration (the seat goes to the waiting list)", permission: manage }, (req) => svc.cancelRegistration(db, mail(req), req.actor, req.params.id));
  // A person's own registration: never kept by a shared cache or the browser.
  route(app, eventsApi.mine, { tags, summary: 'A registration by its personal link (until the event is over)', permission: 'public' }, async (req, reply) => {
    reply.header('cache-control', 'private, no-store');
    return reg.getMine(db, req.params.token, now());
  });
  route(app, eventsApi.changeMine, { tags, summary: 'Change name, organisation or answers through the personal link', permission: 'public' }, (req) => reg.changeMine(db, req.actor, req.params.token, req.body, now()));
  route(app, eventsApi.cancelMine, { tags, summary: 'Cancel through the personal link (the seat goes to the waiting list)', permission: 'public' }, (req) => reg.cancelMine(db, mail(req), req.actor, req.params.token));
};
