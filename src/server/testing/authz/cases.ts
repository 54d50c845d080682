import type { TestApp } from '../test-app';

/**
 * Cases for the route authorization test (src/server/http/routes-authorization.test.ts). Each
 * feature with guarded routes exports an `AuthzCases`: its own fixture set-up and one valid
 * request per route, aimed at the records of the programme under test (`ids.programme`) or at
 * shared registers. The test runs every case twice: against an unpublished programme, which
 * outsiders cannot see, and against a published one, which they can see but must not change.
 */
export type Outcome = 'refused' | 'allowed';

export interface AuthzCase {
  url: () => string;
  body?: () => unknown;
  /** Extra request headers (e.g. a multipart content type). */
  headers?: () => Record<string, string>;
  /** A secretariat of programme B. */
  otherProgramme: Outcome;
  /**
   * A contributor (in the programme under test) belonging to organisation Y, acting on organisation
   * X's records: also the applicant of another organisation.
   */
  otherOrgContributor: Outcome;
  /**
   * A contributor of organisation Z in the programme, assigned to review another application there
   * (not the records the case aims at). Left out, the same as `otherOrgContributor`.
   */
  notAssignedReviewer?: Outcome;
  /**
   * A participant of a development programme (the programme under test), member of another group
   * than the one the case aims at. Left out: refused where `otherOrgContributor` is; where the
   * contributor is allowed, allowed only on routes any signed-in user may use (a participant holds
   * none of the programme's internal rights).
   */
  otherGroupParticipant?: Outcome;
  /**
   * The record is never public, even in a published programme (a participant group's work), so
   * an outsider's write may be answered NOT_FOUND there too.
   */
  isHiddenRecord?: true;
}

/** The records every feature's cases may aim at; features add their own ids in their set-up. */
export interface AuthzFixture {
  t: TestApp;
  ids: Record<string, string>;
}

export interface AuthzCases {
  /** Records shared by every programme (registers, the indicator catalogue); runs once. */
  setup?: (fixture: AuthzFixture) => Promise<void>;
  /**
   * Records inside the programme `ids.programme` (goals, targets…); runs once for each programme
   * the test aims at, with the shared ids already in `ids`.
   */
  setupInProgramme?: (fixture: AuthzFixture) => Promise<void>;
  /** One case per guarded route, keyed "METHOD /url/:pattern"; `ids` is filled by every set-up. */
  cases: (ids: Record<string, string>) => Record<string, AuthzCase>;
}
