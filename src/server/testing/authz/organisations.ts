import { buildOrganisation } from '../factories';
import type { AuthzCases } from './cases';

/**
 * The register of organisations is shared by all programmes on the installation, but each entry
 * is kept by someone: the programme under test keeps organisation X here; another programme's
 * secretariat may not change it or add one in that programme's name, a contributor edits only its
 * own organisation, only admins delete.
 */
export const organisationAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    ids.ownedOrg = (await buildOrganisation(t.db, { ownerProgrammeId: ids.programme! })).id;
  },
  cases: (ids) => ({
    'POST /api/organisations': {
      url: () => '/api/organisations',
      body: () => ({ name: `Ny org ${Date.now()}`, kind: 'ngo', ownerProgrammeId: ids.programme }),
      otherProgramme: 'refused',
      otherOrgContributor: 'refused',
    },
    'PATCH /api/organisations/:id': { url: () => `/api/organisations/${ids.ownedOrg}`, body: () => ({ website: 'https://example.org' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'DELETE /api/organisations/:id': { url: () => `/api/organisations/${ids.ownedOrg}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  }),
};
