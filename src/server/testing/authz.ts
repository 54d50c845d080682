import type { TestApp } from './test-app';

/**
 * Cases for the route authorization test (src/server/http/routes-authorization.test.ts). Each
 * feature with guarded routes exports an `AuthzCases`: its own fixture set-up and one valid
 * request per route, aimed at programme A's records (or at shared registers).
 */
export type Outcome = 'refused' | 'allowed';

export interface AuthzCase {
  url: () => string;
  body?: () => unknown;
  /** Extra request headers (e.g. a multipart content type). */
  headers?: () => Record<string, string>;
  /** A secretariat of programme B. */
  otherProgramme: Outcome;
  /** A contributor (in programme A) belonging to organisation Y, acting on organisation X's records. */
  otherOrgContributor: Outcome;
}

/** The records every feature's cases may aim at; features add their own ids in `setup`. */
export interface AuthzFixture {
  t: TestApp;
  ids: Record<string, string>;
}

export interface AuthzCases {
  setup?: (fixture: AuthzFixture) => Promise<void>;
  /** One case per guarded route, keyed "METHOD /url/:pattern"; `ids` is filled by every set-up. */
  cases: (ids: Record<string, string>) => Record<string, AuthzCase>;
}
