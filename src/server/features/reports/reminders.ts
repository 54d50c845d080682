import type { Db } from '../../db/client';
import { osloDate } from '../governance/oslo-time';
import { queueEmail } from '../email/email.service';
import type { Outbox } from '../email/email.jobs';
import * as repo from './reports.repo';
import { projectsWithDueDates } from './reports.access';
import { addDays, type ReminderKind } from '../../../shared/domain/reports';

/** A reminder after the due date goes at most this many days late: a schedule made today does not remind of last year's reports. */
export const AFTER_WINDOW_DAYS = 30;

export interface ReminderRun {
  projectId: string;
  dueOn: string;
  kind: ReminderKind;
  recipients: number;
}

/** "3. desember 2026" */
const writtenDate = (date: string) => new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/**
 * The reminders due by `now`, across all programmes: for each project's due date, one e-mail to
 * the owner organisation's contributors in the programme `remindDaysBefore` the date (until the
 * date), and one `remindDaysAfter` it while the report is neither submitted nor approved. Each is
 * recorded with the e-mails in one transaction, and never queued twice (two nodes racing included).
 */
export async function sendDueReminders(db: Db, outbox: Outbox, now: Date, origin: string): Promise<ReminderRun[]> {
  const today = osloDate(now);
  const scheduled = await projectsWithDueDates(db, {});
  const projectIds = scheduled.map((s) => s.project.id);
  const [reports, sent] = await Promise.all([repo.reportsOfProjects(db, projectIds), repo.remindersOf(db, projectIds)]);
  const stateOf = new Map(reports.map((r) => [`${r.projectId}|${r.dueOn}`, r.state]));
  const runs: ReminderRun[] = [];
  for (const { project, dueDates } of scheduled) {
    for (const d of dueDates) {
      const state = stateOf.get(`${project.id}|${d.dueOn}`);
      if (state === 'submitted' || state === 'approved') continue;
      const remindOn = { before: addDays(d.dueOn, -d.remindDaysBefore), after: addDays(d.dueOn, d.remindDaysAfter) };
      const kind: ReminderKind | null =
        today >= remindOn.after && today <= addDays(remindOn.after, AFTER_WINDOW_DAYS) ? 'after' : today >= remindOn.before && today < d.dueOn ? 'before' : null;
      if (!kind || sent.has(`${project.id}|${d.dueOn}|${kind}`)) continue;
      const recipients = await repo.ownerContributors(db, project.programmeId, project.ownerOrganisationId);
      const queued = await db.transaction(async (tx) => {
        if (!(await repo.claimReminder(tx, { projectId: project.id, dueOn: d.dueOn, kind, recipients: recipients.length, sentAt: now }))) return false;
        for (const r of recipients) {
          await queueEmail(tx, outbox.canSend, {
            to: r.email,
            toName: r.name,
            locale: 'nb',
            template: 'reportReminder',
            data: { name: r.name, projectTitle: project.title.nb, organisation: project.ownerName, dueOn: writtenDate(d.dueOn), when: kind, projectUrl: `${origin}/admin/prosjekter/${project.id}` },
          });
        }
        return true;
      });
      if (queued) runs.push({ projectId: project.id, dueOn: d.dueOn, kind, recipients: recipients.length });
    }
  }
  if (runs.some((r) => r.recipients > 0)) await outbox.wake();
  return runs;
}
