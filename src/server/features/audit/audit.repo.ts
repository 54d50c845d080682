import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { countRows, fetchPage } from '../../db/query-kit';
import { auditEntries, type AuditRow } from './audit.table';
import type { AuditEntry, AuditQuery, AuditValue } from '../../../shared/contracts/audit';
import { programmes } from '../programmes/programmes.table';
import { organisations } from '../organisations/organisations.table';
import { areas } from '../areas/areas.table';
import { people } from '../people/people.table';
import { users } from '../users/users.table';
import { indicators } from '../indicators/indicators.table';
import { goals } from '../goals/goals.table';
import type { Page } from '../../../shared/contracts/common';

const DAY_MS = 86_400_000;

/** An entry as stored; the service adds its label and changes in words. */
export type StoredAuditEntry = Omit<AuditEntry, 'label' | 'changes'>;

function toAuditEntry(r: AuditRow): StoredAuditEntry {
  return { ...r, at: r.at.toISOString() };
}

/**
 * The names of records by id, wherever they are kept: programmes, organisations, areas (with
 * their code), people, users, indicators and goals. Ids of none of them are left out.
 */
export async function namesOf(db: DbOrTx, ids: string[]): Promise<Map<string, AuditValue>> {
  const names = new Map<string, AuditValue>();
  if (ids.length === 0) return names;
  const [p, o, a, pe, u, i, g] = await Promise.all([
    db.select({ id: programmes.id, name: programmes.name }).from(programmes).where(inArray(programmes.id, ids)),
    db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, ids)),
    db.select({ id: areas.id, name: areas.name, code: areas.code }).from(areas).where(inArray(areas.id, ids)),
    db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids)),
    db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)),
    db.select({ id: indicators.id, name: indicators.name }).from(indicators).where(inArray(indicators.id, ids)),
    db.select({ id: goals.id, name: goals.title }).from(goals).where(inArray(goals.id, ids)),
  ]);
  for (const r of [...p, ...o, ...pe, ...u, ...i, ...g]) names.set(r.id, r.name);
  for (const r of a) names.set(r.id, `${r.name} (${r.code})`);
  return names;
}

/**
 * Audit entries matching the query, newest first. `programmeIds`, when given, limits the trail to
 * those programmes (a programme and its sub-programmes); `to` includes the whole day.
 */
export function listAuditPage(db: DbOrTx, q: AuditQuery, programmeIds?: string[]): Promise<Page<StoredAuditEntry>> {
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
