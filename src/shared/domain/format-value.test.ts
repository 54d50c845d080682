import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from './format-value';

describe('formatValue', () => {
  it('writes figures as Norwegian and English readers expect', () => {
    expect(formatValue(6.8, 'percent', 1, 'nb')).toBe('6,8\u00a0%');
    expect(formatValue(6.8, 'percent', 1, 'en')).toBe('6.8\u00a0%');
    expect(formatValue(32000, 'count', 0, 'nb')).toBe('32\u00a0000');
    expect(formatValue(2.94, 'per_1000', 1, 'nn')).toBe('2,9 per 1000');
    expect(formatValue(41.25, 'points', 1, 'en')).toBe('41.3 points');
    expect(formatValue(1250, 'nok', 0, 'nb')).toBe('1\u00a0250 kr');
    expect(formatValue(-1.5, 'percent', 1, 'nb')).toBe('−1,5\u00a0%');
  });

  it('formats nothing for a withheld figure', () => {
    expect(formatValue(null, 'percent', 1, 'nb')).toBe('');
    expect(formatNumber(null, 1, 'nb')).toBe('');
  });
});
