import type { LocalizedText } from '../../shared/domain/localized';
import type { ApplicationOutcome } from '../../shared/domain/calls';
import type { DemoApplication } from './demo-calls';

/**
 * Three applications to Oslo's 2026 call, filed by the second spring deadline, reviewed in June,
 * recommended after the summer and decided by the operative board on 15 September 2026: one
 * granted, one granted in part with conditions, one rejected. The districts, the themes and the
 * board are the sub-programme's own; the projects, scores, amounts and dates are illustrative.
 */

export interface DemoReview {
  /** The reviewer's e-mail. */
  reviewer: string;
  /** Score (1–6) and comment per criterion of the call. */
  scores: Record<'relevance' | 'cooperation' | 'feasibility', [number, string]>;
  recommendation: ApplicationOutcome;
  amount?: number;
  comment: string;
  submittedOn: string;
}

export interface DecidedApplication extends DemoApplication {
  /** The contributor who wrote and submitted it, when the organisation has one in the demo. */
  by?: string;
  reviews: DemoReview[];
  /** The secretariat's recommendation; its text becomes the case's proposed decision. */
  recommendation: { outcome: ApplicationOutcome; amount?: number; text: string };
  paper: string;
  conditions?: LocalizedText;
  /** The project a grant creates, as its owner then runs it. */
  project?: { startsOn: string; endsOn: string; summary: LocalizedText };
}

const reach = (targetGroup: string, count: number) => [{ areaId: null, targetGroup, count }];

export const SECRETARIAT = 'sekretariat.oppvekst@samordna.test';
const SOFIE = 'vurderer.oppvekst@samordna.test';
const HANNE = 'bidragsyter.sagene@samordna.test';
const NINA = 'bidragsyter.grorud@samordna.test';

/** The operative board's meeting that decides them, and the steps around it. */
export const DECISION_MEETING = {
  startsAt: '2026-09-15T13:00:00+02:00',
  endsAt: '2026-09-15T15:00:00+02:00',
  place: 'Rådhuset, Oslo',
  assignedAt: '2026-05-20T09:00:00+02:00',
  releasedAt: '2026-06-15T09:00:00+02:00',
  recommendedAt: '2026-08-25T10:00:00+02:00',
  casePreparedAt: '2026-08-27T10:00:00+02:00',
};

export const DECIDED_APPLICATIONS: DecidedApplication[] = [
  {
    organisation: 'Bydel Sagene',
    title: 'Mattehjelp for ungdomsskoleelever på Sagene',
    status: 'submitted',
    deadline: 1,
    by: HANNE,
    versions: [
      {
        summary: 'Mattehjelp to ettermiddager i uka for elever på 8.–10. trinn, på biblioteket på Torshov, med lærere fra skolene og studenter som frivillige. Helsesykepleier og fritidsklubben er med og når elevene som trenger det mest.',
        reach: reach('elever på 8.–10. trinn', 90),
        amount: 300000,
        starts_on: '2026-10-01',
      },
    ],
    reviews: [
      {
        reviewer: SOFIE,
        scores: { relevance: [6, 'Treffer målet om bedre resultater i grunnskolen.'], cooperation: [5, 'Skolene, biblioteket og fritidsklubben samarbeider; helsesykepleier er med.'], feasibility: [5, 'Lokaler og frivillige er på plass.'] },
        recommendation: 'granted',
        comment: 'Et godt og konkret prosjekt. Anbefales innvilget.',
        submittedOn: '2026-06-05T14:00:00+02:00',
      },
      {
        reviewer: NINA,
        scores: { relevance: [5, 'Relevant for delprogrammets mål.'], cooperation: [5, 'Bredt samarbeid i bydelen.'], feasibility: [4, 'Rekrutteringen av studenter bør planlegges før skolestart.'] },
        recommendation: 'granted',
        comment: 'Anbefales innvilget.',
        submittedOn: '2026-06-10T11:00:00+02:00',
      },
    ],
    recommendation: { outcome: 'granted', amount: 300000, text: 'Søknaden innvilges med 300 000 kroner.' },
    paper: 'Bydel Sagene søker om 300 000 kroner til mattehjelp for elever på 8.–10. trinn. To vurderere anbefaler at søknaden innvilges.',
    project: {
      startsOn: '2026-10-01',
      endsOn: '2027-06-30',
      summary: {
        nb: 'Mattehjelp to ettermiddager i uka for elever på 8.–10. trinn, på biblioteket på Torshov, med lærere og studenter som frivillige.',
        nn: 'Mattehjelp to ettermiddagar i veka for elevar på 8.–10. trinn, på biblioteket på Torshov, med lærarar og studentar som frivillige.',
        en: 'Maths help two afternoons a week for pupils in years 8–10, at the library at Torshov, with teachers and students as volunteers.',
      },
    },
  },
  {
    organisation: 'Bydel Søndre Nordstrand',
    title: 'Los for ungdom som står i fare for å slutte i videregående',
    status: 'submitted',
    deadline: 1,
    partners: ['Utdanningsetaten i Oslo kommune'],
    versions: [
      {
        summary: 'To loser følger opp ungdom på 16–19 år som har høyt fravær eller har sluttet i videregående, sammen med skolene, NAV og oppfølgingstjenesten.',
        reach: reach('ungdom 16–19 år', 60),
        amount: 700000,
        starts_on: '2026-10-01',
      },
    ],
    reviews: [
      {
        reviewer: SOFIE,
        scores: { relevance: [6, 'Svarer direkte på målet om at flere fullfører videregående.'], cooperation: [5, 'Skolene, NAV og oppfølgingstjenesten er med.'], feasibility: [3, 'To loser fra første dag er ambisiøst; budsjettet for andre år er uklart.'] },
        recommendation: 'partly_granted',
        amount: 450000,
        comment: 'Anbefaler tilskudd til én los det første året, med rapport før videre støtte.',
        submittedOn: '2026-06-08T10:00:00+02:00',
      },
      {
        reviewer: HANNE,
        scores: { relevance: [5, 'Relevant.'], cooperation: [4, 'Samarbeidet med skolene bør beskrives nærmere.'], feasibility: [4, 'Realistisk med én los det første året.'] },
        recommendation: 'partly_granted',
        amount: 400000,
        comment: 'Godt begrunnet, men for stort for ett år.',
        submittedOn: '2026-06-11T15:00:00+02:00',
      },
    ],
    recommendation: { outcome: 'partly_granted', amount: 450000, text: 'Søknaden innvilges delvis med 450 000 kroner for skoleåret 2026–27.' },
    paper: 'Bydel Søndre Nordstrand søker om 700 000 kroner til to loser for ungdom som står i fare for å slutte i videregående. Vurdererne anbefaler delvis tilskudd til én los det første året.',
    conditions: {
      nb: 'Tilskuddet gjelder skoleåret 2026–27. Videre støtte forutsetter en statusrapport som viser hvor mange ungdommer losen har fulgt opp.',
      nn: 'Tilskotet gjeld skuleåret 2026–27. Vidare støtte føreset ein statusrapport som viser kor mange ungdommar losen har følgt opp.',
      en: 'The grant covers the school year 2026–27. Further support requires a status report showing how many young people the mentor has followed up.',
    },
    project: {
      startsOn: '2026-10-01',
      endsOn: '2027-06-30',
      summary: {
        nb: 'En los følger opp ungdom på 16–19 år som har høyt fravær eller har sluttet i videregående, sammen med skolene, NAV og oppfølgingstjenesten.',
        nn: 'Ein los følgjer opp ungdom på 16–19 år som har høgt fråvær eller har slutta i vidaregåande, saman med skulane, NAV og oppfølgingstenesta.',
        en: 'A mentor follows up young people aged 16–19 with high absence or who have left upper secondary school, together with the schools, NAV and the follow-up service.',
      },
    },
  },
  {
    organisation: 'Bydel Grünerløkka',
    title: 'Nettbrett til førsteklassingene på Grünerløkka',
    status: 'submitted',
    deadline: 1,
    versions: [{ summary: 'Innkjøp av nettbrett til alle elever på 1. trinn i bydelens skoler.', reach: reach('elever på 1. trinn', 400), amount: 500000 }],
    reviews: [
      {
        reviewer: SOFIE,
        scores: { relevance: [2, 'Skolene har ansvaret for utstyret; tilskuddet er ment for samarbeid.'], cooperation: [1, 'Ingen samarbeidspartnere er nevnt.'], feasibility: [4, 'Enkelt å gjennomføre.'] },
        recommendation: 'rejected',
        comment: 'Faller utenfor utlysningen.',
        submittedOn: '2026-06-04T09:00:00+02:00',
      },
      {
        reviewer: HANNE,
        scores: { relevance: [2, 'Svakt begrunnet i delprogrammets mål.'], cooperation: [2, 'Beskriver ikke samarbeid på tvers av tjenester.'], feasibility: [3, 'Drift og vedlikehold er ikke planlagt.'] },
        recommendation: 'rejected',
        comment: 'Anbefales avslått.',
        submittedOn: '2026-06-09T13:00:00+02:00',
      },
    ],
    recommendation: { outcome: 'rejected', text: 'Søknaden avslås. Innkjøp av utstyr svarer ikke på utlysningens krav om samarbeid på tvers av tjenester.' },
    paper: 'Bydel Grünerløkka søker om 500 000 kroner til nettbrett for elever på 1. trinn. Vurdererne anbefaler avslag.',
  },
];
