import { describe, expect, it } from 'vitest';
import { layoutBarChart } from './bar-chart-layout';
import { rankingDisplay, seriesRows } from './chart-data';
import { collisions, estimateWidth } from './chart-scales';
import { layoutLineChart, textBoxOf, type ChartText } from './line-chart-layout';
import { area, FROGNER, NORWAY, OSLO, point, ranked, SAGENE, ST_HANSHAUGEN, STOVNER, suppressed } from '../../testing/fixtures/statistics';

const percent = { unit: 'percent' as const, decimals: 1 };
const statusText = (s: string) => (s === 'suppressed' ? 'prikket' : s);
const pieces = (d: string) => d.split('M').length - 1;
const WIDTHS = [260, 358, 736, 1200];

/** Every text inside the chart and none touching another. */
function expectTextsApart(texts: readonly ChartText[], width: number) {
  const boxes = texts.map(textBoxOf);
  expect(collisions(boxes).map(([a, b]) => `${texts[a]!.text} × ${texts[b]!.text}`)).toEqual([]);
  for (const b of boxes) {
    expect(b.x0).toBeGreaterThanOrEqual(0);
    expect(b.x1).toBeLessThanOrEqual(width);
  }
}

describe('line chart layout', () => {
  const series = [
    { area: ST_HANSHAUGEN, isReference: false, points: [point('2021', 74.1), point('2022', 75.0), suppressed('2023'), point('2024', 76.2, 'provisional', 'p')] },
    { area: OSLO, isReference: true, points: [point('2021', 78.0), point('2022', 79.0), point('2023', 79.4), point('2024', 80.0)] },
  ];
  const periods = ['2021', '2022', '2023', '2024'];
  const input = { rows: seriesRows(series, periods), periods, keys: ['030104', '0301'], locale: 'nb' as const, axisLabel: 'Prosent', statusText };

  it('breaks the line at the suppressed year and writes the status below the axis', () => {
    const layout = layoutLineChart(input, 640, estimateWidth);
    expect(pieces(layout.series[0]!.line)).toBe(2);
    expect(pieces(layout.series[1]!.line)).toBe(1);
    const status = layout.texts.find((t) => t.text === 'prikket')!;
    expect(status.y).toBeGreaterThan(layout.plot.bottom);
    expect(layout.series[1]!.style.dash).toBe('7 4');
  });

  it('writes large figures in full on the y axis, wide enough for the widest', () => {
    const big = [{ area: OSLO, isReference: false, points: [point('2009', 586_860), point('2024', 717_710), point('2025', 1_110_000)] }];
    for (const [locale, full] of [['nb', '1\u00a0000\u00a0000'], ['en', '1,000,000']] as const) {
      const layout = layoutLineChart({ ...input, rows: seriesRows(big, ['2009', '2024', '2025']), periods: ['2009', '2024', '2025'], keys: ['0301'], locale }, 358, estimateWidth);
      const yTicks = layout.texts.filter((t) => t.kind === 'y-tick');
      expect(yTicks.map((t) => t.text)).toContain(full);
      for (const t of yTicks) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x + t.width).toBeLessThan(layout.plot.left);
      }
    }
  });

  it('puts periods on a true time scale and marks the long gap', () => {
    const periodsApart = ['2009', '2024', '2025'];
    const rows = seriesRows([{ area: SAGENE, isReference: false, points: [point('2009', 6.8), point('2024', 4.1), point('2025', 4.0)] }], periodsApart);
    const layout = layoutLineChart({ ...input, rows, periods: periodsApart, keys: ['030103'] }, 640, estimateWidth);
    const [a, b, c] = layout.periodTicks;
    expect((b! - a!) / (c! - b!)).toBeCloseTo(15, 0);
    expect(layout.breaks).toHaveLength(1);
    expect(layout.breaks[0]).toBeGreaterThan(a!);
    expect(layout.breaks[0]).toBeLessThan(b!);
    // Across the gap the line is dotted, not solid.
    expect(pieces(layout.series[0]!.line)).toBe(2);
    expect(pieces(layout.series[0]!.bridges)).toBe(1);
    expectTextsApart(layout.texts, 640);
  });

  it('never lets two texts touch or leave the chart, at any width', () => {
    const years = Array.from({ length: 11 }, (_, i) => String(2015 + i));
    const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')}`);
    for (const ps of [years, months, ['2009', '2024', '2025'], ['2015-16', '2016-17', '2017-18', '2018-19', '2019-20']]) {
      const many = [SAGENE, OSLO, NORWAY].map((a, k) => ({ area: a, isReference: k > 0, points: ps.map((p, i) => (i % 4 === 2 ? suppressed(p) : point(p, 1000 * k + i * 37.3))) }));
      for (const width of WIDTHS) {
        const layout = layoutLineChart({ ...input, rows: seriesRows(many, ps), periods: ps, keys: ['030103', '0301', 'NO'] }, width, estimateWidth);
        expectTextsApart(layout.texts, width);
        expect(layout.texts.filter((t) => t.kind === 'x-tick').at(-1)!.text).toBe(ps.length === 24 ? 'desember 2025' : ps.at(-1)!.replace('-', '\u2013'));
      }
    }
  });
});

describe('bar chart layout', () => {
  const display = rankingDisplay(
    [
      ranked(FROGNER, point('2023', 88.4), 1),
      ranked(SAGENE, point('2023', 80.1), 2),
      ranked(ST_HANSHAUGEN, suppressed('2023'), null),
      ranked(STOVNER, point('2023', 79.6), 3),
      ranked(OSLO, point('2023', 79.2), null),
      ranked(NORWAY, point('2023', 80.0), null),
    ],
    new Set(['0301', 'NO']),
    'higher_is_better',
  );
  const input = { display, chosenCode: '030103', unit: percent, locale: 'nb' as const, axisLabel: 'Prosent', statusText };

  it('draws a bar per area with a figure, the suppressed area by word, and the chosen area in bold', () => {
    const layout = layoutBarChart(input, 375, estimateWidth);
    expect(layout.bars).toHaveLength(3);
    expect(layout.texts.filter((t) => t.text === 'prikket')).toHaveLength(1);
    expect(layout.texts.filter((t) => t.kind === 'name').map((t) => t.text)).toEqual(['Bydel Frogner', 'Bydel Sagene', 'Bydel Stovner', 'Bydel St. Hanshaugen']);
    expect(layout.texts.filter((t) => t.bold).map((t) => t.text)).toEqual(['Bydel Sagene', '80,1\u00a0%']);
    expect(layout.references).toHaveLength(2);
  });

  it('keeps every figure clear of the reference lines, even where a line sits at a bar\u2019s end', () => {
    for (const width of WIDTHS) {
      const layout = layoutBarChart(input, width, estimateWidth);
      const values = layout.texts.filter((t) => t.kind === 'value');
      for (const r of layout.references) for (const v of values) expect(r.x < v.x - 2 || r.x > v.x + v.width + 2).toBe(true);
      expectTextsApart(layout.texts, width);
    }
  });

  it('shortens names that would take more than their share of a narrow screen', () => {
    const long = rankingDisplay([ranked(area('030199', 'Bydel med et svært langt og omstendelig navn'), point('2023', 50), 1)], new Set(), 'higher_is_better');
    const layout = layoutBarChart({ ...input, display: long }, 300, estimateWidth);
    const name = layout.texts.find((t) => t.kind === 'name')!;
    expect(name.text.endsWith('…')).toBe(true);
    expect(name.x).toBeGreaterThanOrEqual(0);
    expectTextsApart(layout.texts, 300);
  });
});
