import type { AreaRef } from '../../../shared/contracts/indicators';
import type { ProfilePoint, RankedArea } from '../../../shared/contracts/profiles';
import type { ObservationStatus } from '../../../shared/domain/statistics';

/** Small builders for chart and table tests; ids are fixed so snapshots of ids stay stable. */
let next = 1;
export function area(code: string, name: string, kind: AreaRef['kind'] = 'city_district'): AreaRef {
  const id = `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`;
  return { id, code, name, kind };
}

export function point(period: string, value: number | null, status: ObservationStatus = 'none', symbol: string | null = null): ProfilePoint {
  return { period, value, status, symbol };
}

export function suppressed(period: string): ProfilePoint {
  return { period, value: null, status: 'suppressed', symbol: ':' };
}

export function ranked(a: AreaRef, p: ProfilePoint, rank: number | null): RankedArea {
  return { area: a, point: p, rank };
}

export const OSLO = area('0301', 'Oslo', 'municipality');
export const NORWAY = area('NO', 'Norge', 'country');
export const SAGENE = area('030103', 'Bydel Sagene');
export const ST_HANSHAUGEN = area('030104', 'Bydel St. Hanshaugen');
export const FROGNER = area('030105', 'Bydel Frogner');
export const STOVNER = area('030111', 'Bydel Stovner');
export const ALNA = area('030112', 'Bydel Alna');
