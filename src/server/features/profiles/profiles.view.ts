import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { getVisibleProgrammeBySlug } from '../programmes/programmes.service';
import { getIndicatorRow, toIndicator } from '../indicators/indicators.service';
import {
  indicatorExtent,
  listProgrammeAreaRefs,
  sortPeriodCodes,
} from '../indicators/indicators.repo';
import { AREA_KINDS, type AreaKind } from '../../../shared/contracts/areas';
import type { AreaRef } from '../../../shared/contracts/indicators';
import type {
  AreaSeries,
  BreakdownOption,
  IndicatorView,
  IndicatorViewQuery,
  ProfilePoint,
} from '../../../shared/contracts/profiles';
import { parsePeriod } from '../../../shared/domain/periods';
import { isWithheldStatus } from '../../../shared/domain/statistics';
import { rankAreas } from './profiles.compare';
import { breakdownLabel, breakdownLabelKeys, commonTermText } from './profiles.labels';
import { invalidQuery } from './profiles.query';
import * as repo from './profiles.repo';
import { ageOf } from '../../../shared/domain/figure-age';
import { resolveSources, sourceKey, sourceKeysOf } from './profiles.sources';

const toRef = (a: repo.AreaRow): AreaRef => ({
  id: a.id,
  code: a.code,
  name: a.name,
  kind: a.kind,
  nameNn: a.nameNn,
  nameEn: a.nameEn,
});

function toPoint(r: repo.PointRow, indicatorId: string): ProfilePoint {
  return {
    period: r.period,
    value: isWithheldStatus(r.status) ? null : r.value,
    status: r.status,
    symbol: r.symbol,
    source: sourceKey(r.importId, indicatorId),
  };
}

/** Periods in time order; a code we cannot read (none should be stored) goes last. */
/** Breakdowns to choose from: the total first, then the others by key. */
function breakdownOptions(
  keys: readonly string[],
  labels: Map<string, NonNullable<BreakdownOption['label']>>,
): BreakdownOption[] {
  const sorted = [...keys].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'nb', { numeric: true }),
  );
  return sorted.map((key) => ({
    key,
    label: key === '' ? commonTermText('total') : breakdownLabel(key, labels),
  }));
}

/** The kind most of the areas are (municipalities, city districts…); on a tie the finer one. */
function mostCommonKind(rows: readonly repo.RankingRow[]): AreaKind | undefined {
  const counts = new Map<AreaKind, number>();
  for (const r of rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  let best: AreaKind | undefined;
  for (const kind of AREA_KINDS) {
    const n = counts.get(kind) ?? 0;
    if (n > 0 && n >= (best ? (counts.get(best) ?? 0) : 0)) best = kind;
  }
  return best;
}

async function findMapParent(db: Db, rows: readonly repo.RankingRow[]): Promise<AreaRef | null> {
  const parentId = rows[0]?.parentId;
  if (!parentId || rows.some((r) => r.parentId !== parentId)) return null;
  if (!(await repo.hasChildGeometries(db, parentId))) return null;
  const parent = await repo.findAreaById(db, parentId);
  return parent ? toRef(parent) : null;
}

function resolvePeriod(requested: string | undefined, periods: readonly string[]): string | null {
  if (requested === undefined || requested === '') return periods[periods.length - 1] ?? null;
  // Accept the ways sources write a period (2025K4, 2023/2024) as well as our own codes.
  const code = parsePeriod(requested)?.code ?? requested;
  if (!periods.includes(code)) {
    throw invalidQuery(
      'period',
      `The indicator has no observations for the period "${requested}" in this breakdown`,
      [requested],
    );
  }
  return code;
}

/** The areas to rank: the programme's focus areas, else every area of the most common kind with a figure. */
async function rankedFigures(
  db: Db,
  programmeId: string | undefined,
  indicatorId: string,
  breakdown: string,
  period: string | null,
): Promise<repo.RankingRow[]> {
  if (programmeId)
    return repo.listFocusAreaFigures(db, programmeId, indicatorId, breakdown, period ?? '');
  if (!period) return [];
  const all = await repo.listAreaFigures(db, indicatorId, breakdown, period);
  const kind = mostCommonKind(all);
  return all.filter((r) => r.kind === kind);
}

/**
 * One indicator across areas at one period (the ranking and the map) and over time (series for
 * one area and the programme's reference areas). With a programme, its focus areas are ranked;
 * without one, every area with a figure at the period, of the kind most of them are (so Norway
 * is not ranked among city districts).
 */
export async function getIndicatorView(
  db: Db,
  actor: Actor,
  code: string,
  q: IndicatorViewQuery,
): Promise<IndicatorView> {
  const row = await getIndicatorRow(db, code);
  const programme = q.programme ? await getVisibleProgrammeBySlug(db, actor, q.programme) : null;
  // The periods are read before the breakdown is known to exist: one round trip fewer, and
  // an unknown breakdown simply has none.
  const [extent, references, chosen, periodCodes] = await Promise.all([
    indicatorExtent(db, row.id),
    programme ? listProgrammeAreaRefs(db, programme.id, 'reference') : Promise.resolve([]),
    q.area ? repo.findAreaByCode(db, q.area) : Promise.resolve(undefined),
    repo.listPeriodCodes(db, row.id, q.breakdown),
  ]);
  const keys = extent.breakdowns;
  if (q.breakdown !== '' && !keys.includes(q.breakdown)) {
    throw invalidQuery('breakdown', `The indicator has no breakdown "${q.breakdown}"`, [
      q.breakdown,
    ]);
  }
  if (q.area && !chosen) throw invalidQuery('area', `No area has the code "${q.area}"`, [q.area]);
  const periods = sortPeriodCodes(periodCodes);
  const period = resolvePeriod(q.period, periods);
  const [labels, figures] = await Promise.all([
    repo.listBreakdownLabels(db, breakdownLabelKeys(keys)),
    rankedFigures(db, programme?.id, row.id, q.breakdown, period),
  ]);
  const ranking = period
    ? rankAreas(
        figures.map((f) => ({
          area: f,
          point:
            f.period === null
              ? { period, value: null, status: 'not_available' as const, symbol: null }
              : toPoint(f as repo.PointRow, row.id),
        })),
        row.direction,
        row.decimals,
      ).map((r) => ({ area: toRef(r.area), point: r.point, rank: r.rank }))
    : [];

  // Unless asked for one, the page opens on the programme's first focus area with a figure at
  // the period (not on one whose figures are missing), else the first with any observation.
  const followed =
    chosen ??
    (programme
      ? (figures.find((f) => f.value !== null) ??
        figures.find((f) => f.period !== null) ??
        figures[0])
      : undefined);
  const seriesAreas: { area: AreaRef; isReference: boolean }[] = followed
    ? [{ area: toRef(followed), isReference: false }]
    : [];
  for (const ref of references)
    if (ref.id !== followed?.id) seriesAreas.push({ area: ref, isReference: true });
  const [mapParent, seriesRows] = await Promise.all([
    period ? findMapParent(db, figures) : Promise.resolve(null),
    repo.listSeries(
      db,
      row.id,
      q.breakdown,
      seriesAreas.map((s) => s.area.id),
    ),
  ]);
  const series: AreaSeries[] = seriesAreas.map((s) => ({
    ...s,
    points: sortByPeriod(seriesRows.filter((r) => r.areaId === s.area.id)).map((p) =>
      toPoint(p, row.id),
    ),
  }));
  const sources = await resolveSources(
    db,
    sourceKeysOf([...ranking.map((r) => r.point), ...series.flatMap((s) => s.points)]),
  );

  const span = sortPeriodCodes(extent.bounds);
  return {
    indicator: toIndicator(row, {
      observationCount: extent.count,
      firstPeriod: span[0] ?? null,
      lastPeriod: span[span.length - 1] ?? null,
    }),
    breakdowns: breakdownOptions(keys, labels),
    breakdown: q.breakdown,
    periods,
    period,
    periodAge: period ? ageOf(period, row.maxAgeYears, new Date()) : null,
    ranking,
    mapParent,
    series,
    sources,
  };
}

/** The database orders by period start; equal starts of different kinds follow comparePeriods. */
function sortByPeriod<T extends { period: string }>(rows: T[]): T[] {
  const order = new Map(sortPeriodCodes(rows.map((r) => r.period)).map((p, i) => [p, i]));
  return rows.sort((a, b) => (order.get(a.period) ?? 0) - (order.get(b.period) ?? 0));
}
