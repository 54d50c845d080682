import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate, type AggregateCell } from './aggregate';
import { OBSERVATION_STATUSES } from './statistics';

const v = (value: number, status: AggregateCell['status'] = 'none'): AggregateCell => ({ value, status });
const suppressed: AggregateCell = { value: null, status: 'suppressed' };

describe('aggregate', () => {
  it('sums and averages published cells', () => {
    expect(aggregate([v(1), v(2), v(3)], 'sum')).toEqual({ value: 6, status: 'none', count: 3 });
    expect(aggregate([v(1), v(2), v(3)], 'mean')).toEqual({ value: 2, status: 'none', count: 3 });
    expect(aggregate([v(1), v(2, 'provisional')], 'sum').status).toBe('provisional');
  });

  it('suppresses an aggregate over a suppressed cell, so the cell cannot be derived by subtraction', () => {
    expect(aggregate([v(10), suppressed, v(5)], 'sum')).toEqual({ value: null, status: 'suppressed', count: 3 });
    expect(aggregate([{ value: null, status: 'not_available' }, suppressed], 'mean').status).toBe('suppressed');
  });

  it('gives no number over a gap', () => {
    expect(aggregate([v(10), { value: null, status: 'not_available' }], 'sum')).toEqual({ value: null, status: 'not_available', count: 2 });
    expect(aggregate([], 'sum').value).toBeNull();
  });

  it('never returns a number when any input is suppressed (property)', () => {
    const cell = fc.record({ value: fc.option(fc.double({ noNaN: true, min: -1e9, max: 1e9 })), status: fc.constantFrom(...OBSERVATION_STATUSES) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), fc.constantFrom('sum' as const, 'mean' as const), (cells, op) => {
        const r = aggregate(cells, op);
        if (cells.some((c) => c.status === 'suppressed')) expect(r).toMatchObject({ value: null, status: 'suppressed' });
      }),
    );
  });
});
