import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { authorize, can, PLATFORM } from '../../http/permissions';
import { AppError, invalidField } from '../../http/errors';
import { lineageOf, programmeAndDescendantIds } from '../programmes/programmes.repo';
import { inProgramme } from '../programmes/programmes.access';
import * as repo from './audit.repo';
import { changedKeys, describeChanges, idsIn, labelOf } from './audit-readable';
import type { AuditEntry, AuditQuery } from '../../../shared/contracts/audit';
import type { Page } from '../../../shared/contracts/common';

/**
 * Lists audit entries, newest first. Platform admins see everything; a secretariat sees the
 * entries of the programme it administers (and that programme's sub-programmes) only.
 */
export async function listAudit(db: Db, actor: Actor, q: AuditQuery): Promise<Page<AuditEntry>> {
  authorize(actor, 'audit.read');
  if (!can(actor, 'audit.read', PLATFORM)) {
    if (!q.programmeId) throw invalidField('programmeId', 'required', 'Choose a programme to see its audit trail');
    if (!can(actor, 'audit.read', inProgramme(await lineageOf(db, q.programmeId)))) {
      throw new AppError('FORBIDDEN', 'You do not administer this programme');
    }
  }
  const page = await repo.listAuditPage(db, q, q.programmeId ? await programmeAndDescendantIds(db, q.programmeId) : undefined);
  return { ...page, items: await inWords(db, page.items) };
}

/** Adds to each entry its record's name and, for an update, what it changed in words. */
async function inWords(db: Db, items: repo.StoredAuditEntry[]): Promise<AuditEntry[]> {
  const changed = items.flatMap((e) => (e.action === 'update' ? changedKeys(e.before, e.after).flatMap((k) => [(e.before as Record<string, unknown>)[k], (e.after as Record<string, unknown>)[k]]) : []));
  const unnamed = items.filter((e) => labelOf(e.after ?? e.before) === null).flatMap((e) => [e.entityId, e.programmeId ?? '']);
  const names = await repo.namesOf(db, idsIn([...changed, ...unnamed]));
  return items.map((e) => ({
    ...e,
    // A record without a name of its own (a programme's statistics settings) is named by its id's record, or its programme.
    label: labelOf(e.after ?? e.before) ?? names.get(e.entityId) ?? (e.programmeId ? (names.get(e.programmeId) ?? null) : null),
    changes: e.action === 'update' ? describeChanges(e.before, e.after, names) : [],
  }));
}
