import { areaAuthz } from './areas';
import { auditAuthz } from './audit';
import { benefitsAuthz } from './benefits';
import { documentsAuthz } from './documents';
import { developmentAuthz } from './development';
import { authAuthz } from './auth';
import type { AuthzCases } from './cases';
import { callsAuthz } from './calls';
import { contentAuthz } from './content';
import { goalAuthz } from './goals';
import { governanceAuthz } from './governance';
import { emailAuthz } from './email';
import { eventsAuthz } from './events';
import { importAuthz } from './imports';
import { indicatorAuthz } from './indicators';
import { organisationAuthz } from './organisations';
import { personAuthz } from './people';
import { portfolioAuthz } from './portfolio';
import { profileAuthz } from './profiles';
import { partnerSearchesAuthz } from './partner-searches';
import { projectChangesAuthz } from './project-changes';
import { reviewsAuthz } from './reviews';
import { programmeAuthz } from './programmes';
import { reportsAuthz } from './reports';
import { standardsAuthz } from './standards';
import { userAuthz } from './users';

export type { AuthzCase, AuthzCases, AuthzFixture, Outcome } from './cases';

/**
 * Every feature's authorization cases, walked by src/server/http/routes-authorization.test.ts.
 * A feature with guarded routes adds its file here.
 */
export const FEATURE_AUTHZ: readonly AuthzCases[] = [
  authAuthz,
  programmeAuthz,
  organisationAuthz,
  areaAuthz,
  personAuthz,
  userAuthz,
  auditAuthz,
  indicatorAuthz,
  importAuthz,
  profileAuthz,
  goalAuthz,
  emailAuthz,
  governanceAuthz,
  portfolioAuthz,
  projectChangesAuthz,
  partnerSearchesAuthz,
  standardsAuthz,
  callsAuthz,
  reviewsAuthz,
  reportsAuthz,
  benefitsAuthz,
  contentAuthz,
  documentsAuthz,
  eventsAuthz,
  developmentAuthz,
];
