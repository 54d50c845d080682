import type { AuthzCases } from './cases';
import { buildProject } from '../factories';
import { projectChangeRequests } from '../../features/portfolio/project-changes.table';

/**
 * Change requests are asked and withdrawn by the secretariat and the contributors of the project's
 * owner (organisation X), read by those who work in the programme; the thresholds are read by them
 * and set by the secretariat. Another programme's secretariat is refused everything.
 */
export const projectChangesAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const project = await buildProject(t.db, { programmeId: ids.programme!, ownerOrganisationId: ids.orgX!, publishedAt: new Date(), grantedTotal: 100_000, startsOn: '2026-01-01', endsOn: '2026-12-31' });
    ids.changeProject = project.id;
    const [request] = await t.db
      .insert(projectChangeRequests)
      .values({ programmeId: ids.programme!, projectId: project.id, justification: 'Forsinket.', baseRevision: project.revision, grantedTotalBefore: 100_000, grantedTotal: 100_000, startsOnBefore: '2026-01-01', startsOn: '2026-01-01', endsOnBefore: '2026-12-31', endsOn: '2027-06-30' })
      .returning();
    ids.changeRequest = request!.id;
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    const insiders = { otherProgramme: 'refused', otherOrgContributor: 'allowed' } as const;
    return {
      'GET /api/programmes/:id/change-thresholds': { url: () => `/api/programmes/${ids.programme}/change-thresholds`, ...insiders },
      'PUT /api/programmes/:id/change-thresholds': { url: () => `/api/programmes/${ids.programme}/change-thresholds`, body: () => ({ percent: 15, months: 4 }), ...refused },
      'GET /api/programmes/:id/change-requests': { url: () => `/api/programmes/${ids.programme}/change-requests`, ...insiders },
      'GET /api/projects/:id/change-requests': { url: () => `/api/projects/${ids.changeProject}/change-requests`, ...insiders },
      'POST /api/projects/:id/change-requests': { url: () => `/api/projects/${ids.changeProject}/change-requests`, body: () => ({ grantedTotal: 150_000, lines: [], justification: 'Flere deltakere.' }), ...refused },
      'GET /api/change-requests/:id': { url: () => `/api/change-requests/${ids.changeRequest}`, ...insiders },
      'POST /api/change-requests/:id/withdraw': { url: () => `/api/change-requests/${ids.changeRequest}/withdraw`, ...refused },
    };
  },
};
