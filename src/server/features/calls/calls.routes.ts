import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { route } from '../../http/route';
import { applicationsApi, callsApi } from '../../../shared/contracts/calls';
import { FORM_LIMITS } from '../../../shared/domain/application-form-limits';
import type { AttachmentPart } from '../governance/attachments.service';
import * as calls from './calls.service';
import * as applications from './applications.service';
import * as attachments from './application-files.service';
import { decisionLetterPdf } from './decision-letter';

const tags = ['calls'];
const manage = { action: 'portfolio.manage', scope: 'programme' } as const;
const apply = { action: 'application.write', scope: 'organisation' } as const;

/** `filename*` in RFC 5987 form, with a plain ASCII fallback, so a Norwegian name survives. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Calls for applications, kept by the secretariat, and the applications organisations make to them. */
export const callRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, files, outbox, clock }) => {
  await app.register(multipart, { limits: { fileSize: FORM_LIMITS.fileSizeMb.max * 1024 * 1024, files: 1, fields: 5, parts: 10 }, throwFileSizeLimit: true });
  const now = () => clock.now();

  route(app, callsApi.list, { tags, summary: "The programme's calls: the published ones (open, closed, decided), and drafts for the secretariat", permission: 'public' }, (req) =>
    calls.listCalls(db, req.actor, req.params.id, req.query, now()),
  );
  route(app, callsApi.create, { tags, summary: 'Write a new call (a draft)', permission: manage }, (req) => calls.createCall(db, req.actor, req.params.id, req.body, now()));
  route(app, callsApi.get, { tags, summary: 'A call with its deadlines, criteria and application form (a draft only for the secretariat)', permission: 'public' }, (req) =>
    calls.getCall(db, req.actor, req.params.id, now()),
  );
  route(app, callsApi.update, {
    tags,
    summary: "Change a call's texts, frame, who may apply, criteria or form",
    description: 'Who may apply, the criteria and the form are fixed once the call is open (STATE_CHANGED); its texts and frame may still change. With `revision`, a change to an older revision is refused.',
    permission: manage,
  }, (req) => calls.updateCall(db, req.actor, req.params.id, req.body, now()));
  route(app, callsApi.remove, { tags, summary: 'Delete a draft call', permission: manage }, async (req) => {
    await calls.deleteCall(db, req.actor, req.params.id);
    return { ok: true as const };
  });
  route(app, callsApi.setDeadlines, {
    tags,
    summary: "Write the call's deadlines whole (draft or open)",
    description: 'A deadline named by its id is kept and changed; one a submission counted for cannot be removed (IN_USE).',
    permission: manage,
  }, (req) => calls.setDeadlines(db, req.actor, req.params.id, req.body, now()));
  route(app, callsApi.open, {
    tags,
    summary: 'Open (publish) a draft call for applications',
    description: 'Needs an application form (`form:formRequired`) and a deadline not yet passed (`deadlines:noDeadline`).',
    permission: manage,
  }, (req) => calls.openCall(db, req.actor, req.params.id, now()));
  route(app, callsApi.close, { tags, summary: 'Close an open call', permission: manage }, (req) => calls.closeCall(db, req.actor, req.params.id, now()));
  route(app, callsApi.applications, { tags, summary: "A call's applications (drafts left out)", permission: manage }, (req) => applications.applicationsOfCall(db, req.actor, req.params.id));

  route(app, applicationsApi.create, {
    tags,
    summary: 'Start a draft application to an open call, for my organisation',
    description: "The organisation's kind must be one the call takes (`organisationId:notEligible`); one live application per organisation and call (CONFLICT).",
    permission: apply,
  }, (req) => applications.createApplication(db, req.actor, req.params.id, req.body));
  route(app, applicationsApi.mine, { tags, summary: "My organisation's applications", permission: apply }, (req) => applications.myApplications(db, req.actor, req.query));
  route(app, applicationsApi.get, {
    tags,
    summary: 'An application with its working answers, what is still missing, and its submitted versions',
    description: 'For its organisation and the secretariat; NOT_FOUND for anyone else.',
    permission: apply,
  }, (req) => applications.getApplication(db, req.actor, req.params.id));
  route(app, applicationsApi.update, { tags, summary: "Change an application's title or partners", permission: apply }, (req) =>
    applications.updateApplication(db, req.actor, req.params.id, req.body, now()),
  );
  route(app, applicationsApi.saveAnswers, {
    tags,
    summary: 'Autosave the working answers (checked as a draft)',
    description: 'Field errors are at `answers.<key>`, worded in `lang`. A save on an older `revision` than the stored one is refused with STATE_CHANGED: someone else saved meanwhile.',
    permission: apply,
  }, (req) => applications.saveAnswers(db, req.actor, req.params.id, req.body, req.query.lang, now()));
  route(app, applicationsApi.submit, {
    tags,
    summary: 'Submit the application: a new version is frozen and a receipt e-mailed',
    description: 'Checked as a submission (required fields), before the deadline (`deadline:deadlinePassed`, the deadline in `values`). The receipt goes to the submitter in `lang`.',
    permission: apply,
  }, (req) => applications.submitApplication(db, outbox, req.actor, req.params.id, req.body.revision, req.query.lang, now()));
  route(app, applicationsApi.withdraw, { tags, summary: 'Withdraw the application', permission: apply }, (req) => applications.withdrawApplication(db, req.actor, req.params.id, now()));
  route(app, applicationsApi.returnForChanges, { tags, summary: 'Return a submitted application to its applicant for changes, with a comment', permission: manage }, (req) =>
    applications.returnApplication(db, req.actor, req.params.id, req.body, now()),
  );
  route(app, applicationsApi.version, { tags, summary: 'A submitted version of the application, as it was submitted', permission: apply }, (req) =>
    applications.getVersion(db, req.actor, req.params.id, req.params.version),
  );
  route(app, applicationsApi.diff, { tags, summary: 'What changed between two submitted versions, field by field', permission: apply }, (req) =>
    applications.diffVersions(db, req.actor, req.params.id, req.query),
  );
  route(app, applicationsApi.upload, {
    tags,
    summary: 'Upload a file to an attachment field (multipart field `file`)',
    description: "The file's type is found from its content and must be one the field accepts; its size within the field's limit. The answer is the reference to put in the field's answer.",
    permission: apply,
    schema: { consumes: ['multipart/form-data'] },
  }, async (req) => {
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data in the field "file"');
    const length = Number(req.headers['content-length']);
    return attachments.uploadAttachment(db, files, req.actor, req.params.id, req.query.field, req.query.lang, Number.isFinite(length) ? length : undefined, req.parts() as AsyncIterable<AttachmentPart>);
  });
  route(app, applicationsApi.attachment, { tags, summary: 'A file uploaded to the application', permission: apply }, async (req, reply) => {
    const file = await attachments.readAttachment(db, files, req.actor, req.params.id, req.params.fileId);
    return reply.type(file.contentType).header('content-length', file.size).header('content-disposition', disposition(file.name)).send(file.stream);
  });
  route(app, applicationsApi.decisionLetter, {
    tags,
    summary: 'The decision letter of a decided application, as an accessible PDF',
    description: 'For the applicant and the secretariat, once the body has decided; the same letter the applicant is sent by e-mail.',
    permission: apply,
  }, async (req, reply) => {
    const file = await decisionLetterPdf(db, req.actor, req.params.id, req.query.lang);
    return reply.type('application/pdf').header('content-disposition', disposition(file.fileName)).send(file.body);
  });
};
