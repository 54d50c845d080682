import { describe, expect, it } from 'vitest';
import { icalLocal, OSLO, osloDate, osloParts } from './oslo-time';

/** What Intl's parts say the clock in Oslo reads: the reference the fast reading must match. */
const reference = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
function expected(date: Date) {
  const parts = reference.formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute'), second: value('second') };
}

describe('the clock in Oslo', () => {
  it('reads every hour of a year with both changes of summer time as Intl does', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000 + 61_000) {
      const date = new Date(ms);
      expect(osloParts(date), date.toISOString()).toEqual(expected(date));
    }
  });

  it('writes the dates and times the documents and calendars use', () => {
    expect(osloDate('2025-12-31T23:30:00Z')).toBe('2026-01-01');
    expect(icalLocal('2026-03-29T00:59:59Z')).toBe('20260329T015959');
    expect(icalLocal('2026-03-29T01:00:00Z')).toBe('20260329T030000');
    expect(icalLocal('2026-10-25T00:30:00Z')).toBe('20261025T023000');
    expect(icalLocal('2026-10-25T01:30:00Z')).toBe('20261025T023000');
    expect(icalLocal('1999-07-01T22:00:00.000Z')).toBe('19990702T000000');
  });
});
