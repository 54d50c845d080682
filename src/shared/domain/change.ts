import type { Direction } from '../contracts/indicators';
import type { Trend } from '../contracts/profiles';

/**
 * Whether a change from the previous period is for the better, in the indicator's direction:
 * the area profile's page and its PDF say the same.
 */
export function changeAssessment(change: Trend | null, direction: Direction): 'better' | 'worse' | null {
  if (change === null || change === 'flat' || direction === 'neutral') return null;
  const isUp = change === 'up';
  return isUp === (direction === 'higher_is_better') ? 'better' : 'worse';
}
