import { z } from './zod';
import type { ParseReason as ParseReasonType } from '../errors';
import { Id, IdParams, OkResponse, pageOf, PageQuery, Timestamp, WebUrl } from './common';
import { endpoint } from './endpoint';
import { IndicatorCode, ObservationStatus } from './indicators';
import { OBSERVATION_STATUSES } from '../domain/statistics';

/**
 * How the dimensions of a statistics file become observations. Every dimension of the file is
 * used exactly once: as the area, the period, the indicator (the metric), a breakdown, or a
 * filter that keeps one category. A dimension with a single category may be left out (it is
 * then a filter on that category). Saved as JSON, the same mapping drives
 * `samordna import FILE --mapping MAPPING.json`.
 *
 *   {
 *     "version": 1,
 *     "area": { "dimension": "Region", "codes": { "EAB": null }, "skipUnknown": false },
 *     "period": { "dimension": "Tid" },
 *     "indicator": { "dimension": "ContentsCode", "categories": { "KOSandel120000": "sosialhjelp-andel" } },
 *     "breakdowns": [{ "dimension": "Kjonn", "total": "0" }],
 *     "filters": [{ "dimension": "Alder", "category": "15-19" }]
 *   }
 */
export const DimensionId = z.string().min(1).max(200);

export const AreaMapping = z
  .object({
    dimension: DimensionId.optional().describe('The dimension holding the area codes'),
    fixed: z.string().trim().min(1).max(20).optional().describe('Area code for every cell, when the file has no area dimension'),
    codes: z
      .record(z.string(), z.string().nullable())
      .default({})
      .describe('Source code → register code; null skips that source area on purpose'),
    skipUnknown: z.boolean().default(false).describe('Skip source areas not in the register instead of refusing the import'),
    acrossClassifications: z
      .boolean()
      .default(false)
      .describe('Confirms that source areas of one classification (e.g. urban settlements) may be imported under register areas of another (e.g. municipalities)'),
  })
  .refine((m) => (m.dimension === undefined) !== (m.fixed === undefined), { message: 'dimensionOrFixed' });

export const PeriodMapping = z
  .object({
    dimension: DimensionId.optional(),
    fixed: z.string().trim().min(1).max(20).optional().describe('Period for every cell, when the file has no time dimension'),
  })
  .refine((m) => (m.dimension === undefined) !== (m.fixed === undefined), { message: 'dimensionOrFixed' });

export const IndicatorMapping = z
  .object({
    dimension: DimensionId.optional().describe('The metric dimension (JSON-stat role "metric", PX CONTVARIABLE)'),
    categories: z
      .record(z.string(), IndicatorCode.nullable())
      .default({})
      .describe('Metric category → indicator code; null (or left out) skips the category'),
    fixed: IndicatorCode.optional().describe('Indicator for every cell, when the file has no metric dimension'),
  })
  .refine((m) => (m.dimension === undefined) !== (m.fixed === undefined), { message: 'dimensionOrFixed' });

export const BreakdownMapping = z.object({
  dimension: DimensionId,
  total: z.string().optional().describe('The category that is the total (e.g. "Begge kjønn"): stored as no breakdown'),
});

export const FilterMapping = z.object({
  dimension: DimensionId,
  category: z.string().describe('The one category kept; cells of the others are left out'),
});

/**
 * Where the figures come from, kept with every figure the import writes: pages and exports name
 * it as the source of what they show. Read from the file where it says (JSON-stat `source`, PX
 * SOURCE and TABLEID); the analyst checks and completes it in the mapping.
 */
export const ImportSource = z.object({
  publisher: z.string().trim().max(200).optional().describe('Who publishes the figures, e.g. "Statistisk sentralbyrå (SSB)"'),
  tableId: z.string().trim().max(100).optional().describe('The table at the publisher, e.g. "14216"'),
  licence: z.string().trim().max(200).optional().describe('e.g. "CC BY 4.0" or "NLOD 2.0"'),
  retrieved: z.iso.date({ message: 'date' }).optional().describe('When the file was fetched (YYYY-MM-DD); the import date when left out'),
});
export type ImportSource = z.infer<typeof ImportSource>;

/** A source symbol as the file writes it ("e", ":", "..") or "null" for none. */
const SymbolKey = z.string().min(1).max(20);

export const ImportMapping = z.object({
  version: z.literal(1).default(1),
  dataset: z.number().int().min(0).default(0).describe('Which dataset of a JSON-stat collection or bundle'),
  area: AreaMapping,
  period: PeriodMapping,
  indicator: IndicatorMapping,
  breakdowns: z.array(BreakdownMapping).max(10).default([]),
  filters: z.array(FilterMapping).max(20).default([]),
  sourceUrl: WebUrl.optional().describe('Where the file came from, kept as provenance'),
  source: ImportSource.default({}),
  confirmOutliers: z
    .boolean()
    .default(false)
    .describe('Confirms figures that lie far outside what is known of their series (problem outsideKnownRange)'),
  statuses: z
    .record(SymbolKey, ObservationStatus)
    .refine((r) => Object.keys(r).length <= 50, { message: 'tooMany' })
    .default({})
    .describe('Source symbol → status, where the file\'s symbol means something else than its usual reading (e.g. "e" → "estimate", "x" → "suppressed")'),
});
export type ImportMapping = z.infer<typeof ImportMapping>;
export type ImportMappingInput = z.input<typeof ImportMapping>;

export const DIMENSION_ROLES = ['time', 'geo', 'metric'] as const;

export const InspectCategory = z.object({ code: z.string(), label: z.string() });

export const InspectDimension = z.object({
  id: z.string(),
  label: z.string(),
  role: z.enum(DIMENSION_ROLES).nullable(),
  size: z.number().int(),
  timeUnit: z.string().nullable(),
  categories: z.array(InspectCategory).describe('The first 1000 categories, in the file\'s order'),
  isTruncated: z.boolean(),
});
export type InspectDimension = z.infer<typeof InspectDimension>;

export const UPLOAD_FORMATS = ['jsonstat', 'px', 'csv'] as const;

/** What an uploaded file holds, read without writing anything, with a first guess at the mapping. */
/** Classifications of a file's areas: the register's kinds and those the register does not hold. */
export const AREA_CLASSIFICATIONS = ['country', 'county', 'municipality', 'city_district', 'school', 'urban_settlement', 'basic_unit', 'kindergarten', 'unknown'] as const;
export type AreaClassification = (typeof AREA_CLASSIFICATIONS)[number];

/** What a dimension of the file is used for in a mapping draft. */
export const DIMENSION_USES = ['area', 'period', 'indicator', 'breakdown', 'filter', 'none'] as const;
const DraftCode = z.string().max(200);
/**
 * The mapping step as the analyst left it: one choice per dimension of the file (a half-made one
 * too), kept with the upload so that the same step opened elsewhere (another tab, another day,
 * another colleague) goes on from there. Turned into an ImportMapping only when it is sent.
 */
export const MappingDraft = z.object({
  dataset: z.number().int().min(0),
  dimensions: z.record(DraftCode, z.object({ use: z.enum(DIMENSION_USES), category: DraftCode, total: DraftCode })),
  fixed: z.object({ area: DraftCode, period: DraftCode, indicator: DraftCode }),
  indicatorCategories: z.record(DraftCode, DraftCode),
  areaCodes: z.record(DraftCode, DraftCode.nullable()),
  skipUnknown: z.boolean(),
  acrossClassifications: z.boolean().default(false),
  confirmOutliers: z.boolean().default(false),
  sourceUrl: z.string().max(2000),
  source: z
    .object({ publisher: z.string().max(200), tableId: z.string().max(100), licence: z.string().max(200), retrieved: z.string().max(20) })
    .default({ publisher: '', tableId: '', licence: '', retrieved: '' }),
  statuses: z.record(DraftCode, ObservationStatus).default({}),
});
export type MappingDraft = z.infer<typeof MappingDraft>;

/** A symbol the file puts on its cells, and the status its cells get unless the mapping says otherwise. */
export const SymbolStatus = z.object({
  symbol: z.string(),
  figures: z.number().int().describe('Cells with a number that carry the symbol'),
  empty: z.number().int().describe('Cells without a number that carry it'),
  status: ObservationStatus.describe("The file's own reading (its legend, else the common one of SSB's symbols)"),
  text: z.string().nullable().describe('What the file says the symbol means'),
});
export type SymbolStatus = z.infer<typeof SymbolStatus>;

export const Upload = z.object({
  id: Id,
  fileName: z.string(),
  size: z.number().int(),
  checksum: z.string().describe('SHA-256 of the file, hex'),
  format: z.enum(UPLOAD_FORMATS),
  encoding: z.string(),
  title: z.string().nullable(),
  languages: z.array(z.string()),
  datasets: z.array(z.object({ index: z.number().int(), label: z.string() })).describe('JSON-stat collections and bundles hold several'),
  dataset: z.number().int(),
  dimensions: z.array(InspectDimension),
  cells: z.number().int(),
  values: z.number().int(),
  symbols: z.record(z.string(), z.number().int()),
  symbolStatuses: z.array(SymbolStatus),
  warnings: z.array(z.string()),
  suggestedMapping: ImportMapping,
  sourceUrl: z.string().nullable(),
  createdAt: Timestamp,
  draft: MappingDraft.nullable().describe('The mapping step of this dataset as it was last left, or null'),
});
export type Upload = z.infer<typeof Upload>;

export const UploadParams = z.object({ id: Id });
export const UploadDatasetQuery = z.object({ dataset: z.coerce.number().int().min(0).default(0) });
export type UploadDatasetQuery = z.infer<typeof UploadDatasetQuery>;

export const PreviewRow = z.object({
  indicatorCode: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  period: z.string(),
  breakdown: z.string(),
  value: z.number().nullable(),
  status: ObservationStatus,
  symbol: z.string().nullable(),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const StatusCounts = z.object(
  Object.fromEntries(OBSERVATION_STATUSES.map((s) => [s, z.number().int()])) as Record<
    (typeof OBSERVATION_STATUSES)[number],
    z.ZodNumber
  >,
);
export type StatusCounts = z.infer<typeof StatusCounts>;

/** One thing in the mapping that does not fit the file; `path` points into the mapping. */
export const MappingProblem = z.object({
  path: z.string().describe('e.g. "area.dimension" or "indicator.categories.KOSandel"'),
  code: z.string().describe('Translation key under importProblem.'),
  message: z.string(),
  /** The source codes concerned (unknown areas, unreadable periods, unknown indicators). */
  values: z.array(z.string()).optional(),
});
export type MappingProblem = z.infer<typeof MappingProblem>;

/** A figure far outside what is known of its series (indicator × area × breakdown). */
export const Outlier = z.object({
  indicatorCode: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  period: z.string(),
  breakdown: z.string(),
  value: z.number(),
  knownMin: z.number(),
  knownMax: z.number(),
});
export type Outlier = z.infer<typeof Outlier>;

export const ImportPreview = z.object({
  rows: z.array(PreviewRow).describe('The first 50 rows the import would write'),
  summary: z.object({
    cells: z.number().int().describe('Cells in the file (the full cube)'),
    rows: z.number().int().describe('Observations the import would write'),
    values: z.number().int().describe('Of those, with a number'),
    statuses: StatusCounts,
    skipped: z.number().int().describe('Cells left out by filters, skipped areas or unmapped metrics, and empty cells (no number and no symbol)'),
  }),
  areas: z.object({
    matched: z.array(z.object({ source: z.string(), code: z.string(), name: z.string() })),
    unknown: z.array(z.object({ source: z.string(), label: z.string() })),
    skipped: z.array(z.string()),
    classification: z
      .enum(AREA_CLASSIFICATIONS)
      .describe("The classification the file's areas follow, read from the area dimension's id and label; unknown for a mixed one"),
  }),
  periods: z.array(z.string()).describe('Canonical periods the import would write'),
  indicators: z.array(z.object({ code: z.string(), rows: z.number().int() })),
  outliers: z.object({ count: z.number().int(), examples: z.array(Outlier).describe('The first 20') }),
  problems: z.array(MappingProblem),
  isValid: z.boolean().describe('True when the import can run as mapped'),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/**
 * An import's way: `queued` → `running` → `succeeded` or `failed`. A running import whose worker
 * is gone (a crash, a killed server) becomes `interrupted`; one stopped on purpose `cancelled`.
 * Neither has written anything, and both can be started again.
 */
export const IMPORT_STATES = ['queued', 'running', 'succeeded', 'failed', 'interrupted', 'cancelled'] as const;
export const ImportState = z.enum(IMPORT_STATES);
export type ImportState = z.infer<typeof ImportState>;

export const ImportResult = z.object({
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rows: z.number().int(),
  statuses: StatusCounts,
});
export type ImportResult = z.infer<typeof ImportResult>;

/** Why a file could not be read, to word in the reader's language (shared/errors.ts ParseReason). */
export const ParseReason = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  path: z.string().optional(),
}) satisfies z.ZodType<ParseReasonType>;

export const ImportError = z.object({
  code: z.string(),
  message: z.string(),
  position: z.string().nullable().describe('Line and column, or JSON path, when the file is at fault'),
  reason: ParseReason.nullable().default(null).describe('Why the file could not be read, for wording in the reader\'s language'),
  problems: z.array(MappingProblem).default([]),
});

/** One import: provenance (file, checksum, source, who, when), progress and outcome. */
export const StatisticsImport = z.object({
  id: Id,
  state: ImportState,
  fileName: z.string(),
  checksum: z.string(),
  size: z.number().int(),
  format: z.enum(UPLOAD_FORMATS),
  title: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  mapping: ImportMapping,
  createdBy: z.object({ id: Id, name: z.string() }).nullable(),
  createdAt: Timestamp,
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  result: ImportResult.nullable(),
  error: ImportError.nullable(),
});
export type StatisticsImport = z.infer<typeof StatisticsImport>;

export const ImportCreate = z.object({ uploadId: Id, mapping: ImportMapping });
export type ImportCreate = z.infer<typeof ImportCreate>;
export const ImportPage = pageOf(StatisticsImport);
export const ImportQuery = PageQuery.extend({ state: ImportState.optional() });
export type ImportQuery = z.infer<typeof ImportQuery>;

/** A value that an import changed: the history of revised statistics. */
export const ObservationChange = z.object({
  indicatorCode: z.string(),
  areaCode: z.string(),
  period: z.string(),
  breakdown: z.string(),
  before: z.object({ value: z.number().nullable(), status: ObservationStatus }),
  after: z.object({ value: z.number().nullable(), status: ObservationStatus }),
  importId: Id.nullable(),
  changedAt: Timestamp,
});
export type ObservationChange = z.infer<typeof ObservationChange>;
export const ObservationChangePage = pageOf(ObservationChange);

export const SavedMapping = z.object({
  id: Id,
  name: z.string(),
  mapping: ImportMapping,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SavedMapping = z.infer<typeof SavedMapping>;
export const SavedMappingCreate = z.object({ name: z.string().trim().min(1).max(200), mapping: ImportMapping });
export type SavedMappingCreate = z.infer<typeof SavedMappingCreate>;
/** A saved mapping as lists show it: its name, without the mapping (which can be large). */
export const SavedMappingSummary = SavedMapping.omit({ mapping: true });
export type SavedMappingSummary = z.infer<typeof SavedMappingSummary>;
/** Saved mappings by name, a page at a time (`GET /api/statistics/mappings?q=`). */
export const SavedMappingPage = pageOf(SavedMappingSummary);

/** Statistics uploads, mapping and preview, import jobs with their progress and changes, saved mappings. */
export const importsApi = {
  /** Multipart (field `file`, optional `sourceUrl`): sent with the client's `api.upload`, not `call`. */
  upload: endpoint({ method: 'POST', path: '/api/statistics/uploads', response: Upload, status: 201 }),
  getUpload: endpoint({ method: 'GET', path: '/api/statistics/uploads/:id', params: UploadParams, query: UploadDatasetQuery, response: Upload }),
  saveDraft: endpoint({ method: 'PUT', path: '/api/statistics/uploads/:id/draft', params: UploadParams, body: MappingDraft, response: OkResponse }),
  preview: endpoint({ method: 'POST', path: '/api/statistics/uploads/:id/preview', params: UploadParams, body: ImportMapping, response: ImportPreview }),
  create: endpoint({ method: 'POST', path: '/api/statistics/imports', body: ImportCreate, response: StatisticsImport, status: 202 }),
  list: endpoint({ method: 'GET', path: '/api/statistics/imports', query: ImportQuery, response: ImportPage }),
  get: endpoint({ method: 'GET', path: '/api/statistics/imports/:id', params: IdParams, response: StatisticsImport }),
  changes: endpoint({ method: 'GET', path: '/api/statistics/imports/:id/changes', params: IdParams, query: PageQuery, response: ObservationChangePage }),
  cancel: endpoint({ method: 'POST', path: '/api/statistics/imports/:id/cancel', params: IdParams, response: StatisticsImport }),
  restart: endpoint({ method: 'POST', path: '/api/statistics/imports/:id/restart', params: IdParams, response: StatisticsImport }),
  mappings: endpoint({ method: 'GET', path: '/api/statistics/mappings', query: PageQuery, response: SavedMappingPage }),
  mapping: endpoint({ method: 'GET', path: '/api/statistics/mappings/:id', params: IdParams, response: SavedMapping }),
  createMapping: endpoint({ method: 'POST', path: '/api/statistics/mappings', body: SavedMappingCreate, response: SavedMapping, status: 201 }),
  updateMapping: endpoint({ method: 'PUT', path: '/api/statistics/mappings/:id', params: IdParams, body: SavedMappingCreate, response: SavedMapping }),
  removeMapping: endpoint({ method: 'DELETE', path: '/api/statistics/mappings/:id', params: IdParams, response: OkResponse }),
};
