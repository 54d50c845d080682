import type { AreaKind } from '../../../../shared/contracts/areas';
import type { SourceDimension } from '../source/source-dimensions';
import type { AreaClassification } from '../../../../shared/contracts/imports';

/**
 * Which classification a file's area dimension follows, read from the dimension's id and label
 * as producers name them (SSB `TettSted` "tettsted", `KOKbydelsregion0000`, "Region", "fylke",
 * "skole" …), and whether an area of the register may stand for an area of it.
 *
 * Areas of different classifications can share a code and a name: SSB's urban settlement 0801
 * "Oslo" is not the municipality 0301 "Oslo" (it crosses municipal borders, and its residents
 * are far more than the municipality's). A file of city districts may carry its
 * municipality and the country as totals (an aggregate, a broader area), but a figure of one
 * classification under an area of another is wrong without anyone noticing.
 */
export type { AreaClassification };

const NAMED: [RegExp, AreaClassification][] = [
  [/tettsted|urban.?settlement/, 'urban_settlement'],
  [/grunnkrets|basic.?statistical/, 'basic_unit'],
  [/barnehage|kindergarten/, 'kindergarten'],
  [/skole|school/, 'school'],
  [/bydel|city.?district|borough/, 'city_district'],
  [/fylke|county/, 'county'],
  [/kommune|municipalit/, 'municipality'],
  [/^(land|country|hele.?landet|nasjon)/, 'country'],
];

/** The classification of an area dimension, or `unknown` (a mixed "Region", a file's own name). */
export function classifyAreaDimension(dim: Pick<SourceDimension, 'id' | 'label'>): AreaClassification {
  const text = `${dim.id} ${dim.label ?? ''}`.toLowerCase();
  return NAMED.find(([pattern]) => pattern.test(text))?.[1] ?? 'unknown';
}

/** How broad an area is: a broader area may stand as a total in a file of narrower ones. */
const LEVEL: Partial<Record<AreaClassification, number>> = { country: 0, county: 1, municipality: 2, city_district: 3, basic_unit: 4, school: 4, kindergarten: 4 };

/**
 * Whether a register area of `kind` may hold a figure of a source area of `classification`: the
 * same kind, or a broader one (a total); any kind when the classification is unknown. An urban
 * settlement fits no register kind but the country (its total).
 */
export function fitsClassification(classification: AreaClassification, kind: AreaKind): boolean {
  if (classification === 'unknown' || kind === 'country' || kind === classification) return true;
  if (classification === 'urban_settlement') return false;
  const from = LEVEL[classification];
  const to = LEVEL[kind];
  return from !== undefined && to !== undefined && to < from;
}
