import { useCallback } from 'react';
import type { ProfilePoint } from '../../../shared/contracts/profiles';
import { drawable } from './format';
import { buildSparkline } from './charts';
import { PlotChart } from './PlotChart';

/**
 * A small trend line for a table cell. Its accessible name says what it shows in words (span,
 * first and last figure, range, withheld periods); with fewer than two figures there is no line
 * to draw and nothing is rendered.
 */
/** buildSparkline's default height. */
const SPARKLINE_HEIGHT = 32;

export function Sparkline({ points, description, width = 112 }: { points: readonly ProfilePoint[]; description: string; width?: number }) {
  const build = useCallback((w: number) => buildSparkline(points, w), [points]);
  if (points.filter((p) => drawable(p) !== null).length < 2) return null;
  return <PlotChart build={build} label={description} fixedWidth={width} className="sparkline" space={{ height: SPARKLINE_HEIGHT }} />;
}
