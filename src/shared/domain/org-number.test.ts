import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidOrgNumber } from './org-number';

describe('organisation number', () => {
  it('accepts real numbers and rejects a changed digit', () => {
    for (const n of ['958935420', '970018131', '987879696', '974 760 673']) expect(isValidOrgNumber(n)).toBe(true);
    expect(isValidOrgNumber('958935421')).toBe(false);
    expect(isValidOrgNumber('12345678')).toBe(false);
    expect(isValidOrgNumber('abcdefghi')).toBe(false);
  });

  it('accepts exactly one check digit for every eight-digit stem (or none when it would be 10)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (stem) => {
        const s = String(stem).padStart(8, '0');
        const valid = [...'0123456789'].filter((d) => isValidOrgNumber(s + d));
        return valid.length <= 1;
      }),
    );
  });
});
