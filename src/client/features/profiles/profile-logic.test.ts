import { describe, expect, it } from 'vitest';
import { point, suppressed } from '../../testing/fixtures/statistics';
import { changeAssessment, comparisonColour, trendShape } from './profile-logic';

describe('changeAssessment', () => {
  it('reads a rise as better only when higher is better, and a fall the other way round', () => {
    expect(changeAssessment('up', 'higher_is_better')).toBe('better');
    expect(changeAssessment('up', 'lower_is_better')).toBe('worse');
    expect(changeAssessment('down', 'lower_is_better')).toBe('better');
    expect(changeAssessment('down', 'higher_is_better')).toBe('worse');
  });

  it('says nothing for no change, an unknown change or a neutral indicator', () => {
    expect(changeAssessment('flat', 'higher_is_better')).toBeNull();
    expect(changeAssessment(null, 'lower_is_better')).toBeNull();
    expect(changeAssessment('up', 'neutral')).toBeNull();
  });
});

describe('trendShape', () => {
  it('draws a line only with two published figures; suppressed ones do not count', () => {
    expect(trendShape({ trend: [point('2022', 1), suppressed('2023'), point('2024', 2)] })).toEqual({ kind: 'series', drawn: 2 });
    expect(trendShape({ trend: [suppressed('2023'), point('2009', 6.8)] })).toEqual({ kind: 'single', period: '2009' });
    expect(trendShape({ trend: [suppressed('2023')] })).toEqual({ kind: 'none' });
    expect(trendShape({ trend: [] })).toEqual({ kind: 'none' });
  });
});

describe('comparisonColour', () => {
  it('repeats the words in colour: better green, worse red, otherwise neutral', () => {
    expect(comparisonColour('better')).toBe('success');
    expect(comparisonColour('worse')).toBe('danger');
    expect(comparisonColour('same')).toBe('neutral');
    expect(comparisonColour('not_comparable')).toBe('neutral');
  });
});
