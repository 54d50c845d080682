import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../app/i18n';
import { drawable, periodSpan, pointText } from './format';
import { point, suppressed } from '../../testing/fixtures/statistics';

describe('drawable', () => {
  it('gives a number only for figures that may be shown', () => {
    expect(drawable(point('2024', 6.8))).toBe(6.8);
    expect(drawable(point('2024', 6.8, 'provisional'))).toBe(6.8);
    expect(drawable(suppressed('2024'))).toBeNull();
    expect(drawable({ value: 3, status: 'suppressed' })).toBeNull();
    expect(drawable({ value: 0, status: 'none' })).toBe(0);
    expect(drawable(null)).toBeNull();
  });
});

describe('pointText', () => {
  it('says "prikket" for a suppressed figure and formats the others per language', () => {
    const unit = { unit: 'percent' as const, decimals: 1 };
    expect(pointText(suppressed('2023'), unit, 'nb', i18nFor('nb').t)).toBe('prikket');
    expect(pointText(suppressed('2023'), unit, 'nn', i18nFor('nn').t)).toBe('prikka');
    expect(pointText(point('2023', 6.8), unit, 'en', i18nFor('en').t)).toBe('6.8\u00a0%');
  });
});

describe('periodSpan', () => {
  it('joins years with a dash and periods that hold a dash or words with a spaced dash', () => {
    expect(periodSpan('2015', '2024', 'nb')).toBe('2015–2024');
    expect(periodSpan('2015-16', '2024-25', 'nb')).toBe('2015–16 – 2024–25');
    expect(periodSpan('2024Q1', '2025Q4', 'nb')).toBe('1. kvartal 2024 – 4. kvartal 2025');
    expect(periodSpan('2009', '2009', 'nb')).toBe('2009');
    expect(periodSpan(null, '2024', 'nb')).toBe('');
    expect(periodSpan('2015', null, 'nb')).toBe('');
  });
});
