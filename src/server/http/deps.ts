import type { Db } from '../db/client';
import type { Config } from '../config';
import type { SessionStore } from '../features/auth/auth.repo';
import type { OidcClient } from '../features/auth/oidc';
import type { Jobs } from '../jobs/jobs';
import type { Outbox } from '../features/email/email.jobs';
import type { FileStore } from '../files/file-store';
import type { Clock } from '../jobs/clock';

/** What feature routes receive: built once in buildApp, replaced by test doubles nowhere. */
export interface AppDeps {
  db: Db;
  config: Config;
  sessions: SessionStore;
  oidc: OidcClient | undefined;
  /** Background jobs: the features' queues are defined in buildApp, beside the routes. */
  jobs: Jobs;
  /** The e-mail outbox: whether e-mails are sent (SMTP_URL) or kept, and the sending job's nudge. */
  outbox: Outbox;
  /** Where files are kept (uploads now; attachments and documents later): PostgreSQL by default. */
  files: FileStore;
  /**
   * What time it is, for rules that hang on it (a call's deadline): the system clock unless a
   * test sets one (the clock recurring jobs fall due by).
   */
  clock: Clock;
  /** Answers whether the database takes queries (for /readyz). */
  isDatabaseReady(): Promise<boolean>;
}
