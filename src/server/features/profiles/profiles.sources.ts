import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { FigureSource, ProfilePoint } from '../../../shared/contracts/profiles';
import type { ImportSource } from '../../../shared/contracts/imports';

const INDICATOR_PREFIX = 'indicator:';

/**
 * The key of a figure's source (profiles.export-repo.ts builds the same key in SQL): the import that last wrote it, else the indicator (figures
 * entered otherwise, such as the demonstration's, carry the source recorded on the indicator).
 */
export function sourceKey(importId: string | null, indicatorId: string): string {
  return importId ?? `${INDICATOR_PREFIX}${indicatorId}`;
}

/** The distinct source keys of the points, in order of first use. */
export function sourceKeysOf(points: Iterable<ProfilePoint | null | undefined>): string[] {
  const keys = new Set<string>();
  for (const p of points) if (p?.source) keys.add(p.source);
  return [...keys];
}

type ImportSourceRow = {
  id: string;
  title: string | null;
  fileName: string;
  sourceUrl: string | null;
  source: ImportSource | null;
  createdAt: Date | string;
};
type IndicatorSourceRow = {
  id: string;
  publisher: string;
  tableId: string | null;
  url: string | null;
  licence: string | null;
  isIllustrative: boolean;
};

const dateOf = (d: Date | string) =>
  (typeof d === 'string' ? new Date(d) : d).toISOString().slice(0, 10);

/** The sources behind the keys, in the keys' order; a key whose import or indicator is gone is left out. */
export async function resolveSources(db: DbOrTx, keys: readonly string[]): Promise<FigureSource[]> {
  const importIds = keys.filter((k) => !k.startsWith(INDICATOR_PREFIX));
  const indicatorIds = keys
    .filter((k) => k.startsWith(INDICATOR_PREFIX))
    .map((k) => k.slice(INDICATOR_PREFIX.length));
  const [imports, indicators] = await Promise.all([
    importIds.length === 0
      ? Promise.resolve([] as ImportSourceRow[])
      : db
          .execute<ImportSourceRow>(
            sql`
            select id, title, file_name as "fileName", source_url as "sourceUrl", mapping->'source' as source, created_at as "createdAt"
            from statistics_imports where id = any(${sql.param(importIds)}::uuid[])`,
          )
          .then((r) => r.rows),
    indicatorIds.length === 0
      ? Promise.resolve([] as IndicatorSourceRow[])
      : db
          .execute<IndicatorSourceRow>(
            sql`
            select id, source_publisher as publisher, source_table_id as "tableId", source_url as url, source_licence as licence,
                   is_illustrative as "isIllustrative"
            from indicators where id = any(${sql.param(indicatorIds)}::uuid[])`,
          )
          .then((r) => r.rows),
  ]);
  const byKey = new Map<string, FigureSource>();
  for (const r of imports) {
    const s = r.source ?? {};
    byKey.set(r.id, {
      key: r.id,
      kind: 'import',
      publisher: s.publisher || r.fileName,
      tableId: s.tableId ?? null,
      title: r.title,
      url: r.sourceUrl,
      licence: s.licence ?? null,
      retrieved: s.retrieved ?? dateOf(r.createdAt),
      isIllustrative: false,
    });
  }
  for (const r of indicators) {
    const key = `${INDICATOR_PREFIX}${r.id}`;
    byKey.set(key, {
      key,
      kind: 'indicator',
      publisher: r.publisher,
      tableId: r.tableId,
      title: null,
      url: r.url,
      licence: r.licence,
      retrieved: null,
      isIllustrative: r.isIllustrative,
    });
  }
  return keys.flatMap((k) => byKey.get(k) ?? []);
}
