import type { AuthzCases } from './cases';

/**
 * The register of organisations is shared by all programmes on the installation: any
 * secretariat adds to it, a contributor edits only its own organisation, only admins delete.
 */
export const organisationAuthz: AuthzCases = {
  cases: (ids) => ({
    'POST /api/organisations': { url: () => '/api/organisations', body: () => ({ name: `Ny org ${Date.now()}`, kind: 'ngo' }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'PATCH /api/organisations/:id': { url: () => `/api/organisations/${ids.orgX}`, body: () => ({ website: 'https://example.org' }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'DELETE /api/organisations/:id': { url: () => `/api/organisations/${ids.orgX}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  }),
};
