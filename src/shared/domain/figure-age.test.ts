import { describe, expect, it } from 'vitest';
import { ageOf, DEFAULT_MAX_AGE_YEARS, figureAgeYears, isOutdated } from './figure-age';

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('the age of a figure', () => {
  it('counts whole years from the end of the period', () => {
    expect(figureAgeYears('2009', on('2026-12-03'))).toBe(16);
    expect(figureAgeYears('2025', on('2026-12-03'))).toBe(0);
    expect(figureAgeYears('2024', on('2026-12-03'))).toBe(1);
    // A school year ends on 31 July.
    expect(figureAgeYears('2023-24', on('2026-07-30'))).toBe(1);
    expect(figureAgeYears('2023-24', on('2026-08-01'))).toBe(2);
    expect(figureAgeYears('2026Q3', on('2026-12-03'))).toBe(0);
    expect(figureAgeYears('not a period', on('2026-12-03'))).toBeNull();
  });

  it('flags a figure older than the indicator’s limit, else the default', () => {
    const now = on('2026-12-03');
    expect(isOutdated('2009', null, now)).toBe(true);
    expect(isOutdated('2020', null, now)).toBe(DEFAULT_MAX_AGE_YEARS < 5);
    expect(isOutdated('2020', 3, now)).toBe(true);
    expect(isOutdated('2009', 20, now)).toBe(false);
    expect(ageOf('2009', 3, now)).toEqual({ years: 16, maxYears: 3, isOutdated: true });
    expect(ageOf('2024', null, now)).toEqual({ years: 1, maxYears: DEFAULT_MAX_AGE_YEARS, isOutdated: false });
  });
});
