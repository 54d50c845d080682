import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../app/i18n';
import { colourClasses, rankingDisplay, rankingFacts, type MapValue } from './chart-data';
import { mapSummary, rankingSummary, seriesSummary, sparklineDescription } from './summaries';
import { FROGNER, NORWAY, OSLO, point, ranked, SAGENE, ST_HANSHAUGEN, STOVNER, suppressed } from '../../testing/fixtures/statistics';

const nb = i18nFor('nb').t;
const nn = i18nFor('nn').t;
const en = i18nFor('en').t;
const completion = { unit: 'percent' as const, decimals: 1, direction: 'higher_is_better' as const };

const display = rankingDisplay(
  [
    ranked(FROGNER, point('2023', 88.4), 1),
    ranked(SAGENE, point('2023', 80.1), 2),
    ranked(ST_HANSHAUGEN, suppressed('2023'), null),
    ranked(STOVNER, point('2023', 70.3), 3),
    ranked(OSLO, point('2023', 79.2), null),
    ranked(NORWAY, point('2023', 80), null),
  ],
  new Set(['0301', 'NO']),
  'higher_is_better',
);

describe('rankingSummary', () => {
  it('names the highest and lowest, where the chosen area stands, the suppressed areas and the references', () => {
    expect(rankingSummary(display, rankingFacts(display, '030103'), completion, 'nb', nb)).toBe(
      'Høyest: Bydel Frogner med 88,4\u00a0%. Lavest: Bydel Stovner med 70,3\u00a0%. ' +
        'Bydel Sagene har 80,1\u00a0% og er nummer 2 av 3 når 1 er best. ' +
        '1 område har ikke tall å vise: Bydel St. Hanshaugen. ' +
        'Til sammenligning: Oslo 79,2\u00a0%, Norge 80,0\u00a0%.',
    );
  });

  it('says the chosen area is suppressed rather than giving it a place', () => {
    const text = rankingSummary(display, rankingFacts(display, '030104'), completion, 'nb', nb);
    expect(text).toContain('Bydel St. Hanshaugen: Prikket (for få til å publiseres).');
    expect(text).not.toContain('nummer');
    expect(text).not.toContain('ikke tall å vise');
  });

  it('is written in nynorsk and English with numbers formatted for the language', () => {
    expect(rankingSummary(display, rankingFacts(display, '030103'), completion, 'nn', nn)).toContain('Høgast: Bydel Frogner med 88,4\u00a0%.');
    const english = rankingSummary(display, rankingFacts(display, '030103'), completion, 'en', en);
    expect(english).toContain('Highest: Bydel Frogner with 88.4\u00a0%.');
    expect(english).toContain('Bydel Sagene has 80.1\u00a0% and is number 2 of 3, where 1 is best.');
  });

  it('for a neutral indicator counts from the highest instead of calling anything best', () => {
    const residents = rankingDisplay([ranked(SAGENE, point('2009', 32000), 1), ranked(FROGNER, point('2009', 59000), 1)], new Set(), 'neutral');
    const text = rankingSummary(residents, rankingFacts(residents, '030103'), { unit: 'count', decimals: 0, direction: 'neutral' }, 'nb', nb);
    expect(text).toContain('Bydel Sagene har 32\u00a0000 og er nummer 2 av 2 fra høyest til lavest.');
  });

  it('says when there are no figures', () => {
    const none = rankingDisplay([], new Set(), 'higher_is_better');
    expect(rankingSummary(none, rankingFacts(none, null), completion, 'nb', nb)).toBe('Det finnes ingen tall for dette valget.');
  });
});

describe('seriesSummary', () => {
  it('describes every line from its first to its last figure and names the withheld years', () => {
    const text = seriesSummary(
      [
        { area: ST_HANSHAUGEN, isReference: false, points: [point('2021', 74.1), suppressed('2023'), point('2024', 76.2)] },
        { area: OSLO, isReference: true, points: [point('2023-24', 42.2)] },
      ],
      completion,
      'nb',
      nb,
    );
    expect(text).toBe(
      'Bydel St. Hanshaugen: fra 74,1\u00a0% i 2021 til 76,2\u00a0% i 2024. Uten tall for Bydel St. Hanshaugen: 2023 (prikket). Oslo: 42,2\u00a0% i 2023–24.',
    );
  });
});

describe('sparklineDescription', () => {
  it('gives the span, the first and last figure, the range and the gaps', () => {
    const points = [point('2015', 70.1), point('2016', 68.2), suppressed('2017'), point('2024', 75.3)];
    expect(sparklineDescription(points, completion, 'nb', nb)).toBe(
      '2015–2024: fra 70,1\u00a0% i 2015 til 75,3\u00a0% i 2024. Lavest 68,2\u00a0% (2016), høyest 75,3\u00a0% (2024). Uten tall: 2017 (prikket).',
    );
    expect(sparklineDescription(points, completion, 'en', en)).toContain('from 70.1\u00a0% in 2015 to 75.3\u00a0% in 2024');
  });
});

describe('mapSummary', () => {
  const values = new Map<string, MapValue>([
    ['030101', { name: 'Gamle Oslo', value: 70.3, status: 'none' }],
    ['030103', { name: 'Sagene', value: 76.4, status: 'none' }],
    ['030104', { name: 'St. Hanshaugen', value: null, status: 'suppressed' }],
    ['030105', { name: 'Frogner', value: 88.4, status: 'none' }],
    ['030106', { name: 'Ullern', value: 86.0, status: 'none' }],
    ['030107', { name: 'Vestre Aker', value: null, status: 'missing' }],
  ]);
  const classes = colourClasses([70.3, 76.4, 88.4, 86.0], 1);

  it('says how colours read, which districts are darkest and lightest, which are hatched and which is outlined', () => {
    expect(classes).toHaveLength(4);
    expect(mapSummary(values, classes, '030103', completion, 'nb', nb)).toBe(
      'Bydelene er farget i 4 klasser, fra lys for de laveste tallene til mørk for de høyeste. ' +
        'Mørkest (83,9\u00a0% – 88,4\u00a0%): Frogner, Ullern. Lysest (70,3\u00a0% – 74,8\u00a0%): Gamle Oslo. ' +
        'Skravert, uten tall: St. Hanshaugen (prikket), Vestre Aker (mangler). Sagene har tykk kant og 76,4\u00a0%.',
    );
  });

  it('says when the outlined district has no figure, in English too', () => {
    expect(mapSummary(values, classes, '030104', completion, 'en', en)).toContain('Hatched, no figure: St. Hanshaugen (suppressed), Vestre Aker (missing). St. Hanshaugen has a thick outline.');
  });
});

describe('many areas without a figure', () => {
  it('are counted rather than named in the summaries (the tables name them)', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    const many = rankingDisplay(
      [ranked(SAGENE, point('2009', 6.8), 1), ...names.map((n, i) => ranked({ ...SAGENE, id: `${SAGENE.id.slice(0, -1)}${i}`, code: `03010${i}`, name: n }, { period: '2009', value: null, status: 'not_available', symbol: null }, null))],
      new Set(),
      'lower_is_better',
    );
    expect(rankingSummary(many, rankingFacts(many, null), completion, 'nb', nb)).toBe('Bare Bydel Sagene har tall: 6,8\u00a0%. 6 områder har ikke tall å vise; de står i tabellen.');
    const values = new Map<string, MapValue>([['030103', { name: 'Sagene', value: 6.8, status: 'none' }], ...names.map((n): [string, MapValue] => [n, { name: n, value: null, status: 'not_available' }])]);
    expect(mapSummary(values, colourClasses([6.8], 1), null, completion, 'nb', nb)).toBe('Alle bydelene med tall har samme farge (6,8\u00a0%). Skravert, uten tall: 6 bydeler; de står i tabellen.');
  });
});
