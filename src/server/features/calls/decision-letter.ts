import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { renderPdf } from '../../pdf/pdf-render';
import { PDF_LANG, type PdfBlock, type PdfDocumentSpec } from '../../pdf/pdf-model';
import { agendaItems, bodies, meetings } from '../governance/governance.table';
import { readableApplication } from './applications.service';
import * as repo from './calls.repo';
import { caseNumber } from '../../../shared/domain/governance';
import { dateTimeFormat, numberFormat } from '../../../shared/domain/intl';
import { pickText, type Locale } from '../../../shared/domain/localized';
import type { ApplicationOutcome } from '../../../shared/domain/calls';

/** What a decision letter says: the application, who decided what and when, the amount and the conditions. */
export interface DecisionLetter {
  applicationTitle: string;
  organisation: string;
  callTitle: string;
  outcome: ApplicationOutcome;
  amount: number | null;
  conditions: string | null;
  body: string;
  /** The day of the meeting, written out. */
  decidedOn: string;
  caseNumber: string;
  decisionText: string | null;
}

const WORDS: Record<Locale, { title: string; applicant: string; call: string; application: string; decidedBy: string; case: string; date: string; amount: string; conditions: string; decision: string; outcome: Record<ApplicationOutcome, string>; page: (p: number, n: number) => string }> = {
  nb: {
    title: 'Vedtak om tilskudd',
    applicant: 'Søker',
    call: 'Utlysning',
    application: 'Søknad',
    decidedBy: 'Vedtatt av',
    case: 'Sak',
    date: 'Dato',
    amount: 'Innvilget beløp',
    conditions: 'Vilkår',
    decision: 'Vedtak',
    outcome: {
      granted: 'Søknaden er innvilget.',
      partly_granted: 'Søknaden er delvis innvilget.',
      rejected: 'Søknaden er avslått.',
      deferred: 'Behandlingen av søknaden er utsatt. Dere får et nytt vedtak når saken er behandlet på nytt.',
    },
    page: (p, n) => `Side ${p} av ${n}`,
  },
  nn: {
    title: 'Vedtak om tilskot',
    applicant: 'Søkjar',
    call: 'Utlysing',
    application: 'Søknad',
    decidedBy: 'Vedteke av',
    case: 'Sak',
    date: 'Dato',
    amount: 'Innvilga beløp',
    conditions: 'Vilkår',
    decision: 'Vedtak',
    outcome: {
      granted: 'Søknaden er innvilga.',
      partly_granted: 'Søknaden er delvis innvilga.',
      rejected: 'Søknaden er avslått.',
      deferred: 'Handsaminga av søknaden er utsett. De får eit nytt vedtak når saka er handsama på nytt.',
    },
    page: (p, n) => `Side ${p} av ${n}`,
  },
  en: {
    title: 'Decision on a grant',
    applicant: 'Applicant',
    call: 'Call',
    application: 'Application',
    decidedBy: 'Decided by',
    case: 'Case',
    date: 'Date',
    amount: 'Amount granted',
    conditions: 'Conditions',
    decision: 'Decision',
    outcome: {
      granted: 'The application is granted.',
      partly_granted: 'The application is granted in part.',
      rejected: 'The application is rejected.',
      deferred: 'The decision on the application is deferred. You will receive a new decision when the case has been treated again.',
    },
    page: (p, n) => `Page ${p} of ${n}`,
  },
};

export const outcomeSentence = (outcome: ApplicationOutcome, locale: Locale) => WORDS[locale].outcome[outcome];

export const formatKroner = (amount: number, locale: Locale) => numberFormat(locale, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amount);

/**
 * The letter of a decided application, read from the application and the agenda item that
 * decided it; undefined while the application is undecided.
 */
export async function decisionLetterOf(db: DbOrTx, applicationId: string, locale: Locale): Promise<DecisionLetter | undefined> {
  const head = await repo.findApplication(db, applicationId);
  if (!head?.outcome || !head.decidedByItemId) return undefined;
  const [item] = await db
    .select({ numberSeq: agendaItems.numberSeq, numberYear: agendaItems.numberYear, decisionText: agendaItems.decisionText, startsAt: meetings.startsAt, body: bodies.name })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, agendaItems.bodyId))
    .where(eq(agendaItems.id, head.decidedByItemId));
  if (!item) return undefined;
  return {
    applicationTitle: head.title,
    organisation: head.organisationName,
    callTitle: pickText(head.callTitle, locale).text,
    outcome: head.outcome,
    amount: head.grantedAmount,
    conditions: head.conditions ? pickText(head.conditions, locale).text || null : null,
    body: pickText(item.body, locale).text,
    decidedOn: dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(item.startsAt),
    caseNumber: caseNumber(item.numberSeq, item.numberYear),
    decisionText: item.decisionText ? pickText(item.decisionText, locale).text || null : null,
  };
}

/** The letter as a tagged PDF in the reader's language. */
export function decisionLetterSpec(letter: DecisionLetter, locale: Locale): PdfDocumentSpec {
  const w = WORDS[locale];
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: `${w.title}: ${letter.applicationTitle}` },
    {
      kind: 'facts',
      items: [
        { term: w.applicant, value: letter.organisation },
        { term: w.call, value: letter.callTitle },
        { term: w.application, value: letter.applicationTitle },
        { term: w.decidedBy, value: letter.body },
        { term: w.case, value: letter.caseNumber },
        { term: w.date, value: letter.decidedOn },
      ],
    },
    { kind: 'heading', level: 2, text: w.decision },
    { kind: 'paragraph', text: w.outcome[letter.outcome], style: 'lead' },
    ...(letter.amount ? [{ kind: 'paragraph' as const, text: `${w.amount}: ${formatKroner(letter.amount, locale)}.` }] : []),
    ...(letter.decisionText ? [{ kind: 'paragraph' as const, text: letter.decisionText }] : []),
    ...(letter.conditions ? [{ kind: 'heading' as const, level: 2 as const, text: w.conditions }, { kind: 'paragraph' as const, text: letter.conditions }] : []),
  ];
  return { lang: PDF_LANG[locale], title: `${w.title}: ${letter.applicationTitle}`, author: letter.body, runningHeader: letter.body, pageLabel: w.page, blocks };
}

/** The decision letter as PDF, for the applicant and the secretariat; NOT_FOUND before the decision. */
export async function decisionLetterPdf(db: Db, actor: Actor, applicationId: string, locale: Locale): Promise<{ fileName: string; body: Buffer }> {
  await readableApplication(db, actor, applicationId);
  const letter = await decisionLetterOf(db, applicationId, locale);
  if (!letter) throw notFound('The decision letter');
  const slug = letter.applicationTitle.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).toLowerCase();
  return { fileName: `vedtak-${slug || 'soknad'}.pdf`, body: await renderPdf(decisionLetterSpec(letter, locale)) };
}
