import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { route } from '../../http/route';
import { originOf } from '../../http/origin';
import { disposition } from '../documents/documents.routes';
import { developmentApi } from '../../../shared/contracts/development';
import type { UploadPart } from '../../files/upload-parts';
import * as svc from './development.service';
import * as groups from './groups.service';
import * as work from './group-work.service';
import * as plans from './plans.service';
import { convertPlan } from './plan-conversion';

const tags = ['development'];
const manage = { action: 'development.manage', scope: 'programme' } as const;
const works = { action: 'development.work', scope: 'programme' } as const;

/**
 * Development programmes: the office sets up content, cohorts, gatherings, homework and groups;
 * the groups hand in homework, write notes and build their development plans; the public reads
 * the programme, its cohorts and the plans groups have made public.
 */
export const developmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, files, config, outbox, clock }) => {
  await app.register(multipart, { limits: { fileSize: config.documentUploadLimit, files: 1, fields: 5, parts: 10 }, throwFileSizeLimit: false });
  const now = () => clock.now();
  const account = (req: Parameters<typeof originOf>[0]) => ({ outbox, origin: originOf(req, config.publicUrl) });

  route(app, developmentApi.overview, { tags, summary: "A development programme's content (perspectives, the cycle's questions, competence goals) and its cohorts", permission: 'public' }, (req) =>
    svc.getOverview(db, req.actor, req.params.id, now()));
  route(app, developmentApi.updateSettings, { tags, summary: "Save the programme's content", permission: manage }, (req) => svc.updateSettings(db, req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.createCohort, { tags, summary: 'Start a cohort (a region and a period)', permission: manage }, (req) => svc.createCohort(db, req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.cohort, {
    tags,
    summary: 'A cohort: gatherings and taking part for everyone; homework and groups for those who work in it',
    description: 'The office sees every group with its attendance, commitment and homework; a participant or facilitator only their own groups; the public none.',
    permission: 'public',
  }, (req) => svc.getCohort(db, req.actor, req.params.id, now()));
  route(app, developmentApi.updateCohort, { tags, summary: 'Change a cohort, or open and close its evaluation', permission: manage }, (req) => svc.updateCohort(db, req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.addGathering, { tags, summary: 'Add a gathering (a published event of kind gathering, linked to the cohort)', permission: manage }, (req) =>
    svc.addGathering(db, req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.addHomework, { tags, summary: 'Set homework for the groups of the cohort (their members with access are told by e-mail)', permission: manage }, (req) => svc.addHomework(db, account(req), req.actor, req.params.id, req.body));
  route(app, developmentApi.updateHomework, { tags, summary: 'Change a homework task', permission: manage }, (req) => svc.updateHomework(db, req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.inviteGroup, { tags, summary: 'Invite a municipality, county or city district to the cohort', permission: manage }, (req) =>
    svc.inviteGroup(db, req.actor, req.params.id, req.body.organisationId, now()));
  route(app, developmentApi.evaluation, {
    tags,
    summary: "The cohort's evaluation against the competence goals",
    description: 'A group with fewer answers than the threshold (5) is counted only in the cohort: its own figures are null.',
    permission: manage,
  }, (req) => work.evaluationResults(db, req.actor, req.params.id));
  route(app, developmentApi.answerEvaluation, {
    tags,
    summary: "Answer the evaluation (a member, once, while it is open)",
    description: 'Who answered is kept apart from the answers: an answer cannot be traced to the person. A second answer is CONFLICT.',
    permission: works,
  }, (req) => work.answerEvaluation(db, req.actor, req.params.id, req.body));
  route(app, developmentApi.myGroups, { tags, summary: 'The groups the signed-in user works in (member or facilitator)', permission: 'authenticated' }, (req) => groups.myGroups(db, req.actor));
  route(app, developmentApi.group, { tags, summary: "A group's page: members, attendance, homework, notes", permission: works }, (req) => groups.getGroup(db, req.actor, req.params.id, now()));
  route(app, developmentApi.respond, {
    tags,
    summary: "Record the municipality's answer to the invitation",
    description: 'Accepting needs the commitment to attend all gatherings, at least one member and a contact person.',
    permission: manage,
  }, (req) => groups.respond(db, req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.setFacilitator, { tags, summary: "Assign the group's facilitator (a user with a role in the programme)", permission: manage }, (req) =>
    groups.setFacilitator(db, req.actor, req.params.id, req.body.userId, now()));
  route(app, developmentApi.addMember, {
    tags,
    summary: 'Add a member to a group',
    description: '`giveAccess` links the account with the e-mail (made, and told by e-mail, when there is none) and grants the participant role.',
    permission: manage,
  }, (req) => groups.addMember(db, account(req), req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.updateMember, { tags, summary: 'Change a member', permission: manage }, (req) => groups.updateMember(db, account(req), req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.removeMember, { tags, summary: 'Remove a member', permission: manage }, (req) => groups.removeMember(db, req.actor, req.params.id));
  route(app, developmentApi.markAttendance, { tags, summary: 'Record who came to a gathering', permission: manage }, (req) => groups.markAttendance(db, req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.saveSubmission, {
    tags,
    summary: "Save the group's homework as a draft, or hand it in",
    description: 'After the due date a hand-in is accepted and marked late. A handed-in submission no longer changes (STATE_CHANGED).',
    permission: works,
  }, (req) => work.saveSubmission(db, req.actor, req.params.id, req.params.taskId, req.body, now()));
  route(app, developmentApi.uploadSubmission, {
    tags,
    summary: 'Attach the document of a hand-in (multipart field `file`)',
    description: `PDF, DOCX, XLSX, ODT, PNG, JPEG or WebP, recognised by its content; at most DOCUMENT_UPLOAD_LIMIT_MB (${config.documentUploadLimit / 1024 / 1024} MB here).`,
    permission: works,
    schema: { consumes: ['multipart/form-data'] },
  }, async (req) => {
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in the field "file"');
    return work.uploadSubmission(db, files, req.actor, req.params.id, req.params.taskId, config.documentUploadLimit, req.parts() as AsyncIterable<UploadPart>, now());
  });
  route(app, developmentApi.submissionFile, { tags, summary: "The document of a group's hand-in", permission: works }, async (req, reply) => {
    const file = await work.readSubmissionFile(db, files, req.actor, req.params.id, req.params.taskId);
    return reply.type(file.contentType).header('content-disposition', disposition(file.name)).header('x-content-type-options', 'nosniff').header('cache-control', 'private, no-store').send(file.stream);
  });
  route(app, developmentApi.addNote, { tags, summary: 'Write a note from a local or reference-group meeting', permission: works }, (req) => work.addNote(db, req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.updateNote, { tags, summary: 'Change a note', permission: works }, (req) => work.updateNote(db, req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.removeNote, { tags, summary: 'Delete a note', permission: works }, (req) => work.removeNote(db, req.actor, req.params.id));
  route(app, developmentApi.plan, {
    tags,
    summary: "A group's development plan",
    description: 'For the group, its facilitator and the office; for everyone (without the comments) when the group has made it public.',
    permission: 'public',
  }, (req) => plans.getPlan(db, req.actor, req.params.id));
  for (const [format, endpoint] of [['pdf', developmentApi.planPdf], ['docx', developmentApi.planDocx]] as const) {
    route(app, endpoint, { tags, summary: `The development plan as ${format === 'pdf' ? 'an accessible (tagged) PDF' : 'a Word document (DOCX)'}`, description: 'For those who may read the plan (everyone when it is public); ?lang= sets the language of its headings.', permission: 'public' }, async (req, reply) => {
      const file = await plans.exportPlan(db, req.actor, req.params.id, format, req.query.lang);
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'private, no-store').send(file.body);
    });
  }
  route(app, developmentApi.savePlan, { tags, summary: 'Save the development plan (all four parts, with the revision read)', permission: works }, (req) => plans.savePlan(db, req.actor, req.params.id, req.body, now()));
  route(app, developmentApi.commentPlan, { tags, summary: 'Comment on a part of the plan (the facilitator or the office)', permission: works }, (req) =>
    plans.commentPlan(db, req.actor, req.params.id, req.body.part, req.body.body));
  route(app, developmentApi.convertPlan, {
    tags,
    summary: "Turn the plan into the municipality's own programme",
    description: 'In one transaction: an unpublished programme owned by the municipality, its goals from the plan, an action programme with the efforts, the development programme\'s indicators (the municipality as focus area) and the members with accounts as its secretariat.',
    permission: works,
  }, (req) => convertPlan(db, req.actor, req.params.id, req.body, now()));
};
