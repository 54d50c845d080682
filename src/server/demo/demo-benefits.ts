import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { areas } from '../features/areas/areas.table';
import { benefitMeasurements, benefits } from '../features/benefits/benefits.table';
import { indicators, observations } from '../features/indicators/indicators.table';
import { organisations } from '../features/organisations/organisations.table';
import { programmes } from '../features/programmes/programmes.table';
import { projects } from '../features/portfolio/projects.table';
import { users } from '../features/users/users.table';
import { parsePeriod } from '../../shared/domain/periods';
import type { LocalizedText } from '../../shared/domain/localized';

/**
 * The benefit plan of Oslo's running project, "Språkløft i barnehagene på Grorud": two benefits
 * measured by the sub-programme's indicators for Bydel Grorud (their baselines are the figures
 * the knowledge base holds for the period before the project, so the status is read from the
 * same statistics), and one measured by hand from the kindergartens' own screening, with the
 * measurements the district entered. The figures are ILLUSTRATIVE, like the series they follow.
 */
const PROJECT = 'Språkløft i barnehagene på Grorud';
const OWNER = 'Bydel Grorud';
const AREA = '030110';

interface LinkedBenefit {
  title: LocalizedText;
  description: LocalizedText;
  ownerName: string;
  indicator: string;
  breakdown: string;
  /** How many periods before the latest the baseline is taken, and what is expected on top of it. */
  baselineBack: number;
  expectedChange: number;
  expectedBy: string;
  followUpMonths: number;
}

const LINKED: LinkedBenefit[] = [
  {
    title: { nb: 'Bedre grunnskolepoeng på Grorud', nn: 'Betre grunnskulepoeng på Grorud', en: 'Better lower secondary points in Grorud' },
    description: { nb: 'Barn med et godt språkgrunnlag fra barnehagen gjør det bedre gjennom skoleløpet.', nn: 'Born med eit godt språkgrunnlag frå barnehagen gjer det betre gjennom skuleløpet.', en: 'Children with a good language foundation from kindergarten do better through school.' },
    ownerName: 'Bydelsdirektør',
    indicator: 'grunnskolepoeng',
    breakdown: '',
    baselineBack: 2,
    expectedChange: 0.2,
    expectedBy: '2029-06-30',
    followUpMonths: 36,
  },
  {
    title: { nb: 'Flere gutter på Grorud fullfører videregående', nn: 'Fleire gutar på Grorud fullfører vidaregåande', en: 'More boys in Grorud complete upper secondary school' },
    description: { nb: 'Gevinsten ligger langt fram: barna i prosjektet når videregående om mange år. Følges opp etter prosjektslutt.', nn: 'Gevinsten ligg langt fram: borna i prosjektet når vidaregåande om mange år. Blir følgd opp etter prosjektslutt.', en: 'A distant benefit: the children in the project reach upper secondary school years from now. Followed up after the project closes.' },
    ownerName: 'Enhetsleder barnehage',
    indicator: 'fullfort-vgo-5ar',
    breakdown: 'kjonn=1',
    baselineBack: 3,
    expectedChange: 5,
    expectedBy: '2032-12-31',
    followUpMonths: 60,
  },
];

const MANUAL = {
  title: { nb: 'Flere barn med alderstilsvarende norsk ved skolestart', nn: 'Fleire born med alderstilsvarande norsk ved skulestart', en: 'More children with age-appropriate Norwegian when starting school' },
  description: { nb: 'Måles med barnehagenes egen språkkartlegging det siste året før skolestart.', nn: 'Blir målt med språkkartlegginga til barnehagane det siste året før skulestart.', en: 'Measured by the kindergartens’ own language screening in the last year before school.' },
  ownerName: 'Barnehagesjef',
  measureName: 'Andel femåringer med alderstilsvarende norskferdigheter',
  measureUnit: '%',
  baselineValue: 61,
  baselinePeriod: '2024',
  expectedValue: 75,
  expectedBy: '2027-07-31',
  followUpMonths: 24,
  measurements: [
    { period: '2025', value: 66, note: 'Kartlegging høsten 2025, alle barnehagene i bydelen' },
    { period: '2026H1', value: 69, note: 'Kartlegging våren 2026' },
  ],
};

/**
 * The benefit plans of the projects Oslo's operative board granted from the 2026 call (see
 * demo-decisions-data.ts): one benefit each, measured by one of the sub-programme's indicators in
 * the owner's district, from the latest figure before the project as its baseline.
 */
const GRANTED: (LinkedBenefit & { project: string; area: string })[] = [
  {
    project: 'Mattehjelp for ungdomsskoleelever på Sagene',
    area: '030103',
    title: { nb: 'Bedre grunnskolepoeng på Sagene', nn: 'Betre grunnskulepoeng på Sagene', en: 'Better lower secondary points in Sagene' },
    description: { nb: 'Elever som får hjelp i matematikk på ungdomstrinnet, går ut av grunnskolen med bedre karakterer.', nn: 'Elevar som får hjelp i matematikk på ungdomstrinnet, går ut av grunnskulen med betre karakterar.', en: 'Pupils who get help with maths in lower secondary school leave it with better marks.' },
    ownerName: 'Enhetsleder skole og fritid',
    indicator: 'grunnskolepoeng',
    breakdown: '',
    baselineBack: 0,
    expectedChange: 0.5,
    expectedBy: '2028-06-30',
    followUpMonths: 24,
  },
  {
    project: 'Los for ungdom som står i fare for å slutte i videregående',
    area: '030115',
    title: { nb: 'Flere i Søndre Nordstrand fullfører videregående', nn: 'Fleire i Søndre Nordstrand fullfører vidaregåande', en: 'More young people in Søndre Nordstrand complete upper secondary school' },
    description: { nb: 'Ungdom som får en los, blir i skolen og fullfører. Følges opp etter prosjektslutt.', nn: 'Ungdom som får ein los, blir i skulen og fullfører. Blir følgd opp etter prosjektslutt.', en: 'Young people who get a mentor stay in school and complete. Followed up after the project closes.' },
    ownerName: 'Avdelingsdirektør oppvekst',
    indicator: 'fullfort-vgo-5ar',
    breakdown: '',
    baselineBack: 0,
    expectedChange: 3,
    expectedBy: '2031-12-31',
    followUpMonths: 48,
  },
];

/** One benefit measured by an indicator for an area, its baseline read from the observations; false when they hold no figure. */
async function linkedBenefit(tx: Tx, projectId: string, position: number, ownerOrganisationId: string | null, areaId: string, l: LinkedBenefit): Promise<boolean> {
  const [indicator] = await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, l.indicator));
  if (!indicator) return false;
  const series = await tx
    .select({ period: observations.period, periodStart: observations.periodStart, value: observations.value })
    .from(observations)
    .where(and(eq(observations.indicatorId, indicator.id), eq(observations.areaId, areaId), eq(observations.breakdown, l.breakdown)))
    .orderBy(asc(observations.periodStart));
  const base = series.filter((s) => s.value !== null).at(-1 - l.baselineBack);
  if (!base) return false;
  await tx.insert(benefits).values({
    projectId,
    position,
    title: l.title,
    description: l.description,
    ownerOrganisationId,
    ownerName: l.ownerName,
    measure: 'indicator',
    indicatorId: indicator.id,
    areaId,
    breakdown: l.breakdown,
    direction: 'higher_is_better',
    baselineValue: base.value!,
    baselinePeriod: base.period,
    baselineStart: base.periodStart,
    expectedValue: Math.round((base.value! + l.expectedChange) * 10) / 10,
    expectedBy: l.expectedBy,
    followUpMonths: l.followUpMonths,
  });
  return true;
}

const hasPlan = async (tx: Tx, projectId: string) => (await tx.select({ id: benefits.id }).from(benefits).where(eq(benefits.projectId, projectId)).limit(1)).length > 0;
const areaId = async (tx: Tx, code: string) => (await tx.select({ id: areas.id }).from(areas).where(eq(areas.code, code)))[0]?.id;

/** Adds each benefit plan once: nothing for a project that is missing or has a plan already. Returns how many benefits it added. */
export async function loadDemoBenefits(tx: Tx): Promise<number> {
  const [oslo] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, 'oppvekst-og-utdanning'));
  if (!oslo) return 0;
  const all = await tx.select({ id: projects.id, title: projects.title, phase: projects.phase, ownerOrganisationId: projects.ownerOrganisationId }).from(projects).where(eq(projects.programmeId, oslo.id));
  let added = 0;
  const grorud = all.find((p) => p.title.nb === PROJECT) ?? all.find((p) => p.phase === 'running');
  if (grorud && !(await hasPlan(tx, grorud.id))) added += await grorudPlan(tx, grorud.id);
  for (const g of GRANTED) {
    const project = all.find((p) => p.title.nb === g.project);
    const area = await areaId(tx, g.area);
    if (!project || !area || (await hasPlan(tx, project.id))) continue;
    if (await linkedBenefit(tx, project.id, 1, project.ownerOrganisationId, area, g)) added += 1;
  }
  return added;
}

async function grorudPlan(tx: Tx, projectId: string): Promise<number> {
  const [owner] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, OWNER));
  const area = await areaId(tx, AREA);
  const [enteredBy] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'bidragsyter.sagene@samordna.test'));
  let position = 0;
  for (const l of LINKED) {
    if (area && (await linkedBenefit(tx, projectId, position + 1, owner?.id ?? null, area, l))) position += 1;
  }
  position += 1;
  const [manual] = await tx
    .insert(benefits)
    .values({
      projectId,
      position,
      title: MANUAL.title,
      description: MANUAL.description,
      ownerOrganisationId: owner?.id ?? null,
      ownerName: MANUAL.ownerName,
      measure: 'manual',
      measureName: MANUAL.measureName,
      measureUnit: MANUAL.measureUnit,
      direction: 'higher_is_better',
      baselineValue: MANUAL.baselineValue,
      baselinePeriod: MANUAL.baselinePeriod,
      baselineStart: parsePeriod(MANUAL.baselinePeriod)!.start,
      expectedValue: MANUAL.expectedValue,
      expectedBy: MANUAL.expectedBy,
      followUpMonths: MANUAL.followUpMonths,
    })
    .returning({ id: benefits.id });
  for (const m of MANUAL.measurements) {
    const period = parsePeriod(m.period)!;
    await tx.insert(benefitMeasurements).values({ benefitId: manual!.id, period: period.code, periodStart: period.start, value: m.value, note: m.note, createdBy: enteredBy?.id ?? null });
  }
  return position;
}
