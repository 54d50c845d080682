import { describe, expect, it } from 'vitest';
import { countRealisation, latestFigure, realisationOf, type BenefitDirection, type BenefitFigure } from './benefits';

const fig = (period: string, value: number | null, status: BenefitFigure['status'] = 'none'): BenefitFigure => ({ period, value, status });
const status = (direction: BenefitDirection, figures: BenefitFigure[], baselineValue = 60, expectedValue = 80) =>
  realisationOf({ direction, baselineValue, baselinePeriod: '2022', expectedValue, figures }).status;

describe('realisationOf', () => {
  it('is realised, partly realised or not realised by the latest figure, higher being better', () => {
    expect(status('higher_is_better', [fig('2023', 70), fig('2024', 80)])).toBe('realised');
    expect(status('higher_is_better', [fig('2023', 70), fig('2024', 85)])).toBe('realised');
    expect(status('higher_is_better', [fig('2024', 79.9)])).toBe('partly_realised');
    expect(status('higher_is_better', [fig('2024', 60)])).toBe('not_realised');
    expect(status('higher_is_better', [fig('2024', 55)])).toBe('not_realised');
  });

  it('turns around when lower is better', () => {
    expect(status('lower_is_better', [fig('2024', 4)], 6.8, 4)).toBe('realised');
    expect(status('lower_is_better', [fig('2024', 5.2)], 6.8, 4)).toBe('partly_realised');
    expect(status('lower_is_better', [fig('2024', 7)], 6.8, 4)).toBe('not_realised');
  });

  it('reads the latest figure by period, not by the order given', () => {
    expect(status('higher_is_better', [fig('2025', 62), fig('2023', 90)])).toBe('partly_realised');
    expect(latestFigure('2022', [fig('2024H1', 1), fig('2024', 2), fig('2023', 3)])).toEqual(fig('2024H1', 1));
  });

  it('is not measurable without a figure after the baseline; withheld cells and the baseline itself never count', () => {
    expect(status('higher_is_better', [])).toBe('not_measurable');
    expect(status('higher_is_better', [fig('2022', 90), fig('2021', 90)])).toBe('not_measurable');
    expect(status('higher_is_better', [fig('2024', null, 'suppressed'), fig('2025', 95, 'suppressed'), fig('2026', null, 'not_available')])).toBe('not_measurable');
    expect(status('higher_is_better', [fig('2023', 70), fig('2024', 95, 'suppressed')])).toBe('partly_realised');
    expect(status('higher_is_better', [fig('someday', 95)])).toBe('not_measurable');
  });

  it('counts a provisional or estimated figure, which is a number', () => {
    expect(status('higher_is_better', [fig('2024', 81, 'provisional')])).toBe('realised');
    expect(status('higher_is_better', [fig('2024', 81, 'estimate')])).toBe('realised');
  });
});

describe('countRealisation', () => {
  it('counts each status', () => {
    expect(countRealisation(['realised', 'realised', 'not_measurable'])).toEqual({ realised: 2, partly_realised: 0, not_realised: 0, not_measurable: 1 });
  });
});
