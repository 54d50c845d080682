import type { AreaRef, Direction } from '../../../shared/contracts/indicators';
import type { AreaSeries, ProfilePoint, RankedArea } from '../../../shared/contracts/profiles';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import { drawable, withheldStatus } from './format';

/** A compared area with its place in the ranking; `position` is shared by ties. */
export interface RankedRow {
  area: AreaRef;
  point: ProfilePoint;
  value: number;
  position: number;
}

export interface WithheldRow {
  area: AreaRef;
  point: ProfilePoint;
  status: ObservationStatus;
}

export interface RankingDisplay {
  /** Areas with a number, best first in the indicator's direction (largest first when neutral). */
  ranked: RankedRow[];
  /** Areas without a number to show (suppressed, missing), by name. */
  withheld: WithheldRow[];
  /** Reference areas (e.g. Oslo, Norway) that are not ranked with the others but drawn as lines. */
  references: { area: AreaRef; point: ProfilePoint | null; value: number | null }[];
}

/** Area names are official names in bokmål: compared in Norwegian order, by one collator. */
const NAME_ORDER = new Intl.Collator('nb');
const byName = (a: { area: AreaRef }, b: { area: AreaRef }) => NAME_ORDER.compare(a.area.name, b.area.name);

/**
 * Splits the server's ranking into the compared areas (ranked), the ones without a number and the
 * reference areas. Reference areas are averages of the others (Oslo over its districts), so they
 * are not places in the ranking; positions are counted among the compared areas only, in the
 * server's order, and ties share a position. The reference areas' figures at the same period
 * (from their series) are added as `referencePoints` when the ranking does not hold them.
 */
export function rankingDisplay(
  ranking: readonly RankedArea[],
  referenceCodes: ReadonlySet<string>,
  direction: Direction,
  referencePoints: readonly { area: AreaRef; point: ProfilePoint | null }[] = [],
): RankingDisplay {
  const references: RankingDisplay['references'] = [];
  const candidates: { area: AreaRef; point: ProfilePoint; value: number; rank: number | null }[] = [];
  const withheld: WithheldRow[] = [];
  for (const entry of ranking) {
    const value = drawable(entry.point);
    if (referenceCodes.has(entry.area.code)) {
      references.push({ area: entry.area, point: entry.point, value });
    } else if (value === null) {
      withheld.push({ area: entry.area, point: entry.point, status: withheldStatus(entry.point) });
    } else {
      candidates.push({ area: entry.area, point: entry.point, value, rank: entry.rank });
    }
  }
  // The server's rank decides when it gave one; otherwise (or to break its ties) the value in
  // the indicator's direction does, then the name, so the order is stable.
  const sign = direction === 'lower_is_better' ? 1 : -1;
  candidates.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || sign * (a.value - b.value) || byName(a, b));
  const ranked: RankedRow[] = [];
  for (const [i, c] of candidates.entries()) {
    const previous = ranked[i - 1];
    const tied = previous !== undefined && previous.value === c.value;
    ranked.push({ area: c.area, point: c.point, value: c.value, position: tied ? previous.position : i + 1 });
  }
  withheld.sort(byName);
  for (const r of referencePoints) {
    if (!references.some((x) => x.area.code === r.area.code)) references.push({ area: r.area, point: r.point, value: drawable(r.point) });
  }
  return { ranked, withheld, references };
}

/** The reference areas' figures at one period, taken from their series (null when they have none). */
export function referencePointsAt(series: readonly AreaSeries[], period: string | null): { area: AreaRef; point: ProfilePoint | null }[] {
  return series.filter((s) => s.isReference).map((s) => ({ area: s.area, point: s.points.find((p) => p.period === period) ?? null }));
}

export interface RankingFacts {
  highest: RankedRow | null;
  lowest: RankedRow | null;
  /** The chosen area's place, when it is among the compared areas. */
  chosen: { row: RankedRow; of: number } | { withheld: WithheldRow } | null;
  comparedCount: number;
  withheldCount: number;
}

/** What a text summary of a ranking says: highest, lowest, and where the chosen area stands. */
export function rankingFacts(display: RankingDisplay, chosenCode: string | null | undefined): RankingFacts {
  const { ranked, withheld } = display;
  let highest: RankedRow | null = null;
  let lowest: RankedRow | null = null;
  for (const row of ranked) {
    if (!highest || row.value > highest.value) highest = row;
    if (!lowest || row.value < lowest.value) lowest = row;
  }
  let chosen: RankingFacts['chosen'] = null;
  const chosenRow = chosenCode ? ranked.find((r) => r.area.code === chosenCode) : undefined;
  const chosenWithheld = chosenCode ? withheld.find((r) => r.area.code === chosenCode) : undefined;
  if (chosenRow) chosen = { row: chosenRow, of: ranked.length };
  else if (chosenWithheld) chosen = { withheld: chosenWithheld };
  return { highest, lowest, chosen, comparedCount: ranked.length, withheldCount: withheld.length };
}

/** One point of a line chart; `value` null draws a gap. */
export interface SeriesRow {
  key: string;
  name: string;
  isReference: boolean;
  period: string;
  value: number | null;
  status: ObservationStatus | 'missing';
}

/**
 * The line chart's rows: every series at every period of the indicator, in time order. A period
 * a series lacks, or whose figure is withheld, gets a null value, so the line breaks there
 * instead of drawing a zero or bridging the gap as if the figure were known.
 */
export function seriesRows(series: readonly AreaSeries[], periods: readonly string[]): SeriesRow[] {
  const rows: SeriesRow[] = [];
  for (const s of series) {
    const byPeriod = new Map(s.points.map((p) => [p.period, p]));
    for (const period of periods) {
      const point = byPeriod.get(period);
      const value = drawable(point);
      const status: SeriesRow['status'] = !point ? 'missing' : value === null ? withheldStatus(point) : point.status;
      rows.push({ key: s.area.code, name: s.area.name, isReference: s.isReference, period, value, status });
    }
  }
  return rows;
}

/** Points with no drawn neighbour on either side: a line cannot show them, so they get a dot. */
export function isolatedPoints(rows: readonly SeriesRow[]): SeriesRow[] {
  const out: SeriesRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.value === null) continue;
    const prev = rows[i - 1];
    const next = rows[i + 1];
    const prevDrawn = prev !== undefined && prev.key === row.key && prev.value !== null;
    const nextDrawn = next !== undefined && next.key === row.key && next.value !== null;
    if (!prevDrawn && !nextDrawn) out.push(row);
  }
  return out;
}

/** The first and last published figures of a series, its highest and lowest, and the gaps. */
export interface SeriesFacts {
  first: { period: string; value: number } | null;
  last: { period: string; value: number } | null;
  min: { period: string; value: number } | null;
  max: { period: string; value: number } | null;
  /** Periods with a withheld figure, by status. */
  withheld: { period: string; status: ObservationStatus }[];
}

export function seriesFacts(points: readonly ProfilePoint[]): SeriesFacts {
  const facts: SeriesFacts = { first: null, last: null, min: null, max: null, withheld: [] };
  for (const p of points) {
    const value = drawable(p);
    if (value === null) {
      facts.withheld.push({ period: p.period, status: withheldStatus(p) });
      continue;
    }
    const at = { period: p.period, value };
    facts.first ??= at;
    facts.last = at;
    if (!facts.min || value < facts.min.value) facts.min = at;
    if (!facts.max || value > facts.max.value) facts.max = at;
  }
  return facts;
}

/** A map area's figure; an outline without a figure is "missing". */
export interface MapValue {
  name: string;
  value: number | null;
  status: ObservationStatus | 'missing';
}

/** Thresholds and classes of a choropleth's colour scale. */
export interface ColourClass {
  /** Inclusive lower bound, exclusive upper bound (the last class includes its upper bound). */
  from: number;
  to: number;
  colour: string;
}

/**
 * Five blues, light to dark, one hue (ordered, colour-blind safe, legible in print). Each stands
 * out from the white page by at least 3:1 (the lightest 3.1:1, the darkest 15.5:1), and each is
 * about 1.5:1 from its neighbour, as evenly apart as five colours in that range can be. The
 * map's borders are white, so they show on every class.
 */
export const SEQUENTIAL_BLUES = ['#5d97d0', '#2f76be', '#1f5994', '#133e6a', '#092542'] as const;

/**
 * Equal-interval classes over the values, with bounds rounded to the indicator's decimals so
 * the legend reads `70,0–72,5 %` rather than `70,013…`. Fewer classes when there are few
 * distinct values; one class when all values are equal.
 */
export function colourClasses(values: readonly number[], decimals: number, palette: readonly string[] = SEQUENTIAL_BLUES): ColourClass[] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const distinct = new Set(finite).size;
  const step = 10 ** -decimals;
  const round = (v: number) => Math.round(v / step) * step;
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  // No more classes than steps of the shown precision between the bounds, or two classes
  // would print the same range.
  const n = Math.max(1, Math.min(palette.length, distinct, Math.round((hi - lo) / step)));
  if (min === max || n === 1) return [{ from: min, to: max, colour: palette[palette.length - 1]! }];
  const width = (hi - lo) / n;
  // Spread the palette so a three-class map still runs from light to dark.
  const colours = Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!);
  const classes: ColourClass[] = [];
  for (let i = 0; i < n; i++) {
    const from = i === 0 ? lo : classes[i - 1]!.to;
    const to = i === n - 1 ? hi : round(lo + width * (i + 1));
    classes.push({ from: Number(from.toFixed(decimals)), to: Number(to.toFixed(decimals)), colour: colours[i]! });
  }
  return classes;
}

/** The class a value falls in; the last class includes its upper bound. */
export function classOf(value: number, classes: readonly ColourClass[]): number {
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i]!;
    if (value < c.to || i === classes.length - 1) return i;
  }
  return classes.length - 1;
}
