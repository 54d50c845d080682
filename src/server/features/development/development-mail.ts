import type { DbOrTx } from '../../db/client';
import type { Outbox } from '../email/email.jobs';
import { queueEmail } from '../email/email.service';
import { pickText } from '../../../shared/domain/localized';
import { localePath } from '../../../shared/domain/site-paths';
import * as repo from './development.repo';
import type { HomeworkTaskRow } from './development.table';
import type { Locale } from '../../../shared/domain/localized';

export interface DevelopmentMail {
  outbox: Outbox;
  origin: string;
}

/** Days before the due date that a group which has not handed in is reminded. */
export const REMINDER_DAYS = 3;

const dueText = (due: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(due);

/**
 * Queues one e-mail per member with an account of the given groups (accepted ones only) about the
 * task, each in the member's language, linking to the group's page.
 */
export async function queueHomeworkMails(tx: DbOrTx, mail: DevelopmentMail, task: HomeworkTaskRow, template: 'homeworkSet' | 'homeworkReminder', groupIds?: readonly string[]): Promise<number> {
  const cohort = (await repo.findCohort(tx, task.cohortId))!;
  const groups = (await repo.groupsOf(tx, [cohort.id])).filter((g) => g.group.status === 'accepted' && (!groupIds || groupIds.includes(g.group.id)));
  const members = (await repo.membersOf(tx, groups.map((g) => g.group.id))).filter((m) => m.userId && m.email);
  for (const m of members) {
    const group = groups.find((g) => g.group.id === m.groupId)!;
    await queueEmail(tx, mail.outbox.canSend, {
      to: m.email,
      toName: m.name,
      locale: m.locale,
      template,
      data: {
        name: m.name,
        groupName: group.organisationName,
        cohortName: pickText(cohort.name, m.locale).text,
        taskTitle: task.title,
        due: dueText(task.dueAt, m.locale),
        groupUrl: `${mail.origin}${localePath(m.locale, `/admin/grupper/${m.groupId}`)}`,
      },
    });
  }
  return members.length;
}

/**
 * The morning's reminders: each task due within REMINDER_DAYS and not yet reminded reminds the
 * accepted groups that have not handed it in, once. Returns the number of e-mails queued.
 */
export async function sendHomeworkReminders(db: DbOrTx, mail: DevelopmentMail, now: Date): Promise<number> {
  let queued = 0;
  for (const task of await repo.tasksToRemind(db, now, new Date(now.getTime() + REMINDER_DAYS * 24 * 3600_000))) {
    const handedIn = new Set((await repo.submissionsOfTask(db, task.id)).filter((s) => s.submittedAt).map((s) => s.groupId));
    const groups = (await repo.groupsOf(db, [task.cohortId])).map((g) => g.group.id).filter((id) => !handedIn.has(id));
    queued += await repo.claimReminder(db, task.id, now, (tx) => queueHomeworkMails(tx, mail, task, 'homeworkReminder', groups));
  }
  return queued;
}
