import { and, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { authorize, can, PLATFORM } from '../../http/permissions';
import { auditEntries, type AuditRow } from './audit.table';
import type { AuditEntry, AuditQuery } from '../../../shared/contracts/audit';
import { AppError, invalidField } from '../../http/errors';
import { lineageOf, programmeAndDescendantIds } from '../programmes/programmes.repo';
import { inProgramme } from '../programmes/programmes.access';

// The import feature's modules still take the writer from here; everything else imports it
// from the database layer, where it lives.

function toAuditEntry(r: AuditRow): AuditEntry {
  return { ...r, at: r.at.toISOString() };
}

/**
 * Lists audit entries, newest first. Platform admins see everything; a secretariat sees the
 * entries of the programme it administers (and that programme's sub-programmes) only.
 */
export async function listAudit(db: Db, actor: Actor, q: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
  authorize(actor, 'audit.read');
  const where: SQL[] = [];
  if (!can(actor, 'audit.read', PLATFORM)) {
    if (!q.programmeId) {
      throw invalidField('programmeId', 'required', 'Choose a programme to see its audit trail');
    }
    if (!can(actor, 'audit.read', inProgramme(await lineageOf(db, q.programmeId)))) {
      throw new AppError('FORBIDDEN', 'You do not administer this programme');
    }
  }
  if (q.programmeId) where.push(inArray(auditEntries.programmeId, await programmeAndDescendantIds(db, q.programmeId)));
  if (q.entityType) where.push(eq(auditEntries.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditEntries.entityId, q.entityId));
  if (q.actorId) where.push(eq(auditEntries.actorId, q.actorId));
  if (q.action) where.push(eq(auditEntries.action, q.action));
  if (q.from) where.push(gte(auditEntries.at, new Date(q.from)));
  if (q.to) where.push(lt(auditEntries.at, new Date(new Date(q.to).getTime() + 86_400_000)));
  const cond = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(auditEntries).where(cond).orderBy(desc(auditEntries.id)).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(auditEntries).where(cond),
  ]);
  return { items: rows.map(toAuditEntry), total: total?.n ?? 0 };
}
