import type { Locale } from '../../../shared/domain/localized';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import { formatNumber } from '../../../shared/domain/format-value';
import type { RankingDisplay } from './chart-data';
import { lineStyle, type LineStyle } from './chart-styles';
import { fitText, linear, niceTicks, thinLabels, tickDecimals, type Measure } from './chart-scales';
import { valueText, type UnitInfo } from './format';
import type { ChartText } from './line-chart-layout';

const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const TOP = 6;
const GAP = 8;

export interface BarChartInput {
  display: RankingDisplay;
  chosenCode: string | null | undefined;
  unit: UnitInfo;
  locale: Locale;
  axisLabel: string;
  statusText: (status: ObservationStatus) => string;
}

export interface BarLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: { key: string; x: number; y: number; width: number; height: number; chosen: boolean }[];
  /** The reference areas' figures: vertical lines across the bars, named in the legend. */
  references: { key: string; x: number; style: LineStyle }[];
  ticks: number[];
  texts: ChartText[];
}

/** The ranking chart's height for this many rows (bars and withheld areas). */
export const barChartHeight = (rows: number): number => TOP + rows * ROW_HEIGHT + 48;

/**
 * Lays out the ranked bars at a width: names on the left (as wide as the longest, at most 42 % of
 * the width, shortened with "…" beyond), the figures in a column of their own on the right,
 * outside the bars' area, so that no reference line ever crosses a figure; the reference lines
 * are named in the legend, not on the chart. The axis below has round ticks thinned so that
 * their labels never touch, and its unit on a line of its own.
 */
export function layoutBarChart(input: BarChartInput, width: number, measure: Measure): BarLayout {
  const { display, chosenCode, unit, locale } = input;
  const rows = [
    ...display.ranked.map((r) => ({ key: r.area.code, name: r.area.name, value: r.value as number | null, text: valueText(r.value, unit, locale), chosen: r.area.code === chosenCode })),
    ...display.withheld.map((w) => ({ key: w.area.code, name: w.area.name, value: null, text: input.statusText(w.status), chosen: w.area.code === chosenCode })),
  ];
  const references = display.references.flatMap((r, i) => (r.value === null ? [] : [{ key: r.area.code, value: r.value, style: lineStyle(i + 1) }]));

  const nameWidth = Math.min(Math.round(width * 0.42), Math.max(0, ...rows.map((r) => measure(r.name, { bold: r.chosen }))));
  const valueWidth = Math.max(0, ...rows.map((r) => measure(r.text, { bold: r.chosen })));
  const left = nameWidth + GAP;
  const right = Math.max(left + 40, width - valueWidth - GAP - 2);
  const bottom = TOP + rows.length * ROW_HEIGHT;

  const max = Math.max(0, ...rows.map((r) => r.value ?? 0), ...references.map((r) => r.value));
  const { ticks, domain, step } = niceTicks(0, max || 1, Math.max(2, Math.floor((right - left) / 70) + 1));
  const x = linear(domain, [left, right]);
  const decimals = tickDecimals(step);

  const texts: ChartText[] = [];
  const bars: BarLayout['bars'] = [];
  for (const [i, r] of rows.entries()) {
    const middle = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    const name = fitText(r.name, nameWidth, measure, { bold: r.chosen });
    const nameW = measure(name, { bold: r.chosen });
    texts.push({ text: name, x: left - GAP - nameW, y: middle, width: nameW, kind: 'name', bold: r.chosen });
    const textW = measure(r.text, { bold: r.chosen });
    texts.push({ text: r.text, x: width - 2 - textW, y: middle, width: textW, kind: 'value', bold: r.chosen, italic: r.value === null });
    if (r.value !== null) bars.push({ key: r.key, x: left, y: middle - BAR_HEIGHT / 2, width: Math.max(0, x(r.value) - left), height: BAR_HEIGHT, chosen: r.chosen });
  }

  const tickY = bottom + 4 + 10;
  const labels = ticks.map((v) => formatNumber(v, decimals, locale));
  const widths = labels.map((l) => measure(l));
  for (const k of thinLabels(ticks.map((v, i) => ({ x: x(v), width: widths[i]! })), GAP, 0, width)) {
    texts.push({ text: labels[k.index]!, x: k.x0, y: tickY, width: widths[k.index]!, kind: 'x-tick' });
  }
  const axisWidth = measure(input.axisLabel);
  texts.push({ text: input.axisLabel, x: Math.max(0, right - axisWidth), y: tickY + 17, width: axisWidth, kind: 'axis-label' });

  return {
    width,
    height: barChartHeight(rows.length),
    plot: { left, right, top: TOP, bottom },
    bars,
    references: references.map((r) => ({ key: r.key, x: x(r.value), style: r.style })),
    ticks: ticks.map((v) => x(v)),
    texts,
  };
}
