import type { Locale } from '../../../shared/domain/localized';
import type pg from 'pg';
import type { Db } from '../../db/client';
import { poolOf } from '../../jobs/pool';
import type { ObservationStatus } from '../../../shared/domain/statistics';

/** Which observations an export holds. */
export interface ExportFilter {
  indicatorIds: string[];
  /** null: every area with an observation. */
  areaIds: string[] | null;
  /** undefined: every breakdown. */
  breakdown: string | undefined;
  /** The language of the area names (nynorsk and English names where the register has them). */
  locale: Locale;
}

/** An area's name in the export's language, else the register's (shared/domain/area-names.ts). */
function nameIn(alias: string, locale: Locale): string {
  if (locale === 'nn') return `coalesce(nullif(${alias}.name_nn, ''), ${alias}.name)`;
  if (locale === 'en') return `coalesce(nullif(${alias}.name_en, ''), ${alias}.name)`;
  return `${alias}.name`;
}

/** [indicatorId, areaCode, areaName, period, breakdown, value, status, symbol, source key (profiles.sources.ts)] */
export type ExportRow = [string, string, string, string, string, number | null, ObservationStatus, string | null, string];

export interface ExportExtent {
  areas: { code: string; name: string }[];
  periods: string[];
  breakdowns: string[];
  rows: number;
  updated: Date | null;
  /** The source keys of the rows (profiles.sources.ts). */
  sources: string[];
}

/** A row's source key in SQL, as sourceKey() makes it. */
const SOURCE_KEY = `coalesce(o.import_id::text, 'indicator:' || o.indicator_id::text)`;

function where(filter: ExportFilter): { text: string; values: unknown[] } {
  const values: unknown[] = [filter.indicatorIds];
  let text = 'o.indicator_id = any($1::uuid[])';
  if (filter.areaIds) {
    values.push(filter.areaIds);
    text += ` and o.area_id = any($${values.length}::uuid[])`;
  }
  if (filter.breakdown !== undefined) {
    values.push(filter.breakdown);
    text += ` and o.breakdown = $${values.length}`;
  }
  return { text, values };
}

/** What the export will hold, for the JSON-stat dimensions; read in the export's snapshot. */
export async function readExtent(client: pg.PoolClient, filter: ExportFilter): Promise<ExportExtent> {
  const w = where(filter);
  const res = await client.query<{ areas: { code: string; name: string }[] | null; periods: string[] | null; breakdowns: string[] | null; rows: string; updated: Date | null; sources: string[] | null }>(
    `with o as (select o.area_id, o.period, o.breakdown, o.updated_at, ${SOURCE_KEY} as source from observations o where ${w.text})
     select (select json_agg(json_build_object('code', a.code, 'name', ${nameIn('a', filter.locale)}) order by a.code)
               from areas a where a.id in (select area_id from o)) as areas,
            (select array_agg(distinct period) from o) as periods,
            (select array_agg(distinct breakdown) from o) as breakdowns,
            (select count(*) from o) as rows,
            (select max(updated_at) from o) as updated,
            (select array_agg(distinct source) from o) as sources`,
    w.values,
  );
  const r = res.rows[0]!;
  return { areas: r.areas ?? [], periods: r.periods ?? [], breakdowns: r.breakdowns ?? [], rows: Number(r.rows), updated: r.updated, sources: r.sources ?? [] };
}

/**
 * Streams the observations in pages from a cursor, so an export of a whole indicator never
 * holds every row at once. Order: the indicators as given, the areas as given (else by code),
 * breakdown, time. Codes sort byte by byte ("C"): they are ASCII, and a language collation
 * would only slow the sort.
 */
export async function* exportRows(client: pg.PoolClient, filter: ExportFilter, pageSize = 5000): AsyncGenerator<ExportRow[]> {
  const w = where(filter);
  await client.query(
    `declare samordna_export no scroll cursor for
     select o.indicator_id, a.code, ${nameIn('a', filter.locale)}, o.period, o.breakdown, o.value, o.status, o.symbol, ${SOURCE_KEY}
     from observations o
     join areas a on a.id = o.area_id
     where ${w.text}
     order by array_position($1::uuid[], o.indicator_id),${filter.areaIds ? ' array_position($2::uuid[], o.area_id),' : ''}
              a.code collate "C", o.breakdown collate "C", o.period_start, o.period collate "C"`,
    w.values,
  );
  for (;;) {
    const page = await client.query<ExportRow>({ text: `fetch ${pageSize} from samordna_export`, rowMode: 'array' });
    if (page.rows.length > 0) yield page.rows;
    if (page.rows.length < pageSize) break;
  }
  await client.query('close samordna_export');
}

/** Whether any of the indicators has observations in the breakdown. */
export async function hasBreakdown(db: Db, indicatorIds: readonly string[], breakdown: string): Promise<boolean> {
  const res = await poolOf(db).query<{ found: boolean }>(
    'select exists (select 1 from observations where indicator_id = any($1::uuid[]) and breakdown = $2) as found',
    [indicatorIds, breakdown],
  );
  return res.rows[0]?.found === true;
}
