import * as Plot from '@observablehq/plot';
import type { Locale } from '../../../shared/domain/localized';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import { classOf, isolatedPoints, type ColourClass, type RankingDisplay, type SeriesRow } from './chart-data';
import { BAR_COLOUR, CHOSEN_BAR_COLOUR, CHOSEN_OUTLINE_COLOUR, HATCH_COLOUR, lineStyle, MAP_BORDER_COLOUR, OUTLINE_COLOUR, rankingHeight, type LineStyle } from './chart-styles';
import { periodText, tickText, valueText, type UnitInfo } from './format';
import { withoutSpecks, type MapFeature } from './geo';

/** Rough width of a character of chart text (12 px system font), to leave room for labels. */
const CHAR_WIDTH = 6.8;

type StatusText = (status: ObservationStatus) => string;

// With a stroke Plot leaves text unfilled unless told: the fill is set with the halo.
const HALO = { fill: 'currentColor', stroke: 'var(--plot-background, #ffffff)', strokeWidth: 3, paintOrder: 'stroke' } as const;

export interface RankingChartInput {
  display: RankingDisplay;
  chosenCode: string | null | undefined;
  unit: UnitInfo;
  locale: Locale;
  axisLabel: string;
  statusText: StatusText;
}

/**
 * Horizontal bars, best first, starting at zero so lengths compare honestly. Areas without a
 * figure keep their row with the status written where the bar would be; reference areas are
 * vertical lines in their line-chart style. The chosen area has a darker bar and bold labels.
 */
export function buildRankingChart(input: RankingChartInput, width: number) {
  const { display, chosenCode, unit, locale } = input;
  const bars = display.ranked.map((r) => ({ name: r.area.name, value: r.value, isChosen: r.area.code === chosenCode }));
  const withheld = display.withheld.map((w) => ({ name: w.area.name, status: w.status, isChosen: w.area.code === chosenCode }));
  const names = [...bars.map((b) => b.name), ...withheld.map((w) => w.name)];
  const chosenNames = [...bars, ...withheld].filter((r) => r.isChosen).map((r) => r.name);
  const refs = display.references.filter((r) => r.value !== null).map((r, i) => ({ value: r.value!, style: lineStyle(i + 1) }));
  const max = Math.max(0, ...bars.map((b) => b.value), ...refs.map((r) => r.value));
  const longest = Math.max(4, ...names.map((n) => n.length));
  const marginLeft = Math.round(Math.min(width * 0.48, longest * CHAR_WIDTH + 14));
  const longestValue = Math.max(4, ...bars.map((b) => valueText(b.value, unit, locale).length), ...withheld.map((w) => input.statusText(w.status).length));
  const marginRight = Math.round(longestValue * CHAR_WIDTH + 10);
  const plotWidth = Math.max(60, width - marginLeft - marginRight);
  const text = (d: { value: number }) => valueText(d.value, unit, locale);

  return Plot.plot({
    width,
    height: rankingHeight(names.length),
    marginLeft,
    marginRight,
    marginTop: 8,
    marginBottom: 40,
    x: { domain: [0, max || 1], nice: true, label: input.axisLabel, labelAnchor: 'right', labelArrow: 'none', ticks: Math.max(2, Math.floor(plotWidth / 70)), tickFormat: (d: number) => tickText(d, unit, locale), grid: true },
    y: { domain: names, label: null, padding: 0.25 },
    marks: [
      Plot.axisY({ ticks: names.filter((n) => !chosenNames.includes(n)), tickSize: 0, label: null }),
      Plot.axisY({ ticks: chosenNames, tickSize: 0, label: null, fontWeight: 'bold' }),
      Plot.barX(bars, { x: 'value', y: 'name', fill: (d: { isChosen: boolean }) => (d.isChosen ? CHOSEN_BAR_COLOUR : BAR_COLOUR) }),
      ...refs.map((r) => Plot.ruleX([r.value], { stroke: r.style.colour, strokeWidth: 2, strokeDasharray: r.style.dash })),
      // The reference lines cross the value labels: a halo in the background colour keeps them legible.
      Plot.text(bars.filter((b) => !b.isChosen), { x: 'value', y: 'name', text, textAnchor: 'start', dx: 4, ...HALO }),
      Plot.text(bars.filter((b) => b.isChosen), { x: 'value', y: 'name', text, textAnchor: 'start', dx: 4, fontWeight: 'bold', ...HALO }),
      Plot.text(withheld, { y: 'name', frameAnchor: 'left', text: (d: { status: ObservationStatus }) => input.statusText(d.status), textAnchor: 'start', dx: 4, fontStyle: 'italic', ...HALO }),
      Plot.ruleX([0]),
    ],
  });
}

export interface ChoroplethInput {
  features: readonly MapFeature[];
  values: ReadonlyMap<string, { value: number | null; status: ObservationStatus | 'missing' }>;
  classes: readonly ColourClass[];
  chosenCode: string | null | undefined;
  /** Unique per page: the hatch pattern is referenced by id. */
  patternId: string;
  statusText: (status: ObservationStatus | 'missing') => string;
}

const LABEL_AT_MOST = 5;

/** A map mark that only adds the hatch pattern the areas without a figure are filled with. */
function hatchPattern(id: string) {
  return (_index: unknown, _scales: unknown, _values: unknown, _dimensions: unknown, context: { document: Document }) => {
    const ns = 'http://www.w3.org/2000/svg';
    const doc = context.document;
    const defs = doc.createElementNS(ns, 'defs');
    const pattern = doc.createElementNS(ns, 'pattern');
    pattern.setAttribute('id', id);
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('width', '6');
    pattern.setAttribute('height', '6');
    pattern.setAttribute('patternTransform', 'rotate(45)');
    const background = doc.createElementNS(ns, 'rect');
    background.setAttribute('width', '6');
    background.setAttribute('height', '6');
    background.setAttribute('fill', '#ffffff');
    const line = doc.createElementNS(ns, 'line');
    line.setAttribute('x1', '0');
    line.setAttribute('y1', '0');
    line.setAttribute('x2', '0');
    line.setAttribute('y2', '6');
    line.setAttribute('stroke', HATCH_COLOUR);
    line.setAttribute('stroke-width', '2.5');
    pattern.append(background, line);
    defs.append(pattern);
    return defs;
  };
}

/**
 * Areas filled by colour class, areas without a figure hatched and labelled with their status,
 * the chosen area outlined thickly. Mercator keeps city-district shapes true at this scale.
 */
export function buildChoropleth(input: ChoroplethInput, width: number) {
  const { features, values, classes, chosenCode } = input;
  const valued: MapFeature[] = [];
  const empty: MapFeature[] = [];
  for (const f of features) {
    const v = values.get(f.properties.code);
    if (v && v.value !== null && classes.length > 0) valued.push(f);
    else empty.push(f);
  }
  const fill = (f: MapFeature) => classes[classOf(values.get(f.properties.code)!.value!, classes)]!.colour;
  const chosen = features.filter((f) => f.properties.code === chosenCode).map((f) => withoutSpecks(f));
  const status = (f: MapFeature) => input.statusText(values.get(f.properties.code)?.status ?? 'missing');
  return Plot.plot({
    width,
    margin: 4,
    projection: { type: 'mercator', domain: { type: 'FeatureCollection', features: [...features] }, inset: 4 },
    marks: [
      hatchPattern(input.patternId),
      Plot.geo(valued, { fill, stroke: MAP_BORDER_COLOUR, strokeWidth: 1 }),
      Plot.geo(empty, { fill: `url(#${input.patternId})`, stroke: OUTLINE_COLOUR, strokeWidth: 0.75 }),
      // The chosen area's black outline on a white halo: it shows on the lightest and the darkest class.
      Plot.geo(chosen, { fill: 'none', stroke: MAP_BORDER_COLOUR, strokeWidth: 6, strokeLinejoin: 'round' }),
      Plot.geo(chosen, { fill: 'none', stroke: CHOSEN_OUTLINE_COLOUR, strokeWidth: 3, strokeLinejoin: 'round' }),
      // A few labels say which districts have no figure; a map full of them would hide the map.
      Plot.text(empty.length <= LABEL_AT_MOST ? empty : [], Plot.centroid({ text: status, fill: '#000000', stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke', fontWeight: 'bold' })),
    ],
  });
}

export interface SeriesChartInput {
  rows: readonly SeriesRow[];
  periods: readonly string[];
  /** Series keys in style order: the followed area first, then the reference areas. */
  keys: readonly string[];
  unit: UnitInfo;
  locale: Locale;
  axisLabel: string;
  statusText: StatusText;
}

/** Every n-th period label, so labels never overlap on a narrow screen. */
export function thinTicks(periods: readonly string[], plotWidth: number, locale: Locale): string[] {
  const longest = Math.max(4, ...periods.map((p) => periodText(p, locale).length));
  const perLabel = longest * CHAR_WIDTH + 12;
  const every = Math.max(1, Math.ceil((periods.length * perLabel) / Math.max(1, plotWidth)));
  // Keep the latest period: it is the one readers look for.
  const last = periods.length - 1;
  return periods.filter((_, i) => (last - i) % every === 0);
}

/**
 * One line per area over time. Withheld and missing figures break the line (null values);
 * each series also has its own symbol and dash, and the withheld periods are written at the
 * foot of the chart in the series' colour.
 */
export function buildSeriesChart(input: SeriesChartInput, width: number) {
  const { rows, periods, keys, unit, locale } = input;
  const marginLeft = 48;
  const marginRight = 20;
  const styleOf = (key: string): LineStyle => lineStyle(Math.max(0, keys.indexOf(key)));
  const marks: Plot.Markish[] = [];
  const lonely = new Set(isolatedPoints(rows));
  for (const [i, key] of keys.entries()) {
    const style = styleOf(key);
    const own = rows.filter((r) => r.key === key);
    const drawn = own.filter((r) => r.value !== null);
    const withheld = own.filter((r) => r.value === null && r.status !== 'missing');
    marks.push(Plot.lineY(own, { x: 'period', y: 'value', stroke: style.colour, strokeWidth: style.width, strokeDasharray: style.dash, className: 'series-line' }));
    marks.push(Plot.dot(drawn, { x: 'period', y: 'value', symbol: style.symbol, fill: style.colour, r: drawn.some((r) => lonely.has(r)) ? 4.5 : 3.5 }));
    marks.push(
      Plot.text(withheld, {
        x: 'period',
        frameAnchor: 'bottom',
        dy: -4 - i * 12,
        text: (r: SeriesRow) => input.statusText(r.status as ObservationStatus),
        fill: style.colour,
        fontStyle: 'italic',
      }),
    );
  }
  return Plot.plot({
    width,
    height: Math.round(Math.min(360, Math.max(220, width * 0.55))),
    marginLeft,
    marginRight,
    marginTop: 24,
    marginBottom: 32,
    x: { type: 'point', domain: [...periods], label: null, padding: 0.3, ticks: thinTicks(periods, width - marginLeft - marginRight, locale), tickFormat: (p: string) => periodText(p, locale) },
    y: { grid: true, nice: true, label: input.axisLabel, labelArrow: 'none', tickFormat: (d: number) => tickText(d, unit, locale) },
    marks,
  });
}
