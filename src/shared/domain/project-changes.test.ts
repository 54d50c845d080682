import { describe, expect, it } from 'vitest';
import { addMonths, thresholdBreaches } from './project-changes';

describe('addMonths', () => {
  it('moves by calendar months and keeps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -3)).toBe('2025-12-31');
  });
});

describe('thresholdBreaches', () => {
  const granted = { grantedTotal: 500_000, startsOn: '2026-01-01', endsOn: '2027-06-30' };
  const rules = { percent: 10, months: 3 };

  it('lets the granted total move up to the threshold and no further, either way', () => {
    expect(thresholdBreaches(granted, { ...granted, grantedTotal: 550_000 }, rules)).toEqual([]);
    expect(thresholdBreaches(granted, { ...granted, grantedTotal: 550_001 }, rules)).toEqual([{ field: 'grantedTotal', code: 'budgetAboveThreshold', threshold: 10 }]);
    expect(thresholdBreaches(granted, { ...granted, grantedTotal: 449_999 }, rules).map((b) => b.field)).toEqual(['grantedTotal']);
    expect(thresholdBreaches(granted, { ...granted, grantedTotal: null }, rules).map((b) => b.field)).toEqual(['grantedTotal']);
  });

  it('lets the start and the end move up to the months given, and counts a cleared date as moved', () => {
    expect(thresholdBreaches(granted, { ...granted, endsOn: '2027-09-30' }, rules)).toEqual([]);
    expect(thresholdBreaches(granted, { ...granted, endsOn: '2027-10-01' }, rules)).toEqual([{ field: 'endsOn', code: 'periodAboveThreshold', threshold: 3 }]);
    expect(thresholdBreaches(granted, { ...granted, startsOn: '2025-09-30' }, rules).map((b) => b.field)).toEqual(['startsOn']);
    expect(thresholdBreaches(granted, { ...granted, endsOn: null }, rules).map((b) => b.field)).toEqual(['endsOn']);
  });

  it('holds only a project with a granted total, and no rule where the programme set none', () => {
    expect(thresholdBreaches({ ...granted, grantedTotal: null }, { grantedTotal: 9_000_000, startsOn: '2030-01-01', endsOn: null }, rules)).toEqual([]);
    expect(thresholdBreaches(granted, { grantedTotal: 9_000_000, startsOn: '2030-01-01', endsOn: '2031-01-01' }, { percent: null, months: null })).toEqual([]);
    expect(thresholdBreaches(granted, { ...granted, grantedTotal: 500_001 }, { percent: 0, months: 0 }).map((b) => b.field)).toEqual(['grantedTotal']);
  });
});
