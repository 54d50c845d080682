import type { AuthzCases } from './cases';

/** A programme's audit trail is read by its secretariat and admins only. */
export const auditAuthz: AuthzCases = {
  cases: (ids) => ({
    'GET /api/audit': { url: () => `/api/audit?programmeId=${ids.programme}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
  }),
};
