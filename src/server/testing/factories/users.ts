import type { Db } from '../../db/client';
import { hashPassword } from '../../features/users/passwords';
import { programmeRoles, users } from '../../features/users/users.table';
import type { ProgrammeRole } from '../../../shared/contracts/users';
import { unique } from './unique';

/** The password of every user a test builds. */
export const TEST_PASSWORD = 'correct horse battery staple';
// Hashing is slow on purpose; one hash serves every user of the process.
let passwordHash: Promise<string> | undefined;

/** A user with a password (TEST_PASSWORD) and, optionally, roles as `[programmeId, role]` (a translator's as `[programmeId, 'translator', languages]`). */
export async function buildUser(
  db: Db,
  o: Partial<typeof users.$inferInsert> & { roles?: ([string, ProgrammeRole] | [string, ProgrammeRole, string[]])[] } = {},
) {
  const { roles = [], ...rest } = o;
  const [row] = await db
    .insert(users)
    .values({
      email: `user-${unique()}@example.org`,
      name: `Bruker ${unique()}`,
      passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
      ...rest,
    })
    .returning();
  for (const [programmeId, role, languages = []] of roles) {
    await db.insert(programmeRoles).values({ userId: row!.id, programmeId, role, languages });
  }
  return row!;
}
