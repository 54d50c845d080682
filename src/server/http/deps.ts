import type { Db } from '../db/client';
import type { Config } from '../config';
import type { SessionStore } from '../features/auth/sessions';
import type { OidcClient } from '../features/auth/oidc';

/** What feature routes receive: built once in buildApp, replaced by test doubles nowhere. */
export interface AppDeps {
  db: Db;
  config: Config;
  sessions: SessionStore;
  oidc: OidcClient | undefined;
  /** Answers whether the database takes queries (for /readyz). */
  isDatabaseReady(): Promise<boolean>;
}
