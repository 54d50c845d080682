import type { AreaKind } from '../../../shared/contracts/areas';
import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { containsPattern, countRows, fetchPage, textArray } from '../../db/query-kit';
import { areas } from '../areas/areas.table';
import { indicators } from '../indicators/indicators.table';
import type { Page } from '../../../shared/contracts/common';
import type { ImportState, ObservationChange, StatisticsImport } from '../../../shared/contracts/imports';
import { users } from '../users/users.table';
import { observationChanges, statisticsImports, type StatisticsImportRow } from './imports.table';

export type ImportWithCreator = StatisticsImportRow & { creatorName: string | null };

export function toStatisticsImport(r: ImportWithCreator): StatisticsImport {
  return {
    id: r.id,
    state: r.state,
    fileName: r.fileName,
    checksum: r.checksum,
    size: r.size,
    format: r.format,
    title: r.title,
    sourceUrl: r.sourceUrl,
    mapping: r.mapping,
    createdBy: r.createdBy ? { id: r.createdBy, name: r.creatorName ?? '' } : null,
    createdAt: r.createdAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
    progress: { done: r.progressDone, total: r.progressTotal },
    result: r.result ?? null,
    error: r.error ? { ...r.error, reason: r.error.reason ?? null, problems: r.error.problems ?? [] } : null,
  };
}

export type NewStatisticsImport = typeof statisticsImports.$inferInsert;

export async function insertImport(db: DbOrTx, values: NewStatisticsImport): Promise<StatisticsImportRow> {
  const [row] = await db.insert(statisticsImports).values(values).returning();
  return row!;
}

/** Changes an import's state, progress or outcome. */
export async function updateImport(db: DbOrTx, id: string, changes: Partial<NewStatisticsImport>): Promise<void> {
  await db.update(statisticsImports).set(changes).where(eq(statisticsImports.id, id));
}

/**
 * Takes a queued import for this worker: running from now, with a fresh heartbeat. False when it
 * is not queued (another worker has it, or it was cancelled or interrupted meanwhile).
 */
export async function claimImport(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db
    .update(statisticsImports)
    .set({ state: 'running', startedAt: new Date(), finishedAt: null, heartbeatAt: new Date(), progressDone: 0, error: null })
    .where(and(eq(statisticsImports.id, id), eq(statisticsImports.state, 'queued')))
    .returning({ id: statisticsImports.id });
  return rows.length > 0;
}

/**
 * Renews a running import's heartbeat (with its progress, when given). False when it is no longer
 * running: it was cancelled, or taken for interrupted, and its worker must stop.
 */
export async function beat(db: DbOrTx, id: string, progress?: { done: number; total: number }): Promise<boolean> {
  const rows = await db
    .update(statisticsImports)
    .set({ heartbeatAt: new Date(), ...(progress ? { progressDone: progress.done, progressTotal: progress.total } : {}) })
    .where(and(eq(statisticsImports.id, id), eq(statisticsImports.state, 'running')))
    .returning({ id: statisticsImports.id });
  return rows.length > 0;
}

/** Moves the import from one of the states `from` to `to` with the changes given; false when it was in none of them. */
export async function moveImport(db: DbOrTx, id: string, from: readonly ImportState[], to: ImportState, changes: Partial<NewStatisticsImport> = {}): Promise<boolean> {
  const rows = await db
    .update(statisticsImports)
    .set({ ...changes, state: to })
    .where(and(eq(statisticsImports.id, id), inArray(statisticsImports.state, [...from])))
    .returning({ id: statisticsImports.id });
  return rows.length > 0;
}

/** Running imports whose heartbeat is older than `seconds`: their worker is gone. Marked interrupted; their ids. */
export async function interruptStale(db: DbOrTx, seconds: number, error: NonNullable<NewStatisticsImport['error']>): Promise<string[]> {
  const rows = await db
    .update(statisticsImports)
    .set({ state: 'interrupted', finishedAt: new Date(), error })
    .where(
      and(
        eq(statisticsImports.state, 'running'),
        sql`coalesce(${statisticsImports.heartbeatAt}, ${statisticsImports.startedAt}, ${statisticsImports.createdAt}) < now() - make_interval(secs => ${seconds})`,
      ),
    )
    .returning({ id: statisticsImports.id });
  return rows.map((r) => r.id);
}

const withCreator = (db: DbOrTx) =>
  db
    .select({ row: statisticsImports, creatorName: users.name })
    .from(statisticsImports)
    .leftJoin(users, eq(users.id, statisticsImports.createdBy));

export async function findImport(db: DbOrTx, id: string): Promise<ImportWithCreator | undefined> {
  const [found] = await withCreator(db).where(eq(statisticsImports.id, id));
  return found ? { ...found.row, creatorName: found.creatorName } : undefined;
}

/** Imports by state and by file name or title, newest first. */
export function listImportPage(db: DbOrTx, q: { state?: ImportState; q?: string; limit: number; offset: number }): Promise<Page<StatisticsImport>> {
  const where: SQL[] = [];
  if (q.state) where.push(eq(statisticsImports.state, q.state));
  if (q.q) {
    const like = containsPattern(q.q);
    where.push(or(ilike(statisticsImports.fileName, like), ilike(statisticsImports.title, like))!);
  }
  const cond = where.length ? and(...where) : undefined;
  return fetchPage(
    withCreator(db).where(cond).orderBy(desc(statisticsImports.createdAt), desc(statisticsImports.id)).limit(q.limit).offset(q.offset),
    countRows(db, statisticsImports, cond),
    (r) => toStatisticsImport({ ...r.row, creatorName: r.creatorName }),
  );
}

/** Areas of the register by code, for the codes given (one query however many). */
export async function findAreasByCode(db: Db, codes: string[]): Promise<Map<string, { id: string; code: string; name: string; kind: AreaKind }>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ id: areas.id, code: areas.code, name: areas.name, kind: areas.kind }).from(areas).where(sql`${areas.code} = any(${textArray(codes)})`);
  return new Map(rows.map((r) => [r.code, r]));
}

/** Indicators of the catalogue by code, for the codes given. */
export async function findIndicatorsByCode(db: Db, codes: string[]): Promise<Map<string, { id: string; code: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ id: indicators.id, code: indicators.code }).from(indicators).where(sql`${indicators.code} = any(${textArray(codes)})`);
  return new Map(rows.map((r) => [r.code, r]));
}

/** The cells an import changed, in the order it changed them. */
export function listChangePage(db: DbOrTx, importId: string, page: { limit: number; offset: number }): Promise<Page<ObservationChange>> {
  const cond = eq(observationChanges.importId, importId);
  const rows = db
    .select({ change: observationChanges, indicatorCode: indicators.code, areaCode: areas.code })
    .from(observationChanges)
    .innerJoin(indicators, eq(indicators.id, observationChanges.indicatorId))
    .innerJoin(areas, eq(areas.id, observationChanges.areaId))
    .where(cond)
    .orderBy(observationChanges.id)
    .limit(page.limit)
    .offset(page.offset);
  return fetchPage(rows, countRows(db, observationChanges, cond), ({ change: c, indicatorCode, areaCode }) => ({
    indicatorCode,
    areaCode,
    period: c.period,
    breakdown: c.breakdown,
    before: { value: c.beforeValue, status: c.beforeStatus },
    after: { value: c.afterValue, status: c.afterStatus },
    importId: c.importId,
    changedAt: c.changedAt.toISOString(),
  }));
}
