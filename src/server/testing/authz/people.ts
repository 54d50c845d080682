import { buildPerson } from '../factories';
import type { AuthzCases } from './cases';

/**
 * People are a shared register too: the programme under test keeps a person of organisation X;
 * another programme's secretariat may read the register but not change that person or add one
 * in that programme's name; a contributor keeps the people of its own organisation; only admins
 * delete.
 */
export const personAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    ids.ownedPerson = (await buildPerson(t.db, { name: 'Person X', organisationId: ids.orgX!, ownerProgrammeId: ids.programme! })).id;
  },
  cases: (ids) => ({
    'GET /api/people': { url: () => '/api/people', otherProgramme: 'allowed', otherOrgContributor: 'allowed' },
    'GET /api/people/:id': { url: () => `/api/people/${ids.ownedPerson}`, otherProgramme: 'allowed', otherOrgContributor: 'refused' },
    'POST /api/people': { url: () => '/api/people', body: () => ({ name: 'Ny Person', organisationId: ids.orgX, ownerProgrammeId: ids.programme }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'PATCH /api/people/:id': { url: () => `/api/people/${ids.ownedPerson}`, body: () => ({ title: 'Rådgiver' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'DELETE /api/people/:id': { url: () => `/api/people/${ids.ownedPerson}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  }),
};
