import type { Db, DbOrTx } from '../../db/client';
import type { Actor, ActorUser } from '../../http/actor';
import { AppError, invalidField, invalidFields, notFound } from '../../http/errors';
import { authorize, can, requireUser } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { serverTranslator } from '../../i18n/translator';
import { queueEmail } from '../email/email.service';
import type { Outbox } from '../email/email.jobs';
import { lineageOf } from '../programmes/programmes.repo';
import { visibleLineage } from '../programmes/programmes.access';
import * as repo from './calls.repo';
import { reviewBy } from '../reviews/reviews.repo';
import { nextDeadline, toApplication, toApplicationSummary, toDeadline } from './calls.view';
import type { CallRow } from './calls.table';
import type { ApplicationForm, AttachmentRef } from '../../../shared/contracts/application-form';
import type { Application, ApplicationAnswers, ApplicationCreate, ApplicationDiff, ApplicationList, ApplicationReturn, ApplicationUpdate, ApplicationVersion, DiffQuery, MyApplicationsQuery } from '../../../shared/contracts/calls';
import { answersDiff, fieldByKey, validateAnswers, type FormContext, type FormIssue } from '../../../shared/domain/application-form';
import { EDITABLE_APPLICATION_STATUSES, MUNICIPAL_KINDS, NGO_KINDS, RETURNABLE_APPLICATION_STATUSES, WITHDRAWABLE_APPLICATION_STATUSES } from '../../../shared/domain/calls';
import { pickText, type Locale } from '../../../shared/domain/localized';
import type { FieldError } from '../../../shared/errors';

type Answers = Record<string, unknown>;

const stateChanged = (detail: string) => new AppError('STATE_CHANGED', detail);

/** Who the actor is to the application: its applicant (the organisation's contributors), and whether the secretariat. */
async function accessTo(db: DbOrTx, actor: Actor, head: repo.ApplicationHead) {
  const programmeIds = (await lineageOf(db, head.programmeId)).map((l) => l.id);
  const scope = { programmeIds, organisationId: head.organisationId };
  return { programmeIds, scope, isApplicant: can(actor, 'application.write', scope), canManage: can(actor, 'portfolio.manage', { programmeIds }) };
}

/**
 * The application for reading: NOT_FOUND for anyone but its applicant and the secretariat — and,
 * where `reviewers` is set (its submitted versions and their files), the reviewers assigned to it
 * who have not declared a conflict.
 */
async function readable(db: DbOrTx, actor: Actor, id: string, opts: { reviewers?: boolean } = {}) {
  const user = requireUser(actor);
  const head = await repo.findApplication(db, id);
  if (!head) throw notFound('The application');
  const access = await accessTo(db, actor, head);
  if (!access.isApplicant && !access.canManage) {
    const review = opts.reviewers ? await reviewBy(db, id, user.id) : undefined;
    if (!review || review.status === 'conflict') throw notFound('The application');
  }
  return { head, access };
}

/** The application for its applicant to change: FORBIDDEN for others. */
async function writable(db: DbOrTx, actor: Actor, id: string) {
  const head = await repo.findApplication(db, id);
  if (!head) throw notFound('The application');
  const access = await accessTo(db, actor, head);
  const user = authorize(actor, 'application.write', access.scope);
  return { head, access, user };
}

async function load(db: DbOrTx, actor: Actor, id: string): Promise<Application> {
  const { head, access } = await readable(db, actor, id);
  const [call, partners, versions, deadline, projectId] = await Promise.all([
    repo.findCall(db, head.callId),
    repo.partnersOf(db, id),
    repo.versionHeads(db, id),
    head.deadlineId ? repo.findDeadline(db, head.deadlineId) : undefined,
    head.outcome ? repo.projectOfApplication(db, id) : null,
  ]);
  return toApplication(head, { form: call?.form ?? null, partners, versions, deadline, projectId, canEdit: access.isApplicant && EDITABLE_APPLICATION_STATUSES.includes(head.status) });
}

export const getApplication = (db: Db, actor: Actor, id: string) => load(db, actor, id);

/**
 * Field errors as the API answers them: the code (a message key under `calls.errors.`,
 * `applicationForm.errors.` or `validation.`), and the message in the reader's language, naming
 * the field by its label in the form.
 */
export function fieldErrors(issues: readonly FormIssue[], form: ApplicationForm | null, locale: Locale): FieldError[] {
  const { t } = serverTranslator(locale);
  return issues.map((issue) => {
    const params = issue.params ?? {};
    const said = t([`calls.errors.${issue.code}`, `applicationForm.errors.${issue.code}`, `validation.${issue.code}`, 'validation.invalid'], params);
    const fieldKey = /^answers\.([^.]+)/.exec(issue.path)?.[1];
    const field = form && fieldKey ? fieldByKey(form, fieldKey) : undefined;
    const values = Object.values(params).map(String);
    return {
      path: issue.path,
      code: issue.code,
      message: field ? `${pickText(field.label, locale).text}: ${said}` : said,
      ...(issue.params ? { params: issue.params } : {}),
      ...(values.length ? { values } : {}),
    };
  });
}

const refuse = (issues: FormIssue[], form: ApplicationForm | null, locale: Locale) => invalidFields(fieldErrors(issues, form, locale));

/**
 * The attachments among the answers as they were stored: a reference must name a file uploaded
 * to this application for that field, and its name, size and type are the stored ones (never
 * what the request says of them).
 */
async function withStoredFiles(db: DbOrTx, applicationId: string, form: ApplicationForm, answers: Answers): Promise<{ answers: Answers; issues: FormIssue[] }> {
  const files = new Map((await repo.filesOf(db, applicationId)).map((f) => [f.fileId, f]));
  const issues: FormIssue[] = [];
  const out: Answers = { ...answers };
  for (const section of form.sections) {
    for (const field of section.fields) {
      const value = Object.hasOwn(answers, field.key) ? answers[field.key] : undefined;
      if (field.kind !== 'attachment' || !Array.isArray(value)) continue;
      out[field.key] = value.map((ref: unknown, i) => {
        const fileId = typeof ref === 'object' && ref !== null ? (ref as { fileId?: unknown }).fileId : undefined;
        const stored = typeof fileId === 'string' ? files.get(fileId) : undefined;
        if (!stored || stored.fieldKey !== field.key) {
          issues.push({ path: `answers.${field.key}.${i}.fileId`, code: 'notUploaded' });
          return ref;
        }
        return { fileId: stored.fileId, name: stored.name, size: stored.size, type: stored.type } satisfies AttachmentRef;
      });
    }
  }
  return { answers: out, issues };
}

/** The goals and efforts of the call's programme, and the areas the answers name that exist. */
async function contextOf(db: DbOrTx, programmeIds: readonly string[], answers: Answers): Promise<FormContext> {
  const areaIds = Object.values(answers)
    .flatMap((v) => (Array.isArray(v) ? v : []))
    .flatMap((row: unknown) => (typeof row === 'object' && row !== null && typeof (row as { areaId?: unknown }).areaId === 'string' ? [(row as { areaId: string }).areaId] : []))
    .filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const [choices, areaFound] = await Promise.all([repo.programmeChoices(db, programmeIds), repo.existingAreaIds(db, [...new Set(areaIds)])]);
  return { ...choices, areaIds: areaFound };
}

/** The applicant organisation, and partners that exist, are not the applicant and are named once. */
async function checkOrganisations(db: DbOrTx, organisationId: string, partnerIds: readonly string[]) {
  const found = await repo.organisationsByIds(db, [organisationId, ...partnerIds]);
  const byId = new Map(found.map((o) => [o.id, o]));
  const errors: FieldError[] = [];
  if (!byId.has(organisationId)) errors.push({ path: 'organisationId', code: 'notFound', message: 'notFound' });
  const seen = new Set<string>();
  partnerIds.forEach((p, i) => {
    if (!byId.has(p)) errors.push({ path: `partnerOrganisationIds.${i}`, code: 'notFound', message: 'notFound' });
    else if (p === organisationId) errors.push({ path: `partnerOrganisationIds.${i}`, code: 'partnerIsApplicant', message: 'partnerIsApplicant' });
    else if (seen.has(p)) errors.push({ path: `partnerOrganisationIds.${i}`, code: 'duplicate', message: 'duplicate' });
    seen.add(p);
  });
  if (errors.length) throw invalidFields(errors);
  return { organisation: byId.get(organisationId)!, partners: partnerIds.map((p) => byId.get(p)!) };
}

/** Creates a draft application to an open call, for the user's organisation (or the one named, for those who may). */
export async function createApplication(db: Db, actor: Actor, callId: string, input: ApplicationCreate): Promise<Application> {
  const user = requireUser(actor);
  const call = await repo.findCall(db, callId);
  if (!call) throw notFound('The call');
  const lineage = await visibleLineage(db, actor, call.programmeId, 'The call');
  const programmeIds = lineage.map((l) => l.id);
  if (call.status === 'draft' && !can(actor, 'portfolio.manage', { programmeIds })) throw notFound('The call');
  const organisationId = input.organisationId ?? user.organisationId;
  if (!organisationId) throw new AppError('FORBIDDEN', 'Your account belongs to no organisation: ask the secretariat to set it');
  authorize(actor, 'application.write', { programmeIds, organisationId });
  if (call.status !== 'open') throw stateChanged('The call is not open for applications');
  const { organisation } = await checkOrganisations(db, organisationId, input.partnerOrganisationIds);
  if (!call.eligibleKinds.includes(organisation.kind)) {
    throw invalidField('organisationId', 'notEligible', `Organisations of the kind ${organisation.kind} cannot apply to this call`, { values: [organisation.kind] });
  }
  const existing = await repo.applicationsOfOrganisation(db, organisationId, callId);
  if (existing.some((a) => a.status !== 'withdrawn')) throw new AppError('CONFLICT', 'The organisation already has an application to this call');
  const id = await db.transaction(async (tx) => {
    const row = await repo.applicationRows.insert(tx, { callId, organisationId, title: input.title, createdBy: user.id });
    await repo.replacePartners(tx, row.id, input.partnerOrganisationIds);
    await recordAudit(tx, actor, { action: 'create', entityType: 'application', entityId: row.id, programmeId: call.programmeId, after: { ...row, partners: input.partnerOrganisationIds } });
    return row.id;
  });
  return load(db, actor, id);
}

/** The applications of the user's organisation. */
export async function myApplications(db: Db, actor: Actor, q: MyApplicationsQuery): Promise<ApplicationList> {
  const user = requireUser(actor);
  if (!user.organisationId) return { items: [] };
  authorize(actor, 'application.write', { organisationId: user.organisationId });
  return { items: (await repo.applicationsOfOrganisation(db, user.organisationId, q.callId)).map(toApplicationSummary) };
}

/** A call's applications (not the drafts), for the secretariat. */
export async function applicationsOfCall(db: Db, actor: Actor, callId: string): Promise<ApplicationList> {
  const call = await repo.findCall(db, callId);
  if (!call) throw notFound('The call');
  const lineage = await visibleLineage(db, actor, call.programmeId, 'The call');
  authorize(actor, 'portfolio.manage', { programmeIds: lineage.map((l) => l.id) });
  return { items: (await repo.applicationsOfCall(db, callId)).map(toApplicationSummary) };
}

interface Locked {
  before: repo.ApplicationHead;
  call: CallRow;
  user: ActorUser;
  programmeIds: string[];
}

/**
 * Changes an application its applicant (or the secretariat) may change, under a lock: refused as
 * STATE_CHANGED when it was changed since `revision`, or is not in one of `statuses`. `change`
 * returns the row's new values and what the audit entry says changed.
 */
async function changeApplication(
  db: Db,
  actor: Actor,
  id: string,
  options: { revision?: number; statuses: readonly repo.ApplicationHead['status'][]; manage?: boolean; now: Date },
  change: (tx: DbOrTx, locked: Locked) => Promise<{ values: Partial<repo.ApplicationHead>; before: object; after: object }>,
): Promise<void> {
  const { head, access, user } = options.manage ? await managed(db, actor, id) : await writable(db, actor, id);
  await db.transaction(async (tx) => {
    const row = await repo.applicationRows.lock(tx, id);
    if (!row) throw notFound('The application');
    if (options.revision !== undefined && options.revision !== row.revision) {
      throw stateChanged(`The application was changed meanwhile (revision ${row.revision}, not ${options.revision}); load it again`);
    }
    if (!options.statuses.includes(row.status)) throw stateChanged(`The application is ${row.status}`);
    const call = (await repo.findCall(tx, head.callId))!;
    const before = { ...head, ...row };
    const { values, before: was, after: is } = await change(tx, { before, call, user, programmeIds: access.programmeIds });
    const { organisationName: _n, organisationKind: _k, programmeId: _p, callTitle: _c, callForm: _f, createdByName: _b, updatedByName: _u, ...columns } = values as repo.ApplicationHead;
    const after = await repo.applicationRows.update(tx, id, { ...columns, revision: row.revision + 1, updatedAt: options.now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'application', entityId: id, programmeId: head.programmeId, before: { ...was, revision: row.revision }, after: { ...is, revision: after!.revision } });
  });
}

async function managed(db: DbOrTx, actor: Actor, id: string) {
  const head = await repo.findApplication(db, id);
  if (!head) throw notFound('The application');
  const access = await accessTo(db, actor, head);
  const user = authorize(actor, 'portfolio.manage', { programmeIds: access.programmeIds });
  return { head, access, user };
}

export async function updateApplication(db: Db, actor: Actor, id: string, input: ApplicationUpdate, now: Date): Promise<Application> {
  const { head } = await writable(db, actor, id);
  const partnerIds = input.partnerOrganisationIds;
  if (partnerIds) await checkOrganisations(db, head.organisationId, partnerIds);
  await changeApplication(db, actor, id, { revision: input.revision, statuses: EDITABLE_APPLICATION_STATUSES, now }, async (tx, { before }) => {
    const partnersBefore = (await repo.partnersOf(tx, id)).map((p) => p.name);
    if (partnerIds) await repo.replacePartners(tx, id, partnerIds);
    const partnersAfter = (await repo.partnersOf(tx, id)).map((p) => p.name);
    const title = input.title ?? before.title;
    return { values: { title }, before: { title: before.title, partners: partnersBefore }, after: { title, partners: partnersAfter } };
  });
  return load(db, actor, id);
}

/** The changed answers only, for the audit trail: an autosave should not copy the whole application each time. */
function changedAnswers(form: ApplicationForm, before: Answers, after: Answers) {
  const changes = answersDiff(form, before, after);
  return { before: { answers: Object.fromEntries(changes.map((c) => [c.fieldKey, c.before])) }, after: { answers: Object.fromEntries(changes.map((c) => [c.fieldKey, c.after])) } };
}

/**
 * Autosaves the working answers, checked as a draft (a required field may still be empty). A save
 * made on an older revision than the stored one is refused (STATE_CHANGED): another person of
 * the organisation saved meanwhile.
 */
export async function saveAnswers(db: Db, actor: Actor, id: string, input: ApplicationAnswers, locale: Locale, now: Date): Promise<Application> {
  await changeApplication(db, actor, id, { revision: input.revision, statuses: EDITABLE_APPLICATION_STATUSES, now }, async (tx, { before, call, programmeIds }) => {
    const form = call.form;
    if (!form) throw stateChanged('The call has no application form');
    const { answers, issues } = await withStoredFiles(tx, id, form, input.answers);
    const problems = [...issues, ...validateAnswers(form, answers, 'draft', await contextOf(tx, programmeIds, answers))];
    if (problems.length) throw refuse(problems, form, locale);
    const audit = changedAnswers(form, before.answers, answers);
    return { values: { answers: answers as repo.ApplicationHead['answers'] }, ...audit };
  });
  return load(db, actor, id);
}

const formatTime = (at: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(at);

/**
 * Submits the application: checked as a submission, within the call's deadline, its answers
 * frozen as a new version, and a receipt queued to the submitter in their language. The first
 * submission counts for the first deadline not yet passed; after a return for changes the
 * application is submitted again for the deadline it first counted for.
 */
export async function submitApplication(db: Db, outbox: Outbox, actor: Actor, id: string, revision: number, locale: Locale, now: Date): Promise<Application> {
  await changeApplication(db, actor, id, { revision, statuses: EDITABLE_APPLICATION_STATUSES, now }, async (tx, { before, call, user, programmeIds }) => {
    const form = call.form;
    if (!form) throw stateChanged('The call has no application form');
    const deadlines = await repo.deadlinesOf(tx, [call.id]);
    let deadline = before.deadlineId ? deadlines.find((d) => d.id === before.deadlineId) : undefined;
    if (before.status === 'draft') {
      deadline = call.status === 'open' ? nextDeadline(deadlines, now) : undefined;
      if (!deadline) {
        const passed = deadlines.filter((d) => d.deadline < now).at(-1);
        const at = passed ? formatTime(passed.deadline, locale) : '';
        throw invalidFields(
          fieldErrors([{ path: 'deadline', code: 'deadlinePassed', params: { deadline: at } }], form, locale).map((e) => ({ ...e, values: passed ? [passed.deadline.toISOString()] : [] })),
        );
      }
    } else if (call.status !== 'open' && call.status !== 'closed') {
      throw stateChanged(`The call is ${call.status}`);
    }
    const { answers, issues } = await withStoredFiles(tx, id, form, before.answers);
    const problems = [...issues, ...validateAnswers(form, answers, 'submit', await contextOf(tx, programmeIds, answers))];
    if (call.ngoNeedsMunicipalPartner && NGO_KINDS.includes(before.organisationKind)) {
      const partners = await repo.partnersOf(tx, id);
      if (!partners.some((p) => MUNICIPAL_KINDS.includes(p.kind))) problems.push({ path: 'partnerOrganisationIds', code: 'municipalPartnerRequired' });
    }
    if (problems.length) throw refuse(problems, form, locale);
    const version = before.currentVersion + 1;
    await repo.insertVersion(tx, { applicationId: id, version, answers: answers as repo.ApplicationHead['answers'], submittedAt: now, submittedBy: user.id, deadlineId: deadline?.id ?? null });
    await queueEmail(tx, outbox.canSend, {
      to: user.email,
      toName: user.name,
      locale,
      template: 'applicationReceipt',
      data: {
        name: user.name,
        applicationTitle: before.title,
        organisation: before.organisationName,
        callTitle: pickText(call.title, locale).text,
        version,
        submittedAt: formatTime(now, locale),
        deadline: deadline ? `${formatTime(deadline.deadline, locale)} (${pickText(deadline.label, locale).text})` : undefined,
      },
      createdBy: user.id,
    });
    return {
      values: { status: 'submitted', currentVersion: version, submittedAt: now, deadlineId: deadline?.id ?? null, returnComment: null, answers: answers as repo.ApplicationHead['answers'] },
      before: { status: before.status, currentVersion: before.currentVersion },
      after: { status: 'submitted', currentVersion: version, deadline: deadline ? toDeadline(deadline).deadline : null },
    };
  });
  await outbox.wake();
  return load(db, actor, id);
}

export async function withdrawApplication(db: Db, actor: Actor, id: string, now: Date): Promise<Application> {
  await changeApplication(db, actor, id, { statuses: WITHDRAWABLE_APPLICATION_STATUSES, now }, async (_tx, { before }) => ({
    values: { status: 'withdrawn' },
    before: { status: before.status },
    after: { status: 'withdrawn' },
  }));
  return load(db, actor, id);
}

/** The secretariat returns a submitted application for changes, saying what to change. */
export async function returnApplication(db: Db, actor: Actor, id: string, input: ApplicationReturn, now: Date): Promise<Application> {
  await changeApplication(db, actor, id, { revision: input.revision, statuses: RETURNABLE_APPLICATION_STATUSES, manage: true, now }, async (_tx, { before }) => ({
    values: { status: 'returned', returnComment: input.comment },
    before: { status: before.status, returnComment: before.returnComment },
    after: { status: 'returned', returnComment: input.comment },
  }));
  return load(db, actor, id);
}

export async function getVersion(db: Db, actor: Actor, id: string, version: number): Promise<ApplicationVersion> {
  await readable(db, actor, id, { reviewers: true });
  const v = await repo.findVersion(db, id, version);
  if (!v) throw notFound('The version');
  return { applicationId: id, version: v.version, answers: v.answers, submittedAt: v.submittedAt.toISOString(), submittedBy: v.submittedByName };
}

/** What changed between two submitted versions (version 0: nothing answered), field by field in form order. */
export async function diffVersions(db: Db, actor: Actor, id: string, q: DiffQuery): Promise<ApplicationDiff> {
  const { head } = await readable(db, actor, id, { reviewers: true });
  const call = await repo.findCall(db, head.callId);
  const answersOf = async (version: number, path: string): Promise<Answers> => {
    if (version === 0) return {};
    const v = await repo.findVersion(db, id, version);
    if (!v) throw invalidField(path, 'notFound', `The application has no version ${version}`);
    return v.answers;
  };
  const [before, after] = [await answersOf(q.from, 'querystring.from'), await answersOf(q.to, 'querystring.to')];
  return { from: q.from, to: q.to, changes: call?.form ? answersDiff(call.form, before, after) : [] };
}

export { readable as readableApplication, writable as writableApplication };
