import type { Db } from '../../../db/client';
import type { Actor } from '../../../http/actor';
import { notFound } from '../../../http/errors';
import { authorize } from '../../../http/permissions';
import type { SavedMapping, SavedMappingCreate, SavedMappingSummary } from '../../../../shared/contracts/imports';
import { recordAudit } from '../../../db/audit-writer';
import type { ImportMappingRow } from '../imports.table';
import * as repo from './mappings.repo';
import type { Page, PageQuery } from '../../../../shared/contracts/common';

/**
 * Mappings saved under a name, so the next edition of a table imports in one step (in the web
 * UI, or with `samordna import FILE --mapping MAPPING.json`). A name is unique: saving a second
 * mapping under a taken name is a CONFLICT on `name`.
 */
function toSavedMapping(r: ImportMappingRow): SavedMapping {
  return { id: r.id, name: r.name, mapping: r.mapping, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}

/** Saved mappings by name, a page at a time, without the mappings themselves. */
export function listMappings(db: Db, actor: Actor, q: PageQuery): Promise<Page<SavedMappingSummary>> {
  authorize(actor, 'statistics.import');
  return repo.listMappingPage(db, q);
}

/** One saved mapping, whole. */
export async function getMapping(db: Db, actor: Actor, id: string): Promise<SavedMapping> {
  authorize(actor, 'statistics.import');
  const row = await repo.findMapping(db, id);
  if (!row) throw notFound('The saved mapping');
  return toSavedMapping(row);
}

export async function createMapping(db: Db, actor: Actor, input: SavedMappingCreate): Promise<SavedMapping> {
  const user = authorize(actor, 'statistics.import');
  return db.transaction(async (tx) => {
    const row = await repo.insertMapping(tx, { name: input.name, mapping: input.mapping, createdBy: user.id });
    await recordAudit(tx, actor, { action: 'create', entityType: 'import_mapping', entityId: row.id, after: row });
    return toSavedMapping(row);
  });
}

export async function updateMapping(db: Db, actor: Actor, id: string, input: SavedMappingCreate): Promise<SavedMapping> {
  authorize(actor, 'statistics.import');
  return db.transaction(async (tx) => {
    const before = await repo.findMappingForUpdate(tx, id);
    if (!before) throw notFound('The saved mapping');
    const after = await repo.updateMappingRow(tx, id, { name: input.name, mapping: input.mapping, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'import_mapping', entityId: id, before, after });
    return toSavedMapping(after!);
  });
}

export async function deleteMapping(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'statistics.import');
  await db.transaction(async (tx) => {
    const before = await repo.deleteMappingRow(tx, id);
    if (!before) throw notFound('The saved mapping');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'import_mapping', entityId: id, before });
  });
}
