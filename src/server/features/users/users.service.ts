import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, can, PLATFORM } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { lineageOf, programmeLineages } from '../programmes/programmes.repo';
import { inProgramme } from '../programmes/programmes.access';
import type { UserRow } from './users.table';
import * as repo from './users.repo';
import type { Page } from '../../../shared/contracts/common';
import { hashPassword } from './passwords';
import { endUserSessions } from '../auth/auth.repo';
import type { RoleAssign, User, UserCreate, UserQuery, UserUpdate } from '../../../shared/contracts/users';

/** What the audit trail keeps of a user: never the password hash. */
const redact = (u: UserRow) => ({ ...u, passwordHash: u.passwordHash ? '(set)' : null });

/** Platform admins list everyone; a secretariat lists the users holding roles in its programme. */
export async function listUsers(db: Db, actor: Actor, q: UserQuery): Promise<Page<User>> {
  authorize(actor, 'user.read');
  if (q.programmeId) {
    authorize(actor, 'user.read', inProgramme(await lineageOf(db, q.programmeId)));
  } else if (!can(actor, 'user.read', PLATFORM)) {
    throw invalidField('programmeId', 'required', 'Choose a programme to list its users');
  }
  return repo.listUserPage(db, q);
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<User> {
  const me = authorize(actor, 'user.read');
  const user = await repo.findUser(db, id);
  if (!user) throw notFound('The user');
  if (!can(actor, 'user.read', PLATFORM) && me.id !== id) {
    // A secretariat sees a user only through a programme it administers.
    const lineages = await programmeLineages(db, user.roles.map((g) => g.programmeId));
    const shared = user.roles.filter((g) => can(actor, 'user.read', inProgramme(lineages.get(g.programmeId) ?? [])));
    if (shared.length === 0) throw notFound('The user');
  }
  return user;
}

/** Creates a local account. Only platform admins may create another platform admin. */
export async function createUser(db: Db, actor: Actor, input: UserCreate): Promise<User> {
  authorize(actor, 'user.create');
  // Making a platform administrator is managing a role on the platform as a whole.
  if (input.isPlatformAdmin && !can(actor, 'role.manage', PLATFORM)) throw new AppError('FORBIDDEN', 'Only platform administrators can create administrators');
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertUser(tx, { email: input.email, name: input.name, organisationId: input.organisationId ?? null, isPlatformAdmin: input.isPlatformAdmin, passwordHash });
    await recordAudit(tx, actor, { action: 'create', entityType: 'user', entityId: row.id, after: redact(row) });
    return row.id;
  });
  // Not getUser: a secretariat must get the new account back before it has granted it a role.
  return (await repo.findUser(db, id))!;
}

/**
 * Changes a user. A new password or disabling the user ends the user's sessions everywhere (a
 * user changing their own password keeps the session they changed it from: `ownSession`).
 */
export async function updateUser(db: Db, actor: Actor, id: string, patch: UserUpdate, ownSession?: string): Promise<User> {
  const me = authorize(actor, 'user.update');
  await getUser(db, actor, id);
  if (patch.isPlatformAdmin === false && me.id === id) {
    throw new AppError('FORBIDDEN', 'You cannot remove your own administrator rights');
  }
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await db.transaction(async (tx) => {
    const before = await repo.lockUserRow(tx, id);
    const after = await repo.updateUserRow(tx, id, { name: patch.name, organisationId: patch.organisationId, isPlatformAdmin: patch.isPlatformAdmin, isDisabled: patch.isDisabled, passwordHash });
    await recordAudit(tx, actor, { action: 'update', entityType: 'user', entityId: id, before: redact(before!), after: redact(after!) });
    if (passwordHash !== undefined || patch.isDisabled === true) await endUserSessions(tx, id, me.id === id ? ownSession : undefined);
  });
  return getUser(db, actor, id);
}

/** Grants (or changes) a user's role in a programme. */
export async function assignRole(db: Db, actor: Actor, userId: string, input: RoleAssign): Promise<User> {
  const chain = await lineageOf(db, input.programmeId);
  if (chain.length === 0) throw notFound('The programme');
  authorize(actor, 'role.manage', inProgramme(chain));
  if (!(await repo.findUserRow(db, userId))) throw notFound('The user');
  await db.transaction(async (tx) => {
    const before = await repo.findRole(tx, userId, input.programmeId);
    const after = await repo.upsertRole(tx, userId, input.programmeId, input.role);
    await recordAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'role', entityId: `${userId}:${input.programmeId}`, programmeId: input.programmeId, before: before ?? null, after });
  });
  return getUser(db, actor, userId);
}

export async function revokeRole(db: Db, actor: Actor, userId: string, programmeId: string): Promise<void> {
  const chain = await lineageOf(db, programmeId);
  if (chain.length === 0) throw notFound('The programme');
  authorize(actor, 'role.manage', inProgramme(chain));
  await db.transaction(async (tx) => {
    const before = await repo.deleteRole(tx, userId, programmeId);
    if (!before) throw notFound('The role');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'role', entityId: `${userId}:${programmeId}`, programmeId, before });
  });
}
