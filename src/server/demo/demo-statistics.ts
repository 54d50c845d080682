import { readFileSync } from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { areaGeometries, areas } from '../features/areas/areas.table';
import { breakdownLabels, indicators, observations, programmeAreas, programmeIndicators } from '../features/indicators/indicators.table';
import { programmes } from '../features/programmes/programmes.table';
import { demoOwners } from './demo-programmes';
import { parsePeriod } from '../../shared/domain/periods';
import type { ObservationStatus } from '../../shared/domain/statistics';
import type { LocalizedText } from '../../shared/domain/localized';
import { OSLO_GEOJSON } from './demo-data';
import type { Direction, IndicatorTopic, IndicatorUnit } from '../../shared/contracts/indicators';

/**
 * The demo's knowledge base. Three indicators carry the figures Bydel Sagene presented in
 * 2009 (seed 004) for Sagene and for Oslo — real figures as cited there, and nothing else.
 * The other indicators are ILLUSTRATIVE: invented series with plausible levels so the charts,
 * maps and progress have something to show. Each says so in its source, and the pages say it.
 */
interface DemoIndicator {
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  unit: IndicatorUnit;
  decimals: number;
  direction: Direction;
  topic: IndicatorTopic;
  ageFrom?: number;
  ageTo?: number;
  source: { publisher: string; tableId?: string; url?: string; licence?: string; isIllustrative: boolean };
  notes?: LocalizedText;
}

const SAGENE_2009 = {
  publisher: 'Bydel Sagene, barne- og ungdomsavdelingen: «Internasjonal satsing i Bydel Sagene», presentasjon for KS’ internasjonale nettverk 9. september 2009',
  isIllustrative: false,
};
const ILLUSTRATIVE = { publisher: 'Samordna demo – illustrasjon, ikke publisert statistikk', isIllustrative: true };
const SAGENE_NOTE: LocalizedText = {
  nb: 'Tallene er slik de ble oppgitt i presentasjonen; statistikkåret står ikke der, så de er ført på 2009.',
  nn: 'Tala er slik dei vart oppgjevne i presentasjonen; statistikkåret står ikkje der, så dei er førte på 2009.',
  en: 'The figures as given in the presentation; it does not state the statistics year, so they are recorded under 2009.',
};

export const DEMO_INDICATORS: DemoIndicator[] = [
  {
    code: 'sosialhjelp-andel',
    name: { nb: 'Sosialhjelpsmottakere', nn: 'Sosialhjelpsmottakarar', en: 'Social assistance recipients' },
    description: { nb: 'Andel av befolkningen som mottar økonomisk sosialhjelp.', nn: 'Del av folket som får økonomisk sosialhjelp.', en: 'Share of the population receiving financial social assistance.' },
    unit: 'percent',
    decimals: 1,
    direction: 'lower_is_better',
    topic: 'living_conditions',
    source: SAGENE_2009,
    notes: SAGENE_NOTE,
  },
  {
    code: 'barnevern-tiltak-andel',
    name: { nb: 'Barn med tiltak fra barnevernet', nn: 'Born med tiltak frå barnevernet', en: 'Children receiving child welfare measures' },
    description: { nb: 'Andel av barna i bydelen som har tiltak i barneverntjenesten. Sagene: «nærmere 6 %».', nn: 'Del av borna i bydelen som har tiltak i barnevernstenesta. Sagene: «nærare 6 %».', en: 'Share of the children in the district with child welfare measures. Sagene: "close to 6 %".' },
    unit: 'percent',
    decimals: 1,
    direction: 'lower_is_better',
    topic: 'child_welfare',
    ageFrom: 0,
    ageTo: 17,
    source: SAGENE_2009,
    notes: SAGENE_NOTE,
  },
  {
    code: 'befolkning',
    name: { nb: 'Innbyggere', nn: 'Innbyggjarar', en: 'Residents' },
    description: { nb: 'Antall innbyggere.', nn: 'Talet på innbyggjarar.', en: 'Number of residents.' },
    unit: 'count',
    decimals: 0,
    direction: 'neutral',
    topic: 'population',
    source: SAGENE_2009,
    notes: SAGENE_NOTE,
  },
  {
    code: 'fullfort-vgo-5ar',
    name: { nb: 'Fullført og bestått videregående innen fem år', nn: 'Fullført og bestått vidaregåande innan fem år', en: 'Completed upper secondary within five years' },
    description: {
      nb: 'Andel elever som har fullført og bestått videregående opplæring fem år etter at de startet, etter bosted.',
      nn: 'Del elevar som har fullført og bestått vidaregåande opplæring fem år etter at dei starta, etter bustad.',
      en: 'Share of pupils who completed and passed upper secondary education five years after starting, by place of residence.',
    },
    unit: 'percent',
    decimals: 1,
    direction: 'higher_is_better',
    topic: 'completion',
    ageFrom: 16,
    ageTo: 24,
    source: ILLUSTRATIVE,
  },
  {
    code: 'grunnskolepoeng',
    name: { nb: 'Grunnskolepoeng', nn: 'Grunnskulepoeng', en: 'Lower secondary school points' },
    description: { nb: 'Gjennomsnittlige grunnskolepoeng etter 10. trinn.', nn: 'Gjennomsnittlege grunnskulepoeng etter 10. trinn.', en: 'Average lower secondary school points after year 10.' },
    unit: 'points',
    decimals: 1,
    direction: 'higher_is_better',
    topic: 'education',
    ageFrom: 15,
    ageTo: 16,
    source: ILLUSTRATIVE,
  },
  {
    code: 'barn-lavinntekt',
    name: { nb: 'Barn i familier med vedvarende lavinntekt', nn: 'Born i familiar med vedvarande låginntekt', en: 'Children in families with persistent low income' },
    description: { nb: 'Andel barn under 18 år som bor i husholdninger med vedvarende lavinntekt.', nn: 'Del born under 18 år som bur i hushald med vedvarande låginntekt.', en: 'Share of children under 18 living in households with persistent low income.' },
    unit: 'percent',
    decimals: 1,
    direction: 'lower_is_better',
    topic: 'living_conditions',
    ageFrom: 0,
    ageTo: 17,
    source: ILLUSTRATIVE,
  },
];

/** Deterministic "noise" in [-1, 1] from a text, so the illustrative series are the same on every machine. */
function jitter(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 2001) / 1000 - 1;
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

interface Cell {
  indicator: string;
  area: string;
  period: string;
  breakdown?: string;
  value: number | null;
  status?: ObservationStatus;
  symbol?: string;
  note?: string;
}

/** Where each illustrative series starts, how it moves a year, by area (the rest are Oslo's districts). */
const OSLO_INNER_EAST = ['030101', '030102', '030103'];
const GRORUDDALEN_SOUTH = ['030110', '030111', '030112', '030115'];

function level(area: string, oslo: number, spread: number): number {
  if (area === 'NO') return oslo - spread * 0.1;
  if (area === '0301' || area === '03') return oslo;
  if (GRORUDDALEN_SOUTH.includes(area)) return oslo - spread * (0.9 + 0.2 * jitter(area));
  if (OSLO_INNER_EAST.includes(area)) return oslo - spread * (0.4 + 0.2 * jitter(area));
  return oslo + spread * (0.5 * jitter(area) + 0.3);
}

function illustrativeCells(osloCodes: readonly string[], hedmarkCodes: readonly string[]): Cell[] {
  const cells: Cell[] = [];
  const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
  const all = ['NO', '0301', ...osloCodes, '04', ...hedmarkCodes];
  const hedmark = (area: string, base: number, spread: number) => (area === '04' ? base - spread * 0.3 : base - spread * (0.2 + 0.6 * (jitter(area) + 1) / 2));

  for (const area of all) {
    const isHedmark = area === '04' || hedmarkCodes.includes(area);
    for (const [i, y] of years.entries()) {
      // Completion within five years: cohort starting y-5, reported for year y.
      const completion = (isHedmark ? hedmark(area, 78, 8) : level(area, 79, 14)) + i * 0.45 + 0.8 * jitter(`${area}${y}c`);
      cells.push({ indicator: 'fullfort-vgo-5ar', area, period: String(y), value: round(Math.min(97, completion), 1) });
      for (const [sex, delta] of [['1', -3.5], ['2', 3.5]] as const) {
        const v = completion + delta + 0.6 * jitter(`${area}${y}${sex}`);
        cells.push({ indicator: 'fullfort-vgo-5ar', area, period: String(y), breakdown: `kjonn=${sex}`, value: round(Math.min(98, v), 1) });
      }
      // School points per school year.
      const points = (isHedmark ? hedmark(area, 40.6, 2) : level(area, 42.2, 3.2)) + i * 0.12 + 0.3 * jitter(`${area}${y}p`);
      cells.push({ indicator: 'grunnskolepoeng', area, period: `${y}-${String((y + 1) % 100).padStart(2, '0')}`, value: round(points, 1) });
      // Persistent low income among children (rises over the decade, as it did nationally).
      if (!isHedmark) {
        const low = -level(area, -15, 9) + i * 0.35 + 0.5 * jitter(`${area}${y}l`);
        cells.push({ indicator: 'barn-lavinntekt', area, period: String(y), value: round(Math.max(2, low), 1) });
      }
    }
  }
  // The latest year is provisional; one small cell is suppressed, as a source would.
  for (const c of cells) if (c.indicator === 'fullfort-vgo-5ar' && c.period === '2024' && !c.breakdown) Object.assign(c, { status: 'provisional', symbol: 'p' });
  const small = cells.find((c) => c.indicator === 'fullfort-vgo-5ar' && c.area === '030104' && c.period === '2023' && c.breakdown === 'kjonn=1');
  if (small) Object.assign(small, { value: null, status: 'suppressed', symbol: ':' });
  const absent = cells.find((c) => c.indicator === 'barn-lavinntekt' && c.area === '030111' && c.period === '2024');
  if (absent) Object.assign(absent, { value: null, status: 'not_available', symbol: '..' });
  return cells;
}

/** The figures Sagene presented in 2009, for Sagene and for Oslo (seed 004). */
const SAGENE_CELLS: Cell[] = [
  { indicator: 'sosialhjelp-andel', area: '030103', period: '2009', value: 6.8 },
  { indicator: 'sosialhjelp-andel', area: '0301', period: '2009', value: 4 },
  { indicator: 'barnevern-tiltak-andel', area: '030103', period: '2009', value: 6, note: 'nærmere 6 %' },
  { indicator: 'barnevern-tiltak-andel', area: '0301', period: '2009', value: 2.9 },
  { indicator: 'befolkning', area: '030103', period: '2009', value: 32000, note: 'om lag 32 000' },
];

const BREAKDOWN_LABELS: { key: string; label: LocalizedText }[] = [
  { key: 'kjonn', label: { nb: 'Kjønn', nn: 'Kjønn', en: 'Sex' } },
  { key: 'kjonn=1', label: { nb: 'Gutter', nn: 'Gutar', en: 'Boys' } },
  { key: 'kjonn=2', label: { nb: 'Jenter', nn: 'Jenter', en: 'Girls' } },
];

interface ProgrammeStatisticsSetup {
  slug: string;
  indicators: string[];
  focusAreas: string[] | 'oslo-districts';
  referenceAreas: string[];
}

const PROGRAMME_SETUPS: ProgrammeStatisticsSetup[] = [
  {
    slug: 'omradesatsingene-i-oslo',
    indicators: ['fullfort-vgo-5ar', 'barn-lavinntekt', 'sosialhjelp-andel', 'barnevern-tiltak-andel', 'befolkning'],
    focusAreas: 'oslo-districts',
    referenceAreas: ['0301', 'NO'],
  },
  {
    slug: 'oppvekst-og-utdanning',
    indicators: ['fullfort-vgo-5ar', 'grunnskolepoeng', 'barn-lavinntekt', 'barnevern-tiltak-andel', 'sosialhjelp-andel'],
    focusAreas: 'oslo-districts',
    referenceAreas: ['0301', 'NO'],
  },
  {
    slug: 'kultur-for-laering',
    indicators: ['grunnskolepoeng', 'fullfort-vgo-5ar'],
    focusAreas: ['0402', '0403', '0427', '0437'],
    referenceAreas: ['04', 'NO'],
  },
  {
    // ABSOLUTT's cohort in Innlandet: each group's "Where are we?" opens with its area profile.
    slug: 'absolutt',
    indicators: ['grunnskolepoeng', 'fullfort-vgo-5ar'],
    focusAreas: ['0403', '0427', '0415'],
    referenceAreas: ['04', 'NO'],
  },
];

interface GeoFeature {
  properties: { id: string };
  geometry: { type: string; coordinates: unknown[] };
}

export interface DemoStatisticsSummary {
  indicators: number;
  observations: number;
}

/**
 * Loads indicators, observations, breakdown labels, Oslo's district outlines and the
 * programmes' statistics settings. Idempotent: existing indicators, cells and settings are kept.
 */
export async function loadDemoStatistics(tx: Tx): Promise<DemoStatisticsSummary> {
  const indicatorIds = new Map<string, string>();
  // An indicator that one line of programmes follows is kept by the deepest of them; one that
  // programmes of different lines follow (national figures) is shared, kept by the platform.
  const owners = demoOwners(PROGRAMME_SETUPS.map((p) => [p.slug, p.indicators]));
  const ownerSlugs = [...new Set([...owners.values()].filter((s): s is string => s !== undefined))];
  const ownerRows = ownerSlugs.length ? await tx.select({ id: programmes.id, slug: programmes.slug }).from(programmes).where(inArray(programmes.slug, ownerSlugs)) : [];
  const ownerOf = (code: string) => ownerRows.find((r) => r.slug === owners.get(code))?.id ?? null;
  for (const d of DEMO_INDICATORS) {
    const [found] = await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, d.code));
    const id =
      found?.id ??
      (
        await tx
          .insert(indicators)
          .values({
            code: d.code,
            name: d.name,
            description: d.description,
            unit: d.unit,
            decimals: d.decimals,
            direction: d.direction,
            topic: d.topic,
            ageFrom: d.ageFrom ?? null,
            ageTo: d.ageTo ?? null,
            sourcePublisher: d.source.publisher,
            sourceTableId: d.source.tableId ?? null,
            sourceUrl: d.source.url ?? null,
            sourceLicence: d.source.licence ?? null,
            isIllustrative: d.source.isIllustrative,
            notes: d.notes ?? { nb: '' },
            ownerProgrammeId: ownerOf(d.code),
          })
          .returning({ id: indicators.id })
      )[0]!.id;
    indicatorIds.set(d.code, id);
  }

  const areaRows = await tx.select({ id: areas.id, code: areas.code, kind: areas.kind, parentId: areas.parentId }).from(areas);
  const areaIds = new Map(areaRows.map((a) => [a.code, a.id]));
  const osloId = areaIds.get('0301');
  const osloCodes = areaRows.filter((a) => a.kind === 'city_district' && a.parentId === osloId).map((a) => a.code).sort();
  const hedmarkCodes = ['0402', '0403', '0427', '0437', '0415'];

  const cells = [...SAGENE_CELLS, ...illustrativeCells(osloCodes, hedmarkCodes)];
  const rows = cells.map((c) => {
    const period = parsePeriod(c.period)!;
    return {
      indicatorId: indicatorIds.get(c.indicator)!,
      areaId: areaIds.get(c.area)!,
      period: period.code,
      periodKind: period.kind,
      periodStart: period.start,
      breakdown: c.breakdown ?? '',
      value: c.value,
      status: c.status ?? 'none',
      symbol: c.symbol ?? null,
      note: c.note ?? null,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(observations).values(rows.slice(i, i + 1000)).onConflictDoNothing();
  }
  for (const b of BREAKDOWN_LABELS) await tx.insert(breakdownLabels).values(b).onConflictDoNothing();

  const geo = JSON.parse(readFileSync(OSLO_GEOJSON, 'utf8')) as { features: GeoFeature[] };
  for (const f of geo.features) {
    const areaId = areaIds.get(`0301${f.properties.id}`);
    if (!areaId) continue;
    await tx
      .insert(areaGeometries)
      .values({ areaId, geometry: f.geometry, source: 'Oslo kommune, Bydelsfakta (MIT)' })
      .onConflictDoNothing();
  }

  const slugs = PROGRAMME_SETUPS.map((s) => s.slug);
  const programmeRows = await tx.select({ id: programmes.id, slug: programmes.slug }).from(programmes).where(inArray(programmes.slug, slugs));
  for (const setup of PROGRAMME_SETUPS) {
    const programmeId = programmeRows.find((p) => p.slug === setup.slug)?.id;
    if (!programmeId) continue;
    const [existing] = await tx.select({ id: programmeIndicators.indicatorId }).from(programmeIndicators).where(eq(programmeIndicators.programmeId, programmeId)).limit(1);
    if (existing) continue;
    await tx.insert(programmeIndicators).values(setup.indicators.map((code, i) => ({ programmeId, indicatorId: indicatorIds.get(code)!, sortOrder: i })));
    const focus = setup.focusAreas === 'oslo-districts' ? osloCodes : setup.focusAreas;
    await tx.insert(programmeAreas).values([
      ...focus.map((code, i) => ({ programmeId, areaId: areaIds.get(code)!, role: 'focus' as const, sortOrder: i })),
      ...setup.referenceAreas.map((code, i) => ({ programmeId, areaId: areaIds.get(code)!, role: 'reference' as const, sortOrder: i })),
    ]);
  }
  return { indicators: DEMO_INDICATORS.length, observations: rows.length };
}
