import type { AuthzCases } from './cases';
import { buildProject } from '../factories';
import { completionReports, reportSchedules, statusReports } from '../../features/reports/reports.table';

/**
 * Reports are written by the secretariat and the contributors of the project's owner
 * (organisation X), decided by the secretariat, and read by those who work in the programme: the
 * contributor of organisation Y reads them but is refused every write; another programme's
 * secretariat is refused everything.
 */
export const reportsAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const project = await buildProject(t.db, { programmeId: ids.programme!, ownerOrganisationId: ids.orgX!, publishedAt: new Date() });
    ids.reportProject = project.id;
    const [schedule] = await t.db.insert(reportSchedules).values({ programmeId: ids.programme!, projectId: project.id, dueDates: ['2026-03-31', '2026-06-30'] }).returning();
    ids.reportSchedule = schedule!.id;
    const [report] = await t.db.insert(statusReports).values({ projectId: project.id, dueOn: '2026-03-31', currency: 'NOK', state: 'submitted', rag: 'green', narrative: 'Etter planen.' }).returning();
    ids.statusReport = report!.id;
    await t.db.insert(completionReports).values({ projectId: project.id, state: 'submitted', results: 'Resultater.' });
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    const insiders = { otherProgramme: 'refused', otherOrgContributor: 'allowed' } as const;
    const decision = () => ({ revision: 1, comment: 'Mangler forbruk.' });
    return {
      'GET /api/programmes/:id/report-schedules': { url: () => `/api/programmes/${ids.programme}/report-schedules`, ...insiders },
      'POST /api/programmes/:id/report-schedules': { url: () => `/api/programmes/${ids.programme}/report-schedules`, body: () => ({ projectId: ids.reportProject, firstDueOn: '2026-09-30' }), ...refused },
      'PATCH /api/report-schedules/:id': { url: () => `/api/report-schedules/${ids.reportSchedule}`, body: () => ({ dueDates: ['2026-04-30'], revision: 1 }), ...refused },
      'DELETE /api/report-schedules/:id': { url: () => `/api/report-schedules/${ids.reportSchedule}`, ...refused },
      'GET /api/projects/:id/status-reports': { url: () => `/api/projects/${ids.reportProject}/status-reports`, ...insiders },
      'PUT /api/projects/:id/status-reports/:dueOn': { url: () => `/api/projects/${ids.reportProject}/status-reports/2026-06-30`, body: () => ({ rag: 'amber', narrative: 'Forsinket.' }), ...refused },
      'GET /api/status-reports/:id': { url: () => `/api/status-reports/${ids.statusReport}`, ...insiders },
      'POST /api/status-reports/:id/submit': { url: () => `/api/status-reports/${ids.statusReport}/submit`, body: decision, ...refused },
      'POST /api/status-reports/:id/approve': { url: () => `/api/status-reports/${ids.statusReport}/approve`, body: decision, ...refused },
      'POST /api/status-reports/:id/return': { url: () => `/api/status-reports/${ids.statusReport}/return`, body: decision, ...refused },
      'PUT /api/projects/:id/completion-report': { url: () => `/api/projects/${ids.reportProject}/completion-report`, body: () => ({ results: 'Endret.' }), ...refused },
      'POST /api/projects/:id/completion-report/submit': { url: () => `/api/projects/${ids.reportProject}/completion-report/submit`, body: decision, ...refused },
      'POST /api/projects/:id/completion-report/approve': { url: () => `/api/projects/${ids.reportProject}/completion-report/approve`, body: decision, ...refused },
      'POST /api/projects/:id/completion-report/return': { url: () => `/api/projects/${ids.reportProject}/completion-report/return`, body: decision, ...refused },
      'GET /api/programmes/:id/report-overview': { url: () => `/api/programmes/${ids.programme}/report-overview`, ...insiders },
    };
  },
};
