import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { poolOf } from '../../jobs/pool';
import type { ImportState, ObservationChange, StatisticsImport } from '../../../shared/contracts/imports';
import { users } from '../users/users.table';
import { statisticsImports, type StatisticsImportRow } from './imports.table';

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
    error: r.error ? { ...r.error, problems: r.error.problems ?? [] } : null,
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

const withCreator = (db: DbOrTx) =>
  db
    .select({ row: statisticsImports, creatorName: users.name })
    .from(statisticsImports)
    .leftJoin(users, eq(users.id, statisticsImports.createdBy));

export async function findImport(db: DbOrTx, id: string): Promise<ImportWithCreator | undefined> {
  const [found] = await withCreator(db).where(eq(statisticsImports.id, id));
  return found ? { ...found.row, creatorName: found.creatorName } : undefined;
}

export async function listImportRows(
  db: DbOrTx,
  q: { state?: ImportState; q?: string; limit: number; offset: number },
): Promise<{ rows: ImportWithCreator[]; total: number }> {
  const where: SQL[] = [];
  if (q.state) where.push(eq(statisticsImports.state, q.state));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(statisticsImports.fileName, like), ilike(statisticsImports.title, like))!);
  }
  const filter = where.length ? and(...where) : undefined;
  const rows = await withCreator(db)
    .where(filter)
    .orderBy(desc(statisticsImports.createdAt), desc(statisticsImports.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(statisticsImports).where(filter);
  return { rows: rows.map((r) => ({ ...r.row, creatorName: r.creatorName })), total: total?.n ?? 0 };
}

/** Areas of the register by code, for the codes given (one query however many). */
export async function findAreasByCode(db: Db, codes: string[]): Promise<Map<string, { id: string; code: string; name: string }>> {
  if (codes.length === 0) return new Map();
  const { rows } = await poolOf(db).query<{ id: string; code: string; name: string }>('select id, code, name from areas where code = any($1::text[])', [codes]);
  return new Map(rows.map((r) => [r.code, r]));
}

/** Indicators of the catalogue by code, for the codes given. */
export async function findIndicatorsByCode(db: Db, codes: string[]): Promise<Map<string, { id: string; code: string }>> {
  if (codes.length === 0) return new Map();
  const { rows } = await poolOf(db).query<{ id: string; code: string }>('select id, code from indicators where code = any($1::text[])', [codes]);
  return new Map(rows.map((r) => [r.code, r]));
}

interface ChangeRow {
  indicator_code: string;
  area_code: string;
  period: string;
  breakdown: string;
  before_value: number | null;
  before_status: ObservationChange['before']['status'];
  after_value: number | null;
  after_status: ObservationChange['after']['status'];
  import_id: string | null;
  created_at: Date;
}

/** The cells an import changed, in the order it changed them. */
export async function listChangeRows(
  db: Db,
  importId: string,
  page: { limit: number; offset: number },
): Promise<{ items: ObservationChange[]; total: number }> {
  const { rows } = await poolOf(db).query(
    `select i.code as indicator_code, a.code as area_code, c.period, c.breakdown, c.before_value, c.before_status,
            c.after_value, c.after_status, c.import_id, c.created_at
       from observation_changes c
       join indicators i on i.id = c.indicator_id
       join areas a on a.id = c.area_id
      where c.import_id = $1
      order by c.id
      limit $2 offset $3`,
    [importId, page.limit, page.offset],
  );
  const counted = await poolOf(db).query('select count(*)::int as n from observation_changes where import_id = $1', [importId]);
  return {
    items: (rows as ChangeRow[]).map((r) => ({
      indicatorCode: r.indicator_code,
      areaCode: r.area_code,
      period: r.period,
      breakdown: r.breakdown,
      before: { value: r.before_value, status: r.before_status },
      after: { value: r.after_value, status: r.after_status },
      importId: r.import_id,
      changedAt: r.created_at.toISOString(),
    })),
    total: (counted.rows[0] as { n: number } | undefined)?.n ?? 0,
  };
}
