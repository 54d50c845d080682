import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { countRows, fetchPage } from '../../db/query-kit';
import { auditEntries, type AuditRow } from './audit.table';
import type { AuditEntry, AuditQuery } from '../../../shared/contracts/audit';
import type { Page } from '../../../shared/contracts/common';

const DAY_MS = 86_400_000;

function toAuditEntry(r: AuditRow): AuditEntry {
  return { ...r, at: r.at.toISOString() };
}

/**
 * Audit entries matching the query, newest first. `programmeIds`, when given, limits the trail to
 * those programmes (a programme and its sub-programmes); `to` includes the whole day.
 */
export function listAuditPage(db: DbOrTx, q: AuditQuery, programmeIds?: string[]): Promise<Page<AuditEntry>> {
  const where: SQL[] = [];
  if (programmeIds) where.push(inArray(auditEntries.programmeId, programmeIds));
  if (q.entityType) where.push(eq(auditEntries.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditEntries.entityId, q.entityId));
  if (q.actorId) where.push(eq(auditEntries.actorId, q.actorId));
  if (q.action) where.push(eq(auditEntries.action, q.action));
  if (q.from) where.push(gte(auditEntries.at, new Date(q.from)));
  if (q.to) where.push(lt(auditEntries.at, new Date(new Date(q.to).getTime() + DAY_MS)));
  const cond = where.length ? and(...where) : undefined;
  return fetchPage(
    db.select().from(auditEntries).where(cond).orderBy(desc(auditEntries.id)).limit(q.limit).offset(q.offset),
    countRows(db, auditEntries, cond),
    toAuditEntry,
  );
}
