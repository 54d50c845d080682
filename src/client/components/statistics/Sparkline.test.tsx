import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { point, suppressed } from '../../testing/fixtures/statistics';
import { Sparkline, sparklinePath, sparklinePlaces } from './Sparkline';

/** Number of separate pieces ("M" commands) a line path is drawn in. */
const pieces = (d: string | null) => (d ?? '').split('M').length - 1;

describe('Sparkline', () => {
  it('draws the line in pieces around a withheld year, with a dot on the latest figure', () => {
    render(<Sparkline points={[point('2020', 70), point('2021', 71), suppressed('2022'), point('2023', 72), point('2024', 73)]} description="Utvikling 2020–2024" />);
    const svg = screen.getByRole('img', { name: 'Utvikling 2020–2024' });
    expect(pieces(svg.querySelector('path')!.getAttribute('d'))).toBe(2);
    expect(svg.querySelectorAll('circle')).toHaveLength(1);
    // No axes, no text: the name says it all.
    expect(svg.querySelector('text')).toBeNull();
  });

  it('marks a figure that stands alone between withheld ones with a dot of its own', () => {
    render(<Sparkline points={[point('2020', 70), suppressed('2021'), point('2022', 75), suppressed('2023'), point('2024', 71)]} description="Spredte tall" />);
    expect(screen.getByRole('img', { name: 'Spredte tall' }).querySelectorAll('circle')).toHaveLength(3);
  });

  it('draws nothing with fewer than two figures', () => {
    const { container } = render(<Sparkline points={[point('2020', 70), suppressed('2021')]} description="Ett tall" />);
    expect(container.querySelector('svg')).toBeNull();
  });

  it('puts the highest figure at the top and the lowest at the bottom, inside the picture, and a flat line in the middle', () => {
    const places = sparklinePlaces([point('2020', 10), point('2021', 30), point('2022', 20)]);
    const ys = places.map((p) => p!.y);
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(ys[2]).toBeLessThan(ys[0]!);
    for (const p of places) {
      expect(p!.x).toBeGreaterThan(0);
      expect(p!.x).toBeLessThan(112);
      expect(p!.y).toBeGreaterThan(0);
      expect(p!.y).toBeLessThan(32);
    }
    const flat = sparklinePlaces([point('2020', 5), point('2021', 5)]);
    expect(flat[0]!.y).toBe(16);
    expect(sparklinePath(flat)).toBe(`M${flat[0]!.x},16L${flat[1]!.x},16`);
  });
});

describe('Sparkline on a time scale', () => {
  it('puts 2024 next to 2025 and far from 2009', () => {
    const [a, b, c] = sparklinePlaces([point('2009', 6.8), point('2024', 5.1), point('2025', 4.9)]).map((p) => p!.x);
    expect((b! - a!) / (c! - b!)).toBeGreaterThan(10);
  });
});
