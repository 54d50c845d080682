import type { LocalizedText } from '../../shared/domain/localized';
import type { ContactRole, ParticipationRole, ProgrammeKind } from '../../shared/contracts/programmes';

export interface DemoProgramme {
  slug: string;
  kind: ProgrammeKind;
  parent?: string;
  name: LocalizedText;
  summary: LocalizedText;
  purpose: LocalizedText;
  goalText: LocalizedText;
  participations: { org: string; role: ParticipationRole; note?: string; notes?: { nn: string; en: string } }[];
  contacts: { person: string; role: ContactRole }[];
}

/** Programme texts from seeds 000, 002 and 003, with nynorsk and English renderings. */
export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    slug: 'omradesatsingene-i-oslo',
    kind: 'area_initiative',
    name: { nb: 'Områdesatsingene i Oslo', nn: 'Områdesatsingane i Oslo', en: 'The Oslo area initiatives' },
    summary: {
      nb: 'Et samarbeid mellom Oslo kommune og staten om varige forbedringer av tjenester og nærmiljø i Groruddalen, Oslo indre øst og Oslo sør.',
      nn: 'Eit samarbeid mellom Oslo kommune og staten om varige forbetringar av tenester og nærmiljø i Groruddalen, Oslo indre aust og Oslo sør.',
      en: 'A partnership between the City of Oslo and the state for lasting improvements to services and neighbourhoods in Groruddalen, inner east Oslo and south Oslo.',
    },
    purpose: {
      nb: 'Områdesatsingene i Oslo har én overordnet målstruktur. Den består av ett hovedmål for hele satsingen og ett mål for hvert av de tre delprogrammene. Programstyrene er ansvarlige for å utvikle egne delmål for hvert delprogram.',
      nn: 'Områdesatsingane i Oslo har éin overordna målstruktur. Han består av eitt hovudmål for heile satsinga og eitt mål for kvart av dei tre delprogramma. Programstyra er ansvarlege for å utvikle eigne delmål for kvart delprogram.',
      en: 'The Oslo area initiatives share one goal structure: one main goal for the whole initiative and one goal for each of the three sub-programmes. The programme boards develop their own sub-goals for each sub-programme.',
    },
    goalText: {
      nb: 'Delprogrammene skal samlet bidra til varige forbedringer av tjenester og nærmiljøkvaliteter i områder der behovene er størst, slik at flere beboere i disse områdene blir økonomisk selvstendige og aktivt deltakende i lokalsamfunn og storsamfunn.',
      nn: 'Delprogramma skal samla bidra til varige forbetringar av tenester og nærmiljøkvalitetar i område der behova er størst, slik at fleire bebuarar i desse områda blir økonomisk sjølvstendige og aktivt deltakande i lokalsamfunn og storsamfunn.',
      en: 'Together the sub-programmes shall contribute to lasting improvements of services and neighbourhood qualities where the needs are greatest, so that more residents become financially independent and take an active part in their local community and in society.',
    },
    participations: [
      { org: 'oslo', role: 'owner' },
      { org: 'kdd', role: 'partner', note: 'Staten deltar gjennom et samarbeid med Oslo kommune', notes: { nn: 'Staten deltek gjennom eit samarbeid med Oslo kommune', en: 'The state takes part through a partnership with the City of Oslo' } },
    ],
    contacts: [],
  },
  {
    slug: 'oppvekst-og-utdanning',
    kind: 'sub_programme',
    parent: 'omradesatsingene-i-oslo',
    name: { nb: 'Delprogram oppvekst og utdanning', nn: 'Delprogram oppvekst og utdanning', en: 'Sub-programme for childhood and education' },
    summary: {
      nb: 'Gjennom forbedring av tjenester skal flere i Groruddalen, Oslo indre øst og Oslo sør sikres god oppvekst og bestå videregående opplæring. Arbeidet skjer i samarbeid med staten.',
      nn: 'Gjennom forbetring av tenester skal fleire i Groruddalen, Oslo indre aust og Oslo sør sikrast god oppvekst og bestå vidaregåande opplæring. Arbeidet skjer i samarbeid med staten.',
      en: 'By improving services, more young people in Groruddalen, inner east Oslo and south Oslo shall have a good childhood and pass upper secondary education. The work is done together with the state.',
    },
    purpose: {
      nb: 'Tiltakene iverksatt i delprogram oppvekst og utdanning skal i løpet av ti år utgjøre en forskjell for barn og unge som bor i levekårsutsatte områder. Levekårsutfordringer eller manglende norskspråklige ferdigheter skal ikke være et hinder for at ungdom fullfører og består det videregående utdanningsløpet og blir økonomisk selvstendige og aktive samfunnsdeltakere.\n\nDet strategiske styret har overordnet strategisk ansvar med vekt på fastsetting av rammer for kommende innsatser og realisering av gevinster fra gjennomførte prosjekter. Det operative styret håndterer faglige drøftinger, prosjektinitiativ og behandling av søknader.',
      nn: 'Tiltaka som blir sette i verk i delprogram oppvekst og utdanning, skal i løpet av ti år utgjere ein skilnad for barn og unge som bur i levekårsutsette område. Levekårsutfordringar eller manglande norskspråklege ferdigheiter skal ikkje vere eit hinder for at ungdom fullfører og består det vidaregåande utdanningsløpet og blir økonomisk sjølvstendige og aktive samfunnsdeltakarar.\n\nDet strategiske styret har overordna strategisk ansvar med vekt på å fastsetje rammer for komande innsatsar og å realisere gevinstar frå gjennomførte prosjekt. Det operative styret handterer faglege drøftingar, prosjektinitiativ og behandling av søknader.',
      en: 'Within ten years, the measures of the sub-programme shall make a difference for children and young people living in areas with difficult living conditions. Such conditions, or a lack of Norwegian language skills, shall not stop young people from completing and passing upper secondary education and becoming financially independent, active members of society.\n\nThe strategic board holds overall strategic responsibility, setting the frames for coming efforts and following up the realisation of benefits from completed projects. The operative board handles professional discussion, project initiatives and applications.',
    },
    goalText: {
      nb: 'Flere skal sikres gode oppvekstvilkår og flere skal fullføre og bestå videregående opplæring gjennom forbedring av tjenester på oppvekst- og utdanningsfeltet.',
      nn: 'Fleire skal sikrast gode oppvekstvilkår, og fleire skal fullføre og bestå vidaregåande opplæring gjennom forbetring av tenester på oppvekst- og utdanningsfeltet.',
      en: 'More children shall have good conditions to grow up in, and more shall complete and pass upper secondary education, through better services for childhood and education.',
    },
    participations: [
      ...['alna', 'grorud', 'stovner', 'gamle-oslo', 'grunerlokka', 'sondre-nordstrand'].map((org) => ({ org, role: 'strategic_board_member' as const })),
      { org: 'ude', role: 'strategic_board_member' },
      { org: 'udir', role: 'strategic_board_member' },
      { org: 'imdi', role: 'strategic_board_member' },
      { org: 'hdir', role: 'strategic_board_member' },
      { org: 'byradsavdeling', role: 'strategic_board_observer' },
      { org: 'kdd', role: 'strategic_board_observer' },
      ...['alna', 'grorud', 'stovner', 'gamle-oslo', 'grunerlokka', 'sondre-nordstrand'].map((org) => ({ org, role: 'operative_board_member' as const, note: 'Oppvekstsjef', notes: { nn: 'Oppvekstsjef', en: 'Head of childhood and youth services' } })),
      { org: 'ude', role: 'operative_board_member', note: 'Utdanningsetatens ledelse', notes: { nn: 'Leiinga i Utdanningsetaten', en: 'The management of the Education Agency' } },
      { org: 'ude', role: 'secretariat' },
      { org: 'sagene', role: 'partner' },
    ],
    contacts: [
      { person: 'leder', role: 'programme_leader' },
      { person: 'radgiver1', role: 'programme_adviser' },
      { person: 'radgiver2', role: 'programme_adviser' },
      { person: 'konsulent', role: 'programme_consultant' },
      { person: 'kommunikasjon', role: 'communications_adviser' },
    ],
  },
  {
    slug: 'kultur-for-laering',
    kind: 'coordination_forum',
    name: { nb: 'Kultur for læring – oppvekstforum i Hedmark', nn: 'Kultur for læring – oppvekstforum i Hedmark', en: 'Culture for Learning – the Hedmark forum for childhood and learning' },
    summary: {
      nb: 'Samordning for barn og unges oppvekst og læring i Hedmark, forankret i ordførermøtene.',
      nn: 'Samordning for oppveksten og læringa til barn og unge i Hedmark, forankra i ordførarmøta.',
      en: 'Coordination for the upbringing and learning of children and young people in Hedmark, anchored in the mayors’ meetings.',
    },
    purpose: {
      nb: 'Det er mange involverte i barn og unges oppvekst og dannelse. Alle har det til felles at de ønsker å bidra til at det enkelte barn og ungdom utvikler kunnskaper, holdninger og ferdigheter slik at det kan bidra i samfunnet på en selvstendig og ansvarsfull måte. En samordnet arbeidsform gjennom oppvekstforum i Hedmark skal bygge opp under dette.',
      nn: 'Det er mange involverte i oppveksten og danninga til barn og unge. Alle har det til felles at dei ønskjer å bidra til at kvart barn og kvar ungdom utviklar kunnskapar, haldningar og ferdigheiter slik at dei kan bidra i samfunnet på ein sjølvstendig og ansvarsfull måte. Ei samordna arbeidsform gjennom oppvekstforum i Hedmark skal byggje opp under dette.',
      en: 'Many take part in the upbringing and education of children and young people. They share the wish that every child develops the knowledge, attitudes and skills to contribute to society independently and responsibly. A coordinated way of working through the Hedmark forum shall support this.',
    },
    goalText: {
      nb: 'Barn og unge i Hedmark skal vokse opp i en kultur for læring som motiverer til utdanning og deltakelse i samfunns- og arbeidsliv: faglige resultater i grunnskolen heves, gjennomstrømning i videregående opplæring øker, og viktige aktører i oppvekstfeltet har et forpliktende samarbeid.',
      nn: 'Barn og unge i Hedmark skal vekse opp i ein kultur for læring som motiverer til utdanning og deltaking i samfunns- og arbeidsliv: faglege resultat i grunnskulen blir heva, gjennomstrøyminga i vidaregåande opplæring aukar, og viktige aktørar i oppvekstfeltet har eit forpliktande samarbeid.',
      en: 'Children and young people in Hedmark shall grow up in a culture for learning that motivates them for education and for taking part in society and working life: school results rise, completion of upper secondary education increases, and the key actors in the field cooperate bindingly.',
    },
    participations: [
      { org: 'fm-hedmark', role: 'secretariat' },
      { org: 'fm-hedmark', role: 'expert_group_member', note: 'Oppvekst- og utdanningsavdelingen', notes: { nn: 'Oppvekst- og utdanningsavdelinga', en: 'Department of childhood and education' } },
      ...['hamar', 'elverum', 'kongsvinger', 'tynset'].map((org) => ({ org, role: 'expert_group_member' as const, note: 'Barnehage-/skolefaglig representant for regionen', notes: { nn: 'Barnehage-/skulefagleg representant for regionen', en: 'Kindergarten and school representative for the region' } })),
      { org: 'ks-ho', role: 'expert_group_member' },
      { org: 'hihm', role: 'expert_group_member' },
      { org: 'fug', role: 'expert_group_member' },
      { org: 'udf-hedmark', role: 'expert_group_member' },
      { org: 'hedmark-fk', role: 'steering_group_member' },
      { org: 'ks-ho', role: 'steering_group_member' },
    ],
    contacts: [{ person: 'kfl-sekretar', role: 'secretary' }],
  },
  {
    slug: 'absolutt',
    kind: 'development_programme',
    name: { nb: 'ABSOLUTT – utviklingsprogram for folkevalgte og administrative ledere', nn: 'ABSOLUTT – utviklingsprogram for folkevalde og administrative leiarar', en: 'ABSOLUTT – development programme for elected and administrative leaders' },
    summary: {
      nb: 'Ansvar for Barnehage, Skole og Oppvekst: Læring – Utvikling – Trivsel – Tilhørighet. KS inviterer kommuner og fylkeskommuner til et utviklingsprogram med regionale samlinger.',
      nn: 'Ansvar for Barnehage, Skule og Oppvekst: Læring – Utvikling – Trivsel – Tilhøyrsle. KS inviterer kommunar og fylkeskommunar til eit utviklingsprogram med regionale samlingar.',
      en: 'Responsibility for kindergarten, school and childhood: learning, development, well-being and belonging. KS invites municipalities and counties to a development programme with regional gatherings.',
    },
    purpose: {
      nb: 'Programmet retter seg mot folkevalgte og administrative ledere, og det forutsettes at begge grupper deltar. Kommunen og fylkeskommunen setter sammen en utvalgt gruppe som forplikter seg til å delta på alle samlingene i programmet.\n\nArbeidet følger forbedringssirkelen: Hvor er vi? Hvor vil vi? Hvem gjør hva? Hvordan kommer vi dit?',
      nn: 'Programmet rettar seg mot folkevalde og administrative leiarar, og det er ein føresetnad at begge gruppene deltek. Kommunen og fylkeskommunen set saman ei utvald gruppe som pliktar seg til å delta på alle samlingane i programmet.\n\nArbeidet følgjer forbetringssirkelen: Kvar er vi? Kvar vil vi? Kven gjer kva? Korleis kjem vi dit?',
      en: 'The programme is for elected and administrative leaders, and both groups are expected to take part. Each municipality or county puts together a group that commits to attending every gathering.\n\nThe work follows the improvement cycle: Where are we? Where do we want to go? Who does what? How do we get there?',
    },
    goalText: {
      nb: 'Deltakerne utvikler gjennom aktive prosesser kunnskap om handlingsrom, roller og ansvar, identifiserer forbedringsområder, ser sammenhenger og finner lokale løsninger.',
      nn: 'Deltakarane utviklar gjennom aktive prosessar kunnskap om handlingsrom, roller og ansvar, identifiserer forbetringsområde, ser samanhengar og finn lokale løysingar.',
      en: 'Through active processes the participants build knowledge of their room for action, roles and responsibilities, identify areas to improve, see connections and find local solutions.',
    },
    participations: [
      { org: 'ks', role: 'owner' },
      { org: 'ks', role: 'secretariat' },
      { org: 'hamar', role: 'participant' },
      { org: 'elverum', role: 'participant' },
      { org: 'loten', role: 'participant' },
      { org: 'hedmark-fk', role: 'participant' },
    ],
    contacts: [{ person: 'ks-radgiver', role: 'programme_leader' }],
  },
];

/**
 * The programme that keeps each entry that programmes name (`named`: a programme's slug and the
 * keys of the entries it names): the one programme naming it, or the deepest when those naming it
 * form one line of sub-programmes; undefined (the platform keeps it) when programmes of different
 * lines name it.
 */
export function demoOwners(named: [slug: string, keys: string[]][]): Map<string, string | undefined> {
  const parent = new Map(DEMO_PROGRAMMES.map((p) => [p.slug, p.parent]));
  const lineage = (slug: string): string[] => {
    const out: string[] = [];
    for (let s: string | undefined = slug; s; s = parent.get(s)) out.push(s);
    return out;
  };
  const namedBy = new Map<string, Set<string>>();
  for (const [slug, keys] of named) for (const key of keys) namedBy.set(key, (namedBy.get(key) ?? new Set()).add(slug));
  return new Map([...namedBy].map(([key, slugs]) => [key, [...slugs].find((s) => [...slugs].every((other) => lineage(s).includes(other)))]));
}
