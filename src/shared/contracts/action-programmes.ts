import { z } from './zod';
import { Id, IdParams, LocalizedText, OkResponse, OptionalLocalizedText, Timestamp } from './common';
import { endpoint } from './endpoint';
import { NamedRef } from './governance-bodies';

const Year = z.number().int().min(1900).max(2200);

export const EffortGoal = z.object({ id: Id, programmeId: Id, title: LocalizedText });

export const Effort = z.object({
  id: Id,
  title: LocalizedText,
  description: OptionalLocalizedText,
  responsibleOrganisation: NamedRef.nullable(),
  fundingNeed: z.number().int().nullable().describe('What the effort needs, in kroner'),
  goals: z.array(EffortGoal).describe('The goals of the goal tree the effort serves'),
});
export type Effort = z.infer<typeof Effort>;

export const ActionPriority = z.object({ id: Id, title: LocalizedText, description: OptionalLocalizedText, efforts: z.array(Effort) });
export type ActionPriority = z.infer<typeof ActionPriority>;

export const ActionProgrammeStatus = z.enum(['draft', 'adopted', 'published']);

export const ActionProgrammeSummary = z.object({
  id: Id,
  programmeId: Id,
  title: LocalizedText,
  periodFrom: Year,
  periodTo: Year,
  status: ActionProgrammeStatus,
  revision: z.number().int(),
  adoptedAt: Timestamp.nullable(),
  adoptedBy: z.object({ itemId: Id, meetingId: Id, caseNumber: z.string(), bodyName: LocalizedText }).nullable().describe('The decision that adopted it'),
  publishedAt: Timestamp.nullable(),
});
export type ActionProgrammeSummary = z.infer<typeof ActionProgrammeSummary>;

export const ActionProgramme = ActionProgrammeSummary.extend({
  challenges: OptionalLocalizedText,
  priorities: z.array(ActionPriority),
  canManage: z.boolean(),
});
export type ActionProgramme = z.infer<typeof ActionProgramme>;

export const ActionProgrammeList = z.object({ items: z.array(ActionProgrammeSummary), canManage: z.boolean() });
export type ActionProgrammeList = z.infer<typeof ActionProgrammeList>;

const Fields = z.object({
  title: LocalizedText,
  periodFrom: Year,
  periodTo: Year,
  challenges: OptionalLocalizedText.optional(),
});
function checkPeriod(v: { periodFrom?: number; periodTo?: number }, ctx: z.core.$RefinementCtx) {
  if (v.periodFrom && v.periodTo && v.periodTo < v.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'periodOrder' });
}
export const ActionProgrammeCreate = Fields.superRefine(checkPeriod);
export type ActionProgrammeCreate = z.infer<typeof ActionProgrammeCreate>;
export const ActionProgrammeUpdate = Fields.partial().superRefine(checkPeriod);
export type ActionProgrammeUpdate = z.infer<typeof ActionProgrammeUpdate>;

/** The priorities and efforts of a draft, written whole: the order given is the order kept. */
export const ActionProgrammeContent = z.object({
  priorities: z
    .array(
      z.object({
        title: LocalizedText,
        description: OptionalLocalizedText.optional(),
        efforts: z
          .array(
            z.object({
              title: LocalizedText,
              description: OptionalLocalizedText.optional(),
              responsibleOrganisationId: Id.nullable().optional(),
              fundingNeed: z.number().int().min(0).max(1e12).nullable().optional(),
              goalIds: z.array(Id).max(50).default([]),
            }),
          )
          .max(200),
      }),
    )
    .max(50),
});
export type ActionProgrammeContent = z.infer<typeof ActionProgrammeContent>;

/** The efforts serving each goal of the programme's tree, from its published action programmes. */
export const GoalEfforts = z.object({
  goals: z.array(z.object({ goalId: Id, efforts: z.array(z.object({ id: Id, title: LocalizedText, actionProgramme: z.object({ id: Id, title: LocalizedText }) })) })),
});
export type GoalEfforts = z.infer<typeof GoalEfforts>;

export const actionProgrammesApi = {
  list: endpoint({ method: 'GET', path: '/api/programmes/:id/action-programmes', params: IdParams, response: ActionProgrammeList }),
  create: endpoint({ method: 'POST', path: '/api/programmes/:id/action-programmes', params: IdParams, body: ActionProgrammeCreate, response: ActionProgramme, status: 201 }),
  get: endpoint({ method: 'GET', path: '/api/action-programmes/:id', params: IdParams, response: ActionProgramme }),
  update: endpoint({ method: 'PATCH', path: '/api/action-programmes/:id', params: IdParams, body: ActionProgrammeUpdate, response: ActionProgramme }),
  setContent: endpoint({ method: 'PUT', path: '/api/action-programmes/:id/content', params: IdParams, body: ActionProgrammeContent, response: ActionProgramme }),
  remove: endpoint({ method: 'DELETE', path: '/api/action-programmes/:id', params: IdParams, response: OkResponse }),
  publish: endpoint({ method: 'POST', path: '/api/action-programmes/:id/publication', params: IdParams, response: ActionProgramme }),
  goalEfforts: endpoint({ method: 'GET', path: '/api/programmes/:id/goal-efforts', params: IdParams, response: GoalEfforts }),
};
