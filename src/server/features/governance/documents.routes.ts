import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { originOf } from '../../http/origin';
import { governanceDocumentsApi } from '../../../shared/contracts/governance-meetings';
import * as svc from './documents.service';

const tags = ['governance'];
const CALENDAR = 'text/calendar; charset=utf-8';

/** What governance sends out: calendars, the decision feed, minutes and notices as PDF, the archive export. */
export const governanceDocumentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const pdf = (reply: FastifyReply, file: svc.PdfFile) =>
    reply.type('application/pdf').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);

  route(app, governanceDocumentsApi.bodyCalendar, { tags, summary: "The body's meetings as an iCalendar feed (stable UIDs, Europe/Oslo, cancellations included)", permission: 'public' },
    async (req, reply) => reply.type(CALENDAR).send(await svc.bodyCalendar(db, req.actor, req.params.id, originOf(req, config.publicUrl), req.query.lang)));
  route(app, governanceDocumentsApi.programmeCalendar, { tags, summary: "The meetings of the programme's bodies as one iCalendar feed", permission: 'public' },
    async (req, reply) => reply.type(CALENDAR).send(await svc.programmeCalendar(db, req.actor, req.params.id, originOf(req, config.publicUrl), req.query.lang)));
  route(app, governanceDocumentsApi.meetingCalendar, { tags, summary: 'One meeting as an iCalendar file', permission: 'public' }, async (req, reply) =>
    reply
      .type(CALENDAR)
      .header('content-disposition', `attachment; filename="meeting-${req.params.id}.ics"`)
      .send(await svc.meetingCalendar(db, req.actor, req.params.id, originOf(req, config.publicUrl), req.query.lang)));
  route(app, governanceDocumentsApi.decisionFeed, { tags, summary: "The programme's latest decisions as RSS 2.0", permission: 'public' },
    async (req, reply) => reply.type('application/rss+xml; charset=utf-8').send(await svc.decisionFeed(db, req.actor, req.params.id, originOf(req, config.publicUrl), req.query.lang)));
  route(app, governanceDocumentsApi.minutesPdf, { tags, summary: 'The minutes as an accessible PDF (published ones for everyone; drafts for the body)', permission: 'public' },
    async (req, reply) => pdf(reply, await svc.minutesPdf(db, req.actor, req.params.id, req.query.lang)));
  route(app, governanceDocumentsApi.noticePdf, { tags, summary: 'The notice with its agenda and public case papers as an accessible PDF', permission: 'public' },
    async (req, reply) => pdf(reply, await svc.noticePdf(db, req.actor, req.params.id, req.query.lang)));
  route(app, governanceDocumentsApi.excerptPdf, { tags, summary: 'An excerpt (utskrift) of one item of the minutes as an accessible PDF', permission: 'public' },
    async (req, reply) => pdf(reply, await svc.excerptPdf(db, req.actor, req.params.id, req.query.lang)));
  route(app, governanceDocumentsApi.noarkExport, {
    tags,
    summary: "A Noark 5-shaped export (arkivstruktur.xml subset) of the body's meetings, cases and decisions of a year",
    description: 'For the municipality\'s archive; docs/noark-export.md lists the elements written. The secretariat only.',
    permission: { action: 'governance.manage', scope: 'programme' },
  }, async (req, reply) => {
    const file = await svc.noarkXml(db, req.actor, req.params.id, req.query.year);
    return reply.type('application/xml; charset=utf-8').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.xml);
  });
};
