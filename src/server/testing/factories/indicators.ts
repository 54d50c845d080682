import type { Db } from '../../db/client';
import { indicators, observations, programmeAreas, programmeIndicators } from '../../features/indicators/indicators.table';
import { parsePeriod } from '../../../shared/domain/periods';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import { unique } from './unique';

export async function buildIndicator(db: Db, o: Partial<typeof indicators.$inferInsert> = {}) {
  const [row] = await db
    .insert(indicators)
    .values({
      code: `indikator-${unique()}`,
      name: { nb: 'Indikator', nn: 'Indikator', en: 'Indicator' },
      unit: 'percent',
      decimals: 1,
      direction: 'higher_is_better',
      sourcePublisher: 'Statistisk sentralbyrå (SSB)',
      ...o,
    })
    .returning();
  return row!;
}

/** One observation; the period code is read as the importer reads it. */
export async function buildObservation(
  db: Db,
  o: { indicatorId: string; areaId: string; period: string; value: number | null; status?: ObservationStatus; symbol?: string | null; breakdown?: string },
) {
  const period = parsePeriod(o.period);
  if (!period) throw new Error(`Not a period: ${o.period}`);
  const [row] = await db
    .insert(observations)
    .values({
      indicatorId: o.indicatorId,
      areaId: o.areaId,
      period: period.code,
      periodKind: period.kind,
      periodStart: period.start,
      breakdown: o.breakdown ?? '',
      value: o.value,
      status: o.status ?? 'none',
      symbol: o.symbol ?? null,
    })
    .returning();
  return row!;
}

/** A series for one area: `[period, value]` or `[period, null, status, symbol]`. */
export async function buildSeries(
  db: Db,
  indicatorId: string,
  areaId: string,
  cells: ([string, number] | [string, null, ObservationStatus, string?] | [string, number, ObservationStatus, string?])[],
  breakdown = '',
): Promise<void> {
  for (const [period, value, status, symbol] of cells) {
    await buildObservation(db, { indicatorId, areaId, period, value, status: status ?? 'none', symbol: symbol ?? null, breakdown });
  }
}

/** The programme's statistics settings: the indicators it follows, its focus and reference areas. */
export async function followIndicators(
  db: Db,
  programmeId: string,
  s: { indicators: string[]; focus: string[]; references: string[] },
): Promise<void> {
  if (s.indicators.length) await db.insert(programmeIndicators).values(s.indicators.map((indicatorId, i) => ({ programmeId, indicatorId, sortOrder: i })));
  const rows = [
    ...s.focus.map((areaId, i) => ({ programmeId, areaId, role: 'focus' as const, sortOrder: i })),
    ...s.references.map((areaId, i) => ({ programmeId, areaId, role: 'reference' as const, sortOrder: i })),
  ];
  if (rows.length) await db.insert(programmeAreas).values(rows);
}
