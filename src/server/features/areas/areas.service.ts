import type { Db } from '../../db/client';
import { auditedWrites } from '../../db/audited';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize } from '../../http/permissions';
import { areas } from './areas.table';
import * as repo from './areas.repo';
import type { Page } from '../../../shared/contracts/common';
import { AREA_CODE_PATTERNS, type Area, type AreaCreate, type AreaKind, type AreaQuery, type AreaUpdate } from '../../../shared/contracts/areas';

const writes = auditedWrites(areas, 'area', 'The area');

/** Which kinds may sit directly under which: keeps the hierarchy official. */
const ALLOWED_PARENTS: Record<AreaKind, readonly AreaKind[]> = {
  country: [],
  county: ['country'],
  municipality: ['county', 'country'],
  city_district: ['municipality'],
  school: ['municipality', 'city_district'],
};

export function listAreas(db: Db, q: AreaQuery): Promise<Page<Area>> {
  return repo.listAreaPage(db, q);
}

export async function getArea(db: Db, id: string): Promise<Area> {
  const row = await repo.findArea(db, id);
  if (!row) throw notFound('The area');
  return row;
}

async function checkParent(db: Db, id: string | null, kind: AreaKind, parentId: string | null | undefined): Promise<void> {
  if (!parentId) return;
  const p = await repo.findAreaRow(db, parentId);
  if (!p) {
    throw invalidField('parentId', 'notFound', 'The parent area does not exist');
  }
  if (!ALLOWED_PARENTS[kind].includes(p.kind)) {
    throw invalidField('parentId', `parentKind.${kind}`, `An area of kind ${kind} cannot lie in a ${p.kind}`);
  }
  if (id && (await repo.areaAncestorIds(db, parentId)).includes(id)) {
    throw new AppError('CYCLE', 'An area cannot lie inside itself', { field: 'parentId' });
  }
}

export async function createArea(db: Db, actor: Actor, input: AreaCreate): Promise<Area> {
  authorize(actor, 'area.create');
  await checkParent(db, null, input.kind, input.parentId);
  const row = await writes.create(db, actor, { code: input.code, kind: input.kind, name: input.name, nameNn: input.nameNn || null, nameEn: input.nameEn || null, parentId: input.parentId ?? null });
  return getArea(db, row.id);
}

export async function updateArea(db: Db, actor: Actor, id: string, patch: AreaUpdate): Promise<Area> {
  const current = await getArea(db, id);
  authorize(actor, 'area.update');
  const kind = patch.kind ?? current.kind;
  const code = patch.code ?? current.code;
  if (patch.kind || patch.code) {
    if (!AREA_CODE_PATTERNS[kind].test(code)) {
      throw invalidField('code', `areaCode.${kind}`, `The code does not fit an area of kind ${kind}`);
    }
  }
  await checkParent(db, id, kind, patch.parentId === undefined ? current.parentId : patch.parentId);
  // An empty other-language name is no name: the page falls back to the register's.
  const names = { ...(patch.nameNn !== undefined ? { nameNn: patch.nameNn || null } : {}), ...(patch.nameEn !== undefined ? { nameEn: patch.nameEn || null } : {}) };
  await writes.update(db, actor, id, { ...patch, ...names });
  return getArea(db, id);
}

export async function deleteArea(db: Db, actor: Actor, id: string): Promise<void> {
  await getArea(db, id);
  authorize(actor, 'area.delete');
  await writes.remove(db, actor, id);
}
