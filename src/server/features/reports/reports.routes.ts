import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { reportsApi } from '../../../shared/contracts/reports';
import * as schedules from './schedules.service';
import * as status from './status-reports.service';
import * as completion from './completion.service';

const tags = ['reports'];
const manage = { action: 'portfolio.manage', scope: 'programme' } as const;
const edit = { action: 'project.update', scope: 'programme' } as const;
const read = { action: 'programme.readInternal', scope: 'programme' } as const;

/** Status reports on schedules, completion reports with lessons learned, and the programme's overview of them. */
export const reportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, clock }) => {
  route(app, reportsApi.schedules, { tags, summary: "The programme's report schedules", permission: read }, (req) => schedules.listSchedules(db, req.actor, req.params.id));
  route(app, reportsApi.createSchedule, {
    tags,
    summary: 'Add a report schedule for a project, or for every project granted from a call',
    description: 'Due dates: the first and every intervalMonths until the project ends, and/or a list; reminders go remindDaysBefore and remindDaysAfter the due date.',
    permission: manage,
  }, (req) => schedules.createSchedule(db, req.actor, req.params.id, req.body));
  route(app, reportsApi.updateSchedule, { tags, summary: 'Change a report schedule', permission: manage }, (req) => schedules.updateSchedule(db, req.actor, req.params.id, req.body));
  route(app, reportsApi.removeSchedule, { tags, summary: 'Delete a report schedule (reports written are kept)', permission: manage }, async (req) => {
    await schedules.deleteSchedule(db, req.actor, req.params.id);
    return { ok: true as const };
  });
  route(app, reportsApi.projectReports, { tags, summary: "A project's due dates with their status reports", permission: read }, (req) => status.projectReports(db, clock, req.actor, req.params.id));
  route(app, reportsApi.saveReport, {
    tags,
    summary: 'Begin or change the status report for a due date (draft or returned)',
    description: "The owner organisation's contributors and the secretariat write it; a due date no schedule names is refused (`dueOn:notDue`).",
    permission: edit,
  }, (req) => status.saveReport(db, clock, req.actor, req.params.id, req.params.dueOn, req.body));
  route(app, reportsApi.getReport, { tags, summary: 'A status report with its history', permission: read }, (req) => status.getReport(db, clock, req.actor, req.params.id));
  route(app, reportsApi.submitReport, { tags, summary: 'Submit a status report (it needs a RAG status and a narrative)', permission: edit }, (req) =>
    status.moveReport(db, clock, req.actor, req.params.id, 'submit', req.body),
  );
  route(app, reportsApi.approveReport, { tags, summary: 'Approve a submitted status report', permission: manage }, (req) => status.moveReport(db, clock, req.actor, req.params.id, 'approve', req.body));
  route(app, reportsApi.returnReport, { tags, summary: 'Return a submitted status report with a comment (required)', permission: manage }, (req) =>
    status.moveReport(db, clock, req.actor, req.params.id, 'return', req.body),
  );
  route(app, reportsApi.completion, {
    tags,
    summary: "A project's completion report: results and lessons learned",
    description: 'Public once approved, when the project is published and shows the field "lessons".',
    permission: 'public',
  }, (req) => completion.getCompletion(db, req.actor, req.params.id));
  route(app, reportsApi.saveCompletion, { tags, summary: 'Write the completion report (draft or returned)', permission: edit }, (req) => completion.saveCompletion(db, req.actor, req.params.id, req.body));
  route(app, reportsApi.submitCompletion, { tags, summary: 'Submit the completion report (it needs results and lessons)', permission: edit }, (req) =>
    completion.moveCompletion(db, clock, req.actor, req.params.id, 'submit', req.body),
  );
  route(app, reportsApi.approveCompletion, { tags, summary: 'Approve the completion report', permission: manage }, (req) => completion.moveCompletion(db, clock, req.actor, req.params.id, 'approve', req.body));
  route(app, reportsApi.returnCompletion, { tags, summary: 'Return the completion report with a comment (required)', permission: manage }, (req) =>
    completion.moveCompletion(db, clock, req.actor, req.params.id, 'return', req.body),
  );
  route(app, reportsApi.lessons, {
    tags,
    summary: "Search the lessons learned of the programme's projects",
    description: "Full text with PostgreSQL's Norwegian configuration; those outside the programme find only published lessons.",
    permission: 'public',
  }, (req) => completion.searchLessons(db, req.actor, req.params.id, req.query));
  route(app, reportsApi.overview, { tags, summary: "Every due status report of the programme's projects: due, late, submitted, approved, returned", permission: read }, (req) =>
    status.reportOverview(db, clock, req.actor, req.params.id, req.query),
  );
};
