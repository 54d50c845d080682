import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { organisations } from '../features/organisations/organisations.table';
import { people } from '../features/people/people.table';
import { programmes } from '../features/programmes/programmes.table';
import { actionPriorities, actionProgrammes, effortGoals, efforts as effortRows } from '../features/governance/action-programmes.table';
import { goals } from '../features/goals/goals.table';
import { agendaItems, attendance, bodies, cases, conflicts, effects, followUpActions, mandateVersions, meetings, memberships } from '../features/governance/governance.table';
import type { ItemOutcome, MeetingStatus, MemberRole } from '../../shared/domain/governance';
import type { LocalizedText } from '../../shared/domain/localized';

/**
 * The demo's governance, from the source documents: Oslo's sub-programme with its strategic board
 * (six districts' leaders and the education agency, three directorates, the ministry as observer)
 * and operative board (heads of children and youth services), a year of meetings with numbered
 * cases; Hedmark's "Kultur for læring" with its expert group, steering group and mayors' meeting,
 * and the expert group's mandate in three versions (2014, revised 2016 and 2017). The people are
 * fictional. The seed gives the mandate's last text only; the two earlier versions are that text
 * without what the revisions plausibly added, so that a comparison shows something real.
 */

interface Seat {
  name: string;
  org: string;
  role: MemberRole;
  email?: string;
}

const OPERATIVE: Seat[] = [
  { name: 'Hanne Berg', org: 'Utdanningsetaten i Oslo kommune', role: 'chair' },
  { name: 'Tor Hauge', org: 'Bydel Alna', role: 'member', email: 'styremedlem.oppvekst@samordna.test' },
  { name: 'Lise Amundsen', org: 'Bydel Grorud', role: 'member' },
  { name: 'Ahmed Rahimi', org: 'Bydel Stovner', role: 'member' },
  { name: 'Marte Lunde', org: 'Bydel Gamle Oslo', role: 'member' },
  { name: 'Jonas Eide', org: 'Bydel Grünerløkka', role: 'deputy_chair' },
  { name: 'Sara Nilsen', org: 'Bydel Søndre Nordstrand', role: 'member' },
  { name: 'Knut Moe', org: 'Bydel Stovner', role: 'personal_deputy' },
];

const STRATEGIC: Seat[] = [
  { name: 'Ingrid Solberg', org: 'Utdanningsetaten i Oslo kommune', role: 'chair' },
  { name: 'Per Holm', org: 'Bydel Alna', role: 'member' },
  { name: 'Anne Dahl', org: 'Bydel Grorud', role: 'member' },
  { name: 'Ole Strand', org: 'Bydel Stovner', role: 'member' },
  { name: 'Eva Lie', org: 'Bydel Gamle Oslo', role: 'member' },
  { name: 'Nils Bakke', org: 'Bydel Grünerløkka', role: 'member' },
  { name: 'Randi Vik', org: 'Bydel Søndre Nordstrand', role: 'deputy_chair' },
  { name: 'Geir Foss', org: 'Utdanningsdirektoratet', role: 'member' },
  { name: 'Mona Aas', org: 'Integrerings- og mangfoldsdirektoratet', role: 'member' },
  { name: 'Trond Ruud', org: 'Helsedirektoratet', role: 'member' },
  { name: 'Siri Haugen', org: 'Kommunal- og distriktsdepartementet', role: 'observer' },
];

const EXPERT: Seat[] = [
  { name: 'Bente Kristiansen', org: 'Fylkesmannen i Hedmark', role: 'chair' },
  { name: 'Hilde Myhre', org: 'Hamar kommune', role: 'member' },
  { name: 'Rune Sæther', org: 'Elverum kommune', role: 'member' },
  { name: 'Kjersti Bø', org: 'Kongsvinger kommune', role: 'member' },
  { name: 'Arild Tangen', org: 'Tynset kommune', role: 'member' },
  { name: 'Elin Fjeld', org: 'KS Hedmark og Oppland', role: 'member' },
  { name: 'Morten Lien', org: 'Høgskolen i Hedmark', role: 'member' },
  { name: 'Grete Hovde', org: 'Foreldreutvalget for grunnopplæringen', role: 'member' },
  { name: 'Stein Brekke', org: 'Utdanningsforbundet Hedmark', role: 'member' },
];

const MANDATE_BASE = `Det er mange involverte i barn og unges oppvekst og dannelse. Alle har det til felles at de ønsker å bidra til at det enkelte barn og ungdom utvikler kunnskaper, holdninger og ferdigheter slik at det kan bidra i samfunnet på en selvstendig og ansvarsfull måte. Kultur for læring handler om den kulturen barn og ungdom vokser opp i. En samordnet arbeidsform gjennom oppvekstforum i Hedmark skal bygge opp under dette.

Oppvekstforums faggruppe skal diskutere strategier og iverksette tiltak som kan bedre kulturen for læring i Hedmark. Forumet skal drøfte utfordringer og foreslå tiltak som kan bidra til økt kvalitet, kompetanseheving og samordning og koordinering av tiltak, innsatser og prosjekter.

Faggruppa møtes 4 ganger pr år, oftere hvis behov. Fylkesmannen er ansvarlig for sekretariatet.`;

const MANDATE_2016 = `${MANDATE_BASE}

Deltakerne i oppvekstforums faggruppe skal bidra til at relevante saker blir satt på dagsorden og drøftet, og at sakene blir drøftet og fulgt opp i organene de er satt til å representere. Ordførermøtet blir orientert om arbeidet.`;

const MANDATE_2017 = `${MANDATE_2016}

Medlemmer av faggruppa står fritt til å invitere med seg aktuelle fagpersoner når de vurderer det til å være hensiktsmessig. Arbeidsgrupper etableres når faggruppa mener det er nødvendig.`;

const nb = (text: string): LocalizedText => ({ nb: text });

interface DemoItem {
  title: LocalizedText;
  paper?: string;
  proposed?: string;
  outcome?: ItemOutcome;
  decision?: string;
  exempt?: string;
  internalTitle?: string;
  approvesMinutes?: boolean;
  forwardTo?: string;
  existingCase?: string;
  adoptsMandate?: string;
  adoptsActionProgramme?: string;
  conflictOf?: string;
  actions?: { text: string; due: string; status: 'open' | 'done' }[];
}

interface DemoMeeting {
  startsAt: string;
  status: MeetingStatus;
  items: DemoItem[];
}

/** Loads the demo's governance once: nothing when the programmes already have bodies. */
export async function loadDemoGovernance(tx: Tx): Promise<number> {
  const progs = await tx.select().from(programmes).where(inArray(programmes.slug, ['oppvekst-og-utdanning', 'kultur-for-laering']));
  const oslo = progs.find((p) => p.slug === 'oppvekst-og-utdanning');
  const hedmark = progs.find((p) => p.slug === 'kultur-for-laering');
  if (!oslo || !hedmark) return 0;
  if ((await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.programmeId, oslo.id)).limit(1)).length) return 0;

  const orgRows = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const orgId = (name: string) => orgRows.find((o) => o.name === name)?.id ?? null;

  async function body(programmeId: string, v: typeof bodies.$inferInsert extends infer B ? Omit<B & object, 'programmeId'> : never, seats: Seat[]) {
    const [row] = await tx.insert(bodies).values({ ...v, programmeId }).returning();
    const seatIds = new Map<string, string>();
    for (const s of seats) {
      const [found] = s.email ? await tx.select({ id: people.id }).from(people).where(eq(people.email, s.email)) : [];
      const personId = found?.id ?? (await tx.insert(people).values({ name: s.name, email: s.email ?? null, organisationId: orgId(s.org), ownerProgrammeId: programmeId }).returning({ id: people.id }))[0]!.id;
      const deputyFor = s.role === 'personal_deputy' ? seatIds.get(seats.find((x) => x.org === s.org && x.role !== 'personal_deputy')!.name) : undefined;
      const [m] = await tx
        .insert(memberships)
        .values({ bodyId: row!.id, personId, organisationId: orgId(s.org), role: s.role, deputyForId: deputyFor ?? null, hasVote: s.role !== 'observer' && s.role !== 'secretary', validFrom: '2024-01-01' })
        .returning();
      seatIds.set(s.name, m!.id);
    }
    return { id: row!.id, seatIds };
  }

  const operative = await body(oslo.id, { kind: 'operative_board', name: { nb: 'Operativt styre', nn: 'Operativt styre', en: 'Operative board' }, description: { nb: 'Lederne for barne- og ungdomstjenestene i bydelene. Behandler prosjektinitiativ og søknader.', nn: 'Leiarane for barne- og ungdomstenestene i bydelane. Handsamar prosjektinitiativ og søknader.', en: 'The heads of children and youth services in the districts. Handles project initiatives and applications.' }, meetingFrequency: { nb: 'Fire ganger i året', nn: 'Fire gonger i året', en: 'Four times a year' }, secretariatOrganisationId: orgId('Utdanningsetaten i Oslo kommune'), activeFrom: '2024-01-01' }, OPERATIVE);
  const strategic = await body(oslo.id, { kind: 'strategic_board', name: { nb: 'Strategisk styre', nn: 'Strategisk styre', en: 'Strategic board' }, description: { nb: 'Toppledere i seks bydeler og Utdanningsetaten, med tre direktorater som medlemmer og departementet som observatør. Setter rammene og følger gevinstrealiseringen.', nn: 'Toppleiarar i seks bydelar og Utdanningsetaten, med tre direktorat som medlemmer og departementet som observatør. Set rammene og følgjer gevinstrealiseringa.', en: 'Top leaders of six districts and the education agency, with three directorates as members and the ministry as observer. Sets the frames and follows benefit realisation.' }, meetingFrequency: { nb: 'Tre ganger i året', nn: 'Tre gonger i året', en: 'Three times a year' }, secretariatOrganisationId: orgId('Utdanningsetaten i Oslo kommune'), activeFrom: '2024-01-01' }, STRATEGIC);
  const expert = await body(hedmark.id, { kind: 'expert_group', name: { nb: 'Oppvekstforums faggruppe', nn: 'Oppvekstforums faggruppe', en: 'Expert group of the upbringing forum' }, meetingFrequency: { nb: '4 ganger pr år, oftere hvis behov', nn: '4 gonger i året, oftare ved behov', en: 'Four times a year, more often if needed' }, secretariatOrganisationId: orgId('Fylkesmannen i Hedmark'), activeFrom: '2014-05-15' }, EXPERT);
  await body(hedmark.id, { kind: 'steering_group', name: { nb: 'Styringsgruppa', nn: 'Styringsgruppa', en: 'Steering group' }, secretariatOrganisationId: orgId('Fylkesmannen i Hedmark'), activeFrom: '2014-05-15' }, []);
  await body(hedmark.id, { kind: 'mayors_meeting', name: { nb: 'Ordførermøtet', nn: 'Ordførarmøtet', en: "Mayors' meeting" }, description: { nb: 'Politisk forankring. Blir orientert om arbeidet; her møter også Hedmark fylkeskommune og KS.', nn: 'Politisk forankring. Blir orientert om arbeidet; her møter også Hedmark fylkeskommune og KS.', en: 'Political anchoring. Kept informed of the work; Hedmark county authority and KS also attend.' } }, []);

  // The expert group's mandate: adopted before Samordna, each version citing its decision.
  await tx.insert(mandateVersions).values([
    { bodyId: expert.id, version: 1, text: nb(MANDATE_BASE), effectiveFrom: '2014-05-15', adoptedAt: new Date('2014-05-15T12:00:00Z'), citedSource: 'Mandat for arbeidet, Hamar 15. mai 2014' },
    { bodyId: expert.id, version: 2, text: nb(MANDATE_2016), effectiveFrom: '2016-11-17', adoptedAt: new Date('2016-11-17T12:00:00Z'), citedSource: 'Revidert 17.11.16 med vedtak i styringsgruppa' },
    { bodyId: expert.id, version: 3, text: nb(MANDATE_2017), effectiveFrom: '2017-10-17', adoptedAt: new Date('2017-10-17T12:00:00Z'), citedSource: 'Revidert 17.10.17, etter vedtak i faggruppa' },
  ]);
  // The operative board's mandate, adopted by the strategic board's decision below.
  const [operativeMandate] = await tx
    .insert(mandateVersions)
    .values({ bodyId: operative.id, version: 1, text: { nb: 'Operativt styre behandler prosjektinitiativ og søknader innenfor rammene strategisk styre setter, og rapporterer status for porteføljen til strategisk styre.', nn: 'Operativt styre handsamar prosjektinitiativ og søknader innanfor rammene strategisk styre set, og rapporterer status for porteføljen til strategisk styre.', en: 'The operative board handles project initiatives and applications within the frames the strategic board sets, and reports the portfolio\'s status to the strategic board.' } })
    .returning();

  const caseIds = new Map<string, string>();
  async function meetingsOf(b: { id: string; seatIds: Map<string, string> }, list: DemoMeeting[]) {
    let seq = 0;
    let previous: string | null = null;
    for (const m of list) {
      const startsAt = new Date(m.startsAt);
      const published = m.status === 'minutes_published';
      const [row] = await tx
        .insert(meetings)
        .values({ bodyId: b.id, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), place: 'Rådhuset, Oslo', status: m.status, noticePublishedAt: m.status === 'planned' ? null : new Date(startsAt.getTime() - 8 * 86400_000), heldAt: ['planned', 'notice_published'].includes(m.status) ? null : startsAt, minutesPublishedAt: published ? new Date(startsAt.getTime() + 14 * 86400_000) : null })
        .returning();
      if (['held', 'minutes_approved', 'minutes_published'].includes(m.status)) {
        await tx.insert(attendance).values([...b.seatIds.values()].filter((_, i) => i !== 3).map((membershipId) => ({ meetingId: row!.id, membershipId, status: 'present' as const })));
      }
      for (const [i, it] of m.items.entries()) {
        const caseId =
          (it.existingCase && caseIds.get(it.existingCase)) ||
          (await tx
            .insert(cases)
            .values({ programmeId: oslo!.id, bodyId: b.id, type: it.approvesMinutes ? 'minutes_approval' : it.outcome === 'noted' ? 'orientation' : 'decision', title: it.title, internalTitle: it.internalTitle ? nb(it.internalTitle) : null, paper: nb(it.paper ?? ''), proposedDecision: nb(it.proposed ?? ''), isExempt: !!it.exempt, exemptionBasis: it.exempt ?? null, approvesMeetingId: it.approvesMinutes ? previous : null })
            .returning())[0]!.id;
        caseIds.set(it.title.nb, caseId);
        if (it.forwardTo) await tx.update(cases).set({ bodyId: it.forwardTo }).where(eq(cases.id, caseId));
        else if (it.existingCase) await tx.update(cases).set({ bodyId: b.id }).where(eq(cases.id, caseId));
        const decided = m.status !== 'planned' && m.status !== 'notice_published' && it.outcome;
        const [item] = await tx
          .insert(agendaItems)
          .values({ meetingId: row!.id, caseId, bodyId: b.id, position: i + 1, numberYear: startsAt.getFullYear(), numberSeq: ++seq, outcome: decided ? it.outcome : null, decisionText: decided && it.decision ? nb(it.decision) : null, forwardedToBodyId: decided ? (it.forwardTo ?? null) : null, decidedAt: decided ? startsAt : null })
          .returning();
        if (decided && it.approvesMinutes && previous) {
          await tx.update(meetings).set({ minutesApprovedAt: startsAt, minutesApprovedBy: 'meeting', minutesApprovedByItemId: item!.id }).where(eq(meetings.id, previous));
        }
        if (it.adoptsMandate) {
          await tx.insert(effects).values({ caseId, kind: 'adopt_mandate_version', targetId: it.adoptsMandate, expectedRevision: 1, appliedAt: decided ? startsAt : null, appliedByItemId: decided ? item!.id : null });
          if (decided) await tx.update(mandateVersions).set({ adoptedAt: startsAt, adoptedByItemId: item!.id, effectiveFrom: m.startsAt.slice(0, 10) }).where(eq(mandateVersions.id, it.adoptsMandate));
        }
        if (it.adoptsActionProgramme) {
          await tx.insert(effects).values({ caseId, kind: 'adopt_action_programme', targetId: it.adoptsActionProgramme, expectedRevision: 1, appliedAt: decided ? startsAt : null, appliedByItemId: decided ? item!.id : null });
          if (decided) await tx.update(actionProgrammes).set({ adoptedAt: startsAt, adoptedByItemId: item!.id, publishedAt: new Date(startsAt.getTime() + 14 * 86400_000) }).where(eq(actionProgrammes.id, it.adoptsActionProgramme));
        }
        if (it.conflictOf) {
          const deputy = [...b.seatIds.entries()].find(([name]) => name === 'Knut Moe')?.[1] ?? null;
          await tx.insert(conflicts).values({ itemId: item!.id, membershipId: b.seatIds.get(it.conflictOf)!, reason: 'Søkeren er egen arbeidsgiver (fvl. § 6 annet ledd).', ruling: 'disqualified', deputyMembershipId: deputy });
        }
        for (const a of it.actions ?? []) await tx.insert(followUpActions).values({ itemId: item!.id, description: nb(a.text), dueDate: a.due, status: a.status, responsibleOrganisationId: orgId('Utdanningsetaten i Oslo kommune') });
      }
      if (m.status === 'minutes_published' || m.status === 'minutes_approved') {
        await tx.update(meetings).set({ minutesApprovedAt: new Date(startsAt.getTime() + 7 * 86400_000), minutesApprovedBy: 'chair' }).where(and(eq(meetings.id, row!.id), eq(meetings.status, m.status)));
      }
      previous = row!.id;
    }
  }

  // The operative board's year: the summer school application goes on to the strategic board.
  const operativeYear: DemoMeeting[] = [
    { startsAt: '2026-02-10T13:00:00+01:00', status: 'minutes_published', items: [
      { title: nb('Prosjektinitiativ: Felles foreldremøter i Alna og Grorud'), paper: 'Bydelene foreslår felles foreldremøter med tolk for foreldre til barn i 1. trinn.', proposed: 'Initiativet godkjennes for planlegging.', outcome: 'adopted', decision: 'Initiativet godkjennes for planlegging.', actions: [{ text: 'Sekretariatet lager en prosjektplan sammen med bydelene', due: '2026-04-01', status: 'done' }] },
      { title: nb('Søknad om tilskudd fra Bydel Stovner'), internalTitle: 'Søknad om tilskudd til oppfølging av navngitt familie', paper: 'Søknaden omtaler personlige forhold.', proposed: 'Søknaden innvilges.', outcome: 'adopted', decision: 'Søknaden innvilges.', exempt: 'offl. § 13 jf. fvl. § 13', conflictOf: 'Ahmed Rahimi' },
      { title: nb('Innspill til Handlingsprogram 2026'), outcome: 'noted' },
    ] },
    { startsAt: '2026-05-12T13:00:00+02:00', status: 'minutes_published', items: [
      { title: nb('Godkjenning av protokoll fra forrige møte'), proposed: 'Protokollen godkjennes.', outcome: 'adopted', approvesMinutes: true },
      { title: nb('Søknad: Sommerskole i Søndre Nordstrand'), paper: 'Bydel Søndre Nordstrand søker om 500 000 kroner til sommerskole for elever på 5.–7. trinn.', proposed: 'Søknaden oversendes strategisk styre med anbefaling om innvilgelse.', outcome: 'forwarded', decision: 'Søknaden oversendes strategisk styre med anbefaling om innvilgelse.', forwardTo: strategic.id },
      { title: nb('Status for prosjektporteføljen'), outcome: 'noted', actions: [{ text: 'Bydelene rapporterer status for sine prosjekter', due: '2026-09-01', status: 'open' }] },
    ] },
    { startsAt: '2027-02-09T13:00:00+01:00', status: 'planned', items: [] },
  ];
  await meetingsOf(operative, operativeYear.slice(0, 2));
  await meetingsOf(operative, operativeYear.slice(2));
  // "Handlingsprogram 2023", adopted by the strategic board in January 2023 and published.
  const actionProgrammeId = await demoActionProgramme(tx, oslo.id, orgId);
  await meetingsOf(strategic, [
    { startsAt: '2023-01-24T09:00:00+01:00', status: 'minutes_published', items: [
      { title: nb('Handlingsprogram 2023'), paper: 'Handlingsprogram 2023 danner grunnlaget for delprogrammets arbeid ved å tydeliggjøre prioriteringer og innsatser i den kommende perioden.', proposed: 'Handlingsprogram 2023 vedtas.', outcome: 'adopted', decision: 'Handlingsprogram 2023 vedtas.', adoptsActionProgramme: actionProgrammeId },
    ] },
  ]);
  // The strategic board's year, after the operative board's: it takes the forwarded case on.
  await meetingsOf(strategic, [
    { startsAt: '2026-03-17T09:00:00+01:00', status: 'minutes_published', items: [
      { title: nb('Mandat for operativt styre'), paper: 'Forslag til mandat for operativt styre, utarbeidet av sekretariatet.', proposed: 'Mandatet for operativt styre vedtas.', outcome: 'adopted', decision: 'Mandatet for operativt styre vedtas.', adoptsMandate: operativeMandate!.id },
      { title: nb('Orientering om oppvekststatistikken for bydelene'), paper: 'Sekretariatet orienterer om de nyeste tallene i kunnskapsgrunnlaget.', outcome: 'noted', decision: 'Orienteringen tas til orientering.' },
    ] },
    { startsAt: '2026-06-16T09:00:00+02:00', status: 'minutes_published', items: [
      { title: nb('Godkjenning av protokoll fra forrige møte'), proposed: 'Protokollen godkjennes.', outcome: 'adopted', approvesMinutes: true },
      { title: nb('Søknad: Sommerskole i Søndre Nordstrand'), existingCase: 'Søknad: Sommerskole i Søndre Nordstrand', outcome: 'adopted_as_amended', decision: 'Søknaden innvilges med 400 000 kroner for 2026. Bydelen rapporterer til operativt styre innen 1. desember.' },
    ] },
    { startsAt: '2026-11-24T09:00:00+01:00', status: 'held', items: [
      { title: nb('Godkjenning av protokoll fra forrige møte'), proposed: 'Protokollen godkjennes.', outcome: 'adopted', approvesMinutes: true },
      { title: nb('Gevinstrealisering i avsluttede prosjekter'), paper: 'Status for gevinstene i prosjekter avsluttet i 2025.', outcome: 'noted' },
    ] },
  ]);
  return 5;
}

const PRIORITIES: { title: LocalizedText; efforts: { title: LocalizedText; org: string; need: number; goal: string }[] }[] = [
  {
    title: { nb: 'Tidlig innsats i barnehage og skole', nn: 'Tidleg innsats i barnehage og skule', en: 'Early intervention in kindergarten and school' },
    efforts: [
      { title: { nb: 'Språkløft i barnehagene', nn: 'Språkløft i barnehagane', en: 'Language boost in kindergartens' }, org: 'Bydel Grorud', need: 1_200_000, goal: 'Bedre skoleresultater i grunnskolen' },
      { title: { nb: 'Leseløft på 1.–4. trinn', nn: 'Leseløft på 1.–4. trinn', en: 'Reading boost in years 1–4' }, org: 'Utdanningsetaten i Oslo kommune', need: 2_500_000, goal: 'Bedre skoleresultater i grunnskolen' },
    ],
  },
  {
    title: { nb: 'Gjennomføring i videregående opplæring', nn: 'Gjennomføring i vidaregåande opplæring', en: 'Completion of upper secondary education' },
    efforts: [
      { title: { nb: 'Overgangsmentor fra 10. trinn til vg1', nn: 'Overgangsmentor frå 10. trinn til vg1', en: 'Transition mentors from year 10 to upper secondary' }, org: 'Utdanningsetaten i Oslo kommune', need: 1_800_000, goal: 'Flere fullfører og består videregående opplæring' },
      { title: { nb: 'Sommerskole for ungdom', nn: 'Sommarskule for ungdom', en: 'Summer school for young people' }, org: 'Bydel Søndre Nordstrand', need: 500_000, goal: 'Flere fullfører og består videregående opplæring' },
    ],
  },
  {
    title: { nb: 'Barn i familier med lavinntekt', nn: 'Born i familiar med låginntekt', en: 'Children in low-income families' },
    efforts: [
      { title: { nb: 'Gratis fritidsaktiviteter i bydelene', nn: 'Gratis fritidsaktivitetar i bydelane', en: 'Free leisure activities in the districts' }, org: 'Bydel Stovner', need: 900_000, goal: 'Færre barn vokser opp i familier med vedvarende lavinntekt' },
    ],
  },
];

/** Oslo's "Handlingsprogram 2023": priorities and efforts tied to the sub-programme's goals. */
async function demoActionProgramme(tx: Tx, programmeId: string, orgId: (name: string) => string | null): Promise<string> {
  const goalRows = await tx.select({ id: goals.id, title: goals.title }).from(goals).where(eq(goals.programmeId, programmeId));
  const [ap] = await tx
    .insert(actionProgrammes)
    .values({
      programmeId,
      title: { nb: 'Handlingsprogram 2023', nn: 'Handlingsprogram 2023', en: 'Action programme 2023' },
      periodFrom: 2023,
      periodTo: 2023,
      challenges: {
        nb: 'For mange barn og unge i områdesatsingsbydelene går ut av grunnskolen med svake resultater, færre fullfører videregående opplæring enn i byen ellers, og flere vokser opp i familier med vedvarende lavinntekt.',
        nn: 'For mange born og unge i områdesatsingsbydelane går ut av grunnskulen med svake resultat, færre fullfører vidaregåande opplæring enn i byen elles, og fleire veks opp i familiar med vedvarande låginntekt.',
        en: 'Too many children in the area-initiative districts leave lower secondary school with weak results, fewer complete upper secondary education than elsewhere in the city, and more grow up in families with persistent low income.',
      },
    })
    .returning();
  for (const [i, p] of PRIORITIES.entries()) {
    const [priority] = await tx.insert(actionPriorities).values({ actionProgrammeId: ap!.id, position: i, title: p.title }).returning();
    for (const [j, e] of p.efforts.entries()) {
      const [effort] = await tx.insert(effortRows).values({ priorityId: priority!.id, position: j, title: e.title, responsibleOrganisationId: orgId(e.org), fundingNeed: e.need }).returning();
      const goal = goalRows.find((g) => g.title.nb === e.goal);
      if (goal) await tx.insert(effortGoals).values({ effortId: effort!.id, goalId: goal.id });
    }
  }
  return ap!.id;
}
