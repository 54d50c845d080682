import { periodOf } from '../../../shared/domain/periods';

/**
 * The pure arithmetic of the charts: scales, ticks, text widths and where labels may go without
 * touching each other. No DOM: the same numbers come out on the server and in the browser.
 */

/** Measures the width of a chart text in px (font size 12 unless said). */
export type Measure = (text: string, options?: { bold?: boolean; size?: number }) => number;

/**
 * Widths of characters in em, generous for the sans-serif fonts the pages use (Inter, then the
 * system's): an estimate for the server, where nothing can be measured, that is rather too wide
 * than too narrow, so that a label never runs into its neighbour before the browser measures.
 */
const NARROW = new Set(' .,:;!|\'’()[]/ijlIft\u00a0\u202f');
const WIDE = new Set('mwMW%@');
function charWidth(c: string): number {
  if (NARROW.has(c)) return 0.34;
  if (WIDE.has(c)) return 0.92;
  if (c >= '0' && c <= '9') return 0.64;
  if (c === c.toUpperCase() && c !== c.toLowerCase()) return 0.74;
  return 0.6;
}

export const estimateWidth: Measure = (text, { bold = false, size = 12 } = {}) => {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return Math.ceil(em * size * (bold ? 1.08 : 1));
};

/** A box on the chart, in px: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

/** The box of a text drawn at (x, y) with its middle at y, anchored at its start, middle or end. */
export function textBox(x: number, y: number, width: number, anchor: 'start' | 'middle' | 'end', height = 14): Box {
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x0, y0: y - height / 2, x1: x0 + width, y1: y + height / 2 };
}

/** The pairs of boxes that overlap (with `gap` px to spare), by index. */
export function collisions(boxes: readonly Box[], gap = 0): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i]!, boxes[j]!, gap)) out.push([i, j]);
  return out;
}

/** The steps of 1, 2, 2.5 and 5 times a power of ten, from about `from` upwards. */
function* niceSteps(from: number): Generator<number> {
  for (let power = 10 ** Math.floor(Math.log10(from)); ; power *= 10) for (const f of [1, 2, 2.5, 5]) yield f * power;
}

/**
 * Round ticks covering [min, max], at most one more than `count` (and at least two), and the
 * domain they span: the smallest round step that needs no more ticks than that, so that the
 * axis reaches little beyond the figures. A flat series gets a little room on either side;
 * figures that are all positive get no ticks below zero.
 */
export function niceTicks(min: number, max: number, count: number): { domain: [number, number]; ticks: number[]; step: number } {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
    if (min >= 0 && lo < 0) lo = 0;
  }
  const most = Math.max(2, count + 1);
  let step = 0;
  let start = 0;
  let end = 0;
  for (const candidate of niceSteps((hi - lo) / (most * 2))) {
    step = candidate;
    start = Math.floor(lo / step + 1e-9) * step;
    end = Math.ceil(hi / step - 1e-9) * step;
    if (Math.round((end - start) / step) + 1 <= most) break;
  }
  const ticks: number[] = [];
  for (let i = 0; start + i * step <= end + step * 1e-9; i++) ticks.push(Number((start + i * step).toPrecision(12)));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks, step };
}

/** Decimals that write every tick of a step in full and alike (2,5 steps: 72,5 and 75,0). */
export function tickDecimals(step: number): number {
  for (let d = 0; d < 10; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 10;
}

/** A linear map from a domain onto a range of px. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

const DAY = 86_400_000;

/** Where a period lies in time: its first day (ms), and how long it lasts. */
export function periodTime(code: string): { start: number; length: number } {
  const p = periodOf(code);
  if (!p) {
    // Not a period we know (should not happen with stored codes): its leading year, if any.
    const y = Number(code.slice(0, 4));
    return { start: Number.isFinite(y) ? Date.UTC(y, 0, 1) : 0, length: 365 * DAY };
  }
  const start = Date.parse(p.start);
  return { start, length: Date.parse(p.end) + DAY - start };
}

/**
 * Places periods on a true time scale: each at its first day, so 2009 → 2024 is fifteen times as
 * long as 2024 → 2025. Returns the x of each period, in the order given.
 */
export function timePositions(periods: readonly string[], range: readonly [number, number]): number[] {
  const starts = periods.map((p) => periodTime(p).start);
  const x = linear([Math.min(...starts), Math.max(...starts)], range);
  return starts.map((s) => x(s));
}

/**
 * The gaps in a series of periods (in time order) worth marking: where more than `factor` of the
 * periods' own length passes between one and the next (2009 → 2024 for yearly figures). Each gap
 * is named by the index of the period after it.
 */
export function timeGaps(periods: readonly string[], factor = 2.5): number[] {
  const times = periods.map(periodTime);
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) {
    const step = times[i]!.start - times[i - 1]!.start;
    if (step > factor * times[i - 1]!.length) gaps.push(i);
  }
  return gaps;
}

/** A label that may be left out when there is no room for it. */
export interface Candidate {
  /** Where its anchor is, in px. */
  x: number;
  width: number;
}

/**
 * Which of the labels along one line (sorted by x, anchored in their middle) to draw so that
 * none touches another (at least `gap` px apart) and none leaves [min, max]: a label that would
 * stick out is moved in (its box, not its anchor). The last label is kept, then the others are
 * taken from the end backwards as long as they fit. Returns the kept labels' indices and the
 * left edge each is drawn at.
 */
export function thinLabels(labels: readonly Candidate[], gap: number, min: number, max: number): { index: number; x0: number }[] {
  const placed: { index: number; x0: number }[] = [];
  let limit = max;
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i]!;
    const x0 = Math.max(min, Math.min(l.x - l.width / 2, max - l.width));
    const fits = x0 + l.width <= limit && x0 >= min;
    if (fits || placed.length === 0) {
      placed.unshift({ index: i, x0 });
      limit = x0 - gap;
    }
  }
  return placed;
}

/** Shortens a text with "…" until it fits `width` px. */
export function fitText(text: string, width: number, measure: Measure, options?: { bold?: boolean }): string {
  if (measure(text, options) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, options) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
