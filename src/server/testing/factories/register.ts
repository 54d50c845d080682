import type { Db } from '../../db/client';
import { areaGeometries } from '../../features/areas/areas.table';
import { breakdownLabels } from '../../features/indicators/indicators.table';
import { buildArea } from './areas';

/**
 * A small register for profile, view and export tests: Norway → Oslo → four city districts
 * (three with outlines), and the labels of a breakdown by sex. Each test file runs in its own
 * database, so codes can be the real ones.
 */
export async function buildRegister(db: Db) {
  const norway = await buildArea(db, { code: 'NO', kind: 'country', name: 'Norge', nameNn: 'Noreg', nameEn: 'Norway' });
  const oslo = await buildArea(db, { code: '0301', kind: 'municipality', name: 'Oslo', parentId: norway.id });
  const gamleOslo = await buildArea(db, { code: '030101', kind: 'city_district', name: 'Bydel Gamle Oslo', parentId: oslo.id });
  const grunerlokka = await buildArea(db, { code: '030102', kind: 'city_district', name: 'Bydel Grünerløkka', parentId: oslo.id });
  const sagene = await buildArea(db, { code: '030103', kind: 'city_district', name: 'Bydel Sagene', parentId: oslo.id });
  const frogner = await buildArea(db, { code: '030105', kind: 'city_district', name: 'Bydel Frogner', parentId: oslo.id });
  const square = (x: number) => ({ type: 'Polygon', coordinates: [[[x, 59.9], [x + 0.01, 59.9], [x + 0.01, 59.91], [x, 59.9]]] });
  for (const [i, a] of [gamleOslo, grunerlokka, sagene].entries()) {
    await db.insert(areaGeometries).values({ areaId: a.id, geometry: square(10.7 + i / 100), source: 'test' });
  }
  await db.insert(breakdownLabels).values([
    { key: 'kjonn', label: { nb: 'Kjønn', nn: 'Kjønn', en: 'Sex' } },
    { key: 'kjonn=1', label: { nb: 'Gutter', nn: 'Gutar', en: 'Boys' } },
    { key: 'kjonn=2', label: { nb: 'Jenter', nn: 'Jenter', en: 'Girls' } },
  ]);
  return { norway, oslo, gamleOslo, grunerlokka, sagene, frogner, districts: [gamleOslo, grunerlokka, sagene, frogner] };
}

export type Register = Awaited<ReturnType<typeof buildRegister>>;
