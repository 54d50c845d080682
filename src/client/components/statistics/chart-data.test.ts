import { describe, expect, it } from 'vitest';
import { classOf, colourClasses, isolatedPoints, rankingDisplay, rankingFacts, SEQUENTIAL_BLUES, seriesFacts, seriesRows } from './chart-data';
import { MAP_BORDER_COLOUR } from './chart-styles';
import { ALNA, FROGNER, NORWAY, OSLO, point, ranked, SAGENE, ST_HANSHAUGEN, STOVNER, suppressed } from '../../testing/fixtures/statistics';

const references = new Set(['0301', 'NO']);

describe('rankingDisplay', () => {
  const ranking = [
    ranked(OSLO, point('2023', 79.2), 3),
    ranked(FROGNER, point('2023', 88.4), 1),
    ranked(SAGENE, point('2023', 80.1), 2),
    ranked(ST_HANSHAUGEN, suppressed('2023'), null),
    ranked(STOVNER, point('2023', 70.3), 4),
    ranked(NORWAY, point('2023', 80.0), 3),
  ];

  it('ranks the compared areas in the server order, keeps reference areas and withheld areas apart', () => {
    const d = rankingDisplay(ranking, references, 'higher_is_better');
    expect(d.ranked.map((r) => [r.area.name, r.position])).toEqual([
      ['Bydel Frogner', 1],
      ['Bydel Sagene', 2],
      ['Bydel Stovner', 3],
    ]);
    expect(d.withheld.map((w) => [w.area.name, w.status])).toEqual([['Bydel St. Hanshaugen', 'suppressed']]);
    expect(d.references.map((r) => [r.area.name, r.value])).toEqual([
      ['Oslo', 79.2],
      ['Norge', 80.0],
    ]);
  });

  it('takes the reference areas from their series when the ranking holds only the compared areas', () => {
    const focusOnly = ranking.filter((r) => !references.has(r.area.code));
    const d = rankingDisplay(focusOnly, references, 'higher_is_better', [
      { area: OSLO, point: point('2023', 79.2) },
      { area: NORWAY, point: suppressed('2023') },
    ]);
    expect(d.ranked).toHaveLength(3);
    expect(d.references.map((r) => [r.area.name, r.value])).toEqual([
      ['Oslo', 79.2],
      ['Norge', null],
    ]);
  });

  it('never gives a withheld cell a value or a place, even if the server sent a number with it', () => {
    const leaky = [ranked(SAGENE, { period: '2023', value: 3, status: 'suppressed', symbol: ':' }, 1), ranked(ALNA, point('2023', 5), 2)];
    const d = rankingDisplay(leaky, references, 'lower_is_better');
    expect(d.ranked.map((r) => r.area.name)).toEqual(['Bydel Alna']);
    expect(d.ranked[0]!.position).toBe(1);
    expect(d.withheld.map((w) => w.area.name)).toEqual(['Bydel Sagene']);
  });

  it('orders by value in the indicator direction when the server gives no rank, and ties share a place', () => {
    const noRanks = [ranked(SAGENE, point('2009', 6.8), null), ranked(ALNA, point('2009', 4.1), null), ranked(STOVNER, point('2009', 6.8), null), ranked(FROGNER, point('2009', 2.0), null)];
    const d = rankingDisplay(noRanks, references, 'lower_is_better');
    expect(d.ranked.map((r) => [r.area.name, r.position])).toEqual([
      ['Bydel Frogner', 1],
      ['Bydel Alna', 2],
      ['Bydel Sagene', 3],
      ['Bydel Stovner', 3],
    ]);
    const up = rankingDisplay(noRanks, references, 'higher_is_better');
    expect(up.ranked[0]!.area.name).toBe('Bydel Sagene');
  });

  it('says which is highest and lowest and where the chosen area stands', () => {
    const d = rankingDisplay(ranking, references, 'higher_is_better');
    const f = rankingFacts(d, '030103');
    expect(f.highest?.area.name).toBe('Bydel Frogner');
    expect(f.lowest?.area.name).toBe('Bydel Stovner');
    expect(f.chosen).toEqual({ row: d.ranked[1], of: 3 });
    expect(f.withheldCount).toBe(1);
    const hidden = rankingFacts(d, '030104');
    expect(hidden.chosen).toEqual({ withheld: d.withheld[0] });
    expect(rankingFacts(d, '9999').chosen).toBeNull();
  });

  it('for a lower-is-better indicator the lowest value is the best place but still called the lowest', () => {
    const d = rankingDisplay([ranked(SAGENE, point('2009', 6.8), 2), ranked(FROGNER, point('2009', 2.0), 1)], references, 'lower_is_better');
    const f = rankingFacts(d, '030103');
    expect(f.lowest?.area.name).toBe('Bydel Frogner');
    expect(f.highest?.area.name).toBe('Bydel Sagene');
    expect(f.chosen).toEqual({ row: expect.objectContaining({ position: 2 }), of: 2 });
  });
});

describe('seriesRows', () => {
  const series = [
    { area: ST_HANSHAUGEN, isReference: false, points: [point('2021', 74.1), point('2022', 75.0), suppressed('2023'), point('2024', 76.2, 'provisional', 'p')] },
    { area: OSLO, isReference: true, points: [point('2022', 79.0), point('2023', 79.4)] },
  ];
  const periods = ['2021', '2022', '2023', '2024'];

  it('gives a suppressed point no value (a gap), never zero', () => {
    const rows = seriesRows(series, periods);
    const cell = rows.find((r) => r.key === '030104' && r.period === '2023')!;
    expect(cell.value).toBeNull();
    expect(cell.status).toBe('suppressed');
    expect(rows.filter((r) => r.value === 0)).toEqual([]);
  });

  it('fills periods a series lacks with gaps, in time order, and keeps provisional figures', () => {
    const rows = seriesRows(series, periods);
    expect(rows.filter((r) => r.key === '0301').map((r) => [r.period, r.value, r.status])).toEqual([
      ['2021', null, 'missing'],
      ['2022', 79.0, 'none'],
      ['2023', 79.4, 'none'],
      ['2024', null, 'missing'],
    ]);
    expect(rows.find((r) => r.key === '030104' && r.period === '2024')).toMatchObject({ value: 76.2, status: 'provisional' });
  });

  it('finds points a line cannot show because both neighbours are gaps', () => {
    const rows = seriesRows([{ area: SAGENE, isReference: false, points: [point('2021', 1), suppressed('2022'), point('2023', 3), suppressed('2024')] }], periods);
    expect(isolatedPoints(rows).map((r) => r.period)).toEqual(['2021', '2023']);
    // A series starts fresh: the last point of one series is not the neighbour of the next.
    const two = seriesRows(
      [
        { area: SAGENE, isReference: false, points: [point('2023', 1), point('2024', 2)] },
        { area: OSLO, isReference: true, points: [point('2021', 5)] },
      ],
      periods,
    );
    expect(isolatedPoints(two).map((r) => [r.key, r.period])).toEqual([['0301', '2021']]);
  });
});

describe('seriesFacts', () => {
  it('reports first, last, lowest and highest published figures and the withheld periods', () => {
    const f = seriesFacts([suppressed('2019'), point('2020', 70), point('2021', 68), suppressed('2022'), point('2023', 75)]);
    expect(f.first).toEqual({ period: '2020', value: 70 });
    expect(f.last).toEqual({ period: '2023', value: 75 });
    expect(f.min).toEqual({ period: '2021', value: 68 });
    expect(f.max).toEqual({ period: '2023', value: 75 });
    expect(f.withheld).toEqual([
      { period: '2019', status: 'suppressed' },
      { period: '2022', status: 'suppressed' },
    ]);
  });
});

describe('colourClasses', () => {
  it('splits the range into equal classes with bounds at the shown precision', () => {
    const classes = colourClasses([70.3, 72.1, 75.5, 80.2, 88.4], 1);
    expect(classes).toHaveLength(5);
    expect(classes[0]!.from).toBe(70.3);
    expect(classes[4]!.to).toBe(88.4);
    for (const c of classes) expect(Number(c.from.toFixed(1))).toBe(c.from);
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.from).toBe(classes[i - 1]!.to);
    expect(new Set(classes.map((c) => c.colour)).size).toBe(5);
  });

  it('puts every value in a class, the maximum in the last', () => {
    const values = [70.3, 72.1, 75.5, 80.2, 88.4];
    const classes = colourClasses(values, 1);
    expect(values.map((v) => classOf(v, classes))).toEqual([0, 0, 1, 2, 4]);
  });

  it('uses fewer classes for few distinct values, light to dark, and one class for equal values', () => {
    const three = colourClasses([10, 20, 30, 30], 0);
    expect(three).toHaveLength(3);
    expect(three[0]!.colour).toBe(SEQUENTIAL_BLUES[0]);
    expect(three[2]!.colour).toBe(SEQUENTIAL_BLUES[4]);
    expect(colourClasses([4, 4, 4], 1)).toEqual([{ from: 4, to: 4, colour: SEQUENTIAL_BLUES[4] }]);
    // Two steps of the shown precision make at most two classes, or two would read "2–2".
    expect(colourClasses([1, 2, 3], 0).map((c) => [c.from, c.to])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(colourClasses([70.1, 70.2], 1)).toHaveLength(1);
    expect(colourClasses([], 1)).toEqual([]);
  });
});

describe('the map\'s colour classes', () => {
  /** WCAG contrast ratio of two #rrggbb colours. */
  const contrast = (a: string, b: string) => {
    const luminance = (hex: string) => {
      const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('stand out from the page and from the borders by 3:1, and each from its neighbour', () => {
    for (const colour of SEQUENTIAL_BLUES) {
      expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, MAP_BORDER_COLOUR), colour).toBeGreaterThanOrEqual(3);
    }
    for (let i = 1; i < SEQUENTIAL_BLUES.length; i++) {
      expect(contrast(SEQUENTIAL_BLUES[i]!, SEQUENTIAL_BLUES[i - 1]!), SEQUENTIAL_BLUES[i]).toBeGreaterThanOrEqual(1.4);
    }
  });
});
