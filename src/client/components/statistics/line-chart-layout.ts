import type { Locale } from '../../../shared/domain/localized';
import { formatNumber } from '../../../shared/domain/format-value';
import type { SeriesRow } from './chart-data';
import { isolatedPoints } from './chart-data';
import { lineStyle, type LineStyle } from './chart-styles';
import { linear, niceTicks, textBox, thinLabels, tickDecimals, timeGaps, timePositions, type Box, type Measure } from './chart-scales';
import { periodText } from './format';

export const CHART_FONT_SIZE = 12;
/** Room between a label and its neighbour, in px. */
const LABEL_GAP = 8;
const TICK = 4;
const ROW = 16;

export interface LineChartInput {
  rows: readonly SeriesRow[];
  /** The periods in time order. */
  periods: readonly string[];
  /** Series keys in style order: the followed area first, then the reference areas. */
  keys: readonly string[];
  locale: Locale;
  axisLabel: string;
  statusText: (status: SeriesRow['status']) => string;
}

/** A text of the chart, drawn from its left edge `x` with its middle at `y`. */
export interface ChartText {
  text: string;
  x: number;
  y: number;
  width: number;
  kind: 'y-tick' | 'x-tick' | 'axis-label' | 'withheld' | 'name' | 'value';
  bold?: boolean;
  italic?: boolean;
  fill?: string;
}

export interface LineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  grid: { y: number; value: number }[];
  periodTicks: number[];
  /** Where the time axis jumps over a long stretch without figures. */
  breaks: number[];
  series: { key: string; style: LineStyle; line: string; bridges: string; dots: { x: number; y: number; r: number }[] }[];
  texts: ChartText[];
}

export function textBoxOf(t: ChartText): Box {
  return textBox(t.x, t.y, t.width, 'start', CHART_FONT_SIZE + 2);
}

/** An SVG path through the points, with a new piece after every gap (null). */
export function pathThrough(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let drawing = false;
  for (const p of points) {
    if (!p) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${round(p.x)},${round(p.y)}`;
    drawing = true;
  }
  return d;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out the line chart at a width: the y axis as wide as its widest label (figures written in
 * full), periods on a true time scale, period labels thinned so that none touches another, and
 * the withheld periods written in rows of their own below the axis, one per series, where no
 * line can cross them.
 */
export function layoutLineChart(input: LineChartInput, width: number, measure: Measure): LineLayout {
  const { rows, periods, keys, locale } = input;
  const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const withheld = keys.map((key) => rows.filter((r) => r.key === key && r.value === null && r.status !== 'missing'));
  const withheldRows = withheld.filter((w) => w.length > 0).length;

  const plotHeight = Math.round(Math.min(300, Math.max(170, width * 0.45)));
  const top = 30;
  const bottom = top + plotHeight;
  const { ticks, domain, step } = niceTicks(Math.min(...(values.length ? values : [0])), Math.max(...(values.length ? values : [1])), Math.max(3, Math.floor(plotHeight / 45)));
  const decimals = tickDecimals(step);
  const tickLabels = ticks.map((v) => formatNumber(v, decimals, locale));
  const tickWidth = Math.max(...tickLabels.map((l) => measure(l)));
  const left = Math.ceil(tickWidth + TICK + 6);

  const labels = periods.map((p) => periodText(p, locale));
  const labelWidths = labels.map((l) => measure(l));
  // The first and last period labels are centred on their period: keep room for half of each.
  const padLeft = Math.max(10, Math.ceil((labelWidths[0] ?? 0) / 2 - left + 2));
  const padRight = Math.max(12, Math.ceil((labelWidths[labelWidths.length - 1] ?? 0) / 2 + 2));
  const right = width - padRight;
  const xs = periods.length === 1 ? [(left + right) / 2] : timePositions(periods, [left + padLeft, right - 4]);
  const xOf = new Map(periods.map((p, i) => [p, xs[i]!]));
  const y = linear(domain, [bottom, top]);

  const texts: ChartText[] = [];
  texts.push({ text: input.axisLabel, x: 0, y: 10, width: measure(input.axisLabel), kind: 'axis-label' });
  for (const [i, v] of ticks.entries()) texts.push({ text: tickLabels[i]!, x: left - TICK - 4 - measure(tickLabels[i]!), y: y(v), width: measure(tickLabels[i]!), kind: 'y-tick' });

  const xLabelY = bottom + TICK + 12;
  const kept = thinLabels(
    periods.map((_, i) => ({ x: xs[i]!, width: labelWidths[i]! })),
    LABEL_GAP,
    0,
    width,
  );
  for (const k of kept) texts.push({ text: labels[k.index]!, x: k.x0, y: xLabelY, width: labelWidths[k.index]!, kind: 'x-tick' });

  let row = 0;
  const series: LineLayout['series'] = [];
  const lonely = new Set(isolatedPoints(rows));
  for (const [i, key] of keys.entries()) {
    const style = lineStyle(i);
    const own = rows.filter((r) => r.key === key);
    const points = own.map((r) => (r.value === null ? null : { x: xOf.get(r.period)!, y: y(r.value) }));
    // A stretch of time without any period is bridged by a thin dotted line: the figures on
    // either side are neighbours in the data, but years lie between them.
    const bridges: string[] = [];
    for (const g of timeGaps(periods)) {
      const a = points[g - 1];
      const b = points[g];
      if (a && b) bridges.push(`M${round(a.x)},${round(a.y)}L${round(b.x)},${round(b.y)}`);
    }
    const gapStarts = new Set(timeGaps(periods));
    const pieces = points.map((p, j) => (gapStarts.has(j) ? [null, p] : [p])).flat();
    series.push({
      key,
      style,
      line: pathThrough(pieces),
      bridges: bridges.join(''),
      dots: own.flatMap((r, j) => (points[j] ? [{ ...points[j], r: lonely.has(r) ? 4.5 : 3.5 }] : [])),
    });
    const ownWithheld = withheld[i]!;
    if (ownWithheld.length === 0) continue;
    const rowY = xLabelY + ROW * (row + 1) + 2;
    row++;
    const items = ownWithheld.map((r) => ({ text: input.statusText(r.status), x: xOf.get(r.period)! }));
    const widths = items.map((it) => measure(it.text, { size: CHART_FONT_SIZE }));
    for (const k of thinLabels(items.map((it, j) => ({ x: it.x, width: widths[j]! })), LABEL_GAP, 0, width)) {
      texts.push({ text: items[k.index]!.text, x: k.x0, y: rowY, width: widths[k.index]!, kind: 'withheld', italic: true, fill: style.colour });
    }
  }

  return {
    width,
    height: xLabelY + 10 + ROW * withheldRows + 4,
    plot: { left, right, top, bottom },
    grid: ticks.map((v) => ({ y: y(v), value: v })),
    periodTicks: xs,
    breaks: timeGaps(periods).map((g) => (xs[g - 1]! + xs[g]!) / 2),
    series,
    texts,
  };
}
