import { z } from './zod';
import { DateOnly, Id, IdParams, LocalizedText, OkResponse, OptionalLocalizedText, Timestamp } from './common';
import { endpoint, link } from './endpoint';
import { NamedRef } from './governance-bodies';
import { BUDGET_KINDS, CURRENCIES, FUNDING_PROGRAMMES, PARTNER_ROLES, PROJECT_PHASES, PUBLIC_PROJECT_FIELDS } from '../domain/portfolio';
import { PROJECT_RAG_FILTERS, RAG_STATUSES } from '../domain/reports';

export const ProjectPhase = z.enum(PROJECT_PHASES);
export const FundingProgramme = z.enum(FUNDING_PROGRAMMES);
export const PartnerRole = z.enum(PARTNER_ROLES);
export const BudgetKind = z.enum(BUDGET_KINDS);
export const Currency = z.enum(CURRENCIES).describe('ISO 4217 currency of the budget');
export const PublicProjectField = z.enum(PUBLIC_PROJECT_FIELDS);
const RAG_RULE = 'the RAG of its status report with the latest due date among those submitted or approved (drafts and returned reports do not count)';
export const ProjectRagFilter = z.enum(PROJECT_RAG_FILTERS);
const Year = z.number().int().min(1990).max(2200);
/** Whole units of the project's currency. */
const Amount = z.number().int().min(0).max(1e12);
export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'country' })
  .describe('ISO 3166-1 alpha-2 country code, e.g. LT');

export const BudgetTotals = z.object({ applied: z.number().int(), granted: z.number().int(), spent: z.number().int() });
export type BudgetTotals = z.infer<typeof BudgetTotals>;

export const ProjectSummary = z.object({
  id: Id,
  programmeId: Id,
  title: LocalizedText,
  phase: ProjectPhase,
  fundingProgramme: FundingProgramme,
  fundingProgrammeName: z.string().nullable().describe('The funding programme by its own name, e.g. "Leonardo da Vinci"'),
  currency: Currency,
  startsOn: DateOnly.nullable(),
  endsOn: DateOnly.nullable(),
  owner: NamedRef,
  ownerRole: PartnerRole.describe("The owner's part: coordinator, or partner in a project led abroad"),
  isPublished: z.boolean(),
  budget: BudgetTotals.nullable().describe('Sums of the budget lines by kind; null when the budget is not public and the reader is outside'),
  partnerCountries: z.array(z.string()).describe('Countries of the partners abroad; empty when the partners are not public'),
  goalIds: z.array(Id),
  rag: z.enum(RAG_STATUSES).nullable().describe(`How the project stands: ${RAG_RULE}; null when it has no such report, and for readers outside the programme (status reports are internal)`),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const ProjectPartner = z.object({
  id: Id,
  organisation: NamedRef.nullable().describe('The partner as registered; null for a partner outside the register (abroad)'),
  name: z.string(),
  country: z.string().nullable(),
  role: PartnerRole,
});
export type ProjectPartner = z.infer<typeof ProjectPartner>;

export const BudgetLine = z.object({ year: Year, source: FundingProgramme, kind: BudgetKind, amount: Amount });
export type BudgetLine = z.infer<typeof BudgetLine>;

export const Milestone = z.object({ id: Id, title: LocalizedText, dueOn: DateOnly, doneOn: DateOnly.nullable() });
export type Milestone = z.infer<typeof Milestone>;

export const ReachRow = z.object({
  area: NamedRef.nullable(),
  targetGroup: LocalizedText.describe('Who is reached, e.g. "pupils, 8th grade"'),
  count: z.number().int().describe('How many: a count, never who'),
});
export type ReachRow = z.infer<typeof ReachRow>;

export const ChangeThresholds = z.object({
  percent: z.number().int().min(0).max(100).nullable().describe('How far (in per cent) a granted total may move without a decision; null: no rule'),
  months: z.number().int().min(0).max(60).nullable().describe('How many months the start or end of a granted project may move without a decision; null: no rule'),
});
export type ChangeThresholds = z.infer<typeof ChangeThresholds>;

export const ProjectGoal = z.object({ id: Id, programmeId: Id, title: LocalizedText });
export const ProjectEffort = z.object({ id: Id, title: LocalizedText, actionProgramme: z.object({ id: Id, title: LocalizedText }) });

export const Project = ProjectSummary.omit({ rag: true }).extend({
  summary: OptionalLocalizedText,
  results: OptionalLocalizedText.describe('What the project achieved, in short; public with the field "results"'),
  programme: z.object({ id: Id, slug: z.string(), name: LocalizedText }),
  grantedTotal: z.number().int().nullable().describe('The amount granted in all; the granted budget lines add up to it'),
  publicFields: z.array(PublicProjectField),
  partners: z.array(ProjectPartner).nullable(),
  budgetLines: z.array(BudgetLine).nullable(),
  milestones: z.array(Milestone).nullable(),
  reach: z.array(ReachRow).nullable(),
  goals: z.array(ProjectGoal),
  efforts: z.array(ProjectEffort),
  revision: z.number().int(),
  changeThresholds: ChangeThresholds.describe("The programme's thresholds: a change beyond them goes to the board (only once the project has a granted total)"),
  hasPendingChange: z.boolean().describe('A change request of the project waits for the board'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  canEdit: z.boolean().describe("The reader may change the project (the secretariat, or a contributor of the owner)"),
  canManage: z.boolean().describe('The reader keeps the portfolio (publishes, deletes)'),
});
export type Project = z.infer<typeof Project>;

const csvList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(20));

export const PortfolioQuery = z.object({
  q: z.string().trim().max(200).optional(),
  phase: csvList(ProjectPhase).optional().describe('Phases, comma-separated'),
  fundingProgramme: csvList(FundingProgramme).optional().describe('Funding programmes, comma-separated'),
  goalId: Id.optional().describe('Projects that serve the goal'),
  effortId: Id.optional().describe('Projects that carry the effort'),
  areaId: Id.optional().describe('Projects that reach the area'),
  organisationId: Id.optional().describe('Projects the organisation owns or takes part in'),
  year: z.coerce.number().int().min(1990).max(2200).optional().describe('Projects running some time in the year'),
  rag: csvList(ProjectRagFilter)
    .optional()
    .describe(
      `Projects by RAG, comma-separated: green, amber, red, and none for a project without a submitted or approved status report. A project's RAG is ${RAG_RULE}. For those who work in the programme: others are refused (FORBIDDEN)`,
    ),
  sort: z.enum(['title', 'startsOn', 'endsOn', 'phase', 'granted']).default('startsOn'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PortfolioQuery = z.infer<typeof PortfolioQuery>;

export const PortfolioExportQuery = PortfolioQuery.omit({ limit: true, offset: true }).extend({ lang: z.enum(['nb', 'nn', 'en']).default('nb') });
export type PortfolioExportQuery = z.infer<typeof PortfolioExportQuery>;

export const Portfolio = z.object({
  items: z.array(ProjectSummary),
  total: z.number().int(),
  totals: z.array(BudgetTotals.extend({ currency: Currency, projects: z.number().int() })).describe('Budget sums of all matching projects, per currency'),
  canManage: z.boolean(),
});
export type Portfolio = z.infer<typeof Portfolio>;

const ProjectFields = z.object({
  title: LocalizedText,
  summary: OptionalLocalizedText.optional(),
  results: OptionalLocalizedText.optional(),
  ownerOrganisationId: Id,
  ownerRole: PartnerRole.default('coordinator'),
  fundingProgramme: FundingProgramme,
  fundingProgrammeName: z.string().trim().max(200).nullable().optional(),
  currency: Currency.default('NOK'),
  phase: ProjectPhase.default('initiative'),
  startsOn: DateOnly.nullable().optional(),
  endsOn: DateOnly.nullable().optional(),
});
function checkPeriod(v: { startsOn?: string | null; endsOn?: string | null }, ctx: z.core.$RefinementCtx) {
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'periodOrder' });
}
export const ProjectCreate = ProjectFields.superRefine(checkPeriod);
export type ProjectCreate = z.infer<typeof ProjectCreate>;
export const ProjectUpdate = ProjectFields.omit({ ownerRole: true, currency: true, phase: true })
  .partial()
  .extend({
    ownerRole: PartnerRole.optional(),
    currency: Currency.optional(),
    phase: ProjectPhase.optional(),
    publicFields: z.array(PublicProjectField).max(PUBLIC_PROJECT_FIELDS.length).optional(),
    isPublished: z.boolean().optional().describe('Shown on the public portfolio (the secretariat decides)'),
  })
  .superRefine(checkPeriod);
export type ProjectUpdate = z.infer<typeof ProjectUpdate>;

export const ProjectPartners = z.object({
  partners: z
    .array(
      z
        .object({
          organisationId: Id.nullable().optional(),
          name: z.string().trim().max(300).optional(),
          country: CountryCode.nullable().optional(),
          role: PartnerRole,
        })
        .superRefine((p, ctx) => {
          if (!p.organisationId && !p.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'required' });
        }),
    )
    .max(50),
});
export type ProjectPartners = z.infer<typeof ProjectPartners>;

export const ProjectBudget = z.object({
  grantedTotal: Amount.nullable().optional().describe('When set, the granted lines must add up to it'),
  lines: z.array(BudgetLine).max(600),
});
export type ProjectBudget = z.infer<typeof ProjectBudget>;

export const ProjectMilestones = z.object({
  milestones: z.array(z.object({ title: LocalizedText, dueOn: DateOnly, doneOn: DateOnly.nullable().optional() })).max(100),
});
export type ProjectMilestones = z.infer<typeof ProjectMilestones>;

export const ProjectLinks = z.object({
  goalIds: z.array(Id).max(50).default([]),
  effortIds: z.array(Id).max(50).default([]),
  reach: z
    .array(z.object({ areaId: Id.nullable().optional(), targetGroup: LocalizedText, count: z.number().int().min(1).max(1_000_000) }))
    .max(100)
    .default([]),
});
export type ProjectLinks = z.infer<typeof ProjectLinks>;

export const projectsApi = {
  list: endpoint({ method: 'GET', path: '/api/programmes/:id/projects', params: IdParams, query: PortfolioQuery, response: Portfolio }),
  create: endpoint({ method: 'POST', path: '/api/programmes/:id/projects', params: IdParams, body: ProjectCreate, response: Project, status: 201 }),
  get: endpoint({ method: 'GET', path: '/api/projects/:id', params: IdParams, response: Project }),
  update: endpoint({ method: 'PATCH', path: '/api/projects/:id', params: IdParams, body: ProjectUpdate, response: Project }),
  remove: endpoint({ method: 'DELETE', path: '/api/projects/:id', params: IdParams, response: OkResponse }),
  setPartners: endpoint({ method: 'PUT', path: '/api/projects/:id/partners', params: IdParams, body: ProjectPartners, response: Project }),
  setBudget: endpoint({ method: 'PUT', path: '/api/projects/:id/budget', params: IdParams, body: ProjectBudget, response: Project }),
  setMilestones: endpoint({ method: 'PUT', path: '/api/projects/:id/milestones', params: IdParams, body: ProjectMilestones, response: Project }),
  setLinks: endpoint({ method: 'PUT', path: '/api/projects/:id/links', params: IdParams, body: ProjectLinks, response: Project }),
  exportCsv: link({ path: '/api/programmes/:id/projects.csv', params: IdParams, query: PortfolioExportQuery }),
  exportXlsx: link({ path: '/api/programmes/:id/projects.xlsx', params: IdParams, query: PortfolioExportQuery }),
};
