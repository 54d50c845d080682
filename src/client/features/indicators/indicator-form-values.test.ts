import { describe, expect, it } from 'vitest';
import { IndicatorCreate } from '../../../shared/contracts/indicators';
import { indicatorPayload, indicatorValues } from './indicator-form-values';

describe('the indicator form’s values', () => {
  const filled = {
    ...indicatorValues(),
    code: 'innbyggere',
    texts: { ...indicatorValues().texts, name: { nb: 'Innbyggere', nn: '', en: '' } },
    unit: 'count' as const,
    direction: 'neutral' as const,
    publisher: 'Statistisk sentralbyrå (SSB)',
  };

  it('sends the age limit of a latest figure as a number, and none when left empty', () => {
    expect(indicatorPayload({ ...filled, maxAgeYears: ' 3 ' }).maxAgeYears).toBe(3);
    expect(indicatorPayload({ ...filled, maxAgeYears: '' }).maxAgeYears).toBeNull();
    expect(IndicatorCreate.safeParse(indicatorPayload({ ...filled, maxAgeYears: '3' })).success).toBe(true);
  });

  it('lets the contract name the field when the limit is not a whole number of years', () => {
    const parsed = IndicatorCreate.safeParse(indicatorPayload({ ...filled, maxAgeYears: 'tre' }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['maxAgeYears']);
    const zero = IndicatorCreate.safeParse(indicatorPayload({ ...filled, maxAgeYears: '0' }));
    expect(zero.error?.issues.map((i) => i.path.join('.'))).toEqual(['maxAgeYears']);
  });
});
