import { describe, expect, it } from 'vitest';
import { boxesOverlap, collisions, estimateWidth, fitText, niceTicks, periodTime, textBox, thinLabels, tickDecimals, timeGaps, timePositions } from './chart-scales';

describe('niceTicks', () => {
  it('covers the figures with round steps, written in full', () => {
    const { ticks, domain, step } = niceTicks(586_860, 1_110_000, 5);
    expect(step).toBe(200_000);
    expect(ticks).toEqual([400_000, 600_000, 800_000, 1_000_000, 1_200_000]);
    expect(domain).toEqual([400_000, 1_200_000]);
  });

  it('uses steps of 1, 2, 2,5 and 5 and gives a flat series room on both sides', () => {
    expect(niceTicks(68.3, 91, 5).ticks).toEqual([60, 70, 80, 90, 100]);
    expect(niceTicks(72, 81, 5).step).toBe(2);
    expect(niceTicks(72, 81, 3).step).toBe(5);
    const flat = niceTicks(6.8, 6.8, 4);
    expect(flat.domain[0]).toBeLessThan(6.8);
    expect(flat.domain[1]).toBeGreaterThan(6.8);
    expect(niceTicks(0, 0, 4).domain[0]).toBe(0);
  });

  it('reaches little beyond the figures: 1 110 000 on three ticks ends at 1 500 000, not 2 000 000', () => {
    const { ticks, domain } = niceTicks(32_000, 1_110_000, 3);
    expect(ticks.length).toBeLessThanOrEqual(4);
    expect(domain).toEqual([0, 1_500_000]);
  });

  it('writes every tick of a step with the same decimals', () => {
    expect(tickDecimals(2.5)).toBe(1);
    expect(tickDecimals(5)).toBe(0);
    expect(tickDecimals(200_000)).toBe(0);
    expect(tickDecimals(0.25)).toBe(2);
  });
});

describe('the time scale', () => {
  it('places periods at their first day, so that long stretches look long', () => {
    const [a, b, c] = timePositions(['2009', '2024', '2025'], [0, 160]);
    expect(a).toBe(0);
    expect(c).toBe(160);
    expect(b).toBeCloseTo(150, 0);
    // A school year starts in August.
    expect(new Date(periodTime('2023-24').start).toISOString().slice(0, 10)).toBe('2023-08-01');
    expect(new Date(periodTime('2025Q4').start).toISOString().slice(0, 10)).toBe('2025-10-01');
  });

  it('marks the gaps that are many periods long, not a single missing year', () => {
    expect(timeGaps(['2009', '2024', '2025'])).toEqual([1]);
    expect(timeGaps(['2015', '2017', '2018'])).toEqual([]);
    expect(timeGaps(['2024M01', '2024M02', '2024M09'])).toEqual([2]);
  });
});

describe('labels that never touch', () => {
  const years = Array.from({ length: 11 }, (_, i) => String(2015 + i));

  it('keeps every label where there is room, and thins them where there is not, always keeping the last', () => {
    const wide = thinLabels(years.map((y, i) => ({ x: 40 + i * 60, width: estimateWidth(y) })), 8, 0, 700);
    expect(wide).toHaveLength(11);
    const narrow = thinLabels(years.map((y, i) => ({ x: 40 + i * 25, width: estimateWidth(y) })), 8, 0, 320);
    expect(narrow.length).toBeLessThan(11);
    expect(narrow[narrow.length - 1]!.index).toBe(10);
    const boxes = narrow.map((k) => textBox(k.x0, 0, estimateWidth(years[k.index]!), 'start'));
    expect(collisions(boxes, 8)).toEqual([]);
  });

  it('moves a label at an edge inside the chart rather than cutting it', () => {
    const [only] = thinLabels([{ x: 2, width: 60 }], 8, 0, 300);
    expect(only!.x0).toBe(0);
    const [last] = thinLabels([{ x: 298, width: 60 }], 8, 0, 300);
    expect(last!.x0 + 60).toBe(300);
  });

  it('takes the closer of two close periods out, not the far one (2009, 2024, 2025)', () => {
    const kept = thinLabels([{ x: 20, width: 30 }, { x: 290, width: 30 }, { x: 305, width: 30 }], 8, 0, 330);
    expect(kept.map((k) => k.index)).toEqual([0, 2]);
  });

  it('tells overlapping boxes from neighbours', () => {
    expect(boxesOverlap({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(boxesOverlap({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(true);
    expect(boxesOverlap({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 12, y0: 0, x1: 20, y1: 10 }, 4)).toBe(true);
  });

  it('estimates wide texts as wider and shortens a text to fit', () => {
    expect(estimateWidth('1 110 000')).toBeGreaterThan(estimateWidth('10 000'));
    expect(estimateWidth('Bydel', { bold: true })).toBeGreaterThan(estimateWidth('Bydel'));
    const short = fitText('Bydel Søndre Nordstrand', 80, estimateWidth);
    expect(short.endsWith('…')).toBe(true);
    expect(estimateWidth(short)).toBeLessThanOrEqual(80);
    expect(fitText('Oslo', 80, estimateWidth)).toBe('Oslo');
  });
});
