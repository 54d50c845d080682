import type { Locale } from '../../../../shared/domain/localized';
import { render, type RenderedEmail, type Written } from './render';

/** What the receipt of a submitted application says: what was received, for which call and deadline, when. */
export interface ApplicationReceiptData {
  name: string;
  applicationTitle: string;
  organisation: string;
  callTitle: string;
  version: number;
  /** When it was submitted, already written out in the e-mail's language. */
  submittedAt: string;
  /** The deadline it counted for, written out, with its label; absent when none applied. */
  deadline?: string;
}

/** What a decision letter says in its e-mail: the decision, written out, and where to read the letter. */
export interface DecisionLetterData {
  name: string;
  applicationTitle: string;
  organisation: string;
  callTitle: string;
  body: string;
  decidedOn: string;
  caseNumber: string;
  /** The outcome as a sentence in the e-mail's language. */
  outcome: string;
  amount?: string;
  conditions?: string;
  pageUrl: string;
}

/** E-mails to applicants: the receipt of a submitted application and the decision letter. */
export const applicationTemplates = {
  applicationReceipt: (locale: Locale, d: ApplicationReceiptData): RenderedEmail => {
    const w: Record<Locale, Written> = {
      nb: {
        subject: `Kvittering: søknaden «${d.applicationTitle}» er mottatt`,
        greeting: `Hei, ${d.name}!`,
        blocks: [
          `Vi har mottatt søknaden «${d.applicationTitle}» fra ${d.organisation} til utlysningen «${d.callTitle}». Den ble sendt inn ${d.submittedAt}${d.version > 1 ? ` som versjon ${d.version}` : ''}.`,
          ...(d.deadline ? [`Søknaden gjelder søknadsfristen ${d.deadline}.`] : []),
          'Den innsendte versjonen er låst. Sekretariatet kan sende søknaden tilbake til dere for endringer.',
        ],
      },
      nn: {
        subject: `Kvittering: søknaden «${d.applicationTitle}» er motteken`,
        greeting: `Hei, ${d.name}!`,
        blocks: [
          `Vi har motteke søknaden «${d.applicationTitle}» frå ${d.organisation} til utlysinga «${d.callTitle}». Han vart send inn ${d.submittedAt}${d.version > 1 ? ` som versjon ${d.version}` : ''}.`,
          ...(d.deadline ? [`Søknaden gjeld søknadsfristen ${d.deadline}.`] : []),
          'Den innsende versjonen er låst. Sekretariatet kan sende søknaden tilbake til dykk for endringar.',
        ],
      },
      en: {
        subject: `Receipt: the application “${d.applicationTitle}” has been received`,
        greeting: `Hello, ${d.name}!`,
        blocks: [
          `We have received the application “${d.applicationTitle}” from ${d.organisation} to the call “${d.callTitle}”. It was submitted ${d.submittedAt}${d.version > 1 ? ` as version ${d.version}` : ''}.`,
          ...(d.deadline ? [`The application counts for the deadline ${d.deadline}.`] : []),
          'The submitted version is locked. The secretariat may return the application to you for changes.',
        ],
      },
    };
    return render(locale, w[locale]);
  },
  decisionLetter: (locale: Locale, d: DecisionLetterData): RenderedEmail => {
    const w: Record<Locale, Written> = {
      nb: {
        subject: `Vedtak: søknaden «${d.applicationTitle}»`,
        greeting: `Hei, ${d.name}!`,
        blocks: [
          `${d.body} behandlet søknaden «${d.applicationTitle}» fra ${d.organisation} til utlysningen «${d.callTitle}» ${d.decidedOn} (sak ${d.caseNumber}).`,
          d.outcome,
          ...(d.amount ? [`Innvilget beløp: ${d.amount}.`] : []),
          ...(d.conditions ? [`Vilkår: ${d.conditions}`] : []),
          { link: d.pageUrl, label: 'Les vedtaksbrevet (også som PDF)' },
        ],
      },
      nn: {
        subject: `Vedtak: søknaden «${d.applicationTitle}»`,
        greeting: `Hei, ${d.name}!`,
        blocks: [
          `${d.body} handsama søknaden «${d.applicationTitle}» frå ${d.organisation} til utlysinga «${d.callTitle}» ${d.decidedOn} (sak ${d.caseNumber}).`,
          d.outcome,
          ...(d.amount ? [`Innvilga beløp: ${d.amount}.`] : []),
          ...(d.conditions ? [`Vilkår: ${d.conditions}`] : []),
          { link: d.pageUrl, label: 'Les vedtaksbrevet (også som PDF)' },
        ],
      },
      en: {
        subject: `Decision: the application “${d.applicationTitle}”`,
        greeting: `Hello, ${d.name}!`,
        blocks: [
          `${d.body} treated the application “${d.applicationTitle}” from ${d.organisation} to the call “${d.callTitle}” on ${d.decidedOn} (case ${d.caseNumber}).`,
          d.outcome,
          ...(d.amount ? [`Amount granted: ${d.amount}.`] : []),
          ...(d.conditions ? [`Conditions: ${d.conditions}`] : []),
          { link: d.pageUrl, label: 'Read the decision letter (also as PDF)' },
        ],
      },
    };
    return render(locale, w[locale]);
  },
} as const;
