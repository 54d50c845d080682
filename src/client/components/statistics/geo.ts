import type { AreaGeometries } from '../../../shared/contracts/profiles';

type Position = number[];
type Ring = Position[];

export interface MapFeature {
  type: 'Feature';
  properties: { code: string; name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** Twice the signed planar area of a ring in (longitude, latitude); positive is anticlockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function isRing(value: unknown): value is Ring {
  return Array.isArray(value) && value.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)));
}

/**
 * Orients a polygon's rings the way d3-geo (and so Plot) reads them: exterior rings clockwise,
 * holes anticlockwise. GeoJSON files use either convention (RFC 7946 prescribes the opposite of
 * d3's), and a wrongly wound ring is read as "the whole globe except this district", which fills
 * the map and breaks the projection's fit. Degenerate rings (no area) are dropped.
 */
function orientPolygon(rings: unknown): Ring[] | null {
  if (!Array.isArray(rings)) return null;
  const out: Ring[] = [];
  for (const [i, ring] of rings.entries()) {
    if (!isRing(ring) || ring.length < 4) continue;
    const area = signedArea(ring);
    if (Math.abs(area) < 1e-14) continue;
    const wantClockwise = i === 0;
    const isClockwise = area < 0;
    out.push(isClockwise === wantClockwise ? ring : [...ring].reverse());
  }
  // Without its exterior ring the holes mean nothing.
  if (out.length === 0 || !isRing(rings[0]) || Math.abs(signedArea(rings[0] as Ring)) < 1e-14) return null;
  return out;
}

/** The geometries as features ready to draw, in d3's winding, keyed by area code. */
export function mapFeatures(geometries: AreaGeometries): MapFeature[] {
  const features: MapFeature[] = [];
  for (const f of geometries.features) {
    const { type, coordinates } = f.geometry;
    if (type === 'Polygon') {
      const polygon = orientPolygon(coordinates);
      if (polygon) features.push({ type: 'Feature', properties: f.properties, geometry: { type: 'Polygon', coordinates: polygon } });
    } else if (type === 'MultiPolygon') {
      const polygons = coordinates.map(orientPolygon).filter((p): p is Ring[] => p !== null);
      if (polygons.length > 0) features.push({ type: 'Feature', properties: f.properties, geometry: { type: 'MultiPolygon', coordinates: polygons } });
    }
  }
  return features;
}

/**
 * The feature without its specks (islets smaller than `share` of its largest polygon). A thick
 * outline round a dozen islets turns them into black blots; the outline is for finding the
 * area, the fill still shows every islet.
 */
export function withoutSpecks(feature: MapFeature, share = 0.03): MapFeature {
  if (feature.geometry.type !== 'MultiPolygon') return feature;
  const polygons = feature.geometry.coordinates;
  const areas = polygons.map((p) => Math.abs(signedArea(p[0]!)));
  const largest = Math.max(...areas);
  const kept = polygons.filter((_, i) => areas[i]! >= largest * share);
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

/**
 * Height over width of the features drawn in the Mercator projection the maps use: the map's
 * space is kept at this shape before it is drawn, so nothing below it moves when it appears.
 */
export function mercatorAspect(features: readonly MapFeature[]): number | undefined {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
      for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
        const x = (lon * Math.PI) / 180;
        const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  const width = maxX - minX;
  return width > 0 && Number.isFinite(maxY - minY) ? (maxY - minY) / width : undefined;
}
