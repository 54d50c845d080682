import { and, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern, countRows, fetchPage, norwegianOrder } from '../../db/query-kit';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import { programmeRoles, users, type ProgrammeRoleRow, type UserRow } from './users.table';
import type { Page } from '../../../shared/contracts/common';
import type { ProgrammeRole, RoleGrant, User, UserQuery } from '../../../shared/contracts/users';

/** A user row with the name of its organisation, as lists and pages show it. */
export type UserWithOrganisation = UserRow & { organisationName: string | null };

export async function rolesOf(db: DbOrTx, userIds: string[]): Promise<Map<string, RoleGrant[]>> {
  const out = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .select({ userId: programmeRoles.userId, programmeId: programmeRoles.programmeId, programmeSlug: programmes.slug, name: programmes.name, role: programmeRoles.role, languages: programmeRoles.languages })
    .from(programmeRoles)
    .innerJoin(programmes, eq(programmes.id, programmeRoles.programmeId))
    .where(inArray(programmeRoles.userId, userIds));
  for (const r of rows) {
    const list = out.get(r.userId) ?? [];
    list.push({ programmeId: r.programmeId, programmeSlug: r.programmeSlug, programmeName: r.name, role: r.role, languages: r.languages });
    out.set(r.userId, list);
  }
  return out;
}

/** The contract's user: never the password hash, only whether there is one. */
export async function toUsers(db: DbOrTx, rows: UserWithOrganisation[]): Promise<User[]> {
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

function selectUsers(db: DbOrTx) {
  return db
    .select({ user: users, organisationName: organisations.name })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId));
}

const flatten = (r: { user: UserRow; organisationName: string | null }): UserWithOrganisation => ({ ...r.user, organisationName: r.organisationName });

/** Users by name or e-mail, in Norwegian order; with `programmeId`, only those holding a role there. */
export async function listUserPage(db: DbOrTx, q: UserQuery): Promise<Page<User>> {
  const where: SQL[] = [];
  if (q.programmeId) where.push(inArray(users.id, db.select({ id: programmeRoles.userId }).from(programmeRoles).where(eq(programmeRoles.programmeId, q.programmeId))));
  if (q.q) {
    const like = containsPattern(q.q);
    where.push(or(ilike(users.name, like), ilike(users.email, like))!);
  }
  const cond = where.length ? and(...where) : undefined;
  const page = await fetchPage(
    selectUsers(db).where(cond).orderBy(norwegianOrder(users.name)).limit(q.limit).offset(q.offset),
    countRows(db, users, cond),
    flatten,
  );
  return { items: await toUsers(db, page.items), total: page.total };
}

export async function findUser(db: DbOrTx, id: string): Promise<User | undefined> {
  const [row] = await selectUsers(db).where(eq(users.id, id));
  return row && (await toUsers(db, [flatten(row)]))[0];
}

export async function findUserRow(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserRowByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row;
}

/** The user's row, locked until the transaction ends, for a change that keeps the row before. */
export async function lockUserRow(tx: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

export async function insertUser(tx: DbOrTx, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await tx.insert(users).values(values).returning();
  return row!;
}

export async function updateUserRow(tx: DbOrTx, id: string, patch: Partial<typeof users.$inferInsert>): Promise<UserRow | undefined> {
  const [row] = await tx.update(users).set({ ...patch, updatedAt: new Date() }).where(eq(users.id, id)).returning();
  return row;
}

/** The user's roles by programme, as the actor carries them. */
export async function roleMapOf(db: DbOrTx, userId: string): Promise<Map<string, ProgrammeRole>> {
  const rows = await db.select().from(programmeRoles).where(eq(programmeRoles.userId, userId));
  return new Map(rows.map((r) => [r.programmeId, r.role]));
}

export async function findRole(db: DbOrTx, userId: string, programmeId: string): Promise<ProgrammeRoleRow | undefined> {
  const [row] = await db.select().from(programmeRoles).where(and(eq(programmeRoles.userId, userId), eq(programmeRoles.programmeId, programmeId)));
  return row;
}

export async function upsertRole(tx: DbOrTx, userId: string, programmeId: string, role: ProgrammeRole, languages: string[] = []): Promise<ProgrammeRoleRow> {
  const [row] = await tx
    .insert(programmeRoles)
    .values({ userId, programmeId, role, languages })
    .onConflictDoUpdate({ target: [programmeRoles.userId, programmeRoles.programmeId], set: { role, languages } })
    .returning();
  return row!;
}

export async function deleteRole(tx: DbOrTx, userId: string, programmeId: string): Promise<ProgrammeRoleRow | undefined> {
  const [row] = await tx.delete(programmeRoles).where(and(eq(programmeRoles.userId, userId), eq(programmeRoles.programmeId, programmeId))).returning();
  return row;
}

export async function recordLogin(db: DbOrTx, id: string): Promise<void> {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, id));
}

/** The account linked to an identity provider's subject. */
export async function findUserRowByIdentity(db: DbOrTx, issuer: string, subject: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)));
  return row;
}

export async function findUserRowBySubject(db: DbOrTx, subject: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.oidcSubject, subject));
  return row;
}

/** Links the account to the identity provider's subject and records the sign-in. */
export async function linkIdentity(db: DbOrTx, id: string, issuer: string, subject: string): Promise<UserRow> {
  const [row] = await db.update(users).set({ oidcIssuer: issuer, oidcSubject: subject, lastLoginAt: new Date() }).where(eq(users.id, id)).returning();
  return row!;
}
