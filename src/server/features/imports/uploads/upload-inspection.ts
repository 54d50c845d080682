import type { InspectDimension, MappingDraft, SymbolStatus, Upload } from '../../../../shared/contracts/imports';
import { statusForSymbol, summarizeCells, type Cube, type CubeSource, type SymbolLegendEntry } from '@samordna/statistics-formats';
import { suggestMapping } from '../mappings/mapping-suggestion';
import { suggestSource } from '../mappings/source-suggestion';
import { toSourceDimension, type SourceDimension } from '../source/source-dimensions';
import type { UploadFormat } from '../imports.table';

/** What a dataset of an uploaded file holds, kept with the upload (`statistics_uploads.inspection`). */
export interface DatasetInspection {
  title: string | null;
  encoding: string;
  languages: string[];
  dimensions: SourceDimension[];
  cells: number;
  values: number;
  symbols: Record<string, number>;
  /** Cells with a number that carry a symbol, by symbol (absent from inspections before it was kept). */
  marked?: Record<string, number>;
  /** What the file says its symbols mean. */
  legend?: SymbolLegendEntry[];
  /** What the file says about where it comes from. */
  source?: CubeSource;
  warnings: string[];
  isMetadataOnly: boolean;
}

export interface StoredInspection {
  format: UploadFormat;
  /** The datasets with data in the file (one for PX and CSV), by position in the document. */
  datasets: { index: number; label: string }[];
  /** Inspected datasets by position; the others are inspected when first asked for. */
  byDataset: Record<string, DatasetInspection>;
}

export const MAX_LISTED_CATEGORIES = 1000;

/** Counts every cell once (flat memory) and notes what a person should know before mapping. */
export async function inspectDataset(cube: Cube): Promise<DatasetInspection> {
  const summary = await summarizeCells(cube);
  const { meta } = cube;
  const warnings = [...(meta.warnings ?? [])];
  const has = (role: string) => meta.dimensions.some((d) => d.role === role);
  if (!has('geo')) warnings.push('The file has no area (geo) dimension: choose the area its figures are for.');
  if (!has('time')) warnings.push('The file names no time dimension: choose the period dimension, or the period its figures are for.');
  if (!has('metric')) warnings.push('The file has no metric dimension: its figures feed one indicator.');
  if (meta.metadataOnly) warnings.push('The file describes a table but holds no figures (a metadata response).');
  return {
    title: meta.title,
    encoding: meta.encoding,
    languages: meta.languages,
    dimensions: meta.dimensions.map(toSourceDimension),
    cells: meta.cells,
    values: summary.values,
    symbols: summary.symbols,
    marked: summary.marked,
    ...(meta.symbolLegend ? { legend: meta.symbolLegend } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    warnings,
    isMetadataOnly: meta.metadataOnly === true,
  };
}

/**
 * Every symbol the file puts on its cells, with how many figures and empty cells carry it and
 * how the file's own legend (or the common reading of SSB's symbols) takes it: the table the
 * analyst checks and may change in the mapping (`statuses`).
 */
export function symbolStatuses(inspection: DatasetInspection): SymbolStatus[] {
  const bySymbol = new Map<string, { figures: number; empty: number }>();
  for (const [symbol, n] of Object.entries(inspection.marked ?? {})) bySymbol.set(symbol, { figures: n, empty: 0 });
  for (const [symbol, n] of Object.entries(inspection.symbols)) {
    if (symbol === 'null') continue;
    const entry = bySymbol.get(symbol) ?? { figures: 0, empty: 0 };
    entry.empty += n;
    bySymbol.set(symbol, entry);
  }
  // By symbol: the counts come back from jsonb with their keys in its own order.
  return [...bySymbol].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([symbol, counts]) => {
    const legend = inspection.legend?.find((l) => l.symbol === symbol);
    return {
      symbol,
      ...counts,
      status: legend?.status ?? statusForSymbol(symbol, counts.figures > 0),
      text: legend && legend.text !== symbol ? legend.text : null,
    };
  });
}

function toInspectDimension(d: SourceDimension): InspectDimension {
  return {
    id: d.id,
    label: d.label,
    role: d.role,
    size: d.categories.length,
    timeUnit: d.timeUnit ?? null,
    categories: d.categories.slice(0, MAX_LISTED_CATEGORIES).map((c) => ({ code: c.code, label: c.label })),
    isTruncated: d.categories.length > MAX_LISTED_CATEGORIES,
  };
}

export interface UploadRecord {
  id: string;
  fileName: string;
  size: number;
  checksum: string;
  sourceUrl: string | null;
  createdAt: Date;
  drafts: Record<string, MappingDraft>;
}

/** The API view of an upload and one of its datasets, with a suggested mapping. */
export function toUpload(
  row: UploadRecord,
  stored: StoredInspection,
  dataset: number,
  inspection: DatasetInspection,
  indicatorCodes: ReadonlySet<string>,
): Upload {
  return {
    id: row.id,
    fileName: row.fileName,
    size: row.size,
    checksum: row.checksum,
    format: stored.format,
    encoding: inspection.encoding,
    title: inspection.title,
    languages: inspection.languages,
    datasets: stored.datasets,
    dataset,
    dimensions: inspection.dimensions.map(toInspectDimension),
    cells: inspection.cells,
    values: inspection.values,
    symbols: inspection.symbols,
    warnings: inspection.warnings,
    symbolStatuses: symbolStatuses(inspection),
    suggestedMapping: {
      ...suggestMapping(inspection.dimensions, dataset, { indicatorCodes, title: inspection.title }),
      ...(row.sourceUrl ? { sourceUrl: row.sourceUrl } : {}),
      source: suggestSource(inspection.source, row.fileName, row.createdAt),
    },
    sourceUrl: row.sourceUrl,
    createdAt: row.createdAt.toISOString(),
    draft: row.drafts[String(dataset)] ?? null,
  };
}
