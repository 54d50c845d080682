import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeProgress, type Direction } from './progress';

const base = { baseline: { value: 60, period: '2020' }, target: { value: 80, period: '2030' } };
const at = (period: string, value: number | null, status: 'none' | 'suppressed' | 'not_available' = 'none') => ({ period, value, status });

describe('computeProgress', () => {
  it('is achieved, on track or behind against the straight line, higher being better', () => {
    const p = (latest: ReturnType<typeof at>) => computeProgress({ direction: 'higher_is_better', ...base, latest }).status;
    expect(p(at('2028', 81))).toBe('achieved');
    expect(p(at('2025', 71))).toBe('on_track'); // the line stands at about 70 in 2025
    expect(p(at('2025', 66))).toBe('behind');
  });

  it('turns around when lower is better', () => {
    const down = { baseline: { value: 6.8, period: '2009' }, target: { value: 4, period: '2019' } };
    const p = (value: number, period = '2014') => computeProgress({ direction: 'lower_is_better', ...down, latest: at(period, value) }).status;
    expect(p(3.9)).toBe('achieved');
    expect(p(5.2)).toBe('on_track');
    expect(p(6.5)).toBe('behind');
  });

  it('takes the direction of a neutral indicator from the target', () => {
    expect(computeProgress({ direction: 'neutral', ...base, latest: at('2025', 72) }).status).toBe('on_track');
    expect(computeProgress({ direction: 'neutral', baseline: { value: 80, period: '2020' }, target: { value: 60, period: '2030' }, latest: at('2025', 68) }).status).toBe('on_track');
  });

  it('counts suppressed, missing and unreadable data as no data', () => {
    for (const latest of [null, at('2025', null, 'suppressed'), at('2025', 75, 'suppressed'), at('2025', null, 'not_available'), at('someday', 75)]) {
      expect(computeProgress({ direction: 'higher_is_better', ...base, latest })).toEqual({ status: 'no_data', fraction: null, expected: null });
    }
  });

  it('reports the share of the way travelled', () => {
    const r = computeProgress({ direction: 'higher_is_better', ...base, latest: at('2025', 70) });
    expect(r.fraction).toBeCloseTo(0.5);
    expect(r.expected).toBeCloseTo(70, 0);
  });

  it('never calls a value worse than another one better (property)', () => {
    const dir = fc.constantFrom<Direction>('higher_is_better', 'lower_is_better');
    const rank = { behind: 0, on_track: 1, achieved: 2, no_data: -1 } as const;
    fc.assert(
      fc.property(dir, fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (direction, b, t, v1, v2) => {
        const sign = direction === 'higher_is_better' ? 1 : -1;
        const [worse, better] = sign * v1 <= sign * v2 ? [v1, v2] : [v2, v1];
        const r = (v: number) => computeProgress({ direction, baseline: { value: b, period: '2020' }, target: { value: t, period: '2030' }, latest: at('2024', v) }).status;
        expect(rank[r(worse)]).toBeLessThanOrEqual(rank[r(better)]);
      }),
    );
  });
});
