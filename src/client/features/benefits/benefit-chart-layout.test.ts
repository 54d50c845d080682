import { describe, expect, it } from 'vitest';
import { collisions, estimateWidth } from '../../components/statistics/chart-scales';
import { textBoxOf } from '../../components/statistics/line-chart-layout';
import { layoutBenefitChart, type BenefitChartInput } from './benefit-chart-layout';

/** School points in Grorud: baseline 2022–23, a figure withheld, a new one imported for 2025–26. */
const INPUT: BenefitChartInput = {
  baseline: { period: '2022-23', value: 44.1, label: '2022–2023' },
  expected: { date: '2029-06-30', value: 44.3, label: 'juni 2029' },
  figures: [
    { period: '2022-23', value: 44.1, label: '2022–2023' },
    { period: '2023-24', value: 44.0, label: '2023–2024' },
    { period: '2024-25', value: null, label: '2024–2025', withheld: 'prikket' },
    { period: '2025-26', value: 50, label: '2025–2026' },
  ],
  axisLabel: 'Poeng',
  locale: 'nb',
};

describe('the layout of a benefit chart', () => {
  it('puts the baseline, the figures and the expected value on one true time scale', () => {
    const layout = layoutBenefitChart(INPUT, 600, estimateWidth);
    const dots = layout.measured.dots;
    // The withheld figure has no dot, and the line breaks there.
    expect(dots).toHaveLength(3);
    expect(layout.measured.path.match(/M/g)).toHaveLength(2);
    expect(dots[0]).toEqual({ x: layout.baseline.x, y: layout.baseline.y });
    // A year on the axis is as long wherever it is: 2022–23 → 2023–24 as 2024–25 → 2025–26 (half of it).
    const year = dots[1]!.x - dots[0]!.x;
    expect(dots[2]!.x - dots[1]!.x).toBeCloseTo(2 * year, 0);
    // The expected date (30 June 2029) lies 3 years and 11 months after the last figure's start.
    expect(layout.expected.x - dots[2]!.x).toBeCloseTo((1430 / 365) * year, 0);
    expect(layout.expected.x).toBeGreaterThan(dots[2]!.x);
    // Up is more: 50 is above the expected 44.3, which is above the baseline 44.1.
    expect(dots[2]!.y).toBeLessThan(layout.expected.y);
    expect(layout.expected.y).toBeLessThan(layout.baseline.y);
    expect(layout.expected.path).toBe(`M${layout.baseline.x},${layout.baseline.y}L${layout.expected.x},${layout.expected.y}`);
    // Every value lies within the y axis.
    for (const y of [layout.baseline.y, layout.expected.y, ...dots.map((d) => d.y)]) {
      expect(y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(y).toBeLessThanOrEqual(layout.plot.bottom);
    }
  });

  it('writes a withheld figure by its status and keeps every text apart and inside, on a phone too', () => {
    for (const width of [300, 390, 600]) {
      const layout = layoutBenefitChart(INPUT, width, estimateWidth);
      const texts = layout.texts;
      expect(texts.filter((t) => t.kind === 'withheld').map((t) => t.text)).toEqual(['prikket']);
      expect(texts.some((t) => t.kind === 'x-tick' && t.text === 'juni 2029')).toBe(true);
      expect(collisions(texts.map(textBoxOf), 2)).toEqual([]);
      for (const t of texts) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x + t.width).toBeLessThanOrEqual(width);
      }
      expect(layout.expected.x).toBeLessThanOrEqual(width);
    }
  });

  it('draws a benefit without figures yet: the baseline and the way to the expected value', () => {
    const layout = layoutBenefitChart({ ...INPUT, figures: [] }, 390, estimateWidth);
    expect(layout.measured).toEqual({ path: '', dots: [] });
    expect(layout.expected.x).toBeGreaterThan(layout.baseline.x);
    expect(layout.texts.filter((t) => t.kind === 'x-tick').map((t) => t.text)).toEqual(['2022–2023', 'juni 2029']);
  });
});
