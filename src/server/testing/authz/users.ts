import { buildUser } from '../factories';
import type { AuthzCases } from './cases';

/**
 * Users and their roles are administered per programme: the programme under test gets a user
 * holding its secretariat role, whom only that programme's secretariat (and admins) may see.
 */
export const userAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const programmeUser = await buildUser(t.db, { organisationId: ids.orgX!, roles: [[ids.programme!, 'secretariat']] });
    ids.programmeUser = programmeUser.id;
  },
  cases: (ids) => ({
    'GET /api/users': { url: () => `/api/users?programmeId=${ids.programme}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'GET /api/users/:id': { url: () => `/api/users/${ids.programmeUser}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'POST /api/users': { url: () => '/api/users', body: () => ({ email: `ny-${Date.now()}@example.org`, name: 'Ny Bruker', isPlatformAdmin: true }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'PATCH /api/users/:id': { url: () => `/api/users/${ids.programmeUser}`, body: () => ({ name: 'Endret Navn' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'PUT /api/users/:id/roles': { url: () => `/api/users/${ids.programmeUser}/roles`, body: () => ({ programmeId: ids.programme, role: 'viewer' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'DELETE /api/users/:id/roles/:programmeId': { url: () => `/api/users/${ids.programmeUser}/roles/${ids.programme}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  }),
};
