import type { AuthzCases } from './cases';

/** The register of areas is shared by all programmes: any secretariat adds to it, only admins delete. */
export const areaAuthz: AuthzCases = {
  cases: (ids) => ({
    'POST /api/areas': { url: () => '/api/areas', body: () => ({ code: String(100000 + Math.floor(Math.random() * 800000)), kind: 'school', name: 'Skole' }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'PATCH /api/areas/:id': { url: () => `/api/areas/${ids.area}`, body: () => ({ name: 'Nytt navn' }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'DELETE /api/areas/:id': { url: () => `/api/areas/${ids.area}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  }),
};
