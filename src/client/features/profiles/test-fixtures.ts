import type { Indicator, IndicatorSummary, ProgrammeStatistics } from '../../../shared/contracts/indicators';
import type { AreaGeometries, AreaProfile, IndicatorView } from '../../../shared/contracts/profiles';
import type { Programme } from '../../../shared/contracts/programmes';
import { FROGNER, NORWAY, OSLO, point, SAGENE, ST_HANSHAUGEN, STOVNER, suppressed } from '../../components/statistics/test-data';

/** API answers shaped like the demo data (Sagene's 2009 figures, an illustrative completion series). */
export const PROGRAMME: Programme = {
  id: '11111111-1111-4111-8111-111111111111',
  slug: 'oppvekst-og-utdanning',
  kind: 'sub_programme',
  parentId: null,
  name: { nb: 'Delprogram oppvekst og utdanning', nn: 'Delprogram oppvekst og utdanning', en: 'Sub-programme for childhood and education' },
  summary: { nb: '' },
  isPublished: true,
  purpose: { nb: '' },
  goalText: { nb: '' },
  parent: null,
  children: [],
  participations: [],
  contacts: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export const SOSIALHJELP: IndicatorSummary = {
  id: '22222222-2222-4222-8222-000000000001',
  code: 'sosialhjelp-andel',
  name: { nb: 'Sosialhjelpsmottakere', nn: 'Sosialhjelpsmottakarar', en: 'Social assistance recipients' },
  unit: 'percent',
  decimals: 1,
  direction: 'lower_is_better',
  topic: 'living_conditions',
  isIllustrative: false,
};

export const FULLFORT: IndicatorSummary = {
  id: '22222222-2222-4222-8222-000000000002',
  code: 'fullfort-vgo-5ar',
  name: { nb: 'Fullført og bestått videregående innen fem år', nn: 'Fullført og bestått vidaregåande innan fem år', en: 'Completed upper secondary within five years' },
  unit: 'percent',
  decimals: 1,
  direction: 'higher_is_better',
  topic: 'completion',
  isIllustrative: true,
};

export const STATISTICS: ProgrammeStatistics = {
  programmeId: PROGRAMME.id,
  indicators: [FULLFORT, SOSIALHJELP],
  focusAreas: [SAGENE, ST_HANSHAUGEN, FROGNER, STOVNER],
  referenceAreas: [OSLO, NORWAY],
};

export const SAGENE_PROFILE: AreaProfile = {
  programme: { id: PROGRAMME.id, slug: PROGRAMME.slug, name: PROGRAMME.name },
  area: SAGENE,
  referenceAreas: [OSLO, NORWAY],
  rows: [
    {
      indicator: SOSIALHJELP,
      latest: point('2009', 6.8),
      trend: [point('2009', 6.8)],
      change: null,
      references: [
        { area: OSLO, point: point('2009', 4), comparison: 'worse' },
        { area: NORWAY, point: null, comparison: 'not_comparable' },
      ],
    },
    {
      indicator: FULLFORT,
      latest: point('2024', 80.1, 'provisional', 'p'),
      trend: [point('2020', 77.5), point('2021', 78.0), suppressed('2022'), point('2023', 79.6), point('2024', 80.1, 'provisional', 'p')],
      change: 'up',
      references: [
        { area: OSLO, point: point('2024', 79.2, 'provisional', 'p'), comparison: 'better' },
        { area: NORWAY, point: point('2024', 80.1, 'provisional', 'p'), comparison: 'same' },
      ],
    },
  ],
};

export const FULLFORT_FULL: Indicator = {
  ...FULLFORT,
  description: { nb: 'Andel elever som har fullført og bestått videregående opplæring fem år etter at de startet.' },
  ageFrom: 16,
  ageTo: 24,
  source: { publisher: 'Samordna demo – illustrasjon, ikke publisert statistikk', tableId: '12971', url: 'https://www.ssb.no/statbank/table/12971', licence: 'CC BY 4.0', isIllustrative: true },
  notes: { nb: '' },
  observationCount: 120,
  firstPeriod: '2021',
  lastPeriod: '2024',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/**
 * St. Hanshaugen's boys in 2023 are suppressed, as in the demo data. With a programme the server
 * ranks its focus areas only; the reference areas come as series.
 */
export const FULLFORT_VIEW: IndicatorView = {
  indicator: FULLFORT_FULL,
  breakdowns: [
    { key: '', label: null },
    { key: 'kjonn=1', label: { nb: 'Gutter', nn: 'Gutar', en: 'Boys' } },
    { key: 'kjonn=2', label: { nb: 'Jenter', nn: 'Jenter', en: 'Girls' } },
  ],
  breakdown: 'kjonn=1',
  periods: ['2021', '2022', '2023', '2024'],
  period: '2023',
  ranking: [
    { area: FROGNER, point: point('2023', 86.2), rank: 1 },
    { area: SAGENE, point: point('2023', 76.4), rank: 2 },
    { area: STOVNER, point: point('2023', 66.9), rank: 3 },
    { area: ST_HANSHAUGEN, point: suppressed('2023'), rank: null },
  ],
  mapParent: OSLO,
  series: [
    { area: ST_HANSHAUGEN, isReference: false, points: [point('2021', 74.1), point('2022', 75.0), suppressed('2023'), point('2024', 76.2)] },
    { area: OSLO, isReference: true, points: [point('2021', 74.9), point('2022', 75.3), point('2023', 75.8), point('2024', 76.0)] },
    { area: NORWAY, isReference: true, points: [point('2021', 76.0), point('2022', 76.5), point('2023', 77.0), point('2024', 77.4)] },
  ],
};

function square(code: string, name: string, x: number, y: number) {
  const s = 0.05;
  // Clockwise in (longitude, latitude), as d3 reads exterior rings.
  const ring = [
    [x, y],
    [x, y + s],
    [x + s, y + s],
    [x + s, y],
    [x, y],
  ];
  return { type: 'Feature' as const, properties: { code, name }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

export const GEOMETRIES: AreaGeometries = {
  type: 'FeatureCollection',
  features: [
    square(SAGENE.code, 'Sagene', 10.75, 59.93),
    square(ST_HANSHAUGEN.code, 'St. Hanshaugen', 10.7, 59.93),
    square(FROGNER.code, 'Frogner', 10.7, 59.88),
    square(STOVNER.code, 'Stovner', 10.9, 59.96),
  ],
};
