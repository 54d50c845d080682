import { z } from './zod';
import { Id, IdParams, LocalizedText, OkResponse, OptionalLocalizedText, OwnerProgrammeId, pageOf, PageQuery, Timestamp, WebUrl } from './common';
import { endpoint, registerEndpoints } from './endpoint';
import { AreaKind } from './areas';
import { OBSERVATION_STATUSES } from '../domain/statistics';
import { DIRECTIONS } from '../domain/progress';
import { PERIOD_KINDS } from '../domain/periods';
import { DEFAULT_MAX_AGE_YEARS } from '../domain/figure-age';

/** Units an indicator is measured in; the client formats values by unit and decimals. */
export const INDICATOR_UNITS = ['percent', 'per_1000', 'count', 'points', 'nok'] as const;
export const IndicatorUnit = z.enum(INDICATOR_UNITS);
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

export const Direction = z.enum(DIRECTIONS).describe('Whether a higher value is better, a lower one, or neither');
export type Direction = z.infer<typeof Direction>;

export const INDICATOR_TOPICS = [
  'population',
  'education',
  'completion',
  'living_conditions',
  'child_welfare',
  'health',
  'participation',
  'employment',
  'other',
] as const;
export const IndicatorTopic = z.enum(INDICATOR_TOPICS);
export type IndicatorTopic = z.infer<typeof IndicatorTopic>;

export const ObservationStatus = z.enum(OBSERVATION_STATUSES);
export const PeriodKind = z.enum(PERIOD_KINDS);

export const IndicatorCode = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, { message: 'indicatorCode' })
  .describe('Stable code: lower-case letters, digits, and - _ . between them (e.g. "sosialhjelp-andel")');

export const IndicatorSource = z.object({
  publisher: z.string().trim().min(1).max(200).describe('Who publishes the figures, e.g. "Statistisk sentralbyrå (SSB)"'),
  tableId: z.string().trim().max(100).nullish().describe('The table at the publisher, e.g. "12909"'),
  url: WebUrl.nullish(),
  licence: z.string().trim().max(200).nullish().describe('e.g. "CC BY 4.0" or "NLOD"'),
  isIllustrative: z.boolean().default(false).describe('True when the figures are not real published statistics (demo data)'),
});
export type IndicatorSource = z.infer<typeof IndicatorSource>;

const IndicatorFields = z.object({
  code: IndicatorCode,
  name: LocalizedText,
  description: OptionalLocalizedText.optional(),
  unit: IndicatorUnit,
  decimals: z.number().int().min(0).max(6).default(1),
  direction: Direction,
  topic: IndicatorTopic.default('other'),
  ageFrom: z.number().int().min(0).max(120).nullish().describe('Target group: lowest age (inclusive)'),
  ageTo: z.number().int().min(0).max(120).nullish().describe('Target group: highest age (inclusive)'),
  maxAgeYears: z
    .number()
    .int()
    .min(1)
    .max(100)
    .nullish()
    .describe(`A latest figure older than this many years is flagged as outdated; null: ${DEFAULT_MAX_AGE_YEARS} years`),
  source: IndicatorSource,
  notes: OptionalLocalizedText.optional(),
  /** Required unless a platform administrator adds a shared national indicator. */
  ownerProgrammeId: OwnerProgrammeId.optional(),
});

function checkAges(v: { ageFrom?: number | null; ageTo?: number | null }, ctx: z.core.$RefinementCtx) {
  if (v.ageFrom != null && v.ageTo != null && v.ageTo < v.ageFrom) {
    ctx.addIssue({ code: 'custom', path: ['ageTo'], message: 'ageRange' });
  }
}

export const IndicatorCreate = IndicatorFields.superRefine(checkAges);
export type IndicatorCreate = z.infer<typeof IndicatorCreate>;
export const IndicatorUpdate = IndicatorFields.partial().superRefine(checkAges);
export type IndicatorUpdate = z.infer<typeof IndicatorUpdate>;

/** What lists, profiles and charts need of an indicator. */
export const IndicatorSummary = z.object({
  id: Id,
  code: z.string(),
  name: LocalizedText,
  unit: IndicatorUnit,
  decimals: z.number().int(),
  direction: Direction,
  topic: IndicatorTopic,
  isIllustrative: z.boolean(),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummary>;

export const Indicator = IndicatorSummary.extend({
  description: OptionalLocalizedText,
  ageFrom: z.number().int().nullable(),
  ageTo: z.number().int().nullable(),
  maxAgeYears: z.number().int().nullable(),
  source: IndicatorSource,
  notes: OptionalLocalizedText,
  ownerProgrammeId: OwnerProgrammeId,
  observationCount: z.number().int(),
  firstPeriod: z.string().nullable(),
  lastPeriod: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorQuery = PageQuery.extend({ topic: IndicatorTopic.optional() });
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;
export const IndicatorPage = pageOf(Indicator);
export const IndicatorCodeParams = z.object({ code: z.string().trim().min(1).max(60) });

/** An area as statistics pages show it. */
export const AreaRef = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: AreaKind,
  nameNn: z.string().nullable().optional().describe('The nynorsk name where it differs ("Noreg")'),
  nameEn: z.string().nullable().optional().describe('The English name where it differs ("Norway")'),
});
export type AreaRef = z.infer<typeof AreaRef>;

/**
 * One cell: indicator × area × period × breakdown. `value` is null whenever `status` withholds
 * the figure (suppressed, not available, not applicable): a suppressed value is never sent.
 */
export const Observation = z.object({
  areaCode: z.string(),
  period: z.string().describe('Canonical period code: 2024, 2023-24, 2025Q4, 2025M01, 2025W05, 2025H1, C2017'),
  breakdown: z.string().describe('"" for the total, else "dimension=category" pairs joined by ";"'),
  value: z.number().nullable(),
  status: ObservationStatus,
  symbol: z.string().nullable().describe('The source symbol, e.g. ":" or "..", when it gave one'),
  note: z.string().nullable(),
});
export type Observation = z.infer<typeof Observation>;

/** A breakdown category label, e.g. `kjonn=2` → "Kjønn: Kvinner". */
export const BreakdownLabel = z.object({
  key: z.string(),
  label: LocalizedText,
});
export type BreakdownLabel = z.infer<typeof BreakdownLabel>;

/** The statistics a programme shows: its chosen indicators, the areas it covers and its reference areas. */
export const ProgrammeStatistics = z.object({
  programmeId: Id,
  indicators: z.array(IndicatorSummary),
  focusAreas: z.array(AreaRef).describe('The areas the programme works in; area profiles are offered for these'),
  referenceAreas: z.array(AreaRef).describe('Areas every profile compares with, in order (e.g. Oslo, Norway)'),
});
export type ProgrammeStatistics = z.infer<typeof ProgrammeStatistics>;

export const ProgrammeStatisticsUpdate = z.object({
  indicatorIds: z.array(Id).max(200),
  focusAreaIds: z.array(Id).max(500),
  referenceAreaIds: z.array(Id).max(10),
});
export type ProgrammeStatisticsUpdate = z.infer<typeof ProgrammeStatisticsUpdate>;

/** The indicator catalogue, and the statistics each programme follows. */
export const indicatorsApi = {
  ...registerEndpoints('/api/indicators', 'code', {
    params: IndicatorCodeParams,
    query: IndicatorQuery,
    page: IndicatorPage,
    item: Indicator,
    create: IndicatorCreate,
    update: IndicatorUpdate,
    removed: OkResponse,
  }),
  programmeStatistics: endpoint({ method: 'GET', path: '/api/programmes/:id/statistics', params: IdParams, response: ProgrammeStatistics }),
  updateProgrammeStatistics: endpoint({ method: 'PUT', path: '/api/programmes/:id/statistics', params: IdParams, body: ProgrammeStatisticsUpdate, response: ProgrammeStatistics }),
};
