import { describe, expect, it } from 'vitest';
import { rankingDisplay, seriesRows } from './chart-data';
import { buildRankingChart, buildSeriesChart, thinTicks } from './charts';
import { prepareChartNode } from './PlotChart';
import { FROGNER, NORWAY, OSLO, point, ranked, SAGENE, ST_HANSHAUGEN, STOVNER, suppressed } from '../../testing/fixtures/statistics';

const percent = { unit: 'percent' as const, decimals: 1 };
const statusText = (s: string) => (s === 'suppressed' ? 'prikket' : s);

/** Number of separate pieces ("M" commands) a line path is drawn in. */
const pieces = (d: string | null) => (d ?? '').split('M').length - 1;

describe('ranking chart', () => {
  const display = rankingDisplay(
    [
      ranked(FROGNER, point('2023', 88.4), 1),
      ranked(SAGENE, point('2023', 80.1), 2),
      ranked(ST_HANSHAUGEN, suppressed('2023'), null),
      ranked(STOVNER, point('2023', 70.3), 3),
      ranked(OSLO, point('2023', 79.2), null),
      ranked(NORWAY, point('2023', 80.0), null),
    ],
    new Set(['0301', 'NO']),
    'higher_is_better',
  );
  const svg = buildRankingChart({ display, chosenCode: '030103', unit: percent, locale: 'nb', axisLabel: 'Prosent', statusText }, 375);

  it('draws one bar per area with a figure and none for the suppressed area, whose row says so', () => {
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(3);
    const texts = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toContain('prikket');
    expect(texts).toContain('Bydel St. Hanshaugen');
    expect(texts).toContain('88,4\u00a0%');
    expect(texts.some((t) => t?.includes('NaN'))).toBe(false);
    // The labels are filled (a halo stroke alone would leave them invisible).
    for (const g of Array.from(svg.querySelectorAll('g[aria-label="text"]'))) expect(g.getAttribute('fill')).not.toBe('none');
  });

  it('lists the areas best first and marks the chosen area in bold', () => {
    const labels = Array.from(svg.querySelectorAll('g[aria-label="y-axis tick label"] text'));
    const byY = labels
      .map((t) => ({ text: t.textContent, y: Number(/translate\([^,]+,([^)]+)\)/.exec(t.getAttribute('transform') ?? '')?.[1]) }))
      .sort((a, b) => a.y - b.y)
      .map((l) => l.text);
    expect(byY).toEqual(['Bydel Frogner', 'Bydel Sagene', 'Bydel Stovner', 'Bydel St. Hanshaugen']);
    const bold = svg.querySelector('g[aria-label="y-axis tick label"][font-weight="bold"]');
    expect(bold?.textContent).toBe('Bydel Sagene');
  });

  it('draws the reference areas as lines, not as bars', () => {
    expect(svg.querySelectorAll('g[aria-label="rule"]').length).toBeGreaterThanOrEqual(3);
  });

  it('fits a 375 px screen without losing the names', () => {
    expect(svg.getAttribute('width')).toBe('375');
    const left = Number(svg.querySelector('g[aria-label="bar"] rect')?.getAttribute('x'));
    expect(left).toBeGreaterThan(100);
    expect(left).toBeLessThan(375 / 2);
  });
});

describe('line chart', () => {
  const series = [
    { area: ST_HANSHAUGEN, isReference: false, points: [point('2021', 74.1), point('2022', 75.0), suppressed('2023'), point('2024', 76.2, 'provisional', 'p')] },
    { area: OSLO, isReference: true, points: [point('2021', 78.0), point('2022', 79.0), point('2023', 79.4), point('2024', 80.0)] },
  ];
  const periods = ['2021', '2022', '2023', '2024'];
  const svg = buildSeriesChart(
    { rows: seriesRows(series, periods), periods, keys: ['030104', '0301'], unit: percent, locale: 'nb', axisLabel: 'Prosent', statusText },
    640,
  );
  const lines = Array.from(svg.querySelectorAll('g[aria-label="line"] path'));

  it('breaks the line at the suppressed year instead of drawing a zero or bridging it', () => {
    expect(lines).toHaveLength(2);
    expect(pieces(lines[0]!.getAttribute('d'))).toBe(2);
    expect(pieces(lines[1]!.getAttribute('d'))).toBe(1);
    // The suppressed year is written at the foot of the chart instead.
    expect(Array.from(svg.querySelectorAll('text')).map((t) => t.textContent)).toContain('prikket');
    // No y tick at zero: the axis spans the figures, none of which is zero.
    const ticks = Array.from(svg.querySelectorAll('g[aria-label="y-axis tick label"] text')).map((t) => t.textContent);
    expect(ticks).not.toContain('0');
  });

  it('gives each line its own dash and symbol, not only a colour', () => {
    expect(lines[0]!.closest('g')?.getAttribute('stroke-dasharray')).toBeNull();
    expect(lines[1]!.closest('g')?.getAttribute('stroke-dasharray')).toBe('7 4');
    expect(svg.querySelectorAll('g[aria-label="dot"]')).toHaveLength(2);
  });

  it('thins period labels on a narrow screen and always keeps the latest', () => {
    const years = Array.from({ length: 10 }, (_, i) => String(2015 + i));
    expect(thinTicks(years, 600, 'nb')).toEqual(years);
    const narrow = thinTicks(years, 250, 'nb');
    expect(narrow.length).toBeLessThan(years.length);
    expect(narrow[narrow.length - 1]).toBe('2024');
  });
});

describe('prepareChartNode', () => {
  it('removes inline styles (refused by the CSP) and names the chart as one image', () => {
    const svg = buildRankingChart({ display: rankingDisplay([ranked(SAGENE, point('2023', 80.1), 1)], new Set(), 'higher_is_better'), chosenCode: null, unit: percent, locale: 'nb', axisLabel: 'Prosent', statusText }, 375);
    expect(svg.querySelector('style')).not.toBeNull();
    const node = prepareChartNode(svg, 'Utvikling 2020–2021', 'summary-1');
    expect(node.querySelector('style')).toBeNull();
    expect(node.getAttribute('role')).toBe('img');
    expect(node.getAttribute('aria-label')).toBe('Utvikling 2020–2021');
    expect(node.getAttribute('aria-describedby')).toBe('summary-1');
    expect(node.hasAttribute('aria-description')).toBe(false);
    expect(node.querySelectorAll('[aria-label]')).toHaveLength(0);
  });
});
