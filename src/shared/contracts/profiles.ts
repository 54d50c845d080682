import { z } from './zod';
import { Id, LocalizedText } from './common';
import { endpoint, link } from './endpoint';
import { AreaRef, Indicator, IndicatorCodeParams, IndicatorSummary, ObservationStatus } from './indicators';
import { LOCALES } from '../domain/localized';

/** One figure on a chart or in a table; `value` is null when the status withholds it. */
export const ProfilePoint = z.object({
  period: z.string(),
  value: z.number().nullable(),
  status: ObservationStatus,
  symbol: z.string().nullable(),
  source: z.string().nullable().optional().describe("Key of the figure's source in the response's `sources`"),
});
export type ProfilePoint = z.infer<typeof ProfilePoint>;

/**
 * Where figures come from: the import that wrote them (its publisher, table, address, the date
 * the file was fetched and its licence), or, for figures entered otherwise, the source recorded
 * on the indicator. A page names the sources of the figures it shows, several when they differ.
 */
export const FigureSource = z.object({
  key: z.string(),
  kind: z.enum(['import', 'indicator']),
  publisher: z.string(),
  tableId: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  licence: z.string().nullable(),
  retrieved: z.string().nullable().describe('When the figures were fetched (YYYY-MM-DD); null for a source recorded on the indicator'),
  isIllustrative: z.boolean().describe('The figures are made up for the demonstration, not published statistics'),
});
export type FigureSource = z.infer<typeof FigureSource>;

/** How the area's latest value compares with a reference area's, in the indicator's direction. */
export const COMPARISONS = ['better', 'worse', 'same', 'not_comparable'] as const;
export const Comparison = z.enum(COMPARISONS);
export type Comparison = z.infer<typeof Comparison>;

export const TRENDS = ['up', 'down', 'flat'] as const;
export const Trend = z.enum(TRENDS);
export type Trend = z.infer<typeof Trend>;

/** How many of the last periods the development words are about (`development`). */
export const DEVELOPMENT_SPAN = 5;

/**
 * The development over the last DEVELOPMENT_SPAN periods of the trend: from the earliest figure
 * among them to the latest, with both ends named so that the words say which span they describe.
 */
export const Development = z.object({
  direction: Trend,
  from: ProfilePoint,
  to: ProfilePoint,
  /** Periods from `from` to `to`, both counted. */
  periods: z.number().int(),
});
export type Development = z.infer<typeof Development>;

export const ReferenceValue = z.object({
  area: AreaRef,
  point: ProfilePoint.nullable().describe('The reference area at the same period as the latest value, else its own latest'),
  comparison: Comparison,
  isOtherPeriod: z.boolean().describe("The reference figure is of another period than the area's latest: the comparison spans time"),
});

/** How old a figure is, against the limit its indicator sets (shared/domain/figure-age.ts). */
export const FigureAge = z.object({
  years: z.number().int().describe('Whole years since the end of the period'),
  maxYears: z.number().int().describe("The indicator's limit (or the default)"),
  isOutdated: z.boolean(),
});
export type FigureAge = z.infer<typeof FigureAge>;
export type ReferenceValue = z.infer<typeof ReferenceValue>;

export const ProfileRow = z.object({
  indicator: IndicatorSummary,
  latest: ProfilePoint.nullable(),
  /** Up to the last ten periods, oldest first. */
  trend: z.array(ProfilePoint),
  /** The latest value against the previous published one; null when either is missing. */
  change: Trend.nullable(),
  /** Over the last DEVELOPMENT_SPAN periods; null without a latest figure or with fewer than three periods from the first figure. */
  development: Development.nullable(),
  /** How old the latest figure is; null without one. */
  age: FigureAge.nullable(),
  references: z.array(ReferenceValue),
});
export type ProfileRow = z.infer<typeof ProfileRow>;

export const ProgrammeRef = z.object({ id: Id, slug: z.string(), name: LocalizedText });

/** "Where are we?": every indicator the programme follows, for one area, against the reference areas. */
export const AreaProfile = z.object({
  programme: ProgrammeRef,
  area: AreaRef,
  referenceAreas: z.array(AreaRef),
  rows: z.array(ProfileRow),
  sources: z.array(FigureSource).describe('The sources of the figures shown, first use first'),
});
export type AreaProfile = z.infer<typeof AreaProfile>;

export const AreaProfileParams = z.object({ id: Id, areaCode: z.string().trim().min(1).max(20) });

export const BreakdownOption = z.object({ key: z.string(), label: LocalizedText.nullable() });
export type BreakdownOption = z.infer<typeof BreakdownOption>;

export const RankedArea = z.object({
  area: AreaRef,
  point: ProfilePoint,
  /** 1 = best in the indicator's direction (largest when neutral); null when withheld. */
  rank: z.number().int().nullable(),
});
export type RankedArea = z.infer<typeof RankedArea>;

export const AreaSeries = z.object({
  area: AreaRef,
  isReference: z.boolean(),
  points: z.array(ProfilePoint),
});
export type AreaSeries = z.infer<typeof AreaSeries>;

export const IndicatorViewQuery = z.object({
  programme: z.string().trim().max(80).optional().describe('Programme slug: its focus and reference areas are used'),
  period: z.string().trim().max(20).optional().describe('Period for the ranking and map; the latest by default'),
  breakdown: z.string().trim().max(500).default(''),
  area: z.string().trim().max(20).optional().describe('Area code to follow over time'),
});
export type IndicatorViewQuery = z.infer<typeof IndicatorViewQuery>;

/** One indicator across areas (ranking, map) and over time (series with the reference areas). */
export const IndicatorView = z.object({
  indicator: Indicator,
  breakdowns: z.array(BreakdownOption),
  breakdown: z.string(),
  periods: z.array(z.string()).describe('Periods with observations, oldest first'),
  period: z.string().nullable(),
  /** How old the figures of `period` are; null without a period. */
  periodAge: FigureAge.nullable(),
  ranking: z.array(RankedArea),
  /** The areas in the ranking all lie in this one (e.g. Oslo for its city districts): the map shows its children. */
  mapParent: AreaRef.nullable(),
  series: z.array(AreaSeries),
  sources: z.array(FigureSource).describe('The sources of the figures shown, first use first'),
});
export type IndicatorView = z.infer<typeof IndicatorView>;

export const GeometryQuery = z.object({
  parent: z.string().trim().min(1).max(20).describe('Code of the area whose child areas to draw, e.g. 0301'),
});
export type GeometryQuery = z.infer<typeof GeometryQuery>;

/** GeoJSON FeatureCollection of area outlines; `properties.code` joins them to observations. */
export const AreaGeometries = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: z.string(), name: z.string() }),
      geometry: z.object({ type: z.string(), coordinates: z.array(z.unknown()) }),
    }),
  ),
});
export type AreaGeometries = z.infer<typeof AreaGeometries>;

export const EXPORT_FORMATS = ['csv', 'jsonstat'] as const;
export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  areas: z.string().trim().max(2000).optional().describe('Comma-separated area codes; all areas when left out'),
  breakdown: z.string().trim().max(500).optional().describe('Only this breakdown ("" is the total); all when left out'),
  lang: z.enum(LOCALES).default('nb').describe('Language of the labels and headers in the file'),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

export const ProfilePdfQuery = z.object({
  lang: z.enum(LOCALES).default('nb').describe('Language of the document: its words, number formats and /Lang'),
});
export type ProfilePdfQuery = z.infer<typeof ProfilePdfQuery>;

/** Area profiles, indicator views, area outlines and downloads. */
export const profilesApi = {
  areaProfile: endpoint({ method: 'GET', path: '/api/programmes/:id/profile/:areaCode', params: AreaProfileParams, response: AreaProfile }),
  /** A file (CSV or JSON-stat), reached through a plain link. */
  areaProfileExport: link({ path: '/api/programmes/:id/profile/:areaCode/export', params: AreaProfileParams, query: ExportQuery }),
  /** The area profile as an accessible PDF (tagged, PDF/UA-1), reached through a plain link. */
  areaProfilePdf: link({ path: '/api/programmes/:id/profile/:areaCode/pdf', params: AreaProfileParams, query: ProfilePdfQuery }),
  indicatorView: endpoint({ method: 'GET', path: '/api/indicators/:code/view', params: IndicatorCodeParams, query: IndicatorViewQuery, response: IndicatorView }),
  /** A file (CSV or JSON-stat), reached through a plain link. */
  indicatorExport: link({ path: '/api/indicators/:code/export', params: IndicatorCodeParams, query: ExportQuery }),
  /** Answers 304 to a matching If-None-Match (declared on the route). */
  geometries: endpoint({ method: 'GET', path: '/api/areas/geometries', query: GeometryQuery, response: AreaGeometries }),
};
