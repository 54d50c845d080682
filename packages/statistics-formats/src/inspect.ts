import { summarizeCells, type Cube, type CubeFormat, type DimensionRole } from './cube';
import { parseStatistics } from './detect';

export interface InspectDimension {
  id: string;
  label: string;
  role: DimensionRole;
  size: number;
}

export interface InspectItem {
  key: string;
  label: string | null;
  href: string | null;
  /** Cells of an embedded dataset; null for a link to another document. */
  cells: number | null;
}

export interface InspectResult {
  format: CubeFormat;
  encoding: string;
  title: string | null;
  languages: string[];
  dimensions: InspectDimension[];
  /** Full cube size (after PX KEYS expansion). */
  cells: number;
  /** Cells holding a number. */
  values: number;
  /**
   * Cells without a number, by source symbol: the PX missing code ("..", "."), the JSON-stat
   * status letter, or "null" when the source gives none. PX "-" (nil) is an exact zero, so
   * those cells hold the number 0 and count under `values`, not here.
   */
  symbols: Record<string, number>;
  /** Only for JSON-stat collections and bundles: what the document lists. */
  items?: InspectItem[];
}

export interface InspectOptions {
  /** JSON-stat collections and bundles: which dataset (position, key, href or label). */
  dataset?: number | string;
}

/** Walks every cell once, keeping only counts. */
export async function inspectCube(cube: Cube): Promise<InspectResult> {
  const summary = await summarizeCells(cube);
  const { meta } = cube;
  return {
    format: meta.format,
    encoding: meta.encoding,
    title: meta.title,
    languages: meta.languages,
    dimensions: meta.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      role: d.role,
      size: d.categories.length,
    })),
    cells: meta.cells,
    values: summary.values,
    symbols: summary.symbols,
  };
}

/** Format, shape and cell counts of a statistics file, told apart by content, not by name. */
export async function inspectInput(
  input: string | Uint8Array | { path: string },
  options: InspectOptions = {},
): Promise<InspectResult> {
  const parsed = await parseStatistics(input);
  if (parsed.format !== 'jsonstat') return inspectCube(parsed.cube);
  const { document } = parsed;
  const items: InspectItem[] | undefined =
    document.kind === 'dataset'
      ? undefined
      : document.items.map((item) => ({
          key: item.key,
          label: item.label,
          href: item.href,
          cells: item.cube ? item.cube.meta.cells : null,
        }));
  const hasData = document.items.some((item) => item.cube !== null);
  if (!hasData && options.dataset === undefined) {
    // A collection of links: nothing to count, but say what it points to.
    return {
      format: 'jsonstat',
      encoding: 'utf-8',
      title: document.label,
      languages: [],
      dimensions: [],
      cells: 0,
      values: 0,
      symbols: {},
      ...(items ? { items } : {}),
    };
  }
  const result = await inspectCube(document.dataset(options.dataset));
  return items ? { ...result, items } : result;
}

export function inspectFile(path: string, options: InspectOptions = {}): Promise<InspectResult> {
  return inspectInput({ path }, options);
}
