import { describe, expect, it } from 'vitest';
import type { ProfilePoint } from '../../../shared/contracts/profiles';
import { atDecimals, changeSince, compareWithReference, developmentOver, rankAreas } from './profiles.compare';

const p = (value: number | null, status: ProfilePoint['status'] = value === null ? 'suppressed' : 'none'): ProfilePoint => ({ period: '2024', value, status, symbol: null });

describe('comparing with a reference area', () => {
  it('follows the direction of the indicator', () => {
    expect(compareWithReference(p(6.8), p(4), 'lower_is_better', 1)).toBe('worse');
    expect(compareWithReference(p(2), p(4), 'lower_is_better', 1)).toBe('better');
    expect(compareWithReference(p(72), p(70), 'higher_is_better', 1)).toBe('better');
    expect(compareWithReference(p(68), p(70), 'higher_is_better', 1)).toBe('worse');
  });

  it('calls figures equal at the decimals shown the same', () => {
    expect(compareWithReference(p(6.8), p(6.84), 'lower_is_better', 1)).toBe('same');
    expect(compareWithReference(p(6.8), p(6.86), 'lower_is_better', 1)).toBe('better');
    expect(compareWithReference(p(32000.4), p(32000), 'higher_is_better', 0)).toBe('same');
  });

  it('does not compare a neutral indicator, a missing side or a withheld side', () => {
    expect(compareWithReference(p(1), p(2), 'neutral', 1)).toBe('not_comparable');
    expect(compareWithReference(null, p(2), 'higher_is_better', 1)).toBe('not_comparable');
    expect(compareWithReference(p(1), null, 'higher_is_better', 1)).toBe('not_comparable');
    expect(compareWithReference(p(null), p(2), 'higher_is_better', 1)).toBe('not_comparable');
    expect(compareWithReference(p(1), p(null, 'not_available'), 'higher_is_better', 1)).toBe('not_comparable');
    // A provisional figure is a figure.
    expect(compareWithReference(p(3, 'provisional'), p(2), 'higher_is_better', 1)).toBe('better');
  });
});

describe('change since the period before', () => {
  it('is up, down or flat at the decimals shown; null when a side is missing or withheld', () => {
    expect(changeSince(p(5.1), p(5), 1)).toBe('up');
    expect(changeSince(p(4.9), p(5), 1)).toBe('down');
    expect(changeSince(p(5.04), p(5), 1)).toBe('flat');
    expect(changeSince(p(5), null, 1)).toBeNull();
    expect(changeSince(p(5), p(null), 1)).toBeNull();
    expect(changeSince(p(null), p(5), 1)).toBeNull();
  });

  it('rounds both sides the same way', () => {
    expect(atDecimals(6.8, 1)).toBe(68);
    expect(atDecimals(0.1 + 0.2, 1)).toBe(3);
    expect(atDecimals(-2.5, 0)).toBe(-2);
  });
});

describe('ranking', () => {
  const a = (name: string, value: number | null) => ({ area: { name }, point: p(value) });

  it('ranks best first with shared ranks for ties (1, 2, 2, 4) and the withheld unranked last', () => {
    const ranked = rankAreas([a('D', 1), a('C', null), a('B', 3), a('A', 3), a('E', 9)], 'higher_is_better', 0);
    expect(ranked.map((x) => [x.area.name, x.rank])).toEqual([
      ['E', 1],
      ['A', 2],
      ['B', 2],
      ['D', 4],
      ['C', null],
    ]);
  });

  it('puts the lowest first when lower is better, the largest first when neutral', () => {
    expect(rankAreas([a('A', 5), a('B', 2)], 'lower_is_better', 1).map((x) => x.area.name)).toEqual(['B', 'A']);
    expect(rankAreas([a('A', 2), a('B', 5)], 'neutral', 1).map((x) => x.area.name)).toEqual(['B', 'A']);
  });

  it('sorts names the Norwegian way (Å last)', () => {
    expect(rankAreas([a('Åsane', null), a('Bergen', null), a('Ørsta', null)], 'neutral', 0).map((x) => x.area.name)).toEqual(['Bergen', 'Ørsta', 'Åsane']);
  });
});

describe('the development over the last periods', () => {
  const at = (period: string, value: number | null): ProfilePoint => ({ period, value, status: value === null ? 'suppressed' : 'none', symbol: null });
  // Child low income rose over the years while the last step went down.
  const lowIncome = [at('2015', 17.6), at('2019', 18.9), at('2020', 19.4), at('2021', 20.3), at('2022', 20.6), at('2023', 20.0)];

  it('tells the rise over the last five periods apart from the fall since the period before', () => {
    expect(changeSince(lowIncome[5]!, lowIncome[4]!, 1)).toBe('down');
    expect(developmentOver(lowIncome, 1)).toEqual({ direction: 'up', from: at('2019', 18.9), to: at('2023', 20.0), periods: 5 });
    expect(developmentOver(lowIncome, 1, 10)).toMatchObject({ direction: 'up', from: at('2015', 17.6), periods: 6 });
  });

  it('starts at the first figure of the span, needs the latest, and is flat when equal as published', () => {
    expect(developmentOver([at('2019', null), at('2020', 5.01), at('2021', 6), at('2022', 5.04)], 1)).toEqual({ direction: 'flat', from: at('2020', 5.01), to: at('2022', 5.04), periods: 3 });
    expect(developmentOver([at('2021', 4), at('2022', null)], 1)).toBeNull();
    expect(developmentOver([at('2022', 4)], 1)).toBeNull();
    expect(developmentOver([at('2021', 3), at('2022', 4)], 1)).toBeNull();
    expect(developmentOver([at('2021', null), at('2022', 4)], 1)).toBeNull();
  });
});
