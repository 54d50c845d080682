import type { AuthzCases } from './cases';

/**
 * People are a shared register too: secretariats keep it, a contributor keeps the people of its
 * own organisation (person X belongs to organisation X), only admins delete.
 */
export const personAuthz: AuthzCases = {
  cases: (ids) => ({
    'GET /api/people': { url: () => '/api/people', otherProgramme: 'allowed', otherOrgContributor: 'allowed' },
    'GET /api/people/:id': { url: () => `/api/people/${ids.personX}`, otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'POST /api/people': { url: () => '/api/people', body: () => ({ name: 'Ny Person', organisationId: ids.orgX }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'PATCH /api/people/:id': { url: () => `/api/people/${ids.personX}`, body: () => ({ title: 'Rådgiver' }), otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'DELETE /api/people/:id': { url: () => `/api/people/${ids.personX}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  }),
};
