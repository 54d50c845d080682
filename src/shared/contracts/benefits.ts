import { z } from './zod';
import { DateOnly, Id, IdParams, LocalizedText, OptionalLocalizedText, Timestamp } from './common';
import { endpoint } from './endpoint';
import { NamedRef } from './governance-bodies';
import { IndicatorUnit, ObservationStatus } from './indicators';
import { ProjectPhase } from './projects';
import { BENEFIT_DIRECTIONS, BENEFIT_MEASURE_KINDS, REALISATION_STATUSES } from '../domain/benefits';

export const BenefitMeasureKind = z.enum(BENEFIT_MEASURE_KINDS);
export const BenefitDirection = z.enum(BENEFIT_DIRECTIONS);
export const RealisationStatus = z.enum(REALISATION_STATUSES);
const Value = z.number().min(-1e12).max(1e12);
const PeriodCode = z.string().trim().max(40).describe('A period code: 2025, 2025-2026 (school year), 2025H1, 2025Q3, 2025M04 …');

/** One benefit of a project's plan as written: kept by its id, or new without one. */
export const BenefitInput = z
  .object({
    id: Id.optional().describe("A benefit already in the plan (its entered measurements stay with it); left out for a new one"),
    title: LocalizedText,
    description: OptionalLocalizedText.optional(),
    ownerOrganisationId: Id.nullable().optional().describe('The line organisation that owns the benefit'),
    ownerName: z.string().trim().max(200).optional().describe('Who in it: a role or a person, e.g. "enhetsleder skole"'),
    measure: BenefitMeasureKind,
    indicatorId: Id.nullable().optional().describe('For an indicator measure: one the programme follows'),
    areaId: Id.nullable().optional().describe('For an indicator measure: one of the programme’s areas'),
    breakdown: z.string().trim().max(500).optional().describe('For an indicator measure: "" for the total, else sorted "dimension=category" pairs joined by ";"'),
    measureName: z.string().trim().max(300).nullable().optional().describe('For a manual measure: what is counted'),
    measureUnit: z.string().trim().max(60).nullable().optional().describe('For a manual measure: its unit, e.g. "prosent", "elever"'),
    direction: BenefitDirection,
    baselineValue: Value.nullable().optional(),
    baselinePeriod: PeriodCode.nullable().optional(),
    expectedValue: Value.nullable().optional(),
    expectedBy: DateOnly.nullable().optional().describe('When the expected value should be reached'),
    followUpMonths: z.number().int().min(0).max(240).default(0).describe('How long the benefit is followed after the project closes'),
  })
  .superRefine((b, ctx) => {
    const required = (field: keyof typeof b) => {
      const v = b[field];
      if (v === undefined || v === null || v === '') ctx.addIssue({ code: 'custom', path: [field], message: 'required' });
    };
    if (b.measure === 'indicator') ['indicatorId', 'areaId'].forEach((f) => required(f as keyof typeof b));
    else ['measureName', 'measureUnit'].forEach((f) => required(f as keyof typeof b));
    ['baselineValue', 'baselinePeriod', 'expectedValue', 'expectedBy'].forEach((f) => required(f as keyof typeof b));
  });
export type BenefitInput = z.infer<typeof BenefitInput>;

export const BenefitPlanInput = z.object({ benefits: z.array(BenefitInput).max(50) });
export type BenefitPlanInput = z.infer<typeof BenefitPlanInput>;

export const MeasurementCreate = z.object({
  period: PeriodCode.min(1, { message: 'required' }),
  value: Value,
  note: z.string().trim().max(1000).optional(),
});
export type MeasurementCreate = z.infer<typeof MeasurementCreate>;

/** One figure of a benefit, with where it came from: an observation (and the import that wrote it), or an entry. */
export const BenefitMeasurement = z.object({
  id: Id.nullable().describe('The entered measurement; null for a figure from the observations'),
  source: z.enum(['observation', 'manual']),
  period: z.string(),
  value: z.number().nullable().describe('Null for a withheld cell (suppressed, not available, not applicable): never shown as a number'),
  status: ObservationStatus,
  symbol: z.string().nullable(),
  note: z.string().nullable(),
  importId: Id.nullable().describe('The import that wrote the figure'),
  importTitle: z.string().nullable(),
  fileName: z.string().nullable(),
  sourceName: z.string().nullable().describe("The statistics' publisher (the indicator's source)"),
  sourceUrl: z.string().nullable(),
  importedAt: Timestamp.nullable(),
  enteredBy: z.string().nullable().describe('Who entered the measurement (for those who work in the programme)'),
  enteredAt: Timestamp.nullable(),
});
export type BenefitMeasurement = z.infer<typeof BenefitMeasurement>;

export const Benefit = z.object({
  id: Id,
  projectId: Id,
  title: LocalizedText,
  description: OptionalLocalizedText,
  owner: z.object({ organisation: NamedRef.nullable(), name: z.string() }),
  measure: BenefitMeasureKind,
  indicator: z.object({ id: Id, code: z.string(), name: LocalizedText, unit: IndicatorUnit, decimals: z.number().int() }).nullable(),
  area: NamedRef.nullable(),
  breakdown: z.string(),
  measureName: z.string().nullable(),
  measureUnit: z.string().nullable(),
  direction: BenefitDirection,
  baselineValue: z.number(),
  baselinePeriod: z.string(),
  expectedValue: z.number(),
  expectedBy: DateOnly,
  followUpMonths: z.number().int(),
  followUpUntil: DateOnly.nullable().describe("The project's end plus the follow-up period"),
  status: RealisationStatus,
  latest: BenefitMeasurement.nullable().describe('The figure the status is read from'),
  measurements: z.array(BenefitMeasurement).describe('From the baseline period on, oldest first'),
});
export type Benefit = z.infer<typeof Benefit>;

export const BenefitPlan = z.object({
  projectId: Id,
  benefits: z.array(Benefit),
  canEdit: z.boolean(),
});
export type BenefitPlan = z.infer<typeof BenefitPlan>;

export const RealisationCounts = z.object({ realised: z.number().int(), partly_realised: z.number().int(), not_realised: z.number().int(), not_measurable: z.number().int() });

export const BenefitOverview = z.object({
  programmeId: Id,
  totals: RealisationCounts,
  byGoal: z.array(z.object({ goal: z.object({ id: Id, title: LocalizedText }), counts: RealisationCounts })).describe('Each benefit counts for every goal its project serves'),
  byProject: z.array(z.object({ project: z.object({ id: Id, title: LocalizedText, phase: ProjectPhase }), counts: RealisationCounts })),
  items: z.array(Benefit.omit({ measurements: true }).extend({ project: z.object({ id: Id, title: LocalizedText }) })),
});
export type BenefitOverview = z.infer<typeof BenefitOverview>;

export const benefitsApi = {
  plan: endpoint({ method: 'GET', path: '/api/projects/:id/benefits', params: IdParams, response: BenefitPlan }),
  setPlan: endpoint({ method: 'PUT', path: '/api/projects/:id/benefits', params: IdParams, body: BenefitPlanInput, response: BenefitPlan }),
  addMeasurement: endpoint({ method: 'POST', path: '/api/benefits/:id/measurements', params: IdParams, body: MeasurementCreate, response: BenefitPlan, status: 201 }),
  removeMeasurement: endpoint({ method: 'DELETE', path: '/api/benefit-measurements/:id', params: IdParams, response: BenefitPlan }),
  overview: endpoint({ method: 'GET', path: '/api/programmes/:id/benefits', params: IdParams, response: BenefitOverview }),
};
