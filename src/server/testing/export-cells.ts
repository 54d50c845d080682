import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { coordsOf, iterateCells, type Cube } from '@samordna/statistics-formats';
import type { ObservationStatus } from '../../shared/domain/statistics';
import { TOTAL_CATEGORY } from '../features/profiles/profiles.jsonstat';

/** An observation as the round trip compares it. */
export interface Cell {
  indicator: string;
  area: string;
  period: string;
  breakdown: string;
  value: number | null;
  status: ObservationStatus;
}

const key = (c: Cell) => `${c.indicator}|${c.area}|${c.breakdown}|${c.period}`;
export const sortCells = (cells: Cell[]): Cell[] => cells.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** The observations in the database, optionally only some indicators and areas. */
export async function storedCells(db: Db, filter: { indicators?: string[]; areas?: string[] } = {}): Promise<Cell[]> {
  const res = await db.execute<{ indicator: string; area: string; period: string; breakdown: string; value: number | null; status: ObservationStatus }>(sql`
    select i.code as indicator, a.code as area, o.period, o.breakdown, o.value, o.status
    from observations o join indicators i on i.id = o.indicator_id join areas a on a.id = o.area_id`);
  return sortCells(res.rows.filter((r) => (!filter.indicators || filter.indicators.includes(r.indicator)) && (!filter.areas || filter.areas.includes(r.area))));
}

/**
 * Reads an exported cube back into observations, the way an import maps it: the geo, time and
 * metric dimensions are area, period and indicator; every other dimension is a breakdown whose
 * total category stands for "no breakdown". A cell with neither a number nor a symbol is one
 * the export left out of its sparse `value`.
 */
export async function cubeCells(cube: Cube): Promise<Cell[]> {
  const dims = cube.meta.dimensions;
  const sizes = dims.map((d) => d.categories.length);
  const out: Cell[] = [];
  for await (const cell of iterateCells(cube)) {
    if (cell.value === null && cell.symbol === null) continue;
    const coords = coordsOf(cell.index, sizes);
    const at = (role: string) => {
      const d = dims.findIndex((x) => x.role === role);
      return dims[d]!.categories[coords[d]!]!.code;
    };
    const breakdown = dims
      .map((d, i) => [d, d.categories[coords[i]!]!.code] as const)
      .filter(([d, code]) => d.role === null && code !== TOTAL_CATEGORY)
      .map(([d, code]) => `${d.id}=${code}`)
      .sort()
      .join(';');
    out.push({ indicator: at('metric'), area: at('geo'), period: at('time'), breakdown, value: cell.value, status: cell.status });
  }
  return sortCells(out);
}
