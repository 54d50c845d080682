import type { Direction } from '../../../shared/contracts/indicators';
import type { Comparison, ProfileRow, Trend } from '../../../shared/contracts/profiles';
import { drawable } from '../../components/statistics/format';

/** Whether a change from the previous period is for the better, in the indicator's direction. */
export function changeAssessment(change: Trend | null, direction: Direction): 'better' | 'worse' | null {
  if (change === null || change === 'flat' || direction === 'neutral') return null;
  const isUp = change === 'up';
  return isUp === (direction === 'higher_is_better') ? 'better' : 'worse';
}

/** What the trend column says: a line to draw, a single figure, or nothing at all. */
export type TrendShape = { kind: 'series'; drawn: number } | { kind: 'single'; period: string } | { kind: 'none' };

export function trendShape(row: Pick<ProfileRow, 'trend'>): TrendShape {
  const drawn = row.trend.filter((p) => drawable(p) !== null);
  if (drawn.length >= 2) return { kind: 'series', drawn: drawn.length };
  if (drawn.length === 1) return { kind: 'single', period: drawn[0]!.period };
  return { kind: 'none' };
}

/** Design-system colour of a comparison badge; the words carry the meaning, colour repeats it. */
export function comparisonColour(comparison: Comparison): 'success' | 'danger' | 'neutral' {
  if (comparison === 'better') return 'success';
  if (comparison === 'worse') return 'danger';
  return 'neutral';
}
