import type { AuthzCases } from './cases';
import { buildProject } from '../factories';

/**
 * The portfolio is kept by the programme's secretariat; a project also by the contributors of the
 * organisation that owns it. The project here belongs to organisation X, so the contributor of
 * organisation Y is refused every change, and another programme's secretariat too.
 */
export const portfolioAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    // Published, so that outsiders see it and a write must be refused by the scope check itself.
    const project = await buildProject(t.db, { programmeId: ids.programme!, ownerOrganisationId: ids.orgX!, publishedAt: new Date() });
    ids.project = project.id;
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    return {
      'POST /api/programmes/:id/projects': {
        url: () => `/api/programmes/${ids.programme}/projects`,
        body: () => ({ title: { nb: 'Nytt prosjekt' }, ownerOrganisationId: ids.orgY, fundingProgramme: 'own_budget' }),
        ...refused,
      },
      'PATCH /api/projects/:id': { url: () => `/api/projects/${ids.project}`, body: () => ({ phase: 'running' }), ...refused },
      'DELETE /api/projects/:id': { url: () => `/api/projects/${ids.project}`, ...refused },
      'PUT /api/projects/:id/partners': { url: () => `/api/projects/${ids.project}/partners`, body: () => ({ partners: [{ organisationId: ids.orgY, role: 'partner' }] }), ...refused },
      'PUT /api/projects/:id/budget': { url: () => `/api/projects/${ids.project}/budget`, body: () => ({ lines: [{ year: 2026, source: 'own_budget', kind: 'spent', amount: 1 }] }), ...refused },
      'PUT /api/projects/:id/milestones': { url: () => `/api/projects/${ids.project}/milestones`, body: () => ({ milestones: [] }), ...refused },
      'PUT /api/projects/:id/links': { url: () => `/api/projects/${ids.project}/links`, body: () => ({ goalIds: [] }), ...refused },
    };
  },
};
