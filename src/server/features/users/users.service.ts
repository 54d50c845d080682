import { and, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, can, PLATFORM } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import { lineageOf, programmeLineages } from '../programmes/programmes.repo';
import { inProgramme } from '../programmes/programmes.access';
import { programmeRoles, users, type UserRow } from './users.table';
import { hashPassword } from './passwords';
import type { RoleAssign, RoleGrant, User, UserCreate, UserQuery, UserUpdate } from '../../../shared/contracts/users';

/** What the audit trail keeps of a user: never the password hash. */
const redact = (u: UserRow) => ({ ...u, passwordHash: u.passwordHash ? '(set)' : null });

export async function rolesOf(db: Db, userIds: string[]): Promise<Map<string, RoleGrant[]>> {
  const out = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .select({ userId: programmeRoles.userId, programmeId: programmeRoles.programmeId, programmeSlug: programmes.slug, name: programmes.name, role: programmeRoles.role })
    .from(programmeRoles)
    .innerJoin(programmes, eq(programmes.id, programmeRoles.programmeId))
    .where(inArray(programmeRoles.userId, userIds));
  for (const r of rows) {
    const list = out.get(r.userId) ?? [];
    list.push({ programmeId: r.programmeId, programmeSlug: r.programmeSlug, programmeName: r.name.nb, role: r.role });
    out.set(r.userId, list);
  }
  return out;
}

async function toUsers(db: Db, rows: (UserRow & { organisationName: string | null })[]): Promise<User[]> {
  const roles = await rolesOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    isPlatformAdmin: r.isPlatformAdmin,
    isDisabled: r.isDisabled,
    hasPassword: r.passwordHash !== null,
    oidcSubject: r.oidcSubject,
    roles: roles.get(r.id) ?? [],
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
  }));
}

function selectUsers(db: Db) {
  return db
    .select({ user: users, organisationName: organisations.name })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId));
}

/** Platform admins list everyone; a secretariat lists the users holding roles in its programme. */
export async function listUsers(db: Db, actor: Actor, q: z.infer<typeof UserQuery>): Promise<{ items: User[]; total: number }> {
  authorize(actor, 'user.read');
  const where: SQL[] = [];
  if (q.programmeId) {
    authorize(actor, 'user.read', inProgramme(await lineageOf(db, q.programmeId)));
    where.push(inArray(users.id, db.select({ id: programmeRoles.userId }).from(programmeRoles).where(eq(programmeRoles.programmeId, q.programmeId))));
  } else if (!can(actor, 'user.read', PLATFORM)) {
    throw invalidField('programmeId', 'required', 'Choose a programme to list its users');
  }
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(or(ilike(users.name, like), ilike(users.email, like))!);
  }
  const cond = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    selectUsers(db).where(cond).orderBy(sql`${users.name} collate "nb-NO-x-icu"`).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(users).where(cond),
  ]);
  return { items: await toUsers(db, rows.map((r) => ({ ...r.user, organisationName: r.organisationName }))), total: total?.n ?? 0 };
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<User> {
  const me = authorize(actor, 'user.read');
  const [row] = await selectUsers(db).where(eq(users.id, id));
  if (!row) throw notFound('The user');
  const [user] = await toUsers(db, [{ ...row.user, organisationName: row.organisationName }]);
  if (!can(actor, 'user.read', PLATFORM) && me.id !== id) {
    // A secretariat sees a user only through a programme it administers.
    const lineages = await programmeLineages(db, user!.roles.map((g) => g.programmeId));
    const shared = user!.roles.filter((g) => can(actor, 'user.read', inProgramme(lineages.get(g.programmeId) ?? [])));
    if (shared.length === 0) throw notFound('The user');
  }
  return user!;
}

/** Creates a local account. Only platform admins may create another platform admin. */
export async function createUser(db: Db, actor: Actor, input: UserCreate): Promise<User> {
  authorize(actor, 'user.create');
  // Making a platform administrator is managing a role on the platform as a whole.
  if (input.isPlatformAdmin && !can(actor, 'role.manage', PLATFORM)) throw new AppError('FORBIDDEN', 'Only platform administrators can create administrators');
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, organisationId: input.organisationId ?? null, isPlatformAdmin: input.isPlatformAdmin, passwordHash })
      .returning();
    await recordAudit(tx, actor, { action: 'create', entityType: 'user', entityId: row!.id, after: redact(row!) });
    return row!.id;
  });
  // Not getUser: a secretariat must get the new account back before it has granted it a role.
  const [created] = await selectUsers(db).where(eq(users.id, id));
  return (await toUsers(db, [{ ...created!.user, organisationName: created!.organisationName }]))[0]!;
}

export async function updateUser(db: Db, actor: Actor, id: string, patch: UserUpdate): Promise<User> {
  const me = authorize(actor, 'user.update');
  await getUser(db, actor, id);
  if (patch.isPlatformAdmin === false && me.id === id) {
    throw new AppError('FORBIDDEN', 'You cannot remove your own administrator rights');
  }
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    const [after] = await tx
      .update(users)
      .set({ name: patch.name, organisationId: patch.organisationId, isPlatformAdmin: patch.isPlatformAdmin, isDisabled: patch.isDisabled, passwordHash, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    await recordAudit(tx, actor, { action: 'update', entityType: 'user', entityId: id, before: redact(before!), after: redact(after!) });
  });
  return getUser(db, actor, id);
}

/** Grants (or changes) a user's role in a programme. */
export async function assignRole(db: Db, actor: Actor, userId: string, input: RoleAssign): Promise<User> {
  const chain = await lineageOf(db, input.programmeId);
  if (chain.length === 0) throw notFound('The programme');
  authorize(actor, 'role.manage', inProgramme(chain));
  const [target] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!target) throw notFound('The user');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(programmeRoles).where(and(eq(programmeRoles.userId, userId), eq(programmeRoles.programmeId, input.programmeId)));
    const [after] = await tx
      .insert(programmeRoles)
      .values({ userId, programmeId: input.programmeId, role: input.role })
      .onConflictDoUpdate({ target: [programmeRoles.userId, programmeRoles.programmeId], set: { role: input.role } })
      .returning();
    await recordAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'role', entityId: `${userId}:${input.programmeId}`, programmeId: input.programmeId, before: before ?? null, after });
  });
  return getUser(db, actor, userId);
}

export async function revokeRole(db: Db, actor: Actor, userId: string, programmeId: string): Promise<void> {
  const chain = await lineageOf(db, programmeId);
  if (chain.length === 0) throw notFound('The programme');
  authorize(actor, 'role.manage', inProgramme(chain));
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(programmeRoles).where(and(eq(programmeRoles.userId, userId), eq(programmeRoles.programmeId, programmeId))).returning();
    if (!before) throw notFound('The role');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'role', entityId: `${userId}:${programmeId}`, programmeId, before });
  });
}
