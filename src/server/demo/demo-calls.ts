import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { organisations } from '../features/organisations/organisations.table';
import { programmes } from '../features/programmes/programmes.table';
import { applicationPartners, applications, applicationVersions, callDeadlines, calls } from '../features/calls/calls.table';
import type { ApplicationForm, FormAnswers } from '../../shared/contracts/application-form';
import type { CallCriterion } from '../../shared/contracts/calls';
import type { ApplicationStatus } from '../../shared/domain/calls';

/**
 * Oslo's call for project grants in the sub-programme for childhood and education, 2026: four
 * deadlines, three weighted criteria, a short form, and applications from three city districts
 * and the Education Agency in different states. The call's wording follows the programme's own;
 * the applications, amounts and dates are illustrative.
 */
const TITLE = {
  nb: 'Tilskudd til prosjekter i delprogram oppvekst og utdanning 2026',
  nn: 'Tilskot til prosjekt i delprogram oppvekst og utdanning 2026',
  en: 'Grants for projects in the childhood and education sub-programme 2026',
};

const TEXT = {
  nb: 'Bydeler og kommunale etater kan søke om tilskudd til prosjekter som styrker samarbeidet om barn og unge på tvers av tjenester. Frivillige organisasjoner kan søke sammen med en bydel eller etat.',
  nn: 'Bydelar og kommunale etatar kan søkje om tilskot til prosjekt som styrkjer samarbeidet om born og unge på tvers av tenester. Frivillige organisasjonar kan søkje saman med ein bydel eller etat.',
  en: 'City districts and municipal agencies may apply for grants to projects that strengthen cooperation on children and young people across services. Voluntary organisations may apply together with a city district or agency.',
};

const FORM: ApplicationForm = {
  sections: [
    {
      key: 'project',
      title: { nb: 'Om prosjektet', nn: 'Om prosjektet', en: 'About the project' },
      fields: [
        {
          kind: 'long_text',
          key: 'summary',
          label: { nb: 'Kort beskrivelse', nn: 'Kort skildring', en: 'Short description' },
          help: { nb: 'Hva skal prosjektet gjøre, og for hvem?', nn: 'Kva skal prosjektet gjere, og for kven?', en: 'What will the project do, and for whom?' },
          required: true,
          maxLength: 2000,
        },
        { kind: 'reach', key: 'reach', label: { nb: 'Målgruppe og antall', nn: 'Målgruppe og tal', en: 'Target group and numbers' }, required: true },
        { kind: 'date', key: 'starts_on', label: { nb: 'Oppstart', nn: 'Oppstart', en: 'Start' }, required: false, earliest: '2026-01-01', latest: '2027-12-31' },
      ],
    },
    {
      key: 'budget',
      title: { nb: 'Budsjett', nn: 'Budsjett', en: 'Budget' },
      fields: [
        { kind: 'amount', key: 'amount', label: { nb: 'Søknadsbeløp (kr)', nn: 'Søknadsbeløp (kr)', en: 'Amount applied for (NOK)' }, required: true, min: 10000, max: 1000000 },
        { kind: 'attachment', key: 'budget_file', label: { nb: 'Budsjett som vedlegg', nn: 'Budsjett som vedlegg', en: 'Budget as an attachment' }, required: false, accept: ['pdf', 'xlsx', 'ods'], maxSizeMb: 10, maxFiles: 1 },
      ],
    },
  ],
};

const CRITERIA: CallCriterion[] = [
  { key: 'relevance', title: { nb: 'Relevans for delprogrammets mål', nn: 'Relevans for måla i delprogrammet', en: "Relevance to the sub-programme's goals" }, weight: 40, scale: { min: 1, max: 6 } },
  { key: 'cooperation', title: { nb: 'Samarbeid på tvers av tjenester', nn: 'Samarbeid på tvers av tenester', en: 'Cooperation across services' }, weight: 35, scale: { min: 1, max: 6 } },
  { key: 'feasibility', title: { nb: 'Gjennomførbarhet', nn: 'Gjennomføringsevne', en: 'Feasibility' }, weight: 25, scale: { min: 1, max: 6 } },
];

const DEADLINES = [
  { deadline: '2026-03-01T12:00:00+01:00', label: { nb: 'Vårens første frist', nn: 'Første frist om våren', en: 'First spring deadline' } },
  { deadline: '2026-05-15T12:00:00+02:00', label: { nb: 'Vårens andre frist', nn: 'Andre frist om våren', en: 'Second spring deadline' } },
  { deadline: '2026-09-01T12:00:00+02:00', label: { nb: 'Høstens første frist', nn: 'Første frist om hausten', en: 'First autumn deadline' } },
  { deadline: '2026-11-01T12:00:00+01:00', label: { nb: 'Høstens andre frist', nn: 'Andre frist om hausten', en: 'Second autumn deadline' } },
];

export interface DemoApplication {
  organisation: string;
  title: string;
  status: ApplicationStatus;
  partners?: string[];
  /** The answers of each submitted version, oldest first; the last is the working copy too. */
  versions: FormAnswers[];
  /** Working answers of a draft (no version submitted). */
  draft?: FormAnswers;
  deadline?: number;
  returnComment?: string;
}

const reach = (targetGroup: string, count: number) => [{ areaId: null, targetGroup, count }];

const APPLICATIONS: DemoApplication[] = [
  {
    organisation: 'Bydel Grorud',
    title: 'Leksehjelp og aktiviteter på Romsås',
    status: 'draft',
    versions: [],
    draft: { summary: 'Leksehjelp to ettermiddager i uka, sammen med fritidsklubben og frivillige.', amount: 180000 },
  },
  {
    organisation: 'Bydel Stovner',
    title: 'Sommerjobb for ungdom i Stovner',
    status: 'submitted',
    partners: ['Bydel Grorud'],
    deadline: 1,
    versions: [{ summary: 'Sommerjobb for 40 ungdommer i bydelens parker og barnehager, med veiledning av NAV.', reach: reach('ungdom 15–18 år', 40), amount: 450000, starts_on: '2026-06-15' }],
  },
  {
    organisation: 'Bydel Alna',
    title: 'Foreldreveiledning i barnehagene på Furuset',
    status: 'returned',
    deadline: 0,
    returnComment: 'Beskriv hvordan helsestasjonen og barnehagene skal samarbeide, og hvor mange foreldre dere regner med å nå.',
    versions: [{ summary: 'Foreldregrupper i barnehagene, ledet av barnehagelærere.', amount: 240000 }],
  },
  {
    organisation: 'Utdanningsetaten i Oslo kommune',
    title: 'Overgangen fra ungdomsskole til videregående',
    status: 'in_review',
    partners: ['Bydel Alna'],
    deadline: 0,
    versions: [
      { summary: 'Mentorordning for elever på 10. trinn i Groruddalen.', reach: reach('elever på 10. trinn', 120), amount: 800000 },
      { summary: 'Mentorordning for elever på 10. trinn i Groruddalen, med oppfølging det første året på videregående.', reach: reach('elever på 10. trinn', 120), amount: 650000, starts_on: '2026-08-17' },
    ],
  },
];

/**
 * The next year's call, open for applications: the same frame, criteria and form, four deadlines
 * in the year after `now` (so it is open whenever the demo is loaded), and no applications yet.
 */
export function nextCallOf(now: Date) {
  const year = Math.max(2027, now.getUTCFullYear() + 1);
  const title = { nb: TITLE.nb.replace('2026', String(year)), nn: TITLE.nn.replace('2026', String(year)), en: TITLE.en.replace('2026', String(year)) };
  const deadlines = DEADLINES.map((d) => ({ ...d, deadline: d.deadline.replace(/^2026/, String(year)) }));
  const form: ApplicationForm = {
    sections: FORM.sections.map((s) => ({
      ...s,
      fields: s.fields.map((f) => (f.kind === 'date' ? { ...f, earliest: `${year}-01-01`, latest: `${year + 1}-12-31` } : f)),
    })),
  };
  return { year, title, deadlines, form };
}

/** Passed deadlines leave a call closed: an open call always has one ahead. */
const statusAt = (deadlines: { deadline: string }[], now: Date): 'open' | 'closed' => (deadlines.some((d) => new Date(d.deadline) > now) ? 'open' : 'closed');

/**
 * Loads the calls and their applications once; returns how many calls it added. The 2026 call
 * is closed once its deadlines have passed (`now`); the next year's call is open.
 */
export async function loadDemoCalls(tx: Tx, now = new Date()): Promise<number> {
  const [oslo] = await tx.select().from(programmes).where(eq(programmes.slug, 'oppvekst-og-utdanning'));
  if (!oslo) return 0;
  if ((await tx.select({ id: calls.id }).from(calls).where(eq(calls.programmeId, oslo.id)).limit(1)).length) return 0;
  await loadCall2026(tx, oslo.id, now);
  const next = nextCallOf(now);
  const [call] = await tx
    .insert(calls)
    .values({
      programmeId: oslo.id,
      title: next.title,
      text: TEXT,
      budgetFrame: 3_000_000,
      eligibleKinds: ['city_district', 'agency', 'municipality', 'ngo'],
      ngoNeedsMunicipalPartner: true,
      criteria: CRITERIA,
      form: next.form,
      status: 'open',
      publishedAt: new Date(Math.min(now.getTime(), new Date(`${next.year - 1}-12-01T09:00:00+01:00`).getTime())),
    })
    .returning({ id: calls.id });
  await tx.insert(callDeadlines).values(next.deadlines.map((d) => ({ callId: call!.id, deadline: new Date(d.deadline), label: d.label })));
  return 2;
}

async function loadCall2026(tx: Tx, programmeId: string, now: Date): Promise<void> {

  const orgRows = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const orgId = (name: string) => orgRows.find((o) => o.name === name)!.id;

  const [call] = await tx
    .insert(calls)
    .values({
      programmeId,
      title: TITLE,
      text: TEXT,
      budgetFrame: 3_000_000,
      eligibleKinds: ['city_district', 'agency', 'municipality', 'ngo'],
      ngoNeedsMunicipalPartner: true,
      criteria: CRITERIA,
      form: FORM,
      status: statusAt(DEADLINES, now),
      publishedAt: new Date('2026-01-05T09:00:00+01:00'),
    })
    .returning({ id: calls.id });
  const deadlines = await tx
    .insert(callDeadlines)
    .values(DEADLINES.map((d) => ({ callId: call!.id, deadline: new Date(d.deadline), label: d.label })))
    .returning({ id: callDeadlines.id, deadline: callDeadlines.deadline });
  deadlines.sort((a, b) => a.deadline.getTime() - b.deadline.getTime());

  for (const a of APPLICATIONS) await insertDemoApplication(tx, call!.id, deadlines, orgId, a);
}

/** The 2026 call and its deadlines, earliest first: what the applications to it are filed under. */
export async function demoCall2026(tx: Tx): Promise<{ id: string; deadlines: { id: string; deadline: Date }[] } | undefined> {
  const [call] = await tx.select({ id: calls.id }).from(calls).where(sql`${calls.title}->>'nb' = ${TITLE.nb}`);
  if (!call) return undefined;
  const deadlines = await tx.select({ id: callDeadlines.id, deadline: callDeadlines.deadline }).from(callDeadlines).where(eq(callDeadlines.callId, call.id)).orderBy(asc(callDeadlines.deadline));
  return { id: call.id, deadlines };
}

/**
 * Files one application with its submitted versions, each a week before its deadline, one after
 * the other; `by` wrote and submitted it (null: nobody with an account). Returns its id.
 */
export async function insertDemoApplication(tx: Tx, callId: string, deadlines: readonly { id: string; deadline: Date }[], orgId: (name: string) => string, a: DemoApplication, by: string | null = null): Promise<string> {
  const deadline = a.deadline !== undefined ? deadlines[a.deadline]! : undefined;
  const submittedAt = (v: number) => new Date((deadline?.deadline.getTime() ?? 0) - (a.versions.length - v + 1) * 7 * 24 * 3600_000);
  const [row] = await tx
    .insert(applications)
    .values({
      callId,
      organisationId: orgId(a.organisation),
      title: a.title,
      status: a.status,
      currentVersion: a.versions.length,
      answers: a.draft ?? a.versions.at(-1)!,
      submittedAt: a.versions.length ? submittedAt(a.versions.length) : null,
      deadlineId: deadline?.id ?? null,
      returnComment: a.returnComment ?? null,
      revision: a.versions.length + 1,
      createdBy: by,
    })
    .returning({ id: applications.id });
  for (const [i, answers] of a.versions.entries()) {
    await tx.insert(applicationVersions).values({ applicationId: row!.id, version: i + 1, answers, submittedAt: submittedAt(i + 1), submittedBy: by, deadlineId: deadline?.id ?? null });
  }
  for (const [i, partner] of (a.partners ?? []).entries()) await tx.insert(applicationPartners).values({ applicationId: row!.id, organisationId: orgId(partner), position: i + 1 });
  return row!.id;
}
