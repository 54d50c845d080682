import type { ProfilePoint } from '../../../shared/contracts/profiles';
import { lineStyle } from './chart-styles';
import { timePositions } from './chart-scales';
import { drawable } from './format';
import './statistics.css';

/** The sparkline's size and the space kept round the line so that its dots are not cut. */
const WIDTH = 112;
const HEIGHT = 32;
const MARGIN = 5;

/** A point of the line in the picture's coordinates, or null where the figure is withheld. */
type Place = { x: number; y: number } | null;

/**
 * The line's places: periods on a true time scale (2009, 2024 and 2025 are not evenly apart),
 * figures between the lowest and highest with a tenth of their range to spare (a flat line sits
 * in the middle).
 */
export function sparklinePlaces(points: readonly ProfilePoint[], width = WIDTH, height = HEIGHT): Place[] {
  const values = points.map(drawable);
  const drawn = values.filter((v): v is number => v !== null);
  if (drawn.length === 0) return values.map(() => null);
  const min = Math.min(...drawn);
  const max = Math.max(...drawn);
  const pad = max === min ? Math.abs(max) * 0.05 || 1 : (max - min) * 0.1;
  const low = min - pad;
  const high = max + pad;
  const xs = points.length === 1 ? [width / 2] : timePositions(points.map((p) => p.period), [MARGIN + 3, width - MARGIN - 3]);
  const round = (n: number) => Math.round(n * 10) / 10;
  return values.map((v, i) => (v === null ? null : { x: round(xs[i]!), y: round(height - MARGIN - ((v - low) / (high - low)) * (height - 2 * MARGIN)) }));
}

/** The SVG path of the line: a new piece after every withheld figure. */
export function sparklinePath(places: readonly Place[]): string {
  let d = '';
  let drawing = false;
  for (const p of places) {
    if (!p) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${p.x},${p.y}`;
    drawing = true;
  }
  return d;
}

/**
 * A word-sized trend line for a table cell: no axes, a dot on the latest figure and on a figure
 * that stands alone between withheld ones, gaps where figures are withheld. Drawn as plain SVG on
 * the server with the table round it, so it needs no chart code. Its accessible name says what it
 * shows in words (span, first and last figure, range, withheld periods); with fewer than two
 * figures there is no line to draw and nothing is rendered.
 */
export function Sparkline({ points, description, width = WIDTH }: { points: readonly ProfilePoint[]; description: string; width?: number }) {
  const places = sparklinePlaces(points, width);
  const drawn = places.filter((p) => p !== null);
  if (drawn.length < 2) return null;
  const latest = drawn[drawn.length - 1]!;
  const alone = places.filter((p, i): p is NonNullable<Place> => p !== null && !places[i - 1] && !places[i + 1] && p !== latest);
  const { colour } = lineStyle(0);
  return (
    <svg className="sparkline" role="img" aria-label={description} focusable="false" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`}>
      <path d={sparklinePath(places)} fill="none" stroke={colour} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
      {alone.map((p) => (
        <circle key={`${p.x}`} cx={p.x} cy={p.y} r={2} fill={colour} />
      ))}
      <circle cx={latest.x} cy={latest.y} r={3} fill={colour} />
    </svg>
  );
}
