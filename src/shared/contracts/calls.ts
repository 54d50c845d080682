import { z } from './zod';
import { Id, IdParams, LocalizedText, OkResponse, OptionalLocalizedText, Timestamp } from './common';
import { endpoint, link } from './endpoint';
import { NamedRef } from './governance-bodies';
import { OrganisationKind } from './organisations';
import { ApplicationForm, AttachmentRef, FieldKind, FormKey } from './application-form';
import { APPLICATION_OUTCOMES, APPLICATION_STATUSES, CALL_LIMITS, CALL_STATUSES } from '../domain/calls';
import { LOCALES } from '../domain/localized';

const L = CALL_LIMITS;

/** Answers by field key, as stored: checked against the form when they were saved. */
const StoredAnswers = z.record(z.string(), z.unknown()).describe('Answers by field key');

export const CallStatus = z.enum(CALL_STATUSES);
export const ApplicationStatus = z.enum(APPLICATION_STATUSES);

/** Whole kroner. */
const Kroner = z.number().int().min(0).max(1e12);
const Revision = z.number().int().min(1).describe('The revision the change was made on: a change to an older revision is refused (STATE_CHANGED)');
const Lang = z.enum(LOCALES).default('nb').describe("The reader's language: of the field errors' messages and of the receipt");

export const LangQuery = z.object({ lang: Lang });
export type LangQuery = z.infer<typeof LangQuery>;

export const CallCriterion = z
  .object({
    key: FormKey,
    title: LocalizedText,
    weight: z.number().int().min(L.weight.min).max(L.weight.max).describe('Weight of the criterion, 1–100'),
    scale: z
      .object({ min: z.number().int().min(L.scale.min).max(L.scale.max), max: z.number().int().min(L.scale.min).max(L.scale.max) })
      .describe('The scores a reviewer may give, e.g. 1–6'),
  })
  .superRefine((c, ctx) => {
    if (c.scale.min >= c.scale.max) ctx.addIssue({ code: 'custom', path: ['scale', 'max'], message: 'rangeOrder' });
  });
export type CallCriterion = z.infer<typeof CallCriterion>;

const Criteria = z
  .array(CallCriterion)
  .max(L.criteria)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'duplicateKey' });
      seen.add(c.key);
    });
  });

export const CallDeadline = z.object({ id: Id, deadline: Timestamp, label: LocalizedText });
export type CallDeadline = z.infer<typeof CallDeadline>;

export const CallSummary = z.object({
  id: Id,
  programmeId: Id,
  title: LocalizedText,
  status: CallStatus,
  budgetFrame: z.number().int().nullable().describe('The frame of the call, whole kroner'),
  deadlines: z.array(CallDeadline).describe('In time order'),
  nextDeadline: Timestamp.nullable().describe('The first deadline not yet passed; null when all have'),
  publishedAt: Timestamp.nullable(),
  applicationCount: z.number().int().nullable().describe("The call's applications, drafts left out; only for the secretariat (null for others)"),
});
export type CallSummary = z.infer<typeof CallSummary>;

export const Call = CallSummary.extend({
  text: OptionalLocalizedText,
  eligibleKinds: z.array(OrganisationKind).describe('The kinds of organisation that may apply'),
  ngoNeedsMunicipalPartner: z.boolean().describe('A voluntary organisation applies only together with a municipal unit (a partner)'),
  criteria: z.array(CallCriterion),
  form: ApplicationForm.nullable().describe('The application form; required before the call opens'),
  revision: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  canManage: z.boolean().describe('The reader keeps the call (the secretariat)'),
});
export type Call = z.infer<typeof Call>;

export const CallList = z.object({ items: z.array(CallSummary), canManage: z.boolean() });
export type CallList = z.infer<typeof CallList>;

export const CallListQuery = z.object({ status: CallStatus.optional() });
export type CallListQuery = z.infer<typeof CallListQuery>;

const CallFields = z.object({
  title: LocalizedText,
  text: OptionalLocalizedText.optional(),
  budgetFrame: Kroner.nullable().optional(),
  eligibleKinds: z.array(OrganisationKind).min(1).max(20),
  ngoNeedsMunicipalPartner: z.boolean().default(false),
  criteria: Criteria.default([]),
  form: ApplicationForm.nullable().optional(),
});
export const CallCreate = CallFields;
export type CallCreate = z.infer<typeof CallCreate>;

export const CallUpdate = CallFields.partial().extend({
  criteria: Criteria.optional(),
  ngoNeedsMunicipalPartner: z.boolean().optional(),
  revision: Revision.optional(),
});
export type CallUpdate = z.infer<typeof CallUpdate>;

export const CallDeadlines = z.object({
  deadlines: z
    .array(
      z.object({
        id: Id.optional().describe('A deadline kept from before; left out for a new one'),
        deadline: z.iso.datetime({ offset: true, message: 'dateTime' }).describe('ISO 8601 time with its offset, e.g. 2026-03-01T12:00:00+01:00'),
        label: LocalizedText,
      }),
    )
    .min(1)
    .max(L.deadlines),
});
export type CallDeadlines = z.infer<typeof CallDeadlines>;

export const ApplicationCreate = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(L.applicationTitle),
  organisationId: Id.optional().describe("The applicant; left out, the user's own organisation"),
  partnerOrganisationIds: z.array(Id).max(L.partners).default([]),
});
export type ApplicationCreate = z.infer<typeof ApplicationCreate>;

export const ApplicationUpdate = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(L.applicationTitle).optional(),
  partnerOrganisationIds: z.array(Id).max(L.partners).optional(),
  revision: Revision,
});
export type ApplicationUpdate = z.infer<typeof ApplicationUpdate>;

export const ApplicationAnswers = z.object({
  answers: z.record(z.string(), z.unknown()).describe('Answers by field key; checked as a draft (a required field may be empty)'),
  revision: Revision,
});
export type ApplicationAnswers = z.infer<typeof ApplicationAnswers>;

export const ApplicationSubmit = z.object({ revision: Revision });
export type ApplicationSubmit = z.infer<typeof ApplicationSubmit>;

export const ApplicationReturn = z.object({
  comment: z.string().trim().min(1, { message: 'required' }).max(L.returnComment).describe('What the applicant should change'),
  revision: Revision.optional(),
});
export type ApplicationReturn = z.infer<typeof ApplicationReturn>;

export const ApplicationSummary = z.object({
  id: Id,
  callId: Id,
  callTitle: LocalizedText,
  organisation: NamedRef,
  title: z.string(),
  status: ApplicationStatus,
  currentVersion: z.number().int().describe('The last submitted version; 0 before the first submission'),
  submittedAt: Timestamp.nullable(),
  requestedAmount: z.number().nullable().describe("The amount applied for: the answer to the form's first amount field, whole kroner; null when not answered"),
  revision: z.number().int(),
  updatedAt: Timestamp,
  updatedBy: z.string().nullable().describe('Who changed it last (saved, submitted, withdrew); null when not known'),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const ApplicationList = z.object({ items: z.array(ApplicationSummary) });
export type ApplicationList = z.infer<typeof ApplicationList>;

export const MyApplicationsQuery = z.object({ callId: Id.optional() });
export type MyApplicationsQuery = z.infer<typeof MyApplicationsQuery>;

export const ApplicationVersionHead = z.object({ version: z.number().int(), submittedAt: Timestamp, submittedBy: z.string().nullable().describe('Who submitted it') });

export const MissingField = z.object({ sectionKey: z.string(), fieldKey: z.string(), label: LocalizedText });

export const Application = ApplicationSummary.extend({
  programmeId: Id,
  partners: z.array(NamedRef),
  answers: StoredAnswers.describe('The working answers (the draft, autosaved)'),
  missing: z.array(MissingField).describe('Required fields still empty: what must be filled in before submitting'),
  versions: z.array(ApplicationVersionHead).describe('The submitted versions, oldest first'),
  deadline: CallDeadline.nullable().describe('The deadline the submission counted for'),
  returnComment: z.string().nullable().describe("The secretariat's comment when it returned the application for changes"),
  createdBy: z.string().nullable(),
  createdAt: Timestamp,
  canEdit: z.boolean().describe('The reader may change the answers and submit (the applicant, in draft or returned)'),
  decision: z
    .object({
      outcome: z.enum(APPLICATION_OUTCOMES),
      grantedAmount: z.number().int().nullable(),
      conditions: OptionalLocalizedText.nullable(),
      decidedAt: Timestamp,
      projectId: Id.nullable().describe('The project the grant created'),
    })
    .nullable()
    .describe("The body's decision, once recorded; its letter is at `decisionLetter`"),
});
export type Application = z.infer<typeof Application>;

export const ApplicationVersion = z.object({
  applicationId: Id,
  version: z.number().int(),
  answers: StoredAnswers,
  submittedAt: Timestamp,
  submittedBy: z.string().nullable(),
});
export type ApplicationVersion = z.infer<typeof ApplicationVersion>;

export const VersionParams = z.object({ id: Id, version: z.coerce.number().int().min(1).max(10_000) });
export const DiffQuery = z.object({
  from: z.coerce.number().int().min(0).max(10_000).describe('The older version (0: empty)'),
  to: z.coerce.number().int().min(1).max(10_000).describe('The newer version'),
});
export type DiffQuery = z.infer<typeof DiffQuery>;

export const AnswerChange = z.object({ fieldKey: z.string(), kind: FieldKind, label: LocalizedText, before: z.unknown(), after: z.unknown() });
export const ApplicationDiff = z.object({ from: z.number().int(), to: z.number().int(), changes: z.array(AnswerChange) });
export type ApplicationDiff = z.infer<typeof ApplicationDiff>;

export const AttachmentQuery = z.object({ field: FormKey.describe('The attachment field the file is for'), lang: Lang });
export type AttachmentQuery = z.infer<typeof AttachmentQuery>;
export const FileParams = z.object({ id: Id, fileId: Id });

export const callsApi = {
  list: endpoint({ method: 'GET', path: '/api/programmes/:id/calls', params: IdParams, query: CallListQuery, response: CallList }),
  create: endpoint({ method: 'POST', path: '/api/programmes/:id/calls', params: IdParams, body: CallCreate, response: Call, status: 201 }),
  get: endpoint({ method: 'GET', path: '/api/calls/:id', params: IdParams, response: Call }),
  update: endpoint({ method: 'PATCH', path: '/api/calls/:id', params: IdParams, body: CallUpdate, response: Call }),
  remove: endpoint({ method: 'DELETE', path: '/api/calls/:id', params: IdParams, response: OkResponse }),
  setDeadlines: endpoint({ method: 'PUT', path: '/api/calls/:id/deadlines', params: IdParams, body: CallDeadlines, response: Call }),
  open: endpoint({ method: 'POST', path: '/api/calls/:id/open', params: IdParams, response: Call }),
  close: endpoint({ method: 'POST', path: '/api/calls/:id/close', params: IdParams, response: Call }),
  applications: endpoint({ method: 'GET', path: '/api/calls/:id/applications', params: IdParams, response: ApplicationList }),
};

export const applicationsApi = {
  create: endpoint({ method: 'POST', path: '/api/calls/:id/applications', params: IdParams, body: ApplicationCreate, response: Application, status: 201 }),
  mine: endpoint({ method: 'GET', path: '/api/applications', query: MyApplicationsQuery, response: ApplicationList }),
  get: endpoint({ method: 'GET', path: '/api/applications/:id', params: IdParams, response: Application }),
  update: endpoint({ method: 'PATCH', path: '/api/applications/:id', params: IdParams, body: ApplicationUpdate, response: Application }),
  saveAnswers: endpoint({ method: 'PUT', path: '/api/applications/:id/answers', params: IdParams, query: LangQuery, body: ApplicationAnswers, response: Application }),
  submit: endpoint({ method: 'POST', path: '/api/applications/:id/submit', params: IdParams, query: LangQuery, body: ApplicationSubmit, response: Application }),
  withdraw: endpoint({ method: 'POST', path: '/api/applications/:id/withdraw', params: IdParams, response: Application }),
  returnForChanges: endpoint({ method: 'POST', path: '/api/applications/:id/return', params: IdParams, body: ApplicationReturn, response: Application }),
  version: endpoint({ method: 'GET', path: '/api/applications/:id/versions/:version', params: VersionParams, response: ApplicationVersion }),
  diff: endpoint({ method: 'GET', path: '/api/applications/:id/diff', params: IdParams, query: DiffQuery, response: ApplicationDiff }),
  upload: endpoint({ method: 'POST', path: '/api/applications/:id/attachments', params: IdParams, query: AttachmentQuery, response: AttachmentRef, status: 201 }),
  attachment: link({ path: '/api/applications/:id/attachments/:fileId', params: FileParams }),
  decisionLetter: link({ path: '/api/applications/:id/decision-letter.pdf', params: IdParams, query: LangQuery }),
};
