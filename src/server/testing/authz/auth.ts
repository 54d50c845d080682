import type { AuthzCases } from './cases';

/** Signing out needs a session, whoever holds it. */
export const authAuthz: AuthzCases = {
  cases: () => ({
    'POST /api/auth/logout': { url: () => '/api/auth/logout', otherProgramme: 'allowed', otherOrgContributor: 'allowed' },
  }),
};
