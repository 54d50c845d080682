import type { AuthzCases } from './cases';

/**
 * Profiles, indicator views and downloads are public wherever their programme is visible, so
 * there is no guarded route to list; a guarded route added later fails the sweep until it is.
 */
export const profileAuthz: AuthzCases = {
  cases: () => ({}),
};
