import type { AuthzCases } from './cases';
import { buildBenefit, buildBenefitMeasurement, buildProject } from '../factories';

/**
 * A project's benefit plan is kept by the programme's secretariat and the contributors of the
 * organisation that owns the project (X here), so Y's contributor and another programme's
 * secretariat are refused. The overview is the secretariat's and the board members'.
 */
export const benefitsAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const project = await buildProject(t.db, { programmeId: ids.programme!, ownerOrganisationId: ids.orgX!, publishedAt: new Date() });
    const benefit = await buildBenefit(t.db, { projectId: project.id });
    const measurement = await buildBenefitMeasurement(t.db, { benefitId: benefit.id });
    Object.assign(ids, { benefitProject: project.id, benefit: benefit.id, benefitMeasurement: measurement.id });
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused' } as const;
    return {
      'PUT /api/projects/:id/benefits': { url: () => `/api/projects/${ids.benefitProject}/benefits`, body: () => ({ benefits: [] }), ...refused },
      'POST /api/benefits/:id/measurements': { url: () => `/api/benefits/${ids.benefit}/measurements`, body: () => ({ period: '2026', value: 30 }), ...refused },
      'DELETE /api/benefit-measurements/:id': { url: () => `/api/benefit-measurements/${ids.benefitMeasurement}`, ...refused },
      'GET /api/programmes/:id/benefits': { url: () => `/api/programmes/${ids.programme}/benefits`, ...refused },
    };
  },
};
