import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { areas } from '../features/areas/areas.table';
import { indicators } from '../features/indicators/indicators.table';
import { goals, goalTargets } from '../features/goals/goals.table';
import { programmes } from '../features/programmes/programmes.table';
import type { LocalizedText } from '../../shared/domain/localized';

/**
 * The demo programmes' goal trees. The goal texts come from the seeds: the Oslo area
 * initiatives' main goal and the goal of its sub-programme for childhood and education (seed
 * 000), and Kultur for læring's goal with its three measurable effects (seed 002). The boards'
 * sub-goals in Oslo are examples of what seed 000 says the boards set, and every target is
 * ILLUSTRATIVE, like the indicator series it is measured on (see demo-statistics.ts). The
 * targets are chosen so that each progress status shows somewhere: Stovner's latest figure for
 * low income is not available, so that target has no data.
 */
interface DemoTarget {
  indicator: string;
  area: string;
  breakdown?: string;
  baseline: [value: number, period: string];
  target: [value: number, period: string];
}

interface DemoGoal {
  key: string;
  programme: string;
  parent?: string;
  title: LocalizedText;
  description: LocalizedText;
  periodFrom: number | null;
  periodTo: number | null;
  ownerBody: LocalizedText | null;
  sortOrder: number;
  targets: DemoTarget[];
}

const ILLUSTRATIVE_NOTE: LocalizedText = {
  nb: 'Målverdiene er illustrasjoner i demoen, som tallene de måles mot.',
  nn: 'Målverdiane er illustrasjonar i demoen, som tala dei blir målte mot.',
  en: 'The target values are illustrations in the demo, like the figures they are measured against.',
};

const STRATEGIC_BOARD: LocalizedText = {
  nb: 'Strategisk styre, delprogram oppvekst og utdanning',
  nn: 'Strategisk styre, delprogram oppvekst og utdanning',
  en: 'Strategic board, sub-programme for childhood and education',
};

const EXPERT_GROUP: LocalizedText = {
  nb: 'Faggruppa i oppvekstforum Hedmark',
  nn: 'Faggruppa i oppvekstforum Hedmark',
  en: 'The expert group of the Hedmark forum',
};

function withNote(text: LocalizedText): LocalizedText {
  return { nb: `${text.nb}\n\n${ILLUSTRATIVE_NOTE.nb}`, nn: `${text.nn}\n\n${ILLUSTRATIVE_NOTE.nn}`, en: `${text.en}\n\n${ILLUSTRATIVE_NOTE.en}` };
}

export const DEMO_GOALS: DemoGoal[] = [
  {
    key: 'oslo-main',
    programme: 'omradesatsingene-i-oslo',
    title: { nb: 'Varige forbedringer der behovene er størst', nn: 'Varige forbetringar der behova er størst', en: 'Lasting improvements where the needs are greatest' },
    description: {
      nb: 'Delprogrammene skal samlet bidra til varige forbedringer av tjenester og nærmiljøkvaliteter i områder der behovene er størst, slik at flere beboere i disse områdene blir økonomisk selvstendige og aktivt deltakende i lokalsamfunn og storsamfunn.',
      nn: 'Delprogramma skal samla bidra til varige forbetringar av tenester og nærmiljøkvalitetar i område der behova er størst, slik at fleire bebuarar i desse områda blir økonomisk sjølvstendige og aktivt deltakande i lokalsamfunn og storsamfunn.',
      en: 'Together the sub-programmes shall contribute to lasting improvements of services and neighbourhood qualities where the needs are greatest, so that more residents become financially independent and take an active part in their local community and in society.',
    },
    periodFrom: 2017,
    periodTo: 2026,
    ownerBody: { nb: 'Oslo kommune og staten', nn: 'Oslo kommune og staten', en: 'The City of Oslo and the state' },
    sortOrder: 0,
    targets: [],
  },
  {
    key: 'oppvekst',
    programme: 'oppvekst-og-utdanning',
    parent: 'oslo-main',
    title: {
      nb: 'Flere sikres gode oppvekstvilkår og fullfører videregående opplæring',
      nn: 'Fleire blir sikra gode oppvekstvilkår og fullfører vidaregåande opplæring',
      en: 'More have good conditions to grow up in and complete upper secondary education',
    },
    description: {
      nb: 'Flere skal sikres gode oppvekstvilkår og flere skal fullføre og bestå videregående opplæring gjennom forbedring av tjenester på oppvekst- og utdanningsfeltet. Tiltakene skal i løpet av ti år utgjøre en forskjell for barn og unge som bor i levekårsutsatte områder.',
      nn: 'Fleire skal sikrast gode oppvekstvilkår, og fleire skal fullføre og bestå vidaregåande opplæring gjennom forbetring av tenester på oppvekst- og utdanningsfeltet. Tiltaka skal i løpet av ti år utgjere ein skilnad for barn og unge som bur i levekårsutsette område.',
      en: 'More children shall have good conditions to grow up in, and more shall complete and pass upper secondary education, through better services for childhood and education. Within ten years the measures shall make a difference for children and young people in areas with difficult living conditions.',
    },
    periodFrom: 2017,
    periodTo: 2026,
    ownerBody: STRATEGIC_BOARD,
    sortOrder: 0,
    targets: [],
  },
  {
    key: 'oppvekst-completion',
    programme: 'oppvekst-og-utdanning',
    parent: 'oppvekst',
    title: { nb: 'Flere fullfører og består videregående opplæring', nn: 'Fleire fullfører og består vidaregåande opplæring', en: 'More young people complete and pass upper secondary education' },
    description: withNote({
      nb: 'Levekårsutfordringer eller manglende norskspråklige ferdigheter skal ikke være et hinder for at ungdom fullfører og består det videregående utdanningsløpet.',
      nn: 'Levekårsutfordringar eller manglande norskspråklege ferdigheiter skal ikkje vere eit hinder for at ungdom fullfører og består det vidaregåande utdanningsløpet.',
      en: 'Difficult living conditions or a lack of Norwegian language skills shall not stop young people from completing and passing upper secondary education.',
    }),
    periodFrom: 2017,
    periodTo: 2026,
    ownerBody: STRATEGIC_BOARD,
    sortOrder: 1,
    targets: [
      { indicator: 'fullfort-vgo-5ar', area: '0301', baseline: [78.8, '2016'], target: [83, '2026'] },
      { indicator: 'fullfort-vgo-5ar', area: '030110', baseline: [68.5, '2016'], target: [72, '2026'] },
      { indicator: 'fullfort-vgo-5ar', area: '030111', baseline: [64.6, '2016'], target: [72, '2026'] },
      { indicator: 'fullfort-vgo-5ar', area: '030115', baseline: [67.6, '2016'], target: [73, '2026'] },
    ],
  },
  {
    key: 'oppvekst-results',
    programme: 'oppvekst-og-utdanning',
    parent: 'oppvekst',
    title: { nb: 'Bedre skoleresultater i grunnskolen', nn: 'Betre skuleresultat i grunnskulen', en: 'Better results in primary and lower secondary school' },
    description: withNote({
      nb: 'Elevene i bydelene skal gå ut av grunnskolen med et godt grunnlag for videregående opplæring.',
      nn: 'Elevane i bydelane skal gå ut av grunnskulen med eit godt grunnlag for vidaregåande opplæring.',
      en: 'Pupils in the districts shall leave lower secondary school well prepared for upper secondary education.',
    }),
    periodFrom: 2017,
    periodTo: 2026,
    ownerBody: STRATEGIC_BOARD,
    sortOrder: 2,
    targets: [
      { indicator: 'grunnskolepoeng', area: '0301', baseline: [42.4, '2016-17'], target: [43.5, '2026-27'] },
      { indicator: 'grunnskolepoeng', area: '030115', baseline: [39.6, '2016-17'], target: [40.8, '2026-27'] },
      { indicator: 'grunnskolepoeng', area: '030101', baseline: [40.7, '2016-17'], target: [42, '2026-27'] },
    ],
  },
  {
    key: 'oppvekst-low-income',
    programme: 'oppvekst-og-utdanning',
    parent: 'oppvekst',
    title: { nb: 'Færre barn vokser opp i familier med vedvarende lavinntekt', nn: 'Færre born veks opp i familiar med vedvarande låginntekt', en: 'Fewer children grow up in families with persistent low income' },
    description: withNote({
      nb: 'Gode oppvekstvilkår handler også om familiens økonomi: flere foreldre i arbeid gir færre barn i lavinntekt.',
      nn: 'Gode oppvekstvilkår handlar òg om økonomien til familien: fleire foreldre i arbeid gir færre born i låginntekt.',
      en: 'Good conditions to grow up in also depend on the family’s finances: more parents in work means fewer children in low income.',
    }),
    periodFrom: 2017,
    periodTo: 2026,
    ownerBody: STRATEGIC_BOARD,
    sortOrder: 3,
    targets: [
      { indicator: 'barn-lavinntekt', area: '0301', baseline: [15, '2016'], target: [13, '2026'] },
      { indicator: 'barn-lavinntekt', area: '030111', baseline: [25.3, '2016'], target: [22, '2026'] },
      { indicator: 'barn-lavinntekt', area: '030110', baseline: [22.1, '2016'], target: [20, '2026'] },
    ],
  },
  {
    key: 'kfl',
    programme: 'kultur-for-laering',
    title: { nb: 'Barn og unge i Hedmark vokser opp i en kultur for læring', nn: 'Barn og unge i Hedmark veks opp i ein kultur for læring', en: 'Children and young people in Hedmark grow up in a culture for learning' },
    description: {
      nb: 'Barn og unge i Hedmark skal vokse opp i en kultur for læring som motiverer til utdanning og deltakelse i samfunns- og arbeidsliv. En samordnet innsats for barn og unges oppvekst og læring skal bidra til de tre effektene under.',
      nn: 'Barn og unge i Hedmark skal vekse opp i ein kultur for læring som motiverer til utdanning og deltaking i samfunns- og arbeidsliv. Ein samordna innsats for oppveksten og læringa til barn og unge skal bidra til dei tre effektane under.',
      en: 'Children and young people in Hedmark shall grow up in a culture for learning that motivates them for education and for taking part in society and working life. A coordinated effort for their upbringing and learning shall contribute to the three effects below.',
    },
    periodFrom: 2014,
    periodTo: null,
    ownerBody: { nb: 'Oppvekstforum i Hedmark', nn: 'Oppvekstforum i Hedmark', en: 'The Hedmark forum for childhood and learning' },
    sortOrder: 0,
    targets: [],
  },
  {
    key: 'kfl-results',
    programme: 'kultur-for-laering',
    parent: 'kfl',
    title: { nb: 'Faglige resultater i grunnskolen heves', nn: 'Faglege resultat i grunnskulen blir heva', en: 'School results in primary and lower secondary school rise' },
    description: ILLUSTRATIVE_NOTE,
    periodFrom: 2014,
    periodTo: null,
    ownerBody: EXPERT_GROUP,
    sortOrder: 1,
    targets: [
      { indicator: 'grunnskolepoeng', area: '04', baseline: [40.1, '2015-16'], target: [42, '2026-27'] },
      { indicator: 'grunnskolepoeng', area: '0403', baseline: [39.8, '2015-16'], target: [41, '2026-27'] },
    ],
  },
  {
    key: 'kfl-completion',
    programme: 'kultur-for-laering',
    parent: 'kfl',
    title: { nb: 'Gjennomstrømningen i videregående opplæring øker', nn: 'Gjennomstrøyminga i vidaregåande opplæring aukar', en: 'More pupils complete upper secondary education' },
    description: ILLUSTRATIVE_NOTE,
    periodFrom: 2014,
    periodTo: null,
    ownerBody: EXPERT_GROUP,
    sortOrder: 2,
    targets: [
      { indicator: 'fullfort-vgo-5ar', area: '04', baseline: [74.9, '2015'], target: [80, '2026'] },
      { indicator: 'fullfort-vgo-5ar', area: '0402', baseline: [72.6, '2015'], target: [78, '2026'] },
    ],
  },
  {
    key: 'kfl-cooperation',
    programme: 'kultur-for-laering',
    parent: 'kfl',
    title: { nb: 'Viktige aktører i oppvekstfeltet har et forpliktende samarbeid', nn: 'Viktige aktørar i oppvekstfeltet har eit forpliktande samarbeid', en: 'Key actors in the field are bound by their cooperation' },
    description: {
      nb: 'Følges opp i faggruppas møter og i organene medlemmene representerer; ordførermøtet blir orientert. Ingen indikator måler dette.',
      nn: 'Blir følgt opp i møta til faggruppa og i organa medlemmene representerer; ordførarmøtet blir orientert. Ingen indikator måler dette.',
      en: 'Followed up in the expert group’s meetings and in the bodies its members represent; the mayors’ meeting is kept informed. No indicator measures this.',
    },
    periodFrom: 2014,
    periodTo: null,
    ownerBody: EXPERT_GROUP,
    sortOrder: 3,
    targets: [],
  },
];

/**
 * Loads the demo goals. Idempotent: a goal is found by its programme and bokmål title and only
 * created when missing; its targets are added only with a newly created goal, so targets edited
 * or removed in the running demo stay as they were left. Returns how many demo goals exist.
 */
export async function loadDemoGoals(tx: Tx): Promise<number> {
  const slugs = [...new Set(DEMO_GOALS.map((g) => g.programme))];
  const programmeRows = await tx.select({ id: programmes.id, slug: programmes.slug }).from(programmes).where(inArray(programmes.slug, slugs));
  const programmeIds = new Map(programmeRows.map((p) => [p.slug, p.id]));
  const indicatorRows = await tx.select({ id: indicators.id, code: indicators.code }).from(indicators);
  const indicatorIds = new Map(indicatorRows.map((i) => [i.code, i.id]));
  const areaRows = await tx.select({ id: areas.id, code: areas.code }).from(areas);
  const areaIds = new Map(areaRows.map((a) => [a.code, a.id]));

  const goalIds = new Map<string, string>();
  for (const d of DEMO_GOALS) {
    const programmeId = programmeIds.get(d.programme);
    if (!programmeId) continue;
    const [found] = await tx
      .select({ id: goals.id })
      .from(goals)
      .where(and(eq(goals.programmeId, programmeId), sql`${goals.title}->>'nb' = ${d.title.nb}`))
      .limit(1);
    if (found) {
      goalIds.set(d.key, found.id);
      continue;
    }
    const [created] = await tx
      .insert(goals)
      .values({
        programmeId,
        parentId: d.parent ? goalIds.get(d.parent) ?? null : null,
        title: d.title,
        description: d.description,
        periodFrom: d.periodFrom,
        periodTo: d.periodTo,
        ownerBody: d.ownerBody,
        sortOrder: d.sortOrder,
      })
      .returning({ id: goals.id });
    goalIds.set(d.key, created!.id);
    const targets = d.targets.flatMap((t, i) => {
      const indicatorId = indicatorIds.get(t.indicator);
      const areaId = areaIds.get(t.area);
      if (!indicatorId || !areaId) return [];
      return [
        {
          goalId: created!.id,
          indicatorId,
          areaId,
          breakdown: t.breakdown ?? '',
          baselineValue: t.baseline[0],
          baselinePeriod: t.baseline[1],
          targetValue: t.target[0],
          targetPeriod: t.target[1],
          sortOrder: i,
        },
      ];
    });
    if (targets.length > 0) await tx.insert(goalTargets).values(targets);
  }
  return goalIds.size;
}
