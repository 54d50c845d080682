import { z } from './zod';
import { DateOnly, Id, IdParams, OkResponse, Timestamp } from './common';
import { endpoint } from './endpoint';
import { BudgetLine, ChangeThresholds } from './projects';
import { CHANGE_REQUEST_STATUSES } from '../domain/project-changes';

const Amount = z.number().int().min(0).max(1e12);

const Terms = z.object({
  grantedTotal: z.number().int().nullable(),
  startsOn: DateOnly.nullable(),
  endsOn: DateOnly.nullable(),
});

export const ChangeRequestStatus = z.enum(CHANGE_REQUEST_STATUSES);

export const ProjectChangeRequest = z.object({
  id: Id,
  projectId: Id,
  programmeId: Id,
  projectTitle: z.object({ nb: z.string(), nn: z.string().nullish(), en: z.string().nullish() }),
  status: ChangeRequestStatus.describe('pending; on_agenda (a case proposes it); approved or rejected by the board; withdrawn'),
  justification: z.string(),
  before: Terms.describe("The project's granted total and period when the change was asked"),
  proposed: Terms,
  budgetLines: z.array(BudgetLine).nullable().describe('The whole budget proposed; null: the lines stay as they are'),
  baseRevision: z.number().int().describe("The project's revision the request was made against"),
  requestedBy: z.string().nullable(),
  requestedAt: Timestamp,
  decidedAt: Timestamp.nullable(),
  case: z
    .object({ id: Id, meetingId: Id.nullable(), number: z.string().nullable(), body: z.object({ nb: z.string(), nn: z.string().nullish(), en: z.string().nullish() }) })
    .nullable()
    .describe('The latest case that proposes the change, and the meeting it is on'),
  canWithdraw: z.boolean(),
});
export type ProjectChangeRequest = z.infer<typeof ProjectChangeRequest>;

export const ProjectChangeRequestList = z.object({ items: z.array(ProjectChangeRequest) });
export type ProjectChangeRequestList = z.infer<typeof ProjectChangeRequestList>;

export const ProjectChangeCreate = z
  .object({
    grantedTotal: Amount.nullable().optional().describe('The granted total proposed; left out: as it is'),
    startsOn: DateOnly.nullable().optional(),
    endsOn: DateOnly.nullable().optional(),
    lines: z.array(BudgetLine).max(600).optional().describe('The whole budget proposed; left out: the lines stay'),
    justification: z.string().trim().min(1, { message: 'required' }).max(4000),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'periodOrder' });
  });
export type ProjectChangeCreate = z.infer<typeof ProjectChangeCreate>;

export const ChangeRequestQuery = z.object({
  status: ChangeRequestStatus.optional(),
});

export const projectChangesApi = {
  thresholds: endpoint({ method: 'GET', path: '/api/programmes/:id/change-thresholds', params: IdParams, response: ChangeThresholds }),
  setThresholds: endpoint({ method: 'PUT', path: '/api/programmes/:id/change-thresholds', params: IdParams, body: ChangeThresholds, response: ChangeThresholds }),
  listForProgramme: endpoint({ method: 'GET', path: '/api/programmes/:id/change-requests', params: IdParams, query: ChangeRequestQuery, response: ProjectChangeRequestList }),
  list: endpoint({ method: 'GET', path: '/api/projects/:id/change-requests', params: IdParams, response: ProjectChangeRequestList }),
  create: endpoint({ method: 'POST', path: '/api/projects/:id/change-requests', params: IdParams, body: ProjectChangeCreate, response: ProjectChangeRequest, status: 201 }),
  get: endpoint({ method: 'GET', path: '/api/change-requests/:id', params: IdParams, response: ProjectChangeRequest }),
  withdraw: endpoint({ method: 'POST', path: '/api/change-requests/:id/withdraw', params: IdParams, response: OkResponse }),
};
