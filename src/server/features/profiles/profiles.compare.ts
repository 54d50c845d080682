import type { Direction } from '../../../shared/domain/progress';
import { isWithheldStatus } from '../../../shared/domain/statistics';
import type { Comparison, ProfilePoint, Trend, Development } from '../../../shared/contracts/profiles';
import { DEVELOPMENT_SPAN } from '../../../shared/contracts/profiles';

/**
 * The rules of "where are we?": how a figure compares with another, how it moved since the last
 * period, and how areas rank. Figures are compared as they are published, at the indicator's
 * decimals: 6.81 and 6.84 shown as "6,8" are the same, whatever the stored digits say.
 */

/**
 * The figure as an integer count of its last shown decimal, so equality is exact: halves round
 * up, as the figures are shown (6.85 → 6.9, −2.5 → −2).
 */
export function atDecimals(value: number, decimals: number): number {
  return Math.floor(value * 10 ** decimals + 0.5);
}

/** The number of a point when it may be used; null when missing or withheld. */
export function usableValue(point: ProfilePoint | null | undefined): number | null {
  if (!point || point.value === null || isWithheldStatus(point.status)) return null;
  return point.value;
}

/**
 * The area's figure against a reference's, in the indicator's direction. A neutral indicator
 * has no better or worse; a withheld or missing side makes any comparison meaningless.
 */
export function compareWithReference(
  area: ProfilePoint | null,
  reference: ProfilePoint | null,
  direction: Direction,
  decimals: number,
): Comparison {
  const a = usableValue(area);
  const b = usableValue(reference);
  if (a === null || b === null || direction === 'neutral') return 'not_comparable';
  const x = atDecimals(a, decimals);
  const y = atDecimals(b, decimals);
  if (x === y) return 'same';
  return (x > y) === (direction === 'higher_is_better') ? 'better' : 'worse';
}

/**
 * The latest figure against the one of the period before it. A withheld previous figure gives
 * no trend rather than a jump to an older one: skipping the gap would hide that the series broke.
 */
export function changeSince(latest: ProfilePoint | null, previous: ProfilePoint | null, decimals: number): Trend | null {
  const a = usableValue(latest);
  const b = usableValue(previous);
  if (a === null || b === null) return null;
  const x = atDecimals(a, decimals);
  const y = atDecimals(b, decimals);
  return x === y ? 'flat' : x > y ? 'up' : 'down';
}

/**
 * The development over the last `span` periods of a trend (oldest first): from the earliest usable
 * figure among them to the latest one, which must be usable itself, at least three periods apart
 * (two would only repeat the change since the previous period).
 */
export function developmentOver(trend: readonly ProfilePoint[], decimals: number, span = DEVELOPMENT_SPAN): Development | null {
  const window = trend.slice(-span);
  const to = window[window.length - 1];
  if (!to || usableValue(to) === null) return null;
  const start = window.findIndex((p) => usableValue(p) !== null);
  const from = window[start];
  // Two periods would only repeat the change since the period before.
  if (!from || window.length - start < 3) return null;
  const x = atDecimals(usableValue(to)!, decimals);
  const y = atDecimals(usableValue(from)!, decimals);
  return { direction: x === y ? 'flat' : x > y ? 'up' : 'down', from, to, periods: window.length - start };
}

export interface Rankable<A extends { name: string }> {
  area: A;
  point: ProfilePoint;
}

const byName = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/**
 * Ranks areas: 1 is best in the indicator's direction (the largest value when neutral). Equal
 * figures at the indicator's decimals share a rank and the next rank is skipped (1, 2, 2, 4),
 * as sports tables and official league tables do. Areas without a usable figure (withheld or
 * missing) get no rank and come last; within a rank or among the unranked, by name.
 */
export function rankAreas<A extends { name: string }>(
  entries: readonly Rankable<A>[],
  direction: Direction,
  decimals: number,
): (Rankable<A> & { rank: number | null })[] {
  const ranked: { entry: Rankable<A>; key: number }[] = [];
  const unranked: Rankable<A>[] = [];
  for (const entry of entries) {
    const v = usableValue(entry.point);
    if (v === null) unranked.push(entry);
    else ranked.push({ entry, key: atDecimals(v, decimals) });
  }
  const sign = direction === 'lower_is_better' ? 1 : -1;
  ranked.sort((a, b) => sign * (a.key - b.key) || byName.compare(a.entry.area.name, b.entry.area.name));
  unranked.sort((a, b) => byName.compare(a.area.name, b.area.name));
  const out: (Rankable<A> & { rank: number | null })[] = [];
  ranked.forEach((r, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.key === r.key ? (out[i - 1]?.rank ?? i + 1) : i + 1;
    out.push({ ...r.entry, rank });
  });
  for (const entry of unranked) out.push({ ...entry, rank: null });
  return out;
}
