import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { originOf } from '../../http/origin';
import { meetingsApi } from '../../../shared/contracts/governance-meetings';
import * as meetingsSvc from './meetings.service';
import * as agendaSvc from './agenda.service';
import * as decisionsSvc from './decisions.service';
import * as actionsSvc from './actions.service';

const tags = ['governance'];
const manage = { action: 'governance.manage', scope: 'programme' } as const;

/** Meetings, their agendas and records, cases, decisions and their follow-up. */
export const meetingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, outbox, config }) => {
  route(app, meetingsApi.bodyMeetings, { tags, summary: "The body's meetings: a year of them, or those to come", permission: 'public' },
    (req) => meetingsSvc.listBodyMeetings(db, req.actor, req.params.id, req.query));
  route(app, meetingsApi.programmeMeetings, { tags, summary: 'The meetings of every body of the programme the visitor may see', permission: 'public' },
    (req) => meetingsSvc.listProgrammeMeetings(db, req.actor, req.params.id, req.query));
  route(app, meetingsApi.create, { tags, summary: 'Plan a meeting of the body', permission: manage },
    (req) => meetingsSvc.createMeeting(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.get, {
    tags,
    summary: 'A meeting with its agenda and record',
    description: 'The agenda is public once the notice is published, the record (outcomes, decisions, attendance, conflicts of interest, follow-up) once the minutes are; an exempt case shows the public its number, public title and legal basis only. The secretariat and the members of the body see everything at every step.',
    permission: 'public',
  }, (req) => meetingsSvc.getMeeting(db, req.actor, req.params.id));
  route(app, meetingsApi.update, { tags, summary: 'Change or cancel a meeting (calendars see the change)', permission: manage },
    (req) => meetingsSvc.updateMeeting(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.remove, { tags, summary: 'Delete a planned meeting with an empty agenda', permission: manage }, async (req) => {
    await meetingsSvc.deleteMeeting(db, req.actor, req.params.id);
    return { ok: true as const };
  });
  route(app, meetingsApi.publishNotice, {
    tags,
    summary: 'Publish the notice: the agenda and public case papers',
    description: 'After the deadline (the start less the programme\'s notice days) the notice still goes out; the answer\'s warnings then hold "noticeLate", which is kept.',
    permission: manage,
  }, (req) => meetingsSvc.publishNotice(db, req.actor, req.params.id));
  route(app, meetingsApi.markHeld, { tags, summary: 'Record that the meeting was held', permission: manage },
    (req) => meetingsSvc.markHeld(db, req.actor, req.params.id));
  route(app, meetingsApi.setAttendance, { tags, summary: 'Record who came, and which deputy met for whom', permission: manage },
    (req) => meetingsSvc.setAttendance(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.approveMinutes, { tags, summary: 'Approve the minutes by the chair', permission: manage },
    (req) => meetingsSvc.approveMinutes(db, req.actor, req.params.id));
  route(app, meetingsApi.publishMinutes, { tags, summary: 'Publish approved minutes', permission: manage },
    (req) => meetingsSvc.publishMinutes(db, req.actor, req.params.id));
  route(app, meetingsApi.addItem, {
    tags,
    summary: "Put a case on the agenda, numbered in the body's series for the year",
    description: 'The number is the next free one (gap-free and safe when two are added at once), or one chosen by hand that is not yet used. The approval of the previous minutes is put first by itself.',
    permission: manage,
  }, (req) => agendaSvc.addItem(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.orderItems, { tags, summary: 'Order the agenda', permission: manage },
    (req) => agendaSvc.orderItems(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.removeItem, { tags, summary: 'Take the last numbered case off a planned agenda', permission: manage }, async (req) => {
    await agendaSvc.removeItem(db, req.actor, req.params.id);
    return { ok: true as const };
  });
  route(app, meetingsApi.recordDecision, {
    tags,
    summary: 'Record the decision on an item, applying its effects',
    description: 'Only for a held meeting. An adopting outcome applies the case\'s effects (adopt a mandate version, establish or dissolve a body) and, for the first item, approves the previous minutes, in the same transaction: when one cannot be applied the answer is EFFECT_FAILED and nothing is recorded.',
    permission: manage,
  }, (req) => decisionsSvc.recordDecision(db, req.actor, req.params.id, req.body, { outbox, origin: originOf(req, config.publicUrl) }));
  route(app, meetingsApi.declareConflict, {
    tags,
    summary: 'Declare a conflict of interest on an item',
    description: 'A member for their own seat, or the secretariat for any seat.',
    permission: 'authenticated',
  }, (req) => decisionsSvc.declareConflict(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.ruleConflict, { tags, summary: "Record the body's ruling on a conflict of interest and the deputy called", permission: manage },
    (req) => decisionsSvc.ruleConflict(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.bodyCases, { tags, summary: "The body's cases, for its secretariat and members", permission: 'authenticated' },
    (req) => agendaSvc.listCases(db, req.actor, req.params.id, req.query));
  route(app, meetingsApi.createCase, { tags, summary: 'Register a case for the body, with the effects its decision would have', permission: manage },
    (req) => agendaSvc.createCase(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.getCase, { tags, summary: 'A case and the way it has travelled', permission: 'public' },
    (req) => agendaSvc.getCase(db, req.actor, req.params.id));
  route(app, meetingsApi.updateCase, { tags, summary: 'Change a case', permission: manage },
    (req) => agendaSvc.updateCase(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.addAction, { tags, summary: 'Add a follow-up action to a decision', permission: manage },
    (req) => actionsSvc.addAction(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.updateAction, { tags, summary: 'Change a follow-up action or its status', permission: manage },
    (req) => actionsSvc.updateAction(db, req.actor, req.params.id, req.body));
  route(app, meetingsApi.reportAction, { tags, summary: 'Report a follow-up action back to the body as a new case', permission: manage },
    (req) => actionsSvc.reportAction(db, req.actor, req.params.id));
  route(app, meetingsApi.programmeActions, { tags, summary: 'Follow-up actions of the programme\'s decisions (overdue ones with overdue=true)', permission: 'authenticated' },
    (req) => actionsSvc.listProgrammeActions(db, req.actor, req.params.id, req.query));
  route(app, meetingsApi.bodyDecisions, { tags, summary: "The body's decisions, newest first", permission: 'public' },
    (req) => decisionsSvc.listBodyDecisions(db, req.actor, req.params.id, req.query));
  route(app, meetingsApi.programmeDecisions, { tags, summary: "The decisions of the programme's bodies, newest first", permission: 'public' },
    (req) => decisionsSvc.listProgrammeDecisions(db, req.actor, req.params.id, req.query));
};
