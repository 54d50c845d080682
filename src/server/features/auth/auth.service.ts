import type { Db } from '../../db/client';
import type { ActorUser } from '../../http/actor';
import { AppError } from '../../http/errors';
import type { UserRow } from '../users/users.table';
import { dummyHash, verifyPassword } from '../users/passwords';
import { findUserRow, findUserRowByEmail, recordLogin, roleMapOf, rolesOf } from '../users/users.repo';
import type { Me } from '../../../shared/contracts/auth';

/** Loads the signed-in user with its programme roles; a disabled user is no user. */
export async function loadActorUser(db: Db, userId: string): Promise<ActorUser | null> {
  const u = await findUserRow(db, userId);
  if (!u || u.isDisabled) return null;
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    organisationId: u.organisationId,
    isPlatformAdmin: u.isPlatformAdmin,
    roles: await roleMapOf(db, userId),
  };
}

/** Checks e-mail and password; the same error (and roughly the same time) for every failure. */
export async function checkPassword(db: Db, email: string, password: string): Promise<UserRow> {
  const u = await findUserRowByEmail(db, email);
  const ok = await verifyPassword(u?.passwordHash ?? (await dummyHash()), password);
  if (!u || !u.passwordHash || !ok || u.isDisabled) {
    throw new AppError('INVALID_CREDENTIALS', 'The e-mail address or the password is wrong');
  }
  await recordLogin(db, u.id);
  return u;
}

export async function describeMe(db: Db, user: ActorUser | null, csrfToken: string | null, oidcEnabled: boolean): Promise<Me> {
  if (!user) return { user: null, csrfToken, oidcEnabled };
  const roles = (await rolesOf(db, [user.id])).get(user.id) ?? [];
  return {
    user: { id: user.id, name: user.name, email: user.email, organisationId: user.organisationId, isPlatformAdmin: user.isPlatformAdmin, roles },
    csrfToken,
    oidcEnabled,
  };
}
