import type { Db } from '../db/client';
import { UserCreate } from '../../shared/contracts/users';
import { findUserRowByEmail, insertUser, updateUserRow } from '../features/users/users.repo';
import { hashPassword } from '../features/users/passwords';
import { passwordProblem } from '../features/users/password-policy';
import { recordAudit } from '../db/audit-writer';
import { systemActor } from '../http/actor';

/** Creates a platform administrator, or promotes and resets the password of an existing account. */
export async function createAdmin(db: Db, input: { email: string; name: string; password: string }): Promise<{ created: boolean; email: string }> {
  const parsed = UserCreate.safeParse({ ...input, isPlatformAdmin: true });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const { email, name, password } = parsed.data;
  const problem = passwordProblem(password!, email);
  if (problem) throw new Error(problem === 'passwordCommon' ? 'password: one of the most common passwords; choose another, perhaps a sentence' : 'password: the e-mail address, or holds its name part');
  const passwordHash = await hashPassword(password!);
  return db.transaction(async (tx) => {
    const before = await findUserRowByEmail(tx, email);
    const after = before
      ? await updateUserRow(tx, before.id, { isPlatformAdmin: true, isDisabled: false, passwordHash })
      : await insertUser(tx, { email, name, passwordHash, isPlatformAdmin: true });
    const strip = (u: typeof after) => (u ? { ...u, passwordHash: '(set)' } : null);
    await recordAudit(tx, systemActor('cli'), { action: before ? 'update' : 'create', entityType: 'user', entityId: after!.id, before: strip(before), after: strip(after) });
    return { created: !before, email };
  });
}
