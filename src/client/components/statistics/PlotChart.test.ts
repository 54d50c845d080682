import { describe, expect, it } from 'vitest';
import { prepareChartNode } from './PlotChart';

describe('prepareChartNode', () => {
  it('removes inline styles (refused by the CSP) and names the chart as one image', () => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('aria-description', 'Plot');
    const style = document.createElementNS(ns, 'style');
    const group = document.createElementNS(ns, 'g');
    group.setAttribute('aria-label', 'geo');
    svg.append(style, group);
    const node = prepareChartNode(svg, 'Kart over Oslo', 'summary-1');
    expect(node.querySelector('style')).toBeNull();
    expect(node.getAttribute('role')).toBe('img');
    expect(node.getAttribute('aria-label')).toBe('Kart over Oslo');
    expect(node.getAttribute('aria-describedby')).toBe('summary-1');
    expect(node.hasAttribute('aria-description')).toBe(false);
    expect(node.querySelectorAll('[aria-label]')).toHaveLength(0);
  });
});
