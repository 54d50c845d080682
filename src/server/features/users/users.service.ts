import type { Db, DbOrTx } from '../../db/client';
import type { Outbox } from '../email/email.jobs';
import { queueEmail } from '../email/email.service';
import { localePath, SITE_PAGES } from '../../../shared/domain/site-paths';
import { pickText } from '../../../shared/domain/localized';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, can, PLATFORM } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { findProgrammeById, lineageOf, programmeLineages } from '../programmes/programmes.repo';
import { inProgramme, visibleLineage } from '../programmes/programmes.access';
import type { UserRow } from './users.table';
import * as repo from './users.repo';
import type { Page } from '../../../shared/contracts/common';
import { hashPassword } from './passwords';
import { passwordProblem } from './password-policy';
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
  const page = await repo.listUserPage(db, q);
  // Each listed user holds a role in the programme asked for, which the actor administers.
  const seen = await asSeenBy(db, actor, page.items);
  return { ...page, items: page.items.map((u, i) => seen[i] ?? { ...u, roles: [] }) };
}

/**
 * The user as the actor may see it: everything for a platform administrator and for the user
 * itself; for a secretariat, only the roles in programmes whose users it administers (another
 * programme's roles would name programmes it may not see). Undefined for a user with no role
 * left: not the actor's to see.
 */
async function asSeenBy(db: Db, actor: Actor, users: User[]): Promise<(User | undefined)[]> {
  if (can(actor, 'user.read', PLATFORM)) return users;
  const lineages = await programmeLineages(db, [...new Set(users.flatMap((u) => u.roles.map((g) => g.programmeId)))]);
  return users.map((user) => {
    if (actor.user?.id === user.id) return user;
    const roles = user.roles.filter((g) => can(actor, 'user.read', inProgramme(lineages.get(g.programmeId) ?? [])));
    return roles.length > 0 ? { ...user, roles } : undefined;
  });
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<User> {
  authorize(actor, 'user.read');
  const user = await repo.findUser(db, id);
  const [seen] = user ? await asSeenBy(db, actor, [user]) : [];
  if (!seen) throw notFound('The user');
  return seen;
}

/**
 * Creates a local account, with its first role when `programmeId` is given. A secretariat must
 * give one of the programmes it administers: an account without a role would be one it could no
 * longer see. Only platform admins may create another platform admin.
 */
export async function createUser(db: Db, outbox: Outbox, actor: Actor, input: UserCreate, origin: string): Promise<User> {
  const creator = authorize(actor, 'user.create');
  // Making a platform administrator is managing a role on the platform as a whole.
  if (input.isPlatformAdmin && !can(actor, 'role.manage', PLATFORM)) throw new AppError('FORBIDDEN', 'Only platform administrators can create administrators');
  if (!input.programmeId && !can(actor, 'user.create', PLATFORM)) throw invalidField('programmeId', 'required', 'Choose the programme the account gets a role in');
  if (input.programmeId && !input.role) throw invalidField('role', 'required', 'Choose the role the account gets in the programme');
  const firstRole = input.programmeId ? { programmeId: input.programmeId, role: input.role!, languages: input.languages } : undefined;
  if (firstRole) await authorizeRoleIn(db, actor, firstRole.programmeId);
  if (input.password) checkNewPassword(input.password, input.email);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertUser(tx, { email: input.email, name: input.name, organisationId: input.organisationId ?? null, isPlatformAdmin: input.isPlatformAdmin, passwordHash });
    await recordAudit(tx, actor, { action: 'create', entityType: 'user', entityId: row.id, after: redact(row) });
    if (firstRole) await grant(tx, actor, row.id, firstRole);
    // The new user hears of the account from the platform, in the same transaction: no account
    // without its e-mail, and no e-mail about an account that was not made.
    const programme = firstRole ? (await findProgrammeById(tx, firstRole.programmeId))?.name : undefined;
    await queueEmail(tx, outbox.canSend, {
      to: row.email,
      toName: row.name,
      locale: input.locale,
      template: 'accountCreated',
      data: { name: row.name, email: row.email, signInUrl: `${origin}${localePath(input.locale, SITE_PAGES.signIn)}`, createdBy: creator.name, programme: programme ? pickText(programme, input.locale).text : undefined },
      createdBy: creator.id,
    });
    return row.id;
  });
  await outbox.wake();
  return getUser(db, actor, id);
}

/** Refuses a common password or one like the e-mail address, on the password field. */
function checkNewPassword(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw invalidField('password', problem, problem === 'passwordCommon' ? 'The password is one of the most common ones' : 'The password is the e-mail address, or holds its name part');
}

/** The programme's lineage, when the actor manages roles in it (NOT_FOUND when it cannot see it). */
async function authorizeRoleIn(db: Db, actor: Actor, programmeId: string) {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'role.manage', inProgramme(lineage));
  return lineage;
}

async function grant(tx: DbOrTx, actor: Actor, userId: string, input: RoleAssign): Promise<void> {
  // Only a translator carries languages, and a translator needs at least one.
  const languages = input.role === 'translator' ? [...new Set(input.languages ?? [])].sort() : [];
  if (input.role === 'translator' && languages.length === 0) throw invalidField('languages', 'required', 'Choose the languages the translator edits');
  const before = await repo.findRole(tx, userId, input.programmeId);
  const after = await repo.upsertRole(tx, userId, input.programmeId, input.role, languages);
  await recordAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'role', entityId: `${userId}:${input.programmeId}`, programmeId: input.programmeId, before: before ?? null, after });
}

/**
 * Changes a user. A new password or disabling the user ends the user's sessions everywhere (a
 * user changing their own password keeps the session they changed it from: `ownSession`).
 */
export async function updateUser(db: Db, actor: Actor, id: string, patch: UserUpdate, ownSession?: string): Promise<User> {
  const me = authorize(actor, 'user.update');
  const current = await getUser(db, actor, id);
  if (patch.password) checkNewPassword(patch.password, current.email);
  if (patch.isPlatformAdmin === false && me.id === id) {
    throw new AppError('FORBIDDEN', 'You cannot remove your own administrator rights');
  }
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await db.transaction(async (tx) => {
    const before = await repo.lockUserRow(tx, id);
    const after = await repo.updateUserRow(tx, id, { name: patch.name, organisationId: patch.organisationId, isPlatformAdmin: patch.isPlatformAdmin, isDisabled: patch.isDisabled, passwordHash });
    // A new password is an event of its own, even when one was set before (the hash is never logged).
    await recordAudit(tx, actor, { action: 'update', entityType: 'user', entityId: id, before: redact(before!), after: { ...redact(after!), ...(passwordHash !== undefined ? { passwordChanged: true } : {}) } });
    if (passwordHash !== undefined || patch.isDisabled === true) await endUserSessions(tx, id, me.id === id ? ownSession : undefined);
  });
  return getUser(db, actor, id);
}

/**
 * Grants (or changes) a user's role in a programme. The actor must manage roles in the programme
 * and see the user already: a secretariat cannot reach into another programme's users (or a
 * platform administrator) by granting them a role in its own.
 */
export async function assignRole(db: Db, actor: Actor, userId: string, input: RoleAssign): Promise<User> {
  await authorizeRoleIn(db, actor, input.programmeId);
  await getUser(db, actor, userId);
  await db.transaction((tx) => grant(tx, actor, userId, input));
  return getUser(db, actor, userId);
}

export async function revokeRole(db: Db, actor: Actor, userId: string, programmeId: string): Promise<void> {
  await authorizeRoleIn(db, actor, programmeId);
  await db.transaction(async (tx) => {
    const before = await repo.deleteRole(tx, userId, programmeId);
    if (!before) throw notFound('The role');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'role', entityId: `${userId}:${programmeId}`, programmeId, before });
  });
}
