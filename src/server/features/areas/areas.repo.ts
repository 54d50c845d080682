import { and, eq, ilike, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { ancestorIds, containsPattern, countRows, fetchPage } from '../../db/query-kit';
import { areas, type AreaRow } from './areas.table';
import type { Area, AreaQuery } from '../../../shared/contracts/areas';
import type { Page } from '../../../shared/contracts/common';

const parent = alias(areas, 'parent');
const areaTree = { table: areas, id: areas.id, parentId: areas.parentId };

function selectAreas(db: DbOrTx) {
  return db
    .select({ id: areas.id, code: areas.code, kind: areas.kind, name: areas.name, nameNn: areas.nameNn, nameEn: areas.nameEn, parentId: areas.parentId, parentName: parent.name })
    .from(areas)
    .leftJoin(parent, eq(parent.id, areas.parentId));
}

/** Areas by kind, parent and name or exact code, in code order. */
export function listAreaPage(db: DbOrTx, q: AreaQuery): Promise<Page<Area>> {
  const where: SQL[] = [];
  if (q.kind) where.push(eq(areas.kind, q.kind));
  if (q.parentId) where.push(eq(areas.parentId, q.parentId));
  if (q.q) where.push(or(ilike(areas.name, containsPattern(q.q)), eq(areas.code, q.q))!);
  const cond = where.length ? and(...where) : undefined;
  return fetchPage(selectAreas(db).where(cond).orderBy(areas.code).limit(q.limit).offset(q.offset), countRows(db, areas, cond));
}

export async function findArea(db: DbOrTx, id: string): Promise<Area | undefined> {
  const [row] = await selectAreas(db).where(eq(areas.id, id));
  return row;
}

export async function findAreaRow(db: DbOrTx, id: string): Promise<AreaRow | undefined> {
  const [row] = await db.select().from(areas).where(eq(areas.id, id));
  return row;
}

/** The area and every area it lies in, nearest first. */
export function areaAncestorIds(db: DbOrTx, id: string): Promise<string[]> {
  return ancestorIds(db, areaTree, id);
}
