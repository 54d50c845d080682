import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import { visibleLineage } from '../programmes/programmes.access';
import { projectAccess } from '../portfolio/projects.service';
import * as repo from './reports.repo';
import type { Clock } from '../../jobs/clock';
import { osloDate } from '../governance/oslo-time';
import type { ProgrammeLink } from '../../../shared/domain/permissions';
import { dueDatesFor } from '../../../shared/domain/reports';
import type { ReportScheduleRow } from './reports.table';

export const idsOf = (lineage: readonly ProgrammeLink[]) => lineage.map((l) => l.id);

/** Today (YYYY-MM-DD) in Norway by the app's clock: what "due" and "late" count from. */
export const todayOf = (clock: Clock) => osloDate(clock.now());

/**
 * A project as its reports see it, with what the reader may do: the secretariat and the owner's
 * contributors write, the secretariat decides, those who work in the programme read. Others do
 * not find an unpublished project (NOT_FOUND) and may not read the reports of a published one.
 */
export async function reportingScope(db: DbOrTx, actor: Actor, projectId: string, need: 'read' | 'write' | 'decide' | 'public') {
  const project = await repo.reportingProject(db, projectId);
  if (!project) throw notFound('The project');
  const lineage = await visibleLineage(db, actor, project.programmeId, 'The project');
  const access = projectAccess(actor, lineage, project.ownerOrganisationId);
  if (!project.publishedAt && !access.isInsider && !access.canEdit) throw notFound('The project');
  const programmeIds = idsOf(lineage);
  if (need === 'read') authorize(actor, 'programme.readInternal', { programmeIds });
  if (need === 'write') authorize(actor, 'project.update', { programmeIds, organisationId: project.ownerOrganisationId });
  if (need === 'decide') authorize(actor, 'portfolio.manage', { programmeIds });
  return { project, lineage, access, canRead: access.isInsider || access.canEdit || can(actor, 'programme.readInternal', { programmeIds }) };
}

export interface DueDate {
  dueOn: string;
  remindDaysBefore: number;
  remindDaysAfter: number;
}

/** The due dates the schedules give one project, each with its reminders (the earliest before, the latest after when two schedules name a date). */
export function dueDatesOf(schedules: readonly ReportScheduleRow[], endsOn: string | null): DueDate[] {
  const byDate = new Map<string, DueDate>();
  for (const s of schedules) {
    for (const dueOn of dueDatesFor({ firstDueOn: s.firstDueOn, intervalMonths: s.intervalMonths, dueDates: s.dueDates }, endsOn)) {
      const seen = byDate.get(dueOn);
      byDate.set(dueOn, {
        dueOn,
        remindDaysBefore: Math.max(seen?.remindDaysBefore ?? 0, s.remindDaysBefore),
        remindDaysAfter: seen ? Math.min(seen.remindDaysAfter, s.remindDaysAfter) : s.remindDaysAfter,
      });
    }
  }
  return [...byDate.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The projects the schedules concern (one programme, one project, or all), each with its due dates. */
export async function projectsWithDueDates(db: DbOrTx, where: { programmeId?: string; projectId?: string }) {
  const rows = await repo.scheduledProjects(db, where);
  const byProject = new Map<string, { project: repo.ReportingProject; schedules: ReportScheduleRow[] }>();
  for (const r of rows) {
    const entry = byProject.get(r.project.id) ?? { project: r.project, schedules: [] };
    entry.schedules.push(r.schedule);
    byProject.set(r.project.id, entry);
  }
  return [...byProject.values()].map((e) => ({ project: e.project, dueDates: dueDatesOf(e.schedules, e.project.endsOn) }));
}
