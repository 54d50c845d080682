import type { LocalizedText } from '../../shared/domain/localized';
import type { MemberKind, MemberRole, Perspective, PlanPart } from '../../shared/domain/development';
import type { PlanActor, PlanEffort, PlanGoal } from '../features/development/development.table';

/**
 * ABSOLUTT's content as seed 003 words it (the three perspectives with their questions and
 * topics, the questions of the cycle, the four competence goals), with nynorsk and English
 * renderings; and the Innlandet cohort's groups and Hamar's development plan. The cohort, the
 * people and everything the groups write are fictional, made for the demo; the texts the groups
 * write start with "Demotekst" so the pages show it.
 */

export const PERSPECTIVES: Perspective[] = [
  {
    title: { nb: 'Kunnskapsgrunnlag og kvalitet', nn: 'Kunnskapsgrunnlag og kvalitet', en: 'Knowledge base and quality' },
    question: { nb: 'Hvor er vi?', nn: 'Kvar er vi?', en: 'Where are we?' },
    topics: [
      { nb: 'Globalisering', nn: 'Globalisering', en: 'Globalisation' },
      { nb: 'Nasjonal kontekst og utdanningspolitikk', nn: 'Nasjonal kontekst og utdanningspolitikk', en: 'National context and education policy' },
      { nb: 'Det lokale kunnskapsgrunnlaget, styrker og svakheter', nn: 'Det lokale kunnskapsgrunnlaget, styrkar og veikskapar', en: 'The local knowledge base, strengths and weaknesses' },
      { nb: 'Hvilket endringsbehov ser vi?', nn: 'Kva endringsbehov ser vi?', en: 'What need for change do we see?' },
    ],
  },
  {
    title: { nb: 'Framtidsbilder', nn: 'Framtidsbilete', en: 'Images of the future' },
    question: { nb: 'Hvor vil vi?', nn: 'Kvar vil vi?', en: 'Where do we want to go?' },
    topics: [
      { nb: 'Å utvikle framtidsbilder', nn: 'Å utvikle framtidsbilete', en: 'Developing images of the future' },
      { nb: 'Dialog og samskaping – et mangfold av aktører', nn: 'Dialog og samskaping – eit mangfald av aktørar', en: 'Dialogue and co-creation – a diversity of actors' },
      {
        nb: 'Fag- og profesjonsfellesskap er viktig for endrings- og utviklingsarbeid',
        nn: 'Fag- og profesjonsfellesskap er viktig for endrings- og utviklingsarbeid',
        en: 'Professional communities matter for change and development work',
      },
      { nb: 'Er vi på rett vei?', nn: 'Er vi på rett veg?', en: 'Are we on the right track?' },
    ],
  },
  {
    title: { nb: 'Utviklingsprosessen', nn: 'Utviklingsprosessen', en: 'The development process' },
    question: { nb: 'Hvordan kommer vi dit vi vil?', nn: 'Korleis kjem vi dit vi vil?', en: 'How do we get where we want to go?' },
    topics: [
      { nb: 'Planlegging og implementering', nn: 'Planlegging og implementering', en: 'Planning and implementation' },
      { nb: 'Innovasjon, profesjonsutvikling og medarbeiderskap', nn: 'Innovasjon, profesjonsutvikling og medarbeidarskap', en: 'Innovation, professional development and employeeship' },
      { nb: 'Varige forbedringer', nn: 'Varige forbetringar', en: 'Lasting improvements' },
    ],
  },
];

/** The cycle of the seed's figure: Hvor er vi? → Hvor vil vi? → Hvem gjør hva? → Hvordan får vi det til? */
export const CYCLE_QUESTIONS: Record<PlanPart, LocalizedText> = {
  where_are_we: { nb: 'Hvor er vi?', nn: 'Kvar er vi?', en: 'Where are we?' },
  where_to_go: { nb: 'Hvor vil vi?', nn: 'Kvar vil vi?', en: 'Where do we want to go?' },
  who_does_what: { nb: 'Hvem gjør hva?', nn: 'Kven gjer kva?', en: 'Who does what?' },
  how_to_get_there: { nb: 'Hvordan får vi det til?', nn: 'Korleis får vi det til?', en: 'How do we make it happen?' },
};

export const COMPETENCE_GOALS: LocalizedText[] = [
  {
    nb: 'Økt rolleforståelse for hva som ligger i de folkevalgtes ansvar og myndighet for å sikre barn og unge gode oppvekstvilkår og et godt utdanningsløp.',
    nn: 'Auka rolleforståing for kva som ligg i ansvaret og mynda til dei folkevalde for å sikre barn og unge gode oppvekstvilkår og eit godt utdanningsløp.',
    en: 'A better understanding of the role: what the elected representatives’ responsibility and authority mean for giving children and young people good conditions to grow up in and a good education.',
  },
  {
    nb: 'Økt innsikt i hva som virker inn på barn og unges læring, utvikling, trivsel og tilhørighet.',
    nn: 'Auka innsikt i kva som verkar inn på læringa, utviklinga, trivselen og tilhøyrsla til barn og unge.',
    en: 'Greater insight into what influences the learning, development, well-being and belonging of children and young people.',
  },
  {
    nb: 'Større handlingskapasitet gjennom styringsdokumenter som utvikles i prosess med medarbeidere, barn og unge, foreldre og andre aktuelle aktører.',
    nn: 'Større handlingskapasitet gjennom styringsdokument som blir utvikla i prosess med medarbeidarar, barn og unge, foreldre og andre aktuelle aktørar.',
    en: 'Greater capacity to act through governing documents developed together with staff, children and young people, parents and other relevant actors.',
  },
  {
    nb: 'Økt forståelse for de ulike aktørers muligheter og roller i et helhetlig oppvekstmiljø.',
    nn: 'Auka forståing for moglegheitene og rollene til dei ulike aktørane i eit heilskapleg oppvekstmiljø.',
    en: 'A better understanding of the opportunities and roles of the different actors in a coherent environment for growing up.',
  },
];

/** What each gathering holds, as the seed says: a talk, work across municipalities, work in the own group. */
export const GATHERING_TALKS: { time: string; title: string; speaker: string }[][] = [
  [
    { time: '09:30', title: 'Velkommen: ABSOLUTT og forbedringssirkelen', speaker: 'KS' },
    { time: '10:00', title: 'Faglig innlegg: Globalisering, nasjonal kontekst og utdanningspolitikk', speaker: 'Invitert forsker' },
    { time: '11:15', title: 'Arbeid på tvers av kommuner: hva forteller tallene våre?', speaker: '' },
    { time: '12:15', title: 'Lunsj', speaker: '' },
    { time: '13:00', title: 'Arbeid i egen gruppe: Hvor er vi? Styrker, svakheter og endringsbehov', speaker: '' },
    { time: '15:00', title: 'Oppsummering og hjemmearbeid til neste samling', speaker: 'KS' },
  ],
  [
    { time: '09:30', title: 'Erfaringer fra hjemmearbeidet', speaker: 'Deltakergruppene' },
    { time: '10:00', title: 'Faglig innlegg: Å utvikle framtidsbilder – dialog og samskaping', speaker: 'Invitert foredragsholder' },
    { time: '11:15', title: 'Arbeid på tvers av kommuner: fag- og profesjonsfellesskap', speaker: '' },
    { time: '12:15', title: 'Lunsj', speaker: '' },
    { time: '13:00', title: 'Arbeid i egen gruppe: Hvor vil vi? Mål og framtidsbilder', speaker: '' },
    { time: '15:00', title: 'Oppsummering og hjemmearbeid til neste samling', speaker: 'KS' },
  ],
  [
    { time: '09:30', title: 'Erfaringer fra hjemmearbeidet', speaker: 'Deltakergruppene' },
    { time: '10:00', title: 'Faglig innlegg: Planlegging, implementering og varige forbedringer', speaker: 'Invitert forsker' },
    { time: '11:15', title: 'Arbeid på tvers av kommuner: hvem gjør hva?', speaker: '' },
    { time: '12:15', title: 'Lunsj', speaker: '' },
    { time: '13:00', title: 'Arbeid i egen gruppe: Hvordan får vi det til? Tiltak og oppfølging', speaker: '' },
    { time: '15:00', title: 'Veien videre og evaluering av programmet', speaker: 'KS' },
  ],
];

export interface DemoMember {
  name: string;
  role: MemberRole;
  kind: MemberKind;
  isContact?: boolean;
  /** The demo account the member signs in with; otherwise a fictional @example.org address. */
  account?: string;
}

/** The seed's example group: mayor, committee leader, chief executive, head of education, adviser, principal, kindergarten head, chief union representative. */
export const HAMAR_MEMBERS: DemoMember[] = [
  { name: 'Kristin Haug', role: 'mayor', kind: 'elected' },
  { name: 'Anders Bråten', role: 'committee_leader', kind: 'elected' },
  { name: 'Tone Myhre', role: 'chief_executive', kind: 'administrative' },
  { name: 'Eirik Sand', role: 'head_of_education', kind: 'administrative', isContact: true, account: 'deltaker.hamar@samordna.test' },
  { name: 'Silje Nordby', role: 'adviser', kind: 'administrative' },
  { name: 'Bjørn Lunde', role: 'principal', kind: 'administrative' },
  { name: 'Hilde Kvam', role: 'kindergarten_head', kind: 'administrative' },
  { name: 'Ole Martin Dahl', role: 'union_representative', kind: 'administrative' },
];

export const ELVERUM_MEMBERS: DemoMember[] = [
  { name: 'Per Arne Østby', role: 'mayor', kind: 'elected' },
  { name: 'Lise Tangen', role: 'committee_leader', kind: 'elected' },
  { name: 'Ingrid Moen', role: 'head_of_education', kind: 'administrative', isContact: true, account: 'deltaker.elverum@samordna.test' },
  { name: 'Geir Hagen', role: 'adviser', kind: 'administrative' },
  { name: 'Marit Strand', role: 'principal', kind: 'administrative' },
  // Missed the second gathering: the group is below its commitment.
  { name: 'Knut Rønning', role: 'union_representative', kind: 'administrative' },
];

export const LOTEN_MEMBERS: DemoMember[] = [
  { name: 'Randi Holm', role: 'mayor', kind: 'elected' },
  { name: 'Svein Evensen', role: 'chief_executive', kind: 'administrative', isContact: true },
  { name: 'Anne Grete Bakken', role: 'head_of_education', kind: 'administrative' },
  { name: 'Jon Olsen', role: 'principal', kind: 'administrative' },
  { name: 'Camilla Berg', role: 'kindergarten_head', kind: 'administrative' },
];

/** "Per Arne Østby" → "per.arne.ostby@example.org": the fictional members' addresses. */
export function exampleEmail(name: string): string {
  const local = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.');
  return `${local}@example.org`;
}

/** Hamar's development plan, well under way: written by the group in its own words (demo text). */
export const HAMAR_PLAN: { strengths: string; weaknesses: string; needs: string; futureImages: string; goals: PlanGoal[]; actors: PlanActor[]; efforts: PlanEffort[] } = {
  strengths:
    'Demotekst. Nesten alle barn i Hamar går i barnehage før skolestart, og barnehagene har mange pedagoger. Grunnskolepoengene har gått litt opp de siste årene (illustrative tall i demoen).\n\nSkolene samarbeider godt i rektorgruppa, og PP-tjenesten kommer tidlig inn når en skole ber om det.',
  weaknesses:
    'Demotekst. For få fullfører og består videregående innen fem år, og vi ligger under landet. Overgangen fra ungdomsskolen til videregående er sårbar.\n\nSamarbeidet med helsetjenesten avhenger av enkeltpersoner, og kommunestyret får lite styringsinformasjon om trivsel og læring utover tilstandsrapporten.',
  needs:
    'Demotekst. Et felles kunnskapsgrunnlag som folkevalgte og administrasjonen bruker sammen; en tydelig plan for overgangene; faste møteplasser mellom skole, helse og barnevern; og at barn, unge og foreldre blir spurt før vi bestemmer.',
  futureImages:
    'Demotekst. I 2030 opplever barn og unge i Hamar at de hører til og lærer mye, fra de begynner i barnehagen til de har fullført videregående.\n\nElever, foreldre og ansatte er med når vi planlegger, og kommunestyret styrer oppveksten etter et kunnskapsgrunnlag alle kjenner.',
  goals: [
    { title: 'Flere fullfører videregående', description: 'Andelen som fullfører og består videregående innen fem år skal opp på nivå med landet innen 2029.' },
    { title: 'Trygge overganger', description: 'Hvert barn har en plan for overgangen fra barnehage til skole og fra ungdomsskole til videregående.' },
    { title: 'Felles styringsinformasjon', description: 'Kommunestyret og administrasjonen drøfter tilstanden i oppveksten hvert år, med barn, unge og foreldre til stede.' },
  ],
  actors: [
    { name: 'Referansegruppe for oppvekst', role: 'Skole, barnehage, PPT, helsestasjon, barnevern, frivilligheten og elevrådene. Gir råd og følger opp arbeidet mellom samlingene.', arena: 'reference_group' },
    { name: 'Rektorgruppa', role: 'Sørger for at tiltakene i skolene henger sammen, og deler erfaringer mellom skolene.', arena: 'principals_group' },
    { name: 'Styrergruppa i barnehagene', role: 'Har ansvaret for overgangen fra barnehage til skole sammen med rektorene.', arena: 'kindergarten_heads_group' },
    { name: 'Samarbeidsforum skole og helse', role: 'Helsesykepleierne, fastlegene og skolene: tidlig innsats for elever som strever.', arena: 'health_cooperation' },
  ],
  efforts: [
    {
      title: 'Overgangsplan for hvert barn',
      description: 'En plan for hvert barn ved overgangen fra barnehage til skole og fra ungdomsskole til videregående, laget sammen med foreldrene.',
      responsible: 'Kommunalsjef for oppvekst',
      fromYear: 2025,
      toYear: 2027,
      goals: [1],
      followUp: 'Hvor mange barn som har en overgangsplan telles hvert halvår; rektorgruppa og styrergruppa går gjennom erfaringene hvert år.',
    },
    {
      title: 'Los for ungdom som står i fare for å slutte',
      description: 'En los følger elever som står i fare for å slutte, fra 10. trinn til de har fullført, i samarbeid med de videregående skolene.',
      responsible: 'Hamar kommune og Hedmark fylkeskommune',
      fromYear: 2026,
      toYear: 2028,
      goals: [0, 1],
      followUp: 'Fullføringen i kommunens områdeprofil følges hvert år mot fylket og landet.',
    },
    {
      title: 'Årlig oppvekstmelding til kommunestyret',
      description: 'Kommunedirektøren legger hvert år fram en melding om læring, trivsel og tilhørighet, med tall fra kunnskapsgrunnlaget og innspill fra barn og unge.',
      responsible: 'Kommunedirektøren',
      fromYear: 2026,
      toYear: 2029,
      goals: [2],
      followUp: 'Kommunestyret behandler meldingen hvert år; referansegruppen gir innspill før behandlingen.',
    },
    {
      title: 'Skole og helse sammen på ungdomsskolene',
      description: 'Faste team med helsesykepleier og lærere på hver ungdomsskole, som fanger opp elever som strever.',
      responsible: 'Enhetsleder for helse og rektorene',
      fromYear: 2025,
      toYear: 2026,
      goals: [0],
      followUp: 'Vurderes etter ett år sammen med elevene og helsesykepleierne; blir fast når det virker.',
    },
  ],
};
