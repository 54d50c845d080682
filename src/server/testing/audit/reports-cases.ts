import type { TestApp } from '../test-app';
import { buildOrganisation, buildProgramme, buildProject } from '../factories';
import { completionReports, reportLessons, reportSchedules, statusReports } from '../../features/reports/reports.table';
import type { StoredReportState, CompletionReportState } from '../../../shared/domain/reports';
import type { GovernanceArranged } from './governance-cases';

/** One audit case per state-changing reports route, each on a project of its own. */
export function reportsAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async () => {
    const db = app().db;
    const programme = await buildProgramme(db);
    const owner = await buildOrganisation(db);
    const project = await buildProject(db, { programmeId: programme.id, ownerOrganisationId: owner.id, endsOn: '2027-12-31' });
    const [schedule] = await db.insert(reportSchedules).values({ programmeId: programme.id, projectId: project.id, dueDates: ['2026-03-31'] }).returning();
    return { db, p: programme.id, project, schedule: schedule! };
  };
  const withReport = async (state: StoredReportState) => {
    const f = await fixture();
    const [report] = await f.db.insert(statusReports).values({ projectId: f.project.id, dueOn: '2026-03-31', currency: 'NOK', state, rag: 'green', narrative: 'Etter planen.' }).returning();
    return { ...f, report: report! };
  };
  const withCompletion = async (state: CompletionReportState) => {
    const f = await fixture();
    const [report] = await f.db.insert(completionReports).values({ projectId: f.project.id, state, results: 'Resultater.' }).returning();
    return { ...f, completion: report! };
  };
  const statusMove = (move: 'submit' | 'approve' | 'return', from: StoredReportState, to: StoredReportState) => async (): Promise<GovernanceArranged> => {
    const { p, report } = await withReport(from);
    return {
      url: `/api/status-reports/${report.id}/${move}`,
      body: { revision: 1, comment: move === 'return' ? 'Mangler forbruk.' : undefined },
      entry: () => ({ action: 'update', entityType: 'status_report', entityId: report.id, programmeId: p, before: { state: from, revision: 1 }, after: { state: to, revision: 2 } }),
    };
  };
  const completionMove = (move: 'submit' | 'approve' | 'return', from: CompletionReportState, to: CompletionReportState) => async (): Promise<GovernanceArranged> => {
    const { p, project, completion, db } = await withCompletion(from);
    if (move === 'submit') await db.insert(reportLessons).values({ completionReportId: completion.id, kind: 'advice', position: 1, text: 'Tenk langsiktig.' });
    return {
      url: `/api/projects/${project.id}/completion-report/${move}`,
      body: { revision: 1, comment: move === 'return' ? 'Skriv mer.' : undefined },
      entry: () => ({ action: 'update', entityType: 'completion_report', entityId: completion.id, programmeId: p, before: { state: from, revision: 1 }, after: { state: to, revision: 2 } }),
    };
  };
  return {
    'POST /api/programmes/:id/report-schedules': async () => {
      const { p, project } = await fixture();
      return {
        url: `/api/programmes/${p}/report-schedules`,
        body: { projectId: project.id, firstDueOn: '2026-06-30', intervalMonths: 6 },
        entry: (r) => ({ action: 'create', entityType: 'report_schedule', entityId: r.id, programmeId: p, before: null, after: { firstDueOn: '2026-06-30', intervalMonths: 6 } }),
      };
    },
    'PATCH /api/report-schedules/:id': async () => {
      const { p, schedule } = await fixture();
      return {
        url: `/api/report-schedules/${schedule.id}`,
        body: { dueDates: ['2026-04-30'], revision: 1 },
        entry: () => ({ action: 'update', entityType: 'report_schedule', entityId: schedule.id, programmeId: p, before: { revision: 1 }, after: { revision: 2 } }),
      };
    },
    'DELETE /api/report-schedules/:id': async () => {
      const { p, schedule } = await fixture();
      return { url: `/api/report-schedules/${schedule.id}`, entry: () => ({ action: 'delete', entityType: 'report_schedule', entityId: schedule.id, programmeId: p, before: { remindDaysBefore: 14 }, after: null }) };
    },
    'PUT /api/projects/:id/status-reports/:dueOn': async () => {
      const { p, project } = await fixture();
      return {
        url: `/api/projects/${project.id}/status-reports/2026-03-31`,
        body: { rag: 'red', narrative: 'Forsinket oppstart.', spentToDate: 1000 },
        entry: (r) => ({ action: 'create', entityType: 'status_report', entityId: r.id, programmeId: p, before: null, after: { rag: 'red', spentToDate: 1000, state: 'draft' } }),
      };
    },
    'POST /api/status-reports/:id/submit': statusMove('submit', 'draft', 'submitted'),
    'POST /api/status-reports/:id/approve': statusMove('approve', 'submitted', 'approved'),
    'POST /api/status-reports/:id/return': statusMove('return', 'submitted', 'returned'),
    'PUT /api/projects/:id/completion-report': async () => {
      const { p, project } = await fixture();
      return {
        url: `/api/projects/${project.id}/completion-report`,
        body: { results: 'Et nettverk som lever videre.', lessons: [{ kind: 'advice', text: 'Tenk utradisjonelt og ta noen sjanser!' }] },
        entry: (r) => ({ action: 'create', entityType: 'completion_report', entityId: r.id, programmeId: p, before: null, after: { results: 'Et nettverk som lever videre.', lessons: ['advice: Tenk utradisjonelt og ta noen sjanser!'] } }),
      };
    },
    'POST /api/projects/:id/completion-report/submit': completionMove('submit', 'draft', 'submitted'),
    'POST /api/projects/:id/completion-report/approve': completionMove('approve', 'submitted', 'approved'),
    'POST /api/projects/:id/completion-report/return': completionMove('return', 'submitted', 'returned'),
  };
}
