import type { Db } from '../../db/client';
import type { ActorUser } from '../../http/actor';
import { AppError } from '../../http/errors';
import type { UserRow } from '../users/users.table';
import { dummyHash, verifyPassword } from '../users/passwords';
import { findUserRow, findUserRowByEmail, recordLogin, roleMapOf, rolesOf } from '../users/users.repo';
import type { Me } from '../../../shared/contracts/auth';
import type { Config } from '../../config';
import { clear, held, hit, type RateLimit } from '../../db/rate-limits';

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

const WINDOW_MS = 15 * 60_000;

/**
 * Signs in with a password, within the limits on failed sign-ins: per account (whoever tries
 * it, from wherever) and per client address (across accounts). Only failures count, so an office
 * behind one address signs in all day; an account's count is cleared when it signs in. A held
 * account or address is told how long to wait.
 */
export async function signInWithPassword(db: Db, config: Pick<Config, 'loginRateLimit' | 'loginAddressLimit'>, email: string, password: string, address: string): Promise<UserRow> {
  const limits: [RateLimit, string][] = [
    [{ bucket: 'sign-in:account', max: config.loginRateLimit, windowMs: WINDOW_MS }, email.trim().toLowerCase()],
    [{ bucket: 'sign-in:address', max: config.loginAddressLimit, windowMs: WINDOW_MS }, address],
  ];
  const wait = Math.max(...(await Promise.all(limits.map(([limit, key]) => held(db, limit, key)))));
  if (wait > 0) {
    throw new AppError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minutes.`, { retryAfterSeconds: wait });
  }
  try {
    const user = await checkPassword(db, email, password);
    await clear(db, limits[0]![0], limits[0]![1]);
    return user;
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_CREDENTIALS') await Promise.all(limits.map(([limit, key]) => hit(db, limit, key)));
    throw error;
  }
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
