import { z } from './zod';
import { Id, IdParams, LocalizedText, OkResponse, OptionalLocalizedText, Timestamp } from './common';
import { endpoint } from './endpoint';
import { AreaRef, IndicatorSummary, IndicatorUnit } from './indicators';
import { ProfilePoint } from './profiles';
import { PROGRESS_STATUSES } from '../domain/progress';
import { parsePeriod } from '../domain/periods';

export const ProgressStatus = z.enum(PROGRESS_STATUSES);

export const Progress = z.object({
  status: ProgressStatus,
  fraction: z.number().nullable().describe('Share of the way from baseline to target: 0 at baseline, 1 at target'),
  expected: z.number().nullable().describe('Where the straight line from baseline to target stands at the latest period'),
});
export type Progress = z.infer<typeof Progress>;

const PeriodCode = z.string().trim().min(4).max(20).describe('A period code, e.g. 2024, 2023-24, 2025Q4');

export const PeriodValue = z.object({ value: z.number(), period: PeriodCode });

/** An indicator tied to a goal, with baseline and target for one area. */
export const GoalTarget = z.object({
  id: Id,
  goalId: Id,
  indicator: IndicatorSummary,
  area: AreaRef,
  breakdown: z.string(),
  breakdownLabel: LocalizedText.nullable().describe('The breakdown as the source labels it ("Kjønn: Jenter"); null for the total and where nothing is labelled'),
  baseline: PeriodValue,
  target: PeriodValue,
  note: OptionalLocalizedText,
  latest: ProfilePoint.nullable().describe('The latest observation for the indicator, area and breakdown'),
  progress: Progress,
});
export type GoalTarget = z.infer<typeof GoalTarget>;

const GoalTargetFields = z.object({
  indicatorId: Id,
  areaId: Id,
  breakdown: z.string().trim().max(500),
  baseline: PeriodValue,
  target: PeriodValue,
  note: OptionalLocalizedText.optional(),
});

/**
 * The problems with a target's periods: each must be a period code we can read, and the target
 * must come after the baseline (progress is measured along the line between them). Shared by the
 * contract and the server, which also checks an update against the stored values.
 */
export function targetPeriodIssues(baseline: string | undefined, target: string | undefined): { path: ['baseline' | 'target', 'period']; message: string }[] {
  const from = baseline === undefined ? undefined : parsePeriod(baseline);
  const to = target === undefined ? undefined : parsePeriod(target);
  const issues: { path: ['baseline' | 'target', 'period']; message: string }[] = [];
  if (baseline !== undefined && !from) issues.push({ path: ['baseline', 'period'], message: 'periodCode' });
  if (target !== undefined && !to) issues.push({ path: ['target', 'period'], message: 'periodCode' });
  if (from && to && to.start <= from.start) issues.push({ path: ['target', 'period'], message: 'targetAfterBaseline' });
  return issues;
}

function checkTargetPeriods(v: { baseline?: { period: string }; target?: { period: string } }, ctx: z.core.$RefinementCtx) {
  for (const issue of targetPeriodIssues(v.baseline?.period, v.target?.period)) ctx.addIssue({ code: 'custom', ...issue });
}

export const GoalTargetCreate = GoalTargetFields.extend({ breakdown: z.string().trim().max(500).default('') }).superRefine(checkTargetPeriods);
export type GoalTargetCreate = z.infer<typeof GoalTargetCreate>;
/** A change of some fields; what it leaves out stays as it is (no defaults: a new note keeps the breakdown). */
export const GoalTargetUpdate = GoalTargetFields.partial().superRefine(checkTargetPeriods);
export type GoalTargetUpdate = z.infer<typeof GoalTargetUpdate>;

/**
 * A goal in a programme's goal tree: the initiative's main goal, a sub-programme's goal under it,
 * the boards' sub-goals under that, to any depth. A goal's parent is in the same programme or in
 * one of its ancestors.
 */
export const Goal = z.object({
  id: Id,
  programmeId: Id,
  parentId: Id.nullable(),
  title: LocalizedText,
  description: OptionalLocalizedText,
  periodFrom: z.number().int().nullable().describe('First year of the goal period'),
  periodTo: z.number().int().nullable().describe('Last year of the goal period'),
  ownerBody: LocalizedText.nullable().describe('The body that owns the goal, e.g. "Strategisk styre"'),
  sortOrder: z.number().int(),
  targets: z.array(GoalTarget),
  updatedAt: Timestamp,
});
export type Goal = z.infer<typeof Goal>;

const GoalFields = z.object({
  parentId: Id.nullish(),
  title: LocalizedText,
  description: OptionalLocalizedText.optional(),
  periodFrom: z.number().int().min(1900).max(2200).nullish(),
  periodTo: z.number().int().min(1900).max(2200).nullish(),
  ownerBody: LocalizedText.nullish(),
  sortOrder: z.number().int().min(0).max(10000),
});

function checkPeriod(v: { periodFrom?: number | null; periodTo?: number | null }, ctx: z.core.$RefinementCtx) {
  if (v.periodFrom != null && v.periodTo != null && v.periodTo < v.periodFrom) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'periodOrder' });
  }
}

export const GoalCreate = GoalFields.extend({ sortOrder: z.number().int().min(0).max(10000).default(0) }).superRefine(checkPeriod);
export type GoalCreate = z.infer<typeof GoalCreate>;
/** A change of some fields; what it leaves out stays as it is (no defaults: a new title keeps the goal's place). */
export const GoalUpdate = GoalFields.partial().superRefine(checkPeriod);
export type GoalUpdate = z.infer<typeof GoalUpdate>;

/**
 * A programme's goals: its own, plus the ancestors' goals its own hang under (so a sub-programme
 * page shows the initiative's main goal above its own). Flat, in tree order; `parentId` links them.
 */
export const GoalTree = z.object({
  programmeId: Id,
  goals: z.array(Goal.extend({ isInherited: z.boolean().describe('Owned by an ancestor programme') })),
});
export type GoalTree = z.infer<typeof GoalTree>;

/** Which breakdowns a target of the indicator (in the area) can follow. */
export const TargetBreakdownsQuery = z.object({
  indicatorId: Id,
  areaId: Id.optional().describe('Only the breakdowns with observations in this area'),
});
export type TargetBreakdownsQuery = z.infer<typeof TargetBreakdownsQuery>;

export const TargetBreakdown = z.object({
  key: z.string().describe('"" for the total; else sorted "dimension=category" pairs joined by ";", as stored'),
  label: LocalizedText.describe('As the source labels it ("Kjønn: Jenter"); the key itself where nothing is labelled'),
  observed: z.boolean().describe('Whether the indicator has observations in this breakdown (the total is offered even without)'),
});
export type TargetBreakdown = z.infer<typeof TargetBreakdown>;

export const TargetBreakdowns = z.object({
  breakdowns: z.array(TargetBreakdown).describe('The total first, then the breakdowns with observations, by key'),
});
export type TargetBreakdowns = z.infer<typeof TargetBreakdowns>;

/** The figures a target's baseline can be taken from: one area and breakdown over time. */
export const TargetObservationsQuery = z.object({
  indicatorId: Id,
  areaId: Id,
  breakdown: z.string().trim().max(500).default('').describe('"" (or left out) for the total'),
});
export type TargetObservationsQuery = z.infer<typeof TargetObservationsQuery>;

export const TargetObservations = z.object({
  unit: IndicatorUnit,
  decimals: z.number().int(),
  points: z.array(ProfilePoint).describe('Oldest first; a withheld figure has no value'),
});
export type TargetObservations = z.infer<typeof TargetObservations>;

/** The goals endpoints: goal trees and the targets that measure them. */
export const goalsApi = {
  tree: endpoint({ method: 'GET', path: '/api/programmes/:id/goals', params: IdParams, response: GoalTree }),
  create: endpoint({ method: 'POST', path: '/api/programmes/:id/goals', params: IdParams, body: GoalCreate, response: Goal, status: 201 }),
  update: endpoint({ method: 'PATCH', path: '/api/goals/:id', params: IdParams, body: GoalUpdate, response: Goal }),
  remove: endpoint({ method: 'DELETE', path: '/api/goals/:id', params: IdParams, response: OkResponse }),
  createTarget: endpoint({ method: 'POST', path: '/api/goals/:id/targets', params: IdParams, body: GoalTargetCreate, response: GoalTarget, status: 201 }),
  updateTarget: endpoint({ method: 'PATCH', path: '/api/goal-targets/:id', params: IdParams, body: GoalTargetUpdate, response: GoalTarget }),
  removeTarget: endpoint({ method: 'DELETE', path: '/api/goal-targets/:id', params: IdParams, response: OkResponse }),
  targetBreakdowns: endpoint({ method: 'GET', path: '/api/programmes/:id/target-breakdowns', params: IdParams, query: TargetBreakdownsQuery, response: TargetBreakdowns }),
  targetObservations: endpoint({ method: 'GET', path: '/api/programmes/:id/target-observations', params: IdParams, query: TargetObservationsQuery, response: TargetObservations }),
};
