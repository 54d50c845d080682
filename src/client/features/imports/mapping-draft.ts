import { IndicatorCode } from '../../../shared/contracts/indicators';
import {
  DIMENSION_USES,
  ImportMapping,
  ImportSource,
  type ImportMappingInput,
  type MappingDraft,
  type InspectDimension,
  type Upload,
} from '../../../shared/contracts/imports';
import { parsePeriod } from '../../../shared/domain/periods';

/**
 * The mapping step's state (the contract's `MappingDraft`): one choice per dimension of the file,
 * as the user sees it, turned into the contract's `ImportMapping` only when it is sent, so that a
 * half-made choice (a dimension not yet given a use) can be shown, explained and kept.
 */
export { DIMENSION_USES };
export type DimensionUse = (typeof DIMENSION_USES)[number];

/** Uses at most one dimension can have; without one, a fixed value stands in for every cell. */
export const SINGLE_USES = ['area', 'period', 'indicator'] as const;
export type SingleUse = (typeof SINGLE_USES)[number];

/** The state of the mapping step, as the contract defines it (it is kept with the upload). */
export type { MappingDraft };
export type DimensionChoice = MappingDraft['dimensions'][string];

export interface DraftFromMapping {
  draft: MappingDraft;
  /** Dimensions the mapping names that this file does not have (a saved mapping of another table). */
  ignored: string[];
}

const firstCode = (d: InspectDimension) => d.categories[0]?.code ?? '';

/** The draft for a mapping (the server's suggestion, or a saved one) applied to this file. */
export function draftFromMapping(
  upload: Pick<Upload, 'dimensions' | 'dataset' | 'sourceUrl'>,
  input: ImportMappingInput,
): DraftFromMapping {
  // Read leniently: a suggestion may leave the area or period open when the file does not say.
  const mapping = {
    area: {
      ...input.area,
      codes: input.area.codes ?? {},
      skipUnknown: input.area.skipUnknown ?? false,
      acrossClassifications: input.area.acrossClassifications ?? false,
    },
    period: input.period,
    indicator: { ...input.indicator, categories: input.indicator.categories ?? {} },
    breakdowns: input.breakdowns ?? [],
    filters: input.filters ?? [],
    sourceUrl: input.sourceUrl,
    source: input.source ?? {},
    statuses: input.statuses ?? {},
    confirmOutliers: input.confirmOutliers ?? false,
  };
  const ids = new Set(upload.dimensions.map((d) => d.id));
  const dimensions: Record<string, DimensionChoice> = {};
  for (const d of upload.dimensions) {
    const breakdown = mapping.breakdowns.find((b) => b.dimension === d.id);
    const filter = mapping.filters.find((f) => f.dimension === d.id);
    let use: DimensionUse = 'none';
    if (mapping.area.dimension === d.id) use = 'area';
    else if (mapping.period.dimension === d.id) use = 'period';
    else if (mapping.indicator.dimension === d.id) use = 'indicator';
    else if (breakdown) use = 'breakdown';
    else if (filter) use = 'filter';
    const known = (code: string | undefined) =>
      code !== undefined && d.categories.some((c) => c.code === code) ? code : undefined;
    dimensions[d.id] = {
      use,
      category: known(filter?.category) ?? firstCode(d),
      total: known(breakdown?.total) ?? '',
    };
  }
  const named = [
    mapping.area.dimension,
    mapping.period.dimension,
    mapping.indicator.dimension,
    ...mapping.breakdowns.map((b) => b.dimension),
    ...mapping.filters.map((f) => f.dimension),
  ].filter((id): id is string => id !== undefined);
  const indicatorCategories: Record<string, string> = {};
  for (const [category, code] of Object.entries(mapping.indicator.categories))
    indicatorCategories[category] = code ?? '';
  return {
    draft: {
      dataset: upload.dataset,
      dimensions,
      fixed: {
        area: mapping.area.fixed ?? '',
        period: mapping.period.fixed ?? '',
        indicator: mapping.indicator.fixed ?? '',
      },
      indicatorCategories,
      areaCodes: { ...mapping.area.codes },
      skipUnknown: mapping.area.skipUnknown,
      acrossClassifications: mapping.area.acrossClassifications,
      sourceUrl: mapping.sourceUrl ?? upload.sourceUrl ?? '',
      source: {
        publisher: mapping.source.publisher ?? '',
        tableId: mapping.source.tableId ?? '',
        licence: mapping.source.licence ?? '',
        retrieved: mapping.source.retrieved ?? '',
      },
      statuses: { ...mapping.statuses },
      confirmOutliers: mapping.confirmOutliers,
    },
    ignored: [...new Set(named.filter((id) => !ids.has(id)))],
  };
}

/** The dimension that has a single use, if any. */
export function dimensionWith(draft: MappingDraft, use: SingleUse): string | undefined {
  return Object.entries(draft.dimensions).find(([, c]) => c.use === use)?.[0];
}

/**
 * Gives a dimension a use. The area, period and indicator are one dimension each: giving one of
 * those uses to a dimension takes it from the dimension that had it, which is left unused.
 */
export function setDimensionUse(
  draft: MappingDraft,
  dimension: InspectDimension,
  use: DimensionUse,
): MappingDraft {
  const dimensions = { ...draft.dimensions };
  if ((SINGLE_USES as readonly string[]).includes(use)) {
    for (const [id, choice] of Object.entries(dimensions)) {
      if (id !== dimension.id && choice.use === use) dimensions[id] = { ...choice, use: 'none' };
    }
  }
  const current = dimensions[dimension.id] ?? { use: 'none', category: '', total: '' };
  dimensions[dimension.id] = {
    ...current,
    use,
    category: current.category || firstCode(dimension),
  };
  return { ...draft, dimensions };
}

export function setDimensionChoice(
  draft: MappingDraft,
  id: string,
  patch: Partial<Omit<DimensionChoice, 'use'>>,
): MappingDraft {
  const current = draft.dimensions[id];
  if (!current) return draft;
  return { ...draft, dimensions: { ...draft.dimensions, [id]: { ...current, ...patch } } };
}

/**
 * Dimensions still without a use. One with a single category may stay so (it filters on that
 * category); any other must be given a use before the file can be imported.
 */
export function unusedDimensions(
  draft: MappingDraft,
  dimensions: readonly InspectDimension[],
): InspectDimension[] {
  return dimensions.filter((d) => (draft.dimensions[d.id]?.use ?? 'none') === 'none' && d.size > 1);
}

/** The contract's mapping for the draft (not yet validated: see `checkDraft`). */
export function mappingFromDraft(
  draft: MappingDraft,
  dimensions: readonly InspectDimension[],
): ImportMappingInput {
  const byUse = (use: DimensionUse) =>
    dimensions.filter((d) => draft.dimensions[d.id]?.use === use);
  const single = (use: SingleUse) => {
    const d = byUse(use)[0];
    if (d) return { dimension: d.id };
    const fixed = draft.fixed[use].trim();
    return fixed ? { fixed } : {};
  };
  const indicatorDimension = byUse('indicator')[0];
  const categories: Record<string, string | null> = {};
  if (indicatorDimension) {
    for (const c of indicatorDimension.categories) {
      const code = draft.indicatorCategories[c.code]?.trim();
      categories[c.code] = code ? code : null;
    }
  }
  const sourceUrl = draft.sourceUrl.trim();
  return {
    version: 1,
    dataset: draft.dataset,
    area: { ...single('area'), codes: { ...draft.areaCodes }, skipUnknown: draft.skipUnknown, acrossClassifications: draft.acrossClassifications },
    period: single('period'),
    indicator: indicatorDimension
      ? { dimension: indicatorDimension.id, categories }
      : single('indicator'),
    breakdowns: byUse('breakdown').map((d) => {
      const total = draft.dimensions[d.id]!.total;
      return total ? { dimension: d.id, total } : { dimension: d.id };
    }),
    filters: byUse('filter').map((d) => ({
      dimension: d.id,
      category: draft.dimensions[d.id]!.category,
    })),
    ...(sourceUrl ? { sourceUrl } : {}),
    source: sourceOf(draft.source),
    statuses: { ...draft.statuses },
    confirmOutliers: draft.confirmOutliers,
  };
}

/** The provenance fields as the mapping sends them: empty ones left out. */
function sourceOf(fields: MappingDraft['source']): NonNullable<ImportMappingInput['source']> {
  const out: NonNullable<ImportMappingInput['source']> = {};
  for (const key of ['publisher', 'tableId', 'licence', 'retrieved'] as const) {
    const value = fields[key].trim();
    if (value) out[key] = value;
  }
  return out;
}

/** Something in the draft to fix before the preview; `path` names the field it belongs to. */
export interface DraftProblem {
  path: string;
  key: string;
  params?: Record<string, unknown>;
}

/** What must be fixed before the mapping can be previewed, in the order of the form. */
export function checkDraft(
  draft: MappingDraft,
  dimensions: readonly InspectDimension[],
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  dimensions.forEach((d, index) => {
    const choice = draft.dimensions[d.id];
    if (!choice || choice.use === 'none') {
      if (d.size > 1)
        problems.push({
          path: `dimension.${index}`,
          key: 'imports.draft.unused',
          params: { dimension: d.label || d.id, count: d.size },
        });
    } else if (choice.use === 'filter' && !d.categories.some((c) => c.code === choice.category)) {
      problems.push({
        path: `dimension.${index}.category`,
        key: 'imports.draft.filterCategory',
        params: { dimension: d.label || d.id },
      });
    }
  });
  for (const use of SINGLE_USES) {
    if (dimensionWith(draft, use) !== undefined) continue;
    const fixed = draft.fixed[use].trim();
    if (!fixed) {
      problems.push({ path: `fixed.${use}`, key: `imports.draft.missing.${use}` });
    } else if (use === 'period' && !parsePeriod(fixed)) {
      problems.push({
        path: 'fixed.period',
        key: 'imports.draft.badPeriod',
        params: { value: fixed },
      });
    } else if (use === 'indicator' && !IndicatorCode.safeParse(fixed).success) {
      problems.push({
        path: 'fixed.indicator',
        key: 'imports.draft.badIndicator',
        params: { value: fixed },
      });
    }
  }
  const metric = dimensions.find((d) => draft.dimensions[d.id]?.use === 'indicator');
  if (
    metric &&
    !metric.categories.some((c) => (draft.indicatorCategories[c.code] ?? '').trim() !== '')
  ) {
    problems.push({
      path: 'indicator.categories',
      key: 'imports.draft.noIndicator',
      params: { dimension: metric.label || metric.id },
    });
  }
  const breakdowns = dimensions.filter((d) => draft.dimensions[d.id]?.use === 'breakdown').length;
  if (breakdowns > 10)
    problems.push({
      path: 'breakdowns',
      key: 'imports.draft.tooManyBreakdowns',
      params: { count: 10 },
    });
  const sourceUrl = draft.sourceUrl.trim();
  if (sourceUrl && !ImportMapping.shape.sourceUrl.safeParse(sourceUrl).success) {
    problems.push({ path: 'sourceUrl', key: 'validation.url' });
  }
  const retrieved = draft.source.retrieved.trim();
  if (retrieved && !ImportSource.shape.retrieved.safeParse(retrieved).success) {
    problems.push({ path: 'source.retrieved', key: 'validation.date' });
  }
  return problems;
}

/** The mapping as a file for `samordna import FILE --mapping MAPPING.json`, with defaults written out. */
export function mappingFileText(mapping: ImportMappingInput): string {
  return `${JSON.stringify(ImportMapping.parse(mapping), null, 2)}\n`;
}

/** "kostra-bydel.json" → "kostra-bydel.mapping.json". */
export function mappingFileName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]+$/, '') || 'statistikk';
  return `${base}.mapping.json`;
}
