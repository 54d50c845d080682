import type { AuthzCases } from '../../testing/authz';

/** Cases for the route authorization test: one per guarded route of this feature. */
export const importAuthz: AuthzCases = {
  cases: () => ({}),
};
