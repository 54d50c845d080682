import type { Locale } from '../../../shared/domain/localized';

/** An e-mail as it is sent: a subject, a plain-text part and an HTML part of the same text. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** One paragraph of an e-mail, or a link (shown as the address itself in the plain text). */
type Block = string | { link: string; label: string };

interface Written {
  subject: string;
  greeting: string;
  blocks: Block[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const SIGNATURE: Record<Locale, string> = {
  nb: 'Hilsen Samordna',
  nn: 'Helsing Samordna',
  en: 'Best regards, Samordna',
};

/** Writes the written e-mail out as plain text and as simple, accessible HTML in its language. */
function render(locale: Locale, w: Written): RenderedEmail {
  const text = [w.greeting, ...w.blocks.map((b) => (typeof b === 'string' ? b : `${b.label}: ${b.link}`)), SIGNATURE[locale]].join('\n\n');
  const paragraphs = w.blocks.map((b) => (typeof b === 'string' ? `<p>${escapeHtml(b)}</p>` : `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a></p>`));
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(w.subject)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; color: #1e2b3c">',
    `<p>${escapeHtml(w.greeting)}</p>`,
    ...paragraphs,
    `<p>${escapeHtml(SIGNATURE[locale])}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: w.subject, text: `${text}\n`, html };
}

export interface AccountCreatedData {
  name: string;
  email: string;
  signInUrl: string;
  /** Who made the account, and in which programme it has a role (if any). */
  createdBy: string;
  programme?: string;
}

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

/** A reminder of a status report due: before the due date, or after it while not submitted. */
export interface ReportReminderData {
  name: string;
  projectTitle: string;
  organisation: string;
  /** The due date, written out in the e-mail's language. */
  dueOn: string;
  when: 'before' | 'after';
  projectUrl: string;
}

export interface TestData {
  name: string;
}

/** Every template, in every language: a template missing a language does not compile. */
export const TEMPLATES = {
  accountCreated: (locale: Locale, d: AccountCreatedData): RenderedEmail => {
    const where = d.programme;
    const w: Record<Locale, Written> = {
      nb: {
        subject: 'Du har fått en konto i Samordna',
        greeting: `Hei, ${d.name}!`,
        blocks: [
          `${d.createdBy} har laget en konto til deg i Samordna${where ? `, med en rolle i ${where}` : ''}. Du logger inn med e-postadressen ${d.email}.`,
          { link: d.signInUrl, label: 'Logg inn i Samordna' },
          'Har du ikke fått et passord, spør den som laget kontoen, eller logg inn med ID-porten om det er tatt i bruk.',
        ],
      },
      nn: {
        subject: 'Du har fått ein konto i Samordna',
        greeting: `Hei, ${d.name}!`,
        blocks: [
          `${d.createdBy} har laga ein konto til deg i Samordna${where ? `, med ei rolle i ${where}` : ''}. Du loggar inn med e-postadressa ${d.email}.`,
          { link: d.signInUrl, label: 'Logg inn i Samordna' },
          'Har du ikkje fått eit passord, spør den som laga kontoen, eller logg inn med ID-porten om det er teke i bruk.',
        ],
      },
      en: {
        subject: 'You have an account in Samordna',
        greeting: `Hello, ${d.name}!`,
        blocks: [
          `${d.createdBy} has made an account for you in Samordna${where ? `, with a role in ${where}` : ''}. You sign in with the e-mail address ${d.email}.`,
          { link: d.signInUrl, label: 'Sign in to Samordna' },
          'If you have not been given a password, ask whoever made the account, or sign in with ID-porten where it is in use.',
        ],
      },
    };
    return render(locale, w[locale]);
  },
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
  reportReminder: (locale: Locale, d: ReportReminderData): RenderedEmail => {
    const before = d.when === 'before';
    const w: Record<Locale, Written> = {
      nb: {
        subject: before ? `Påminnelse: statusrapport for «${d.projectTitle}» skal leveres ${d.dueOn}` : `Statusrapporten for «${d.projectTitle}» er ikke levert`,
        greeting: `Hei, ${d.name}!`,
        blocks: [
          before
            ? `Statusrapporten for prosjektet «${d.projectTitle}» (${d.organisation}) skal leveres innen ${d.dueOn}.`
            : `Statusrapporten for prosjektet «${d.projectTitle}» (${d.organisation}) skulle vært levert ${d.dueOn}, men er ikke sendt inn ennå.`,
          'Rapporten gir status (grønn, gul eller rød), en kort beskrivelse, forbruk så langt og risikoer.',
          { link: d.projectUrl, label: 'Skriv statusrapporten' },
        ],
      },
      nn: {
        subject: before ? `Påminning: statusrapport for «${d.projectTitle}» skal leverast ${d.dueOn}` : `Statusrapporten for «${d.projectTitle}» er ikkje levert`,
        greeting: `Hei, ${d.name}!`,
        blocks: [
          before
            ? `Statusrapporten for prosjektet «${d.projectTitle}» (${d.organisation}) skal leverast innan ${d.dueOn}.`
            : `Statusrapporten for prosjektet «${d.projectTitle}» (${d.organisation}) skulle vore levert ${d.dueOn}, men er ikkje send inn enno.`,
          'Rapporten gir status (grøn, gul eller raud), ei kort skildring, forbruk så langt og risikoar.',
          { link: d.projectUrl, label: 'Skriv statusrapporten' },
        ],
      },
      en: {
        subject: before ? `Reminder: the status report for “${d.projectTitle}” is due ${d.dueOn}` : `The status report for “${d.projectTitle}” has not been submitted`,
        greeting: `Hello, ${d.name}!`,
        blocks: [
          before
            ? `The status report for the project “${d.projectTitle}” (${d.organisation}) is due by ${d.dueOn}.`
            : `The status report for the project “${d.projectTitle}” (${d.organisation}) was due ${d.dueOn} and has not been submitted yet.`,
          'The report gives the status (green, amber or red), a short narrative, spending to date and risks.',
          { link: d.projectUrl, label: 'Write the status report' },
        ],
      },
    };
    return render(locale, w[locale]);
  },
  test: (locale: Locale, d: TestData): RenderedEmail => {
    const w: Record<Locale, Written> = {
      nb: { subject: 'Prøve fra Samordna', greeting: `Hei, ${d.name}!`, blocks: ['Dette er en prøve: e-post fra Samordna kommer fram.'] },
      nn: { subject: 'Prøve frå Samordna', greeting: `Hei, ${d.name}!`, blocks: ['Dette er ei prøve: e-post frå Samordna kjem fram.'] },
      en: { subject: 'A test from Samordna', greeting: `Hello, ${d.name}!`, blocks: ['This is a test: e-mail from Samordna arrives.'] },
    };
    return render(locale, w[locale]);
  },
} as const;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateData<T extends TemplateName> = Parameters<(typeof TEMPLATES)[T]>[1];
