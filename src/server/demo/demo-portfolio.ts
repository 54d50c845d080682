import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { areas } from '../features/areas/areas.table';
import { goals } from '../features/goals/goals.table';
import { efforts } from '../features/governance/action-programmes.table';
import { organisations } from '../features/organisations/organisations.table';
import { programmes } from '../features/programmes/programmes.table';
import { replaceBudget } from '../features/portfolio/projects.repo';
import { projectEfforts, projectGoals, projectMilestones, projectPartners, projectReach, projects } from '../features/portfolio/projects.table';
import type { LocalizedText } from '../../shared/domain/localized';
import type { BudgetLine, Currency, FundingProgramme, PartnerRole, ProjectPhase, PublicProjectField } from '../../shared/domain/portfolio';

interface DemoProject {
  title: LocalizedText;
  summary: LocalizedText;
  results?: LocalizedText;
  owner: string;
  ownerRole: PartnerRole;
  fundingProgramme: FundingProgramme;
  fundingProgrammeName?: string;
  currency: Currency;
  phase: ProjectPhase;
  startsOn: string;
  endsOn: string;
  partners?: { name: string; country?: string; role: PartnerRole; registered?: boolean }[];
  budget?: BudgetLine[];
  grantedTotal?: number;
  milestones?: { title: LocalizedText; dueOn: string; doneOn?: string }[];
  goals?: string[];
  efforts?: string[];
  reach?: { area?: string; targetGroup: LocalizedText; count: number }[];
  publicFields: PublicProjectField[];
  /** Shown on the site; a project still being planned is internal. */
  internal?: boolean;
}

/**
 * Bydel Sagene's international projects, as its department of children and youth presented them
 * (seed 004: "Internasjonal satsing i Bydel Sagene", 2009): the projects, their funding
 * programmes and roles are the seed's; the periods, partners abroad and amounts are illustrative,
 * set around the time of the presentation. Two of Oslo's running projects carry efforts of
 * "Handlingsprogram 2023" and the sub-programme's goals.
 */
const SAGENE = 'Bydel Sagene';
const SAGENE_RESULTS: LocalizedText = {
  nb: 'Internasjonale aktiviteter krever langsiktig tenkning og engasjement. Tenk igjennom hvem som skal involveres, og fordel godene. Ta med ansatte på enkeltoppgaver selv om veien ikke er helt klar, tål at ikke alt fungerer som vi er vant til, og gi ansatte mulighet til å løfte blikket fra driften.',
  nn: 'Internasjonale aktivitetar krev langsiktig tenking og engasjement. Tenk gjennom kven som skal involverast, og fordel goda. Ta med tilsette på enkeltoppgåver sjølv om vegen ikkje er heilt klar, tol at ikkje alt fungerer slik vi er vande med, og gi tilsette høve til å løfte blikket frå drifta.',
  en: 'International work takes long-term thinking and commitment. Think through whom to involve, and share the benefits. Bring staff in on single tasks even when the way is not quite clear, accept that not everything works as we are used to, and give staff the chance to look up from day-to-day work.',
};

const PROJECTS: DemoProject[] = [
  {
    title: { nb: 'Camhee – psykisk helse for barn og unge i et utvidet EU', nn: 'Camhee – psykisk helse for born og unge i eit utvida EU', en: 'Camhee – child and adolescent mental health in the enlarged EU' },
    summary: { nb: 'Utvikle gode metoder, politikk og praksis for barn og unges psykiske helse, sammen med partnere i flere europeiske land.', nn: 'Utvikle gode metodar, politikk og praksis for psykisk helse hos born og unge, saman med partnarar i fleire europeiske land.', en: 'Developing effective policy, practice and methods for the mental health of children and young people, with partners in several European countries.' },
    results: SAGENE_RESULTS,
    owner: SAGENE,
    ownerRole: 'partner',
    fundingProgramme: 'eu_programme',
    fundingProgrammeName: 'Folkehelseprogrammet',
    currency: 'EUR',
    phase: 'closed',
    startsOn: '2007-01-01',
    endsOn: '2009-12-31',
    partners: [
      { name: 'STAKES – National Research and Development Centre for Welfare and Health', country: 'FI', role: 'coordinator' },
      { name: 'Global Initiative on Psychiatry', country: 'NL', role: 'partner' },
    ],
    budget: [
      { year: 2007, source: 'eu_programme', kind: 'granted', amount: 24000 },
      { year: 2008, source: 'eu_programme', kind: 'granted', amount: 30000 },
      { year: 2009, source: 'eu_programme', kind: 'granted', amount: 18000 },
      { year: 2008, source: 'own_budget', kind: 'spent', amount: 12000 },
    ],
    grantedTotal: 72000,
    milestones: [{ title: { nb: 'Sluttrapport levert', nn: 'Sluttrapport levert', en: 'Final report delivered' }, dueOn: '2009-12-15', doneOn: '2009-12-10' }],
    reach: [{ area: '030103', targetGroup: { nb: 'ansatte i barne- og ungdomsavdelingen', nn: 'tilsette i barne- og ungdomsavdelinga', en: 'staff of the department of children and youth' }, count: 40 }],
    publicFields: ['partners', 'results', 'reach'],
  },
  {
    title: { nb: 'Assist – opplæring for assistenter og pedagogiske ledere', nn: 'Assist – opplæring for assistentar og pedagogiske leiarar', en: 'Assist – training for assistants and pedagogical leaders' },
    summary: { nb: 'Internt opplæringsprogram for assistenter og pedagogiske ledere i bydelens barnehager.', nn: 'Internt opplæringsprogram for assistentar og pedagogiske leiarar i barnehagane i bydelen.', en: "An in-house training programme for assistants and pedagogical leaders in the district's kindergartens." },
    owner: SAGENE,
    ownerRole: 'coordinator',
    fundingProgramme: 'erasmus_plus',
    fundingProgrammeName: 'Livslang læring – Leonardo da Vinci',
    currency: 'EUR',
    phase: 'closed',
    startsOn: '2008-09-01',
    endsOn: '2010-08-31',
    reach: [{ area: '030103', targetGroup: { nb: 'assistenter og pedagogiske ledere i barnehage', nn: 'assistentar og pedagogiske leiarar i barnehage', en: 'kindergarten assistants and pedagogical leaders' }, count: 60 }],
    publicFields: ['reach'],
  },
  {
    title: { nb: 'Healthy Children in Healthy Families', nn: 'Healthy Children in Healthy Families', en: 'Healthy Children in Healthy Families' },
    summary: { nb: 'En modell for ressurspersoner i nærmiljøet som aktivt kan bidra til at barn og unge velger helsefremmende atferd.', nn: 'Ein modell for ressurspersonar i nærmiljøet som aktivt kan bidra til at born og unge vel helsefremjande åtferd.', en: 'A model for resource persons in the neighbourhood who can help children and young people choose healthy behaviour.' },
    owner: SAGENE,
    ownerRole: 'partner',
    fundingProgramme: 'eu_programme',
    currency: 'EUR',
    phase: 'benefits_follow_up',
    startsOn: '2008-01-01',
    endsOn: '2010-12-31',
    publicFields: [],
  },
  {
    title: { nb: 'Botilbud for ungdom i Vilnius', nn: 'Butilbod for ungdom i Vilnius', en: 'Housing for young people in Vilnius' },
    summary: { nb: 'Etablering av et botilbud for ungdom i Vilnius, med bydelen som norsk partner i giverprogrammet.', nn: 'Etablering av eit butilbod for ungdom i Vilnius, med bydelen som norsk partnar i givarprogrammet.', en: 'Setting up housing for young people in Vilnius, with the district as the Norwegian partner of the donor programme.' },
    owner: SAGENE,
    ownerRole: 'donor_programme_partner',
    fundingProgramme: 'eea_norway_grants',
    fundingProgrammeName: 'Norway Grants',
    currency: 'EUR',
    phase: 'closed',
    startsOn: '2008-05-01',
    endsOn: '2011-04-30',
    partners: [{ name: 'Vilniaus miesto savivaldybė', country: 'LT', role: 'coordinator' }],
    budget: [
      { year: 2009, source: 'eea_norway_grants', kind: 'granted', amount: 150000 },
      { year: 2010, source: 'eea_norway_grants', kind: 'granted', amount: 120000 },
    ],
    grantedTotal: 270000,
    publicFields: ['partners', 'budget'],
  },
  {
    title: { nb: 'Ung i Europa – opplæring for ungdomsarbeidere', nn: 'Ung i Europa – opplæring for ungdomsarbeidarar', en: 'Youth in Europe – training for youth workers' },
    summary: { nb: 'Opplæringsprogram og hospitering for ungdomsarbeidere i bydelens ungdomstiltak.', nn: 'Opplæringsprogram og hospitering for ungdomsarbeidarar i ungdomstiltaka i bydelen.', en: "Training and job shadowing for youth workers in the district's youth services." },
    owner: SAGENE,
    ownerRole: 'coordinator',
    fundingProgramme: 'eu_programme',
    fundingProgrammeName: 'Ung i Europa',
    currency: 'NOK',
    phase: 'closed',
    startsOn: '2009-01-01',
    endsOn: '2009-12-31',
    budget: [{ year: 2009, source: 'eu_programme', kind: 'granted', amount: 180000 }],
    publicFields: ['budget'],
  },
  {
    title: { nb: 'Jenter, vold og trusler', nn: 'Jenter, vald og truslar', en: 'Girls, violence and threats' },
    summary: { nb: 'Erfaringsutveksling om arbeid med jenter utsatt for vold og trusler.', nn: 'Erfaringsutveksling om arbeid med jenter utsette for vald og truslar.', en: 'An exchange of experience on work with girls exposed to violence and threats.' },
    owner: SAGENE,
    ownerRole: 'partner',
    fundingProgramme: 'eu_programme',
    fundingProgrammeName: 'Daphne',
    currency: 'EUR',
    phase: 'closed',
    startsOn: '2008-03-01',
    endsOn: '2009-09-30',
    publicFields: [],
  },
  {
    title: { nb: 'Språkløft i barnehagene på Grorud', nn: 'Språkløft i barnehagane på Grorud', en: 'Language boost in the kindergartens of Grorud' },
    summary: { nb: 'Språkarbeid i alle bydelens barnehager, med veiledning og kartlegging.', nn: 'Språkarbeid i alle barnehagane i bydelen, med rettleiing og kartlegging.', en: "Language work in all the district's kindergartens, with guidance and screening." },
    owner: 'Bydel Grorud',
    ownerRole: 'coordinator',
    fundingProgramme: 'state_grant',
    currency: 'NOK',
    phase: 'running',
    startsOn: '2025-08-01',
    endsOn: '2027-07-31',
    budget: [
      { year: 2025, source: 'state_grant', kind: 'applied', amount: 600_000 },
      { year: 2026, source: 'state_grant', kind: 'applied', amount: 600_000 },
      { year: 2025, source: 'state_grant', kind: 'granted', amount: 500_000 },
      { year: 2026, source: 'state_grant', kind: 'granted', amount: 500_000 },
      { year: 2025, source: 'state_grant', kind: 'spent', amount: 410_000 },
    ],
    grantedTotal: 1_000_000,
    milestones: [
      { title: { nb: 'Kartlegging i alle barnehager', nn: 'Kartlegging i alle barnehagar', en: 'Screening in every kindergarten' }, dueOn: '2025-12-15', doneOn: '2025-12-12' },
      { title: { nb: 'Midtveisrapport til styret', nn: 'Midtvegsrapport til styret', en: 'Mid-term report to the board' }, dueOn: '2026-09-01' },
    ],
    goals: ['Bedre skoleresultater i grunnskolen'],
    efforts: ['Språkløft i barnehagene'],
    reach: [{ area: '030110', targetGroup: { nb: 'barn i barnehage, 3–5 år', nn: 'born i barnehage, 3–5 år', en: 'children in kindergarten, aged 3–5' }, count: 850 }],
    publicFields: ['budget', 'milestones', 'reach', 'benefits'],
  },
  {
    title: { nb: 'Overgangsmentor fra 10. trinn til vg1', nn: 'Overgangsmentor frå 10. trinn til vg1', en: 'Transition mentors from year 10 to upper secondary' },
    summary: { nb: 'Mentorer følger elever med svake karakterer fra ungdomsskolen inn i videregående.', nn: 'Mentorar følgjer elevar med svake karakterar frå ungdomsskulen inn i vidaregåande.', en: 'Mentors follow pupils with weak grades from lower secondary into upper secondary school.' },
    owner: 'Utdanningsetaten i Oslo kommune',
    ownerRole: 'coordinator',
    fundingProgramme: 'own_budget',
    currency: 'NOK',
    phase: 'planning',
    startsOn: '2026-08-01',
    endsOn: '2028-06-30',
    partners: [{ name: 'Bydel Søndre Nordstrand', role: 'partner', registered: true }],
    goals: ['Flere fullfører og består videregående opplæring'],
    efforts: ['Overgangsmentor fra 10. trinn til vg1'],
    reach: [{ targetGroup: { nb: 'elever på 10. trinn', nn: 'elevar på 10. trinn', en: 'pupils in year 10' }, count: 120 }],
    publicFields: ['partners'],
    internal: true,
  },
];

/** The portfolio of Oslo's sub-programme: Bydel Sagene's international projects and two running projects. */
export async function loadDemoPortfolio(tx: Tx): Promise<number> {
  const [oslo] = await tx.select().from(programmes).where(eq(programmes.slug, 'oppvekst-og-utdanning'));
  if (!oslo) return 0;
  if ((await tx.select({ id: projects.id }).from(projects).where(eq(projects.programmeId, oslo.id)).limit(1)).length) return 0;

  const orgRows = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const orgId = (name: string) => orgRows.find((o) => o.name === name)!.id;
  const goalRows = await tx.select({ id: goals.id, title: goals.title }).from(goals);
  const effortRows = await tx.select({ id: efforts.id, title: efforts.title }).from(efforts);
  const areaCodes = PROJECTS.flatMap((p) => p.reach?.flatMap((r) => (r.area ? [r.area] : [])) ?? []);
  const areaRows = areaCodes.length ? await tx.select({ id: areas.id, code: areas.code }).from(areas).where(inArray(areas.code, areaCodes)) : [];

  for (const p of PROJECTS) {
    const [row] = await tx
      .insert(projects)
      .values({
        programmeId: oslo.id,
        ownerOrganisationId: orgId(p.owner),
        ownerRole: p.ownerRole,
        title: p.title,
        summary: p.summary,
        results: p.results ?? { nb: '' },
        fundingProgramme: p.fundingProgramme,
        fundingProgrammeName: p.fundingProgrammeName ?? null,
        currency: p.currency,
        phase: p.phase,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        grantedTotal: p.grantedTotal ?? null,
        publicFields: p.publicFields,
        publishedAt: p.internal ? null : new Date(`${p.startsOn}T12:00:00Z`),
      })
      .returning({ id: projects.id });
    const projectId = row!.id;
    for (const [i, partner] of (p.partners ?? []).entries()) {
      await tx.insert(projectPartners).values({ projectId, position: i + 1, organisationId: partner.registered ? orgId(partner.name) : null, name: partner.name, country: partner.country ?? null, role: partner.role });
    }
    if (p.budget?.length) await replaceBudget(tx, projectId, p.budget);
    for (const [i, m] of (p.milestones ?? []).entries()) await tx.insert(projectMilestones).values({ projectId, position: i + 1, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn ?? null });
    for (const title of p.goals ?? []) await tx.insert(projectGoals).values({ projectId, goalId: goalRows.find((g) => g.title.nb === title)!.id });
    for (const title of p.efforts ?? []) await tx.insert(projectEfforts).values({ projectId, effortId: effortRows.find((e) => e.title.nb === title)!.id });
    for (const [i, r] of (p.reach ?? []).entries()) {
      await tx.insert(projectReach).values({ projectId, position: i + 1, areaId: r.area ? areaRows.find((a) => a.code === r.area)!.id : null, targetGroup: r.targetGroup, count: r.count });
    }
  }
  return PROJECTS.length;
}
