import { z } from './zod';
import { DateOnly, Id, IdParams, LocalizedText, OkResponse, OptionalLocalizedText, Timestamp } from './common';
import { endpoint } from './endpoint';
import { BODY_KINDS, MEMBER_ROLES } from '../domain/governance';

export const BodyKind = z.enum(BODY_KINDS);
export const MemberRole = z.enum(MEMBER_ROLES);
export { DateOnly };

export const NamedRef = z.object({ id: Id, name: z.string() });
export type NamedRef = z.infer<typeof NamedRef>;
export const BodyRef = z.object({ id: Id, name: LocalizedText, kind: BodyKind, programmeId: Id });
export type BodyRef = z.infer<typeof BodyRef>;

/** What the signed-in visitor may do with a body: the pages offer only what will succeed. */
export const BodyAccess = z.object({
  canManage: z.boolean().describe("The visitor keeps the body's records (the programme's secretariat)"),
  isMember: z.boolean().describe('The visitor sits in the body today, and so reads its exempt papers'),
  myMembershipIds: z.array(Id).describe("The visitor's own seats in the body, to declare a conflict from"),
});
export type BodyAccess = z.infer<typeof BodyAccess>;

export const Body = z.object({
  id: Id,
  programmeId: Id,
  parentId: Id.nullable(),
  kind: BodyKind,
  name: LocalizedText,
  description: OptionalLocalizedText,
  meetingFrequency: LocalizedText.nullable(),
  secretariatOrganisation: NamedRef.nullable(),
  activeFrom: DateOnly.nullable(),
  activeTo: DateOnly.nullable(),
  isPublic: z.boolean(),
  isActive: z.boolean().describe('Within its period and not dissolved'),
  establishedByItemId: Id.nullable().describe('The decision that established the body'),
  dissolvedByItemId: Id.nullable().describe('The decision that dissolved the body'),
});
export type Body = z.infer<typeof Body>;

const BodyFields = z.object({
  kind: BodyKind,
  name: LocalizedText,
  description: OptionalLocalizedText.optional(),
  parentId: Id.nullable().optional(),
  meetingFrequency: LocalizedText.nullable().optional(),
  secretariatOrganisationId: Id.nullable().optional(),
  activeFrom: DateOnly.nullable().optional(),
  activeTo: DateOnly.nullable().optional(),
  isPublic: z.boolean().optional(),
});
function checkActivePeriod(v: { activeFrom?: string | null; activeTo?: string | null }, ctx: z.core.$RefinementCtx) {
  if (v.activeFrom && v.activeTo && v.activeTo < v.activeFrom) ctx.addIssue({ code: 'custom', path: ['activeTo'], message: 'periodOrder' });
}
export const BodyCreate = BodyFields.superRefine(checkActivePeriod);
export type BodyCreate = z.infer<typeof BodyCreate>;
export const BodyUpdate = BodyFields.partial().superRefine(checkActivePeriod);
export type BodyUpdate = z.infer<typeof BodyUpdate>;

export const Membership = z.object({
  id: Id,
  bodyId: Id,
  person: z.object({ id: Id, name: z.string(), title: z.string().nullable() }),
  organisation: NamedRef.nullable().describe('The organisation the member sits for'),
  role: MemberRole,
  deputyFor: z.object({ id: Id, name: z.string() }).nullable().describe('For a personal deputy: the member they stand in for'),
  hasVote: z.boolean(),
  validFrom: DateOnly,
  validTo: DateOnly.nullable(),
  isCurrent: z.boolean(),
});
export type Membership = z.infer<typeof Membership>;

const MembershipFields = z.object({
  personId: Id,
  organisationId: Id.nullable().optional(),
  role: MemberRole,
  deputyForId: Id.nullable().optional(),
  hasVote: z.boolean().optional().describe('Left out: members, chairs and deputies vote; observers and secretaries do not'),
  validFrom: DateOnly,
  validTo: DateOnly.nullable().optional(),
});
function checkMembership(v: { validFrom?: string; validTo?: string | null; role?: string; deputyForId?: string | null }, ctx: z.core.$RefinementCtx) {
  if (v.validFrom && v.validTo && v.validTo < v.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'periodOrder' });
  if (v.role === 'personal_deputy' && v.deputyForId === null) ctx.addIssue({ code: 'custom', path: ['deputyForId'], message: 'required' });
}
export const MembershipCreate = MembershipFields.superRefine((v, ctx) => {
  checkMembership(v, ctx);
  if (v.role === 'personal_deputy' && !v.deputyForId) ctx.addIssue({ code: 'custom', path: ['deputyForId'], message: 'required' });
});
export type MembershipCreate = z.infer<typeof MembershipCreate>;
export const MembershipUpdate = MembershipFields.omit({ personId: true }).partial().superRefine(checkMembership);
export type MembershipUpdate = z.infer<typeof MembershipUpdate>;

export const MandateVersion = z.object({
  id: Id,
  bodyId: Id,
  version: z.number().int(),
  text: LocalizedText,
  effectiveFrom: DateOnly.nullable(),
  status: z.enum(['draft', 'adopted']),
  adoptedAt: Timestamp.nullable(),
  adoptedBy: z
    .object({ itemId: Id, meetingId: Id, caseNumber: z.string(), bodyName: LocalizedText, date: Timestamp })
    .nullable()
    .describe('The decision that adopted the version'),
  citedSource: z.string().nullable().describe('For history from before Samordna: where the adoption is recorded'),
  revision: z.number().int().describe('Raised on every change of a draft; a case is prepared against one revision'),
});
export type MandateVersion = z.infer<typeof MandateVersion>;

export const MandateVersionCreate = z
  .object({
    text: LocalizedText.extend({ nb: z.string().trim().min(1, { message: 'required' }).max(50000) }),
    effectiveFrom: DateOnly.nullable().optional(),
    citedSource: z.string().trim().min(3).max(500).nullable().optional().describe('Record a version adopted before Samordna: it is adopted at once, on this source'),
  })
  .superRefine((v, ctx) => {
    if (v.citedSource && !v.effectiveFrom) ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'required' });
  });
export type MandateVersionCreate = z.infer<typeof MandateVersionCreate>;
export const MandateVersionUpdate = z.object({
  text: LocalizedText.extend({ nb: z.string().trim().min(1, { message: 'required' }).max(50000) }).optional(),
  effectiveFrom: DateOnly.nullable().optional(),
});
export type MandateVersionUpdate = z.infer<typeof MandateVersionUpdate>;

export const DiffPart = z.object({ kind: z.enum(['same', 'removed', 'added']), text: z.string() });
export const MandateDiffQuery = z.object({ from: Id, to: Id, lang: z.enum(['nb', 'nn', 'en']).default('nb') });
export type MandateDiffQuery = z.infer<typeof MandateDiffQuery>;
export const MandateDiff = z.object({
  from: MandateVersion,
  to: MandateVersion,
  lang: z.enum(['nb', 'nn', 'en']),
  parts: z.array(DiffPart).describe('The text from the older to the newer version by words: kept, removed and added runs'),
});
export type MandateDiff = z.infer<typeof MandateDiff>;

/** A body with its members, its mandate's versions and what the visitor may do. */
export const BodyDetail = z.object({
  body: Body,
  programme: z.object({ id: Id, slug: z.string(), name: LocalizedText }),
  parent: BodyRef.nullable(),
  children: z.array(BodyRef),
  members: z.array(Membership).describe('Current members; with history=true, past ones too'),
  mandate: z.array(MandateVersion).describe('Newest first; drafts only for those who keep the body'),
  access: BodyAccess,
});
export type BodyDetail = z.infer<typeof BodyDetail>;
export const BodyDetailQuery = z.object({ history: z.stringbool().optional() });
export type BodyDetailQuery = z.infer<typeof BodyDetailQuery>;

export const BodyList = z.object({
  programmeId: Id,
  noticeDays: z.number().int(),
  bodies: z.array(Body.extend({ memberCount: z.number().int() })),
  canManage: z.boolean(),
});
export type BodyList = z.infer<typeof BodyList>;

export const GovernanceSettings = z.object({
  noticeDays: z.number().int().min(0).max(60).describe('Days before a meeting that its notice should be published'),
});
export type GovernanceSettings = z.infer<typeof GovernanceSettings>;

export const bodiesApi = {
  updateSettings: endpoint({ method: 'PUT', path: '/api/programmes/:id/governance-settings', params: IdParams, body: GovernanceSettings, response: GovernanceSettings }),
  list: endpoint({ method: 'GET', path: '/api/programmes/:id/bodies', params: IdParams, response: BodyList }),
  create: endpoint({ method: 'POST', path: '/api/programmes/:id/bodies', params: IdParams, body: BodyCreate, response: Body, status: 201 }),
  get: endpoint({ method: 'GET', path: '/api/bodies/:id', params: IdParams, query: BodyDetailQuery, response: BodyDetail }),
  update: endpoint({ method: 'PATCH', path: '/api/bodies/:id', params: IdParams, body: BodyUpdate, response: Body }),
  remove: endpoint({ method: 'DELETE', path: '/api/bodies/:id', params: IdParams, response: OkResponse }),
  addMember: endpoint({ method: 'POST', path: '/api/bodies/:id/members', params: IdParams, body: MembershipCreate, response: Membership, status: 201 }),
  updateMember: endpoint({ method: 'PATCH', path: '/api/memberships/:id', params: IdParams, body: MembershipUpdate, response: Membership }),
  removeMember: endpoint({ method: 'DELETE', path: '/api/memberships/:id', params: IdParams, response: OkResponse }),
  addMandateVersion: endpoint({ method: 'POST', path: '/api/bodies/:id/mandate-versions', params: IdParams, body: MandateVersionCreate, response: MandateVersion, status: 201 }),
  updateMandateVersion: endpoint({ method: 'PATCH', path: '/api/mandate-versions/:id', params: IdParams, body: MandateVersionUpdate, response: MandateVersion }),
  removeMandateVersion: endpoint({ method: 'DELETE', path: '/api/mandate-versions/:id', params: IdParams, response: OkResponse }),
  mandateDiff: endpoint({ method: 'GET', path: '/api/bodies/:id/mandate-diff', params: IdParams, query: MandateDiffQuery, response: MandateDiff }),
};
