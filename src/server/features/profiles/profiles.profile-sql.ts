import type { Db } from '../../db/client';
import { tableName } from '../../db/query-kit';
import { poolOf } from '../../jobs/pool';
import { areas } from '../areas/areas.table';
import { indicators, observations, programmeAreas, programmeIndicators } from '../indicators/indicators.table';
import { programmes } from '../programmes/programmes.table';

// The statement is text (a named prepared statement); its table names come from the tables.
const AREAS = tableName(areas);
const INDICATORS = tableName(indicators);
const OBSERVATIONS = tableName(observations);
const PROGRAMMES = tableName(programmes);
const PROGRAMME_AREAS = tableName(programmeAreas);
const PROGRAMME_INDICATORS = tableName(programmeIndicators);

/**
 * The area profile in one statement, so a page view costs one round trip. Per indicator the
 * programme follows (in its order), for the total breakdown:
 *
 * - `trend`: the area's last ten periods, oldest first, read from the
 *   observations primary key (indicator, area, breakdown, period);
 * - `refs`: per reference area (in order), its figure at the area's latest period, else its own
 *   latest: two probes on the same key, the second only when the first finds nothing.
 *
 * The programme's name and slug come along for the page, and the area is looked up by code here,
 * so that neither costs another query. Points are compact arrays
 * [period, value, status, symbol, import id]; the service turns them into the contract.
 */
export const AREA_PROFILE_SQL = `
with a as (
  select id, code, name, kind, name_nn, name_en from ${AREAS} where code = $2
),
refs as (
  select r.id, r.code, r.name, r.kind, r.name_nn, r.name_en, pa.sort_order
  from ${PROGRAMME_AREAS} pa
  join ${AREAS} r on r.id = pa.area_id
  where pa.programme_id = $1 and pa.role = 'reference' and r.code <> $2
)
select
  (select json_build_array(p.id, p.slug, p.name) from ${PROGRAMMES} p where p.id = $1) as programme,
  (select json_build_array(a.id, a.code, a.name, a.kind, a.name_nn, a.name_en) from a) as area,
  (select coalesce(json_agg(json_build_array(refs.id, refs.code, refs.name, refs.kind, refs.name_nn, refs.name_en) order by refs.sort_order, refs.code), '[]')
     from refs) as refs,
  (select coalesce(json_agg(json_build_array(
            i.id, i.code, i.name, i.unit, i.decimals, i.direction, i.topic, i.is_illustrative, t.points, rp.points, i.max_age_years)
          order by pi.sort_order, i.code), '[]')
     from ${PROGRAMME_INDICATORS} pi
     join ${INDICATORS} i on i.id = pi.indicator_id
     left join lateral (
       select json_agg(json_build_array(o.period, o.value, o.status, o.symbol, o.import_id) order by o.period_start, o.period) as points,
              (array_agg(o.period order by o.period_start desc, o.period desc))[1] as latest
       from (
         select o.period, o.period_start, o.value, o.status, o.symbol, o.import_id
         from ${OBSERVATIONS} o, a
         where o.indicator_id = i.id and o.area_id = a.id and o.breakdown = ''
         order by o.period_start desc, o.period desc
         limit 10
       ) o
     ) t on true
     left join lateral (
       select json_agg(json_build_array(x.period, x.value, x.status, x.symbol, x.import_id) order by refs.sort_order, refs.code) as points
       from refs
       left join lateral (
         (select o.period, o.value, o.status, o.symbol, o.import_id
            from ${OBSERVATIONS} o
           where o.indicator_id = i.id and o.area_id = refs.id and o.breakdown = '' and o.period = t.latest)
         union all
         (select o.period, o.value, o.status, o.symbol, o.import_id
            from ${OBSERVATIONS} o
           where o.indicator_id = i.id and o.area_id = refs.id and o.breakdown = ''
           order by o.period_start desc, o.period desc
           limit 1)
         limit 1
       ) x on true
     ) rp on true
    where pi.programme_id = $1) as rows
`;

/** A point as the statement returns it: [period, value, status, symbol, import that wrote it]. */
export type RawPoint = [string, number | null, string, string | null, string | null];
export type RawProgramme = [string, string, { nb: string; nn?: string | null; en?: string | null }];
export type RawArea = [string, string, string, string, string | null, string | null];
export type RawIndicatorRow = [
  id: string,
  code: string,
  name: { nb: string; nn?: string | null; en?: string | null },
  unit: string,
  decimals: number,
  direction: string,
  topic: string,
  isIllustrative: boolean,
  trend: RawPoint[] | null,
  refs: (RawPoint | [null, null, null, null, null])[] | null,
  maxAgeYears: number | null,
];
export type RawProfile = [RawProgramme | null, RawArea | null, RawArea[], RawIndicatorRow[]];

/** The parameters of AREA_PROFILE_SQL, in order. */
export function areaProfileParams(programmeId: string, areaCode: string): [string, string] {
  return [programmeId, areaCode];
}

/**
 * Runs the statement as a named prepared statement: PostgreSQL plans it once per connection
 * instead of on every page view. Rows come back as arrays (no per-row objects to build).
 */
export async function queryAreaProfile(db: Db, programmeId: string, areaCode: string): Promise<RawProfile> {
  const res = await poolOf(db).query<RawProfile>({
    name: 'samordna_area_profile',
    text: AREA_PROFILE_SQL,
    values: areaProfileParams(programmeId, areaCode),
    rowMode: 'array',
  });
  return res.rows[0]!;
}
