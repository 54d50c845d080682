import type { Locale } from '../../../../shared/domain/localized';
import { render, type RenderedEmail, type Written } from './render';

/** What an e-mail to a participant group's member about its homework names. */
export interface HomeworkMailData {
  name: string;
  /** The group's municipality or county. */
  groupName: string;
  cohortName: string;
  taskTitle: string;
  /** The due date and time, in Oslo time, written out in the member's language. */
  due: string;
  /** The group's page, where the homework is handed in. */
  groupUrl: string;
}

/** E-mails to the members of development programmes' participant groups, in each member's language. */
export const developmentTemplates = {
  homeworkSet: (locale: Locale, d: HomeworkMailData): RenderedEmail => {
    const w: Record<Locale, Written> = {
      nb: {
        subject: `Ny hjemmeoppgave: ${d.taskTitle}`,
        greeting: `Hei, ${d.name}!`,
        blocks: [`Deltakergruppa for ${d.groupName} i ${d.cohortName} har fått en ny hjemmeoppgave: «${d.taskTitle}».`, `Frist: ${d.due}`, { link: d.groupUrl, label: 'Åpne gruppas side' }],
      },
      nn: {
        subject: `Ny heimeoppgåve: ${d.taskTitle}`,
        greeting: `Hei, ${d.name}!`,
        blocks: [`Deltakargruppa for ${d.groupName} i ${d.cohortName} har fått ei ny heimeoppgåve: «${d.taskTitle}».`, `Frist: ${d.due}`, { link: d.groupUrl, label: 'Opne sida til gruppa' }],
      },
      en: {
        subject: `New homework: ${d.taskTitle}`,
        greeting: `Hello ${d.name},`,
        blocks: [`The participant group of ${d.groupName} in ${d.cohortName} has new homework: "${d.taskTitle}".`, `Due: ${d.due}`, { link: d.groupUrl, label: "Open the group's page" }],
      },
    };
    return render(locale, w[locale]);
  },
  homeworkReminder: (locale: Locale, d: HomeworkMailData): RenderedEmail => {
    const w: Record<Locale, Written> = {
      nb: {
        subject: `Påminnelse: «${d.taskTitle}» skal leveres snart`,
        greeting: `Hei, ${d.name}!`,
        blocks: [`Deltakergruppa for ${d.groupName} har ikke levert hjemmeoppgaven «${d.taskTitle}» ennå.`, `Frist: ${d.due}`, 'Levering etter fristen tas imot, men merkes som for sen.', { link: d.groupUrl, label: 'Lever på gruppas side' }],
      },
      nn: {
        subject: `Påminning: «${d.taskTitle}» skal leverast snart`,
        greeting: `Hei, ${d.name}!`,
        blocks: [`Deltakargruppa for ${d.groupName} har ikkje levert heimeoppgåva «${d.taskTitle}» enno.`, `Frist: ${d.due}`, 'Levering etter fristen blir teken imot, men merkt som for sein.', { link: d.groupUrl, label: 'Lever på sida til gruppa' }],
      },
      en: {
        subject: `Reminder: "${d.taskTitle}" is due soon`,
        greeting: `Hello ${d.name},`,
        blocks: [`The participant group of ${d.groupName} has not handed in the homework "${d.taskTitle}" yet.`, `Due: ${d.due}`, 'A hand-in after the due date is accepted but marked late.', { link: d.groupUrl, label: "Hand in on the group's page" }],
      },
    };
    return render(locale, w[locale]);
  },
};
