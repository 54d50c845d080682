import type { Locale } from '../../../../shared/domain/localized';
import { render, type RenderedEmail, type Written } from './render';

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

/** E-mails about status reports. */
export const reportTemplates = {
  reportReminder: (locale: Locale, d: ReportReminderData): RenderedEmail => {
    const before = d.when === 'before';
    const w: Record<Locale, Written> = {
      nb: {
        subject: before
          ? `Påminnelse: statusrapport for «${d.projectTitle}» skal leveres ${d.dueOn}`
          : `Statusrapporten for «${d.projectTitle}» er ikke levert`,
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
        subject: before
          ? `Påminning: statusrapport for «${d.projectTitle}» skal leverast ${d.dueOn}`
          : `Statusrapporten for «${d.projectTitle}» er ikkje levert`,
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
        subject: before
          ? `Reminder: the status report for “${d.projectTitle}” is due ${d.dueOn}`
          : `The status report for “${d.projectTitle}” has not been submitted`,
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
} as const;
