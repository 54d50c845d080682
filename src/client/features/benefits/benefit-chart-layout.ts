import { formatNumber } from '../../../shared/domain/format-value';
import type { Locale } from '../../../shared/domain/localized';
import { linear, niceTicks, periodTime, thinLabels, tickDecimals, type Measure } from '../../components/statistics/chart-scales';
import { lineStyle, type LineStyle } from '../../components/statistics/chart-styles';
import { CHART_FONT_SIZE, pathThrough, type ChartText } from '../../components/statistics/line-chart-layout';

/** Room between a label and its neighbour, in px. */
const LABEL_GAP = 8;
const TICK = 4;
const ROW = 16;
const DAY = 86_400_000;

/** The three things a benefit's chart shows, each with its line style (colour, dash and symbol). */
export const BENEFIT_STYLES: Readonly<Record<'measured' | 'expected' | 'baseline', LineStyle>> = {
  measured: lineStyle(0),
  expected: lineStyle(1),
  baseline: lineStyle(2),
};

export interface BenefitChartInput {
  /** The baseline: its period, value and the period written out for the time axis. */
  baseline: { period: string; value: number; label: string };
  /** The expected value and the day (YYYY-MM-DD) it should be reached by, with its label. */
  expected: { date: string; value: number; label: string };
  /** The measured figures, oldest first; a withheld one has no value and says why in `withheld`. */
  figures: readonly { period: string; value: number | null; label: string; withheld?: string }[];
  axisLabel: string;
  locale: Locale;
}

export interface BenefitChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  grid: { y: number; value: number }[];
  /** The x of each labelled point in time, for a tick on the axis. */
  ticks: number[];
  /** The baseline as a level across the plot, marked at its period. */
  baseline: { x: number; y: number };
  /** From the baseline to the expected value at its date. */
  expected: { path: string; x: number; y: number };
  /** The measured figures as a line with a dot on each; withheld ones break the line. */
  measured: { path: string; dots: { x: number; y: number }[] };
  texts: ChartText[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out a benefit's chart at a width: time runs from the baseline (or the first figure) to the
 * expected date (or the last figure) on a true scale; the y axis covers the baseline, the
 * expected value and every figure, as wide as its widest label; the labels of the time axis are
 * thinned so that none touches another, and withheld figures are written by their status in a
 * row of their own below the axis, never drawn as a number.
 */
export function layoutBenefitChart(input: BenefitChartInput, width: number, measure: Measure): BenefitChartLayout {
  const { baseline, expected, figures, locale } = input;
  const expectedTime = Date.parse(`${expected.date}T00:00:00Z`);
  const timeOf = (period: string) => periodTime(period).start;
  const times = [timeOf(baseline.period), expectedTime, ...figures.map((f) => timeOf(f.period))];
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (t1 - t0 < DAY) {
    t0 -= 180 * DAY;
    t1 += 180 * DAY;
  }

  const withheld = figures.filter((f) => f.value === null && f.withheld);
  const values = [baseline.value, expected.value, ...figures.flatMap((f) => (f.value === null ? [] : [f.value]))];
  const plotHeight = Math.round(Math.min(260, Math.max(150, width * 0.42)));
  const top = 28;
  const bottom = top + plotHeight;
  const { ticks, domain, step } = niceTicks(Math.min(...values), Math.max(...values), Math.max(3, Math.floor(plotHeight / 45)));
  const decimals = tickDecimals(step);
  const tickLabels = ticks.map((v) => formatNumber(v, decimals, locale));
  const left = Math.ceil(Math.max(...tickLabels.map((l) => measure(l))) + TICK + 6);

  // The labelled points of time, left to right, each once.
  const candidates = [
    { time: timeOf(baseline.period), label: baseline.label },
    ...figures.map((f) => ({ time: timeOf(f.period), label: f.label })),
    { time: expectedTime, label: expected.label },
  ]
    .sort((a, b) => a.time - b.time)
    .filter((c, i, all) => i === 0 || c.time !== all[i - 1]!.time || c.label !== all[i - 1]!.label);
  const labelWidths = candidates.map((c) => measure(c.label));
  // The first and last labels are centred on their point: keep room for half of each.
  const padLeft = Math.max(10, Math.ceil(labelWidths[0]! / 2 - left + 2));
  const padRight = Math.max(12, Math.ceil(labelWidths[labelWidths.length - 1]! / 2 + 2));
  const right = width - padRight;
  const x = linear([t0, t1], [left + padLeft, right - 4]);
  const y = linear(domain, [bottom, top]);

  const texts: ChartText[] = [{ text: input.axisLabel, x: 0, y: 10, width: measure(input.axisLabel), kind: 'axis-label' }];
  for (const [i, v] of ticks.entries()) texts.push({ text: tickLabels[i]!, x: left - TICK - 4 - measure(tickLabels[i]!), y: y(v), width: measure(tickLabels[i]!), kind: 'y-tick' });
  const xLabelY = bottom + TICK + 12;
  const kept = thinLabels(
    candidates.map((c, i) => ({ x: x(c.time), width: labelWidths[i]! })),
    LABEL_GAP,
    0,
    width,
  );
  for (const k of kept) texts.push({ text: candidates[k.index]!.label, x: k.x0, y: xLabelY, width: labelWidths[k.index]!, kind: 'x-tick' });

  if (withheld.length) {
    const rowY = xLabelY + ROW + 2;
    const items = withheld.map((f) => ({ text: f.withheld!, x: x(timeOf(f.period)) }));
    const widths = items.map((it) => measure(it.text, { size: CHART_FONT_SIZE }));
    for (const k of thinLabels(items.map((it, j) => ({ x: it.x, width: widths[j]! })), LABEL_GAP, 0, width)) {
      texts.push({ text: items[k.index]!.text, x: k.x0, y: rowY, width: widths[k.index]!, kind: 'withheld', italic: true, fill: BENEFIT_STYLES.measured.colour });
    }
  }

  const base = { x: x(timeOf(baseline.period)), y: y(baseline.value) };
  const target = { x: x(expectedTime), y: y(expected.value) };
  const points = figures.map((f) => (f.value === null ? null : { x: x(timeOf(f.period)), y: y(f.value) }));
  return {
    width,
    height: xLabelY + 10 + (withheld.length ? ROW : 0) + 4,
    plot: { left, right, top, bottom },
    grid: ticks.map((v) => ({ y: y(v), value: v })),
    ticks: kept.map((k) => x(candidates[k.index]!.time)),
    baseline: { x: round(base.x), y: round(base.y) },
    expected: { path: pathThrough([base, target]), x: round(target.x), y: round(target.y) },
    measured: { path: pathThrough(points), dots: points.flatMap((p) => (p ? [{ x: round(p.x), y: round(p.y) }] : [])) },
    texts,
  };
}
