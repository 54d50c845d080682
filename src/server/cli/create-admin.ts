import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { UserCreate } from '../../shared/contracts/users';
import { users } from '../features/users/users.table';
import { hashPassword } from '../features/users/passwords';
import { recordAudit } from '../db/audit-writer';
import { systemActor } from '../http/actor';

/** Creates a platform administrator, or promotes and resets the password of an existing account. */
export async function createAdmin(db: Db, input: { email: string; name: string; password: string }): Promise<{ created: boolean; email: string }> {
  const parsed = UserCreate.safeParse({ ...input, isPlatformAdmin: true });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const { email, name, password } = parsed.data;
  const passwordHash = await hashPassword(password!);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.email, email));
    const [after] = before
      ? await tx.update(users).set({ isPlatformAdmin: true, isDisabled: false, passwordHash, updatedAt: new Date() }).where(eq(users.id, before.id)).returning()
      : await tx.insert(users).values({ email, name, passwordHash, isPlatformAdmin: true }).returning();
    const strip = (u: typeof after) => (u ? { ...u, passwordHash: '(set)' } : null);
    await recordAudit(tx, systemActor('cli'), { action: before ? 'update' : 'create', entityType: 'user', entityId: after!.id, before: strip(before), after: strip(after) });
    return { created: !before, email };
  });
}
