import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparePeriods, formatPeriod, parsePeriod, periodFraction, periodOf } from './periods';

const code = (raw: string, hint?: string) => parsePeriod(raw, hint)?.code;

describe('parsePeriod', () => {
  it('reads the ways sources write one period to one canonical code', () => {
    expect(code('2024')).toBe('2024');
    expect(code('2024A')).toBe('2024');
    expect([code('2023-24'), code('2023/2024'), code('2023/24'), code('2023–24'), code('2023-2024')]).toEqual(Array(5).fill('2023-24'));
    expect([code('2025K4'), code('2025Q4'), code('2025-Q4'), code('2025q4'), code('20254', 'TLIST(Q1)'), code('20254', 'K')]).toEqual(Array(6).fill('2025Q4'));
    expect([code('2025M01'), code('2025M1'), code('2025-M01'), code('2025-01'), code('202501'), code('202501', 'M1')]).toEqual(Array(6).fill('2025M01'));
    expect([code('2025U05'), code('2025W05'), code('2025-W05'), code('202505', 'W1')]).toEqual(Array(4).fill('2025W05'));
    expect([code('2025H1'), code('2025-H1'), code('20251', 'H1')]).toEqual(Array(3).fill('2025H1'));
    expect([code('kull 2017'), code('2017-kull'), code('cohort 2017'), code('C2017')]).toEqual(Array(4).fill('C2017'));
    expect([code('2017-2023'), code('C2017-2023'), code('kull 2017–2023')]).toEqual(Array(3).fill('C2017-2023'));
  });

  it('reads "2011-12" as a school year, not December', () => {
    expect(parsePeriod('2011-12')).toMatchObject({ kind: 'school_year', start: '2011-08-01', end: '2012-07-31' });
    expect(parsePeriod('2011M12')).toMatchObject({ kind: 'month', start: '2011-12-01', end: '2011-12-31' });
  });

  it('refuses what is not a period instead of guessing', () => {
    for (const raw of ['', 'abc', '2025Q5', '2025M13', '2025-13', '20255', '2025W54', '2024/2026', '99', '2025H3', 'Oslo']) {
      expect({ raw, period: parsePeriod(raw) }).toEqual({ raw, period: undefined });
    }
    expect(parsePeriod('2020W53')).toBeDefined();
    expect(parsePeriod('2021W53')).toBeUndefined();
  });

  it('gives dates that order different kinds of period in time', () => {
    expect(parsePeriod('2025Q2')).toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
    expect(parsePeriod('2024M02')).toMatchObject({ end: '2024-02-29' });
    expect(parsePeriod('2025W01')).toMatchObject({ start: '2024-12-30', end: '2025-01-05' });
    const sorted = ['2024Q1', '2023-24', '2023', '2024'].map((c) => parsePeriod(c)!).sort(comparePeriods).map((p) => p.code);
    expect(sorted).toEqual(['2023', '2023-24', '2024', '2024Q1']);
  });

  it('round-trips every canonical code (property)', () => {
    const canonical = fc.oneof(
      fc.integer({ min: 1900, max: 2100 }).map(String),
      fc.integer({ min: 1900, max: 2100 }).map((y) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}Q${q}`),
      fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}M${String(m).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 52 })).map(([y, w]) => `${y}W${String(w).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(canonical, (c) => {
        const p = periodOf(c);
        expect(p?.code).toBe(c);
        expect(p!.start <= p!.end).toBe(true);
      }),
    );
  });

  it('never throws on any text (property)', () => {
    fc.assert(fc.property(fc.string(), fc.option(fc.string()), (raw, hint) => void parsePeriod(raw, hint ?? undefined)));
  });
});

describe('formatPeriod', () => {
  it('writes periods the way readers do, in each language', () => {
    expect(formatPeriod('2023-24', 'nb')).toBe('2023–24');
    expect(formatPeriod('2025Q4', 'nb')).toBe('4. kvartal 2025');
    expect(formatPeriod('2025Q4', 'en')).toBe('Q4 2025');
    expect(formatPeriod('2025M01', 'nn')).toBe('januar 2025');
    expect(formatPeriod('2025W05', 'nn')).toBe('veke 5 2025');
    expect(formatPeriod('C2017-2023', 'en')).toBe('cohort 2017–2023');
    expect(formatPeriod('not a period', 'nb')).toBe('not a period');
  });
});

describe('periodFraction', () => {
  it('measures where a period lies between two others', () => {
    const p = (c: string) => parsePeriod(c)!;
    expect(periodFraction(p('2020'), p('2030'), p('2025'))).toBeCloseTo(0.5, 2);
    expect(periodFraction(p('2020'), p('2030'), p('2019'))).toBe(0);
    expect(periodFraction(p('2020'), p('2030'), p('2031'))).toBe(1);
  });
});
