import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { uuidArray } from '../../db/query-kit';
import { osloDate } from './oslo-time';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import { visibleLineage } from '../programmes/programmes.access';
import type { ProgrammeLink } from '../../../shared/domain/permissions';
import type { BodyAccess } from '../../../shared/contracts/governance-bodies';
import { bodies, type BodyRow } from './governance.table';

/** A body as the visitor reaches it: the record, its programme's lineage and what they may do. */
export interface BodyScope {
  body: BodyRow;
  lineage: ProgrammeLink[];
  access: BodyAccess;
  /** The visitor keeps the body or sits in it: they read exempt papers and unpublished minutes. */
  isInsider: boolean;
}

/** Today as a date in Norway, YYYY-MM-DD. */
export function osloToday(now = new Date()): string {
  return osloDate(now);
}

/**
 * The visitor's current seats in the body. A signed-in user is the person whose register entry
 * has the account's e-mail address (the secretariat keeps both).
 */
export async function mySeats(db: DbOrTx, actor: Actor, bodyIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!actor.user || bodyIds.length === 0) return out;
  const rows = await db.execute<{ id: string; body_id: string }>(sql`
    select m.id, m.body_id from body_memberships m join people p on p.id = m.person_id
    where m.body_id = any(${uuidArray(bodyIds)})
      and p.email is not null and lower(p.email) = lower(${actor.user.email})
      and m.valid_from <= ${osloToday()}::date and (m.valid_to is null or m.valid_to >= ${osloToday()}::date)`);
  for (const r of rows.rows) out.set(r.body_id, [...(out.get(r.body_id) ?? []), r.id]);
  return out;
}

async function findBody(db: DbOrTx, id: string): Promise<BodyRow | undefined> {
  const [row] = await db.select().from(bodies).where(sql`${bodies.id} = ${id}`);
  return row;
}

/** What the visitor may do with a body of a programme with this lineage. */
export function accessOf(actor: Actor, lineage: readonly ProgrammeLink[], seats: readonly string[]): BodyAccess {
  return {
    canManage: can(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) }),
    isMember: seats.length > 0,
    myMembershipIds: [...seats],
  };
}

/**
 * The body when the visitor may see it: its programme must be visible, and a body that is not
 * public is seen only by those who keep it or sit in it. Anything else is NOT_FOUND (`what`
 * names the record that led here: a meeting, a case).
 */
export async function bodyScope(db: DbOrTx, actor: Actor, bodyId: string, what = 'The body'): Promise<BodyScope> {
  const body = await findBody(db, bodyId);
  if (!body) throw notFound(what);
  return scopeOf(db, actor, body, what);
}

/** `bodyScope` of a body row already read (with its meeting, say). */
export async function scopeOf(db: DbOrTx, actor: Actor, body: BodyRow, what = 'The body'): Promise<BodyScope> {
  const lineage = await visibleLineage(db, actor, body.programmeId, what);
  const seats = (await mySeats(db, actor, [body.id])).get(body.id) ?? [];
  const access = accessOf(actor, lineage, seats);
  const isInsider = access.canManage || access.isMember;
  if (!body.isPublic && !isInsider) throw notFound(what);
  return { body, lineage, access, isInsider };
}

/** The body, for one who keeps it: FORBIDDEN when the visitor may only read it. */
export async function managedBody(db: Db | DbOrTx, actor: Actor, bodyId: string, what = 'The body'): Promise<BodyScope> {
  const scope = await bodyScope(db, actor, bodyId, what);
  authorize(actor, 'governance.manage', { programmeIds: scope.lineage.map((l) => l.id) });
  return scope;
}

/** Refuses the visitor who neither keeps nor sits in the body. */
export function requireInsider(scope: BodyScope): void {
  if (!scope.isInsider) throw new AppError('FORBIDDEN', 'Only the secretariat and the members of the body may do this');
}
