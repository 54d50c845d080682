import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AreaGeometries } from '../../../shared/contracts/profiles';
import { buildChoropleth } from './charts';
import { colourClasses } from './chart-data';
import { mapFeatures, mercatorAspect, withoutSpecks, type MapFeature } from './geo';

function twiceArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum;
}

const anticlockwise = [
  [10, 59],
  [11, 59],
  [11, 60],
  [10, 60],
  [10, 59],
];
const holeClockwise = [
  [10.2, 59.2],
  [10.2, 59.8],
  [10.8, 59.8],
  [10.8, 59.2],
  [10.2, 59.2],
];

function collection(features: { code: string; type: string; coordinates: unknown[] }[]): AreaGeometries {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', properties: { code: f.code, name: f.code }, geometry: { type: f.type, coordinates: f.coordinates } })),
  };
}

describe('mapFeatures', () => {
  it('winds exterior rings clockwise and holes anticlockwise, as d3 reads them', () => {
    const [f] = mapFeatures(collection([{ code: 'a', type: 'Polygon', coordinates: [anticlockwise, holeClockwise] }]));
    const rings = (f!.geometry as { coordinates: number[][][] }).coordinates;
    expect(twiceArea(rings[0]!)).toBeLessThan(0);
    expect(twiceArea(rings[1]!)).toBeGreaterThan(0);
  });

  it('leaves correctly wound rings alone, drops rings without area and features without a usable outline', () => {
    const clockwise = [...anticlockwise].reverse();
    const flat = [
      [10, 59],
      [11, 59],
      [10, 59],
      [10, 59],
    ];
    const features = mapFeatures(
      collection([
        { code: 'multi', type: 'MultiPolygon', coordinates: [[clockwise], [flat], [anticlockwise]] },
        { code: 'broken', type: 'Polygon', coordinates: [[['x', 1]]] },
        { code: 'point', type: 'Point', coordinates: [10, 59] },
      ]),
    );
    expect(features.map((f) => f.properties.code)).toEqual(['multi']);
    const polygons = (features[0]!.geometry as { coordinates: number[][][][] }).coordinates;
    expect(polygons).toHaveLength(2);
    expect(polygons[0]![0]).toBe(clockwise);
    for (const p of polygons) expect(twiceArea(p[0]!)).toBeLessThan(0);
  });
});

describe('withoutSpecks', () => {
  it('keeps the large polygons of a district and drops its islets, for the thick outline only', () => {
    const big = [...anticlockwise].reverse();
    const islet = [
      [10, 59],
      [10, 59.01],
      [10.01, 59.01],
      [10.01, 59],
      [10, 59],
    ];
    const feature: MapFeature = { type: 'Feature', properties: { code: 'x', name: 'x' }, geometry: { type: 'MultiPolygon', coordinates: [[big], [islet]] } };
    expect((withoutSpecks(feature).geometry as { coordinates: unknown[] }).coordinates).toEqual([[big]]);
    const polygon: MapFeature = { type: 'Feature', properties: { code: 'y', name: 'y' }, geometry: { type: 'Polygon', coordinates: [big] } };
    expect(withoutSpecks(polygon)).toBe(polygon);
  });
});

/** Bounding box of an SVG path's coordinates (M/L/Z paths as d3 writes them). */
function bbox(d: string): { w: number; h: number } {
  const nums = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const xs = nums.filter((_, i) => i % 2 === 0);
  const ys = nums.filter((_, i) => i % 2 === 1);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
}

describe('the Oslo city districts map', () => {
  // The outlines the demo loads (src/server/demo/geo, with their provenance).
  const file = path.resolve(process.cwd(), 'src/server/demo/geo/oslo-bydelsfakta-oslo.geojson');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { id: string; name: string }; geometry: { type: string; coordinates: unknown[] } }[] };
  const geometries: AreaGeometries = {
    type: 'FeatureCollection',
    features: raw.features.map((f) => ({ type: 'Feature', properties: { code: `0301${f.properties.id}`, name: f.properties.name }, geometry: f.geometry })),
  };

  // The file winds rings the d3 way; RFC 7946 files (e.g. from ogr2ogr) wind them the other way.
  const rfc7946: AreaGeometries = {
    ...geometries,
    features: geometries.features.map((f) => ({
      ...f,
      geometry: { ...f.geometry, coordinates: (f.geometry.coordinates as number[][][][]).map((polygon) => polygon.map((ring) => [...ring].reverse())) },
    })),
  };

  it.each([
    ['as published', geometries],
    ['wound the RFC 7946 way', rfc7946],
  ])('draws each of the 15 districts as its own shape inside the frame, not as the whole globe (%s)', (_name, source) => {
    const features: MapFeature[] = mapFeatures(source);
    expect(features).toHaveLength(15);
    const values = new Map(features.map((f, i) => [f.properties.code, { value: i === 3 ? null : 70 + i, status: i === 3 ? ('suppressed' as const) : ('none' as const) }]));
    const classes = colourClasses([...values.values()].flatMap((v) => (v.value === null ? [] : [v.value])), 1);
    const svg = buildChoropleth({ features, values, classes, chosenCode: '030103', patternId: 'hatch-test', statusText: (s) => (s === 'suppressed' ? 'prikket' : s) }, 400);
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    // The projection's fit gives the map the districts' own proportions (a little taller than wide).
    expect(width).toBe(400);
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(600);
    const paths = Array.from(svg.querySelectorAll('g[aria-label="geo"] path'));
    // 14 filled, 1 hatched, and the chosen district's outline: a white halo under a black line.
    expect(paths).toHaveLength(17);
    for (const path of paths) {
      const box = bbox(path.getAttribute('d') ?? '');
      expect(box.w * box.h).toBeLessThan(width * height * 0.5);
    }
    expect(svg.querySelector('pattern#hatch-test')).not.toBeNull();
    expect(svg.querySelectorAll('g[fill="url(#hatch-test)"] path')).toHaveLength(1);
    expect(Array.from(svg.querySelectorAll('text')).map((t) => t.textContent)).toContain('prikket');
  });
});

describe('the map\'s shape before it is drawn', () => {
  const box = (west: number, south: number, east: number, north: number): MapFeature => ({
    type: 'Feature',
    properties: { code: 'x', name: 'x' },
    geometry: { type: 'Polygon', coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] },
  });

  it('is as high as wide at the equator, and stretched north as Mercator stretches it', () => {
    expect(mercatorAspect([box(0, -0.5, 1, 0.5)])).toBeCloseTo(1, 3);
    // At 60° N a degree of latitude is drawn twice as long as a degree of longitude.
    expect(mercatorAspect([box(10, 59.95, 10.1, 60.05)])).toBeCloseTo(2, 2);
    expect(mercatorAspect([])).toBeUndefined();
  });
});
