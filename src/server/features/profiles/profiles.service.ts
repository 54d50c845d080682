import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { visibleLineage } from '../programmes/programmes.access';
import { isWithheldStatus, type ObservationStatus } from '../../../shared/domain/statistics';
import type { AreaKind } from '../../../shared/contracts/areas';
import type {
  AreaRef,
  Direction,
  IndicatorTopic,
  IndicatorUnit,
} from '../../../shared/contracts/indicators';
import type {
  AreaGeometries,
  AreaProfile,
  ProfilePoint,
  ProfileRow,
} from '../../../shared/contracts/profiles';
import { changeSince, compareWithReference, developmentOver } from './profiles.compare';
import { queryAreaProfile, type RawArea, type RawPoint } from './profiles.profile-sql';
import * as repo from './profiles.repo';
import { ageOf } from '../../../shared/domain/figure-age';
import { resolveSources, sourceKey, sourceKeysOf } from './profiles.sources';

function toPoint(r: RawPoint, indicatorId: string): ProfilePoint {
  const status = r[2] as ObservationStatus;
  // The table's check constraint already keeps numbers out of withheld cells; this keeps the
  // rule in the one place every figure passes through on its way out.
  return {
    period: r[0],
    value: isWithheldStatus(status) ? null : r[1],
    status,
    symbol: r[3],
    source: sourceKey(r[4], indicatorId),
  };
}

const toAreaRef = (r: RawArea): AreaRef => ({
  id: r[0],
  code: r[1],
  name: r[2],
  kind: r[3] as AreaKind,
  nameNn: r[4],
  nameEn: r[5],
});

/**
 * "Where are we?" for one area: every indicator the programme follows, with the latest figure
 * of the total, its last ten periods, how it moved since the period before, and how it compares
 * with each reference area in the indicator's direction. Any area in the register may be
 * profiled, not only the programme's focus areas: a reader may well want to see a neighbour.
 * A reference area that is the profiled area itself is left out (it would only say "same").
 */
export async function getAreaProfile(
  db: Db,
  actor: Actor,
  programmeId: string,
  areaCode: string,
): Promise<AreaProfile> {
  // The visibility check runs beside the profile's one statement, so it adds no round trip.
  const [[programme, area, refs, rows]] = await Promise.all([
    queryAreaProfile(db, programmeId, areaCode),
    visibleLineage(db, actor, programmeId),
  ]);
  if (!programme) throw notFound('The programme');
  if (!area) throw notFound('The area');
  const referenceAreas = refs.map(toAreaRef);
  const now = new Date();
  const profileRows = rows.map((r): ProfileRow => {
    const decimals = r[4];
    const direction = r[5] as Direction;
    const trend = (r[8] ?? []).map((p) => toPoint(p, r[0]));
    const latest = trend[trend.length - 1] ?? null;
    const previous = trend[trend.length - 2] ?? null;
    const refPoints = r[9] ?? [];
    return {
      indicator: {
        id: r[0],
        code: r[1],
        name: r[2],
        unit: r[3] as IndicatorUnit,
        decimals,
        direction,
        topic: r[6] as IndicatorTopic,
        isIllustrative: r[7],
      },
      latest,
      trend,
      change: changeSince(latest, previous, decimals),
      development: developmentOver(trend, decimals),
      age: latest ? ageOf(latest.period, r[10], now) : null,
      references: referenceAreas.map((ref, i) => {
        const raw = refPoints[i];
        const point = raw && raw[0] !== null ? toPoint(raw as RawPoint, r[0]) : null;
        return {
          area: ref,
          point,
          comparison: compareWithReference(latest, point, direction, decimals),
          isOtherPeriod: latest !== null && point !== null && point.period !== latest.period,
        };
      }),
    };
  });
  const sources = await resolveSources(
    db,
    sourceKeysOf(profileRows.flatMap((r) => [...r.trend, ...r.references.map((ref) => ref.point)])),
  );
  return {
    programme: { id: programme[0], slug: programme[1], name: programme[2] },
    area: toAreaRef(area),
    referenceAreas,
    rows: profileRows,
    sources,
  };
}

/**
 * Positions as longitude and latitude only: boundary files carry a height (always 0 in Oslo's),
 * a third of the bytes of every outline that no map draws.
 */
export function flatPositions(coordinates: unknown): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  if (coordinates.length >= 2 && coordinates.every((n) => typeof n === 'number'))
    return coordinates.slice(0, 2);
  return coordinates.map(flatPositions);
}

/** Outlines of the parent's child areas (e.g. Oslo's city districts) as GeoJSON, with a tag for caching. */
export async function getAreaGeometries(
  db: Db,
  parentCode: string,
  ifNoneMatch: string | undefined,
): Promise<{ etag: string; body: AreaGeometries | null }> {
  const parent = await repo.findAreaByCode(db, parentCode);
  if (!parent) throw notFound('The area');
  const etag = `"${await repo.geometriesTag(db, parent.id)}"`;
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))
    return { etag, body: null };
  const rows = await repo.listChildGeometries(db, parent.id);
  return {
    etag,
    body: {
      type: 'FeatureCollection',
      features: rows.map((r) => ({
        type: 'Feature',
        properties: { code: r.code, name: r.name },
        geometry: {
          ...r.geometry,
          coordinates: flatPositions(r.geometry.coordinates) as unknown[],
        },
      })),
    },
  };
}
