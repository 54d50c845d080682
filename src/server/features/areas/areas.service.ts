import { and, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { auditedWrites } from '../../db/audited';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import { authorize } from '../../http/permissions';
import { areas, type AreaRow } from './areas.table';
import { AREA_CODE_PATTERNS, type Area, type AreaCreate, type AreaKind, type AreaQuery, type AreaUpdate } from '../../../shared/contracts/areas';

const writes = auditedWrites(areas, 'area', 'The area');
const parent = alias(areas, 'parent');

/** Which kinds may sit directly under which: keeps the hierarchy official. */
const ALLOWED_PARENTS: Record<AreaKind, readonly AreaKind[]> = {
  country: [],
  county: ['country'],
  municipality: ['county', 'country'],
  city_district: ['municipality'],
  school: ['municipality', 'city_district'],
};

function selectAreas(db: Db) {
  return db
    .select({ id: areas.id, code: areas.code, kind: areas.kind, name: areas.name, parentId: areas.parentId, parentName: parent.name })
    .from(areas)
    .leftJoin(parent, eq(parent.id, areas.parentId));
}

export async function listAreas(db: Db, q: z.infer<typeof AreaQuery>): Promise<{ items: Area[]; total: number }> {
  const where: SQL[] = [];
  if (q.kind) where.push(eq(areas.kind, q.kind));
  if (q.parentId) where.push(eq(areas.parentId, q.parentId));
  if (q.q) where.push(or(ilike(areas.name, `%${q.q.replace(/[%_\\]/g, '\\$&')}%`), eq(areas.code, q.q))!);
  const cond = where.length ? and(...where) : undefined;
  const [items, [total]] = await Promise.all([
    selectAreas(db).where(cond).orderBy(areas.code).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(areas).where(cond),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function getArea(db: Db, id: string): Promise<Area> {
  const [row] = await selectAreas(db).where(eq(areas.id, id));
  if (!row) throw notFound('The area');
  return row;
}

async function checkParent(db: Db, id: string | null, kind: AreaKind, parentId: string | null | undefined): Promise<void> {
  if (!parentId) return;
  const p: AreaRow | undefined = await db.query.areas.findFirst({ where: eq(areas.id, parentId) });
  if (!p) {
    throw new AppError('VALIDATION_FAILED', 'The parent area does not exist', { errors: [{ path: 'parentId', code: 'notFound', message: 'notFound' }] });
  }
  if (!ALLOWED_PARENTS[kind].includes(p.kind)) {
    throw new AppError('VALIDATION_FAILED', `An area of kind ${kind} cannot lie in a ${p.kind}`, {
      errors: [{ path: 'parentId', code: `parentKind.${kind}`, message: `parentKind.${kind}` }],
    });
  }
  if (id) {
    const up = await db.execute<{ id: string }>(sql`
      with recursive up(id, parent_id, depth) as (
        select id, parent_id, 0 from areas where id = ${parentId}
        union all select a.id, a.parent_id, up.depth + 1 from areas a join up on a.id = up.parent_id where up.depth < 20
      ) select id from up`);
    if (up.rows.some((r) => r.id === id)) throw new AppError('CYCLE', 'An area cannot lie inside itself', { field: 'parentId' });
  }
}

export async function createArea(db: Db, actor: Actor, input: AreaCreate): Promise<Area> {
  authorize(actor, 'area.create');
  await checkParent(db, null, input.kind, input.parentId);
  const row = await writes.create(db, actor, { code: input.code, kind: input.kind, name: input.name, parentId: input.parentId ?? null });
  return getArea(db, row.id);
}

export async function updateArea(db: Db, actor: Actor, id: string, patch: AreaUpdate): Promise<Area> {
  const current = await getArea(db, id);
  authorize(actor, 'area.update');
  const kind = patch.kind ?? current.kind;
  const code = patch.code ?? current.code;
  if (patch.kind || patch.code) {
    if (!AREA_CODE_PATTERNS[kind].test(code)) {
      throw new AppError('VALIDATION_FAILED', `The code does not fit an area of kind ${kind}`, { errors: [{ path: 'code', code: `areaCode.${kind}`, message: `areaCode.${kind}` }] });
    }
  }
  await checkParent(db, id, kind, patch.parentId === undefined ? current.parentId : patch.parentId);
  await writes.update(db, actor, id, patch);
  return getArea(db, id);
}

export async function deleteArea(db: Db, actor: Actor, id: string): Promise<void> {
  await getArea(db, id);
  authorize(actor, 'area.delete');
  await writes.remove(db, actor, id);
}
