import type { CubeMeta } from '@samordna/statistics-formats';

/**
 * The largest table this installation imports, judged from its header alone (before any cell is
 * read): every cell is visited when a file is read, and every category is listed for mapping, so a
 * file beyond these would keep a worker busy, or fill the mapping page, for nothing.
 */
export const MAX_CELLS = 50_000_000;
/** Cells a byte of file may stand for (sparse JSON-stat values, PX KEYS). */
export const MAX_CELLS_PER_BYTE = 200;
/** Categories of one dimension: Norway has about 14,000 basic statistical units (grunnkretser). */
export const MAX_CATEGORIES = 100_000;
export const MAX_DIMENSIONS = 64;

const count = (n: number) => n.toLocaleString('en');

export interface Oversized {
  /** TOO_MANY_DIMENSIONS, TOO_MANY_CATEGORIES, TOO_MANY_CELLS or SPARSE_CELLS. */
  code: string;
  params: Record<string, string | number>;
  message: string;
}

/** Why the table is refused, or null when it is within the limits. */
export function oversizedReason(meta: Pick<CubeMeta, 'cells' | 'dimensions'>, fileBytes: number): Oversized | null {
  const { cells, dimensions } = meta;
  if (dimensions.length > MAX_DIMENSIONS) {
    return { code: 'TOO_MANY_DIMENSIONS', params: { count: dimensions.length, max: MAX_DIMENSIONS }, message: `The table has ${count(dimensions.length)} dimensions; at most ${MAX_DIMENSIONS} can be imported.` };
  }
  const widest = dimensions.reduce<(typeof dimensions)[number] | undefined>((w, d) => (!w || d.categories.length > w.categories.length ? d : w), undefined);
  if (widest && widest.categories.length > MAX_CATEGORIES) {
    return {
      code: 'TOO_MANY_CATEGORIES',
      params: { dimension: widest.id, count: widest.categories.length, max: MAX_CATEGORIES },
      message: `The dimension "${widest.id}" has ${count(widest.categories.length)} categories; at most ${count(MAX_CATEGORIES)} can be imported. A file with a column per category (a wide CSV file) may need turning into one row per figure.`,
    };
  }
  if (cells > MAX_CELLS) {
    return { code: 'TOO_MANY_CELLS', params: { cells, max: MAX_CELLS }, message: `The table declares ${count(cells)} cells (the product of its dimensions' sizes); at most ${count(MAX_CELLS)} can be imported. Split it, or leave out categories, before importing.` };
  }
  if (cells > Math.max(1_000_000, MAX_CELLS_PER_BYTE * fileBytes)) {
    return { code: 'SPARSE_CELLS', params: { cells, bytes: fileBytes }, message: `The table declares ${count(cells)} cells (the product of its dimensions' sizes), far more than its ${count(fileBytes)} bytes hold data for; it is refused rather than read cell by cell.` };
  }
  return null;
}
