import type { Comparison, ProfileRow } from '../../../shared/contracts/profiles';
import { drawable } from '../../components/statistics/format';

export { changeAssessment } from '../../../shared/domain/change';

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
