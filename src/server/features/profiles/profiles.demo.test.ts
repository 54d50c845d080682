import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { loadDemoData } from '../../demo/demo';
import type { AreaProfile, IndicatorView } from '../../../shared/contracts/profiles';

let t: TestApp;
let programmeId: string;

beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db);
  const res = await t.app.inject({ method: 'GET', url: '/api/programmes/by-slug/oppvekst-og-utdanning' });
  programmeId = res.json().id as string;
});
afterAll(() => t.close());

describe('demo data: where is Sagene?', () => {
  it('shows social assistance in Sagene, 6.8 %, as worse than Oslo at 4 % (lower is better)', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/programmes/${programmeId}/profile/030103` });
    expect(res.statusCode).toBe(200);
    const profile = res.json() as AreaProfile;
    expect(profile.area).toMatchObject({ code: '030103', name: 'Bydel Sagene' });
    expect(profile.referenceAreas.map((a) => a.code)).toEqual(['0301', 'NO']);
    const social = profile.rows.find((r) => r.indicator.code === 'sosialhjelp-andel')!;
    expect(social.indicator.direction).toBe('lower_is_better');
    expect(social.latest).toEqual({ period: '2009', value: 6.8, status: 'none', symbol: null, source: `indicator:${social.indicator.id}` });
    // Entered from the district's slide, not imported: the source recorded on the indicator.
    expect(profile.sources.find((s) => s.key === social.latest!.source)).toMatchObject({ kind: 'indicator', retrieved: null });
    expect(social.references[0]).toMatchObject({ area: { code: '0301' }, point: { period: '2009', value: 4 }, comparison: 'worse' });
    // Norway has no figure for it in the demo: nothing to compare with, and no figure invented.
    expect(social.references[1]).toMatchObject({ area: { code: 'NO' }, point: null, comparison: 'not_comparable' });
    const welfare = profile.rows.find((r) => r.indicator.code === 'barnevern-tiltak-andel')!;
    expect(welfare.references[0]).toMatchObject({ point: { value: 2.9 }, comparison: 'worse' });
    expect(profile.rows.map((r) => r.indicator.code)).toEqual(['fullfort-vgo-5ar', 'grunnskolepoeng', 'barn-lavinntekt', 'barnevern-tiltak-andel', 'sosialhjelp-andel']);
  });

  it("ranks Oslo's districts on completion and draws them on Oslo's map", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/indicators/fullfort-vgo-5ar/view?programme=oppvekst-og-utdanning' });
    expect(res.statusCode).toBe(200);
    const view = res.json() as IndicatorView;
    expect(view.period).toBe('2024');
    expect(view.ranking).toHaveLength(15);
    expect(view.mapParent).toMatchObject({ code: '0301' });
    expect(view.breakdowns.map((b) => b.key)).toEqual(['', 'kjonn=1', 'kjonn=2']);
    expect(view.breakdowns[2]!.label).toMatchObject({ nb: 'Kjønn: Jenter', en: 'Sex: Girls' });
    expect(view.series.map((s) => [s.area.code, s.isReference])).toEqual([
      ['030101', false],
      ['0301', true],
      ['NO', true],
    ]);
    const geo = await t.app.inject({ method: 'GET', url: '/api/areas/geometries?parent=0301' });
    expect(geo.statusCode).toBe(200);
    const features = geo.json().features as { geometry: { coordinates: unknown[] } }[];
    expect(features).toHaveLength(15);
    // Positions are sent as longitude and latitude only (the boundary file's height is dropped).
    const positions = JSON.stringify(features.map((f) => f.geometry.coordinates)).match(/\[-?[\d.]+(,-?[\d.]+)*\]/g) ?? [];
    expect(positions.length).toBeGreaterThan(1000);
    expect(positions.every((p) => p.split(',').length === 2)).toBe(true);
  });
});
