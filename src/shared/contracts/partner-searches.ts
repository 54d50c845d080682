import { z } from './zod';
import { DateOnly, Id, IdParams, Timestamp } from './common';
import { endpoint } from './endpoint';
import { NamedRef } from './governance-bodies';
import { CountryCode, FundingProgramme } from './projects';
import { CRITERION_ANSWERS, PARTNER_SEARCH_CRITERIA, PARTNER_SEARCH_STATUSES } from '../domain/partner-searches';

export const PartnerSearchStatus = z.enum(PARTNER_SEARCH_STATUSES);
export const CriterionAnswer = z.enum(CRITERION_ANSWERS);
const Criteria = z.partialRecord(z.enum(PARTNER_SEARCH_CRITERIA), CriterionAnswer).describe('Each criterion answered yes, partly or no; left out: not yet weighed');
export const PartnerSearch = z.object({
  id: Id,
  programmeId: Id,
  programmeSlug: z.string(),
  organisation: NamedRef.describe('The organisation invited, which assesses it'),
  title: z.string(),
  leadOrganisation: z.string(),
  leadCountry: z.string().nullable(),
  fundingProgramme: FundingProgramme,
  fundingProgrammeName: z.string().nullable(),
  summary: z.string(),
  source: z.string(),
  receivedOn: DateOnly,
  replyBy: DateOnly.nullable(),
  status: PartnerSearchStatus,
  criteria: Criteria,
  assessment: z.string(),
  decisionNote: z.string(),
  decidedAt: Timestamp.nullable(),
  decidedBy: z.string().nullable(),
  projectId: Id.nullable().describe('The project joining created'),
  revision: z.number().int(),
  canEdit: z.boolean(),
});
export type PartnerSearch = z.infer<typeof PartnerSearch>;

export const PartnerSearchList = z.object({ items: z.array(PartnerSearch), canCreate: z.boolean() });
export type PartnerSearchList = z.infer<typeof PartnerSearchList>;

const Fields = z.object({
  title: z.string().trim().min(1, { message: 'required' }).max(300),
  leadOrganisation: z.string().trim().min(1, { message: 'required' }).max(300),
  leadCountry: CountryCode.nullable().optional(),
  fundingProgramme: FundingProgramme,
  fundingProgrammeName: z.string().trim().max(200).nullable().optional(),
  summary: z.string().trim().max(4000).optional(),
  source: z.string().trim().max(300).optional(),
  receivedOn: DateOnly,
  replyBy: DateOnly.nullable().optional(),
});

export const PartnerSearchCreate = Fields.extend({ organisationId: Id.describe('The organisation invited: the actor\'s own, or any for the secretariat') });
export type PartnerSearchCreate = z.infer<typeof PartnerSearchCreate>;

export const PartnerSearchUpdate = Fields.partial().extend({
  criteria: Criteria.optional(),
  assessment: z.string().trim().max(8000).optional(),
  revision: z.number().int().describe('The revision read; a change made meanwhile is refused (STATE_CHANGED)'),
});
export type PartnerSearchUpdate = z.infer<typeof PartnerSearchUpdate>;

export const PartnerSearchDecision = z.object({
  decision: z.enum(['join', 'decline']),
  note: z.string().trim().max(4000).default('').describe('Why; required when declining'),
  revision: z.number().int(),
});
export type PartnerSearchDecision = z.infer<typeof PartnerSearchDecision>;

export const partnerSearchesApi = {
  list: endpoint({ method: 'GET', path: '/api/programmes/:id/partner-searches', params: IdParams, response: PartnerSearchList }),
  create: endpoint({ method: 'POST', path: '/api/programmes/:id/partner-searches', params: IdParams, body: PartnerSearchCreate, response: PartnerSearch, status: 201 }),
  get: endpoint({ method: 'GET', path: '/api/partner-searches/:id', params: IdParams, response: PartnerSearch }),
  update: endpoint({ method: 'PATCH', path: '/api/partner-searches/:id', params: IdParams, body: PartnerSearchUpdate, response: PartnerSearch }),
  decide: endpoint({ method: 'POST', path: '/api/partner-searches/:id/decision', params: IdParams, body: PartnerSearchDecision, response: PartnerSearch }),
};
