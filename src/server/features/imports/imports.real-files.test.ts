import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildProgramme, buildUser, buildArea, buildIndicator } from '../../testing/factories';
import { poolOf } from '../../jobs/pool';
import { statisticsFixture } from '../../testing/fixtures';
import type { ImportMapping, ImportMappingInput, ImportPreview, StatisticsImport, Upload } from '../../../shared/contracts/imports';
import { upload, waitForImport } from '../../testing/imports';

/**
 * Every family of real files in test/fixtures/statistics taken the way an analyst takes them: upload
 * (inspect), adjust the suggested mapping, preview, import as a job; then what the database
 * holds is checked against the preview and against what the file holds.
 */
let t: TestApp;
let dataDir: string;
let analyst: TestClient;

/** The analyst's programme, which keeps the indicators imported into. */
let ownerProgrammeId: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'samordna-real-'));
  t = await buildTestApp({ DATA_DIR: dataDir });
  ownerProgrammeId = (await buildProgramme(t.db)).id;
  analyst = await t.signIn((await buildUser(t.db, { roles: [[ownerProgrammeId, 'analyst']] })).email);
  await buildArea(t.db, { code: 'NO', kind: 'country', name: 'Norge' });
  for (const code of ['0114', '0115']) await buildArea(t.db, { code, kind: 'municipality', name: `Kommune ${code}` });
  for (const code of ['9091', '9049', '9906']) await buildArea(t.db, { code, kind: 'municipality', name: `Område ${code}` });
  for (const code of ['FI', 'CA']) await buildArea(t.db, { code, kind: 'country', name: code });
});

afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function indicators(...codes: string[]) {
  for (const code of codes) await buildIndicator(t.db, { code, ownerProgrammeId });
}

interface Journey {
  upload: Upload;
  preview: ImportPreview;
  done: StatisticsImport;
  /** What the database holds for the import: rows, rows with a number, by status, with a note. */
  held: { rows: number; values: number; notes: number; statuses: Record<string, number>; symbols: Record<string, number> };
}

async function journey(
  file: string,
  adjust: (suggested: ImportMapping, upload: Upload) => ImportMappingInput,
  dataset?: number,
  isFirst = true,
): Promise<Journey> {
  const res = await upload(analyst, file);
  expect(res.statusCode, res.body).toBe(201);
  let inspected = res.json() as Upload;
  if (dataset !== undefined) inspected = (await analyst.get(`/api/statistics/uploads/${inspected.id}?dataset=${dataset}`)).json() as Upload;
  const mapping = adjust(inspected.suggestedMapping, inspected);
  const previewed = await analyst.post(`/api/statistics/uploads/${inspected.id}/preview`, mapping);
  expect(previewed.statusCode, previewed.body).toBe(200);
  const preview = previewed.json() as ImportPreview;
  expect(preview.problems).toEqual([]);
  expect(preview.summary.rows + preview.summary.skipped).toBe(inspected.cells);
  const started = await analyst.post('/api/statistics/imports', { uploadId: inspected.id, mapping });
  expect(started.statusCode, started.body).toBe(202);
  const done = await waitForImport(analyst, (started.json() as StatisticsImport).id);
  expect(done.error).toBeNull();
  expect(done.result).toMatchObject({ rows: preview.summary.rows, statuses: preview.summary.statuses, ...(isFirst ? { inserted: preview.summary.rows } : {}) });
  const pool = poolOf(t.db);
  const byStatus = await pool.query<{ status: string; n: number; v: number; notes: number }>(
    'select status, count(*)::int as n, count(value)::int as v, count(note)::int as notes from observations where import_id = $1 group by status',
    [done.id],
  );
  const bySymbol = await pool.query<{ symbol: string; n: number }>(
    'select symbol, count(*)::int as n from observations where import_id = $1 and symbol is not null group by symbol',
    [done.id],
  );
  const held = {
    rows: byStatus.rows.reduce((s, r) => s + r.n, 0),
    values: byStatus.rows.reduce((s, r) => s + r.v, 0),
    notes: byStatus.rows.reduce((s, r) => s + r.notes, 0),
    statuses: Object.fromEntries(byStatus.rows.map((r) => [r.status, r.n])),
    symbols: Object.fromEntries(bySymbol.rows.map((r) => [r.symbol, r.n])),
  };
  // Rows an import leaves unchanged keep the import that wrote them: compare only a first import.
  if (isFirst) {
    expect(held.rows).toBe(preview.summary.rows);
    expect(held.values).toBe(preview.summary.values);
    for (const [status, n] of Object.entries(preview.summary.statuses)) expect(held.statuses[status] ?? 0).toBe(n);
  }
  // A withheld figure never has a number in the database.
  const leaked = await pool.query("select count(*)::int as n from observations where import_id = $1 and value is not null and status in ('suppressed','not_available','not_applicable')", [done.id]);
  expect(leaked.rows[0].n).toBe(0);
  return { upload: inspected, preview, done, held };
}

describe('real statistics files, from upload to observations', () => {
  it('SSB PX: quarters written 2015K1, DATANOTECELL notes, SITC and transport totals', async () => {
    await indicators('transportmengde');
    const j = await journey(statisticsFixture('px', 'ssb-Transmengde-datanotecell-quarterK.px'), (m) => ({
      ...m,
      indicator: { dimension: 'statistikkvariabel', categories: { Transmengde: 'transportmengde' } },
    }));
    expect(j.upload.suggestedMapping.area).toMatchObject({ fixed: 'NO' });
    expect(j.preview.periods.slice(0, 5)).toEqual(['2015Q1', '2015Q2', '2015Q3', '2015Q4', '2016Q1']);
    expect(j.preview.periods).toHaveLength(14);
    expect(j.held).toMatchObject({ rows: 27_300, values: 27_300, notes: 6_760, statuses: { none: 20_540, provisional: 6_760 }, symbols: { '*': 6_760 } });
    const totals = await poolOf(t.db).query("select count(*)::int as n from observations where import_id = $1 and breakdown = 'import/eksport=1'", [j.done.id]);
    expect(totals.rows[0].n).toBe(14);
  });

  it('Statistics Sweden PX with KEYS and all six dot codes: regions matched, skipped on purpose', async () => {
    await indicators('scb-inflyttade', 'scb-utflyttade');
    const categories = { BE0101F1: 'scb-inflyttade', BE0101F2: 'scb-utflyttade' };
    const j = await journey(statisticsFixture('px', 'scb-pxweb-BE0101F1-keys.px'), (m) => ({
      ...m,
      area: { dimension: 'region', codes: { '00': null, '01': null } },
      indicator: { dimension: 'type', categories },
    }));
    expect(j.preview.areas).toEqual({ matched: [expect.objectContaining({ source: '0114' }), expect.objectContaining({ source: '0115' })], unknown: [], skipped: ['00', '01'], classification: 'unknown' });
    expect(j.held.rows).toBe(24);
    expect(j.preview.summary.skipped).toBe(24);
    // The legend names these codes in words ("hidden"), so the code itself is kept as the symbol.
    expect(Object.keys(j.held.symbols).every((s) => /^\.+$/.test(s))).toBe(true);

    // The same table in three languages: the same figures; six cells carry other cell notes (or
    // none), which updates them without a change of value or status to record.
    const multi = await journey(
      statisticsFixture('px', 'scb-pxweb-BE0101F1-multilang-en-sv-fi.px'),
      (m) => ({ ...m, area: { dimension: 'region', codes: { '00': null, '01': null } }, indicator: { dimension: 'type', categories } }),
      undefined,
      false,
    );
    expect(multi.done.result).toMatchObject({ rows: 24, inserted: 0, updated: 6, unchanged: 18 });
    expect((await analyst.get(`/api/statistics/imports/${multi.done.id}/changes`)).json()).toEqual({ items: [], total: 0 });
    const rewritten = await poolOf(t.db).query('select count(*)::int as n from observations where import_id = $1', [multi.done.id]);
    expect(rewritten.rows[0].n).toBe(6);
    const labels = await poolOf(t.db).query("select label from breakdown_labels where key = 'sex=2'");
    expect(labels.rows[0].label).toEqual({ nb: 'women', en: 'women' });
  });

  it('Statistics Finland: Finnish municipality codes mapped to areas, the rest skipped', async () => {
    await indicators('fi-perheet', 'fi-lapsiperheet');
    const j = await journey(statisticsFixture('px', 'statfin-LargeFinnishDatasetWithManyValues.px'), (m) => ({
      ...m,
      area: { dimension: 'Alue', codes: { KU091: '9091', KU049: '9049' }, skipUnknown: true },
      indicator: { dimension: 'Tiedot', categories: { perhlkm: 'fi-perheet', lapsiperhe: 'fi-lapsiperheet' } },
    }));
    expect(j.upload.cells).toBe(149_872);
    expect(j.held).toMatchObject({ rows: 17 * 2 * 2, values: 68 });
    expect(j.preview.areas.skipped).toHaveLength(549);
    // One figure checked against the file itself: Helsinki's families in 2022.
    const text = await readFile(statisticsFixture('px', 'statfin-LargeFinnishDatasetWithManyValues.px'), 'latin1');
    expect(text).toContain('"KU091"');
    const [row] = (await poolOf(t.db).query("select o.value from observations o join areas a on a.id = o.area_id join indicators i on i.id = o.indicator_id where a.code = '9091' and i.code = 'fi-perheet' and o.period = '2022'")).rows;
    expect(row.value).toBeGreaterThan(100_000);

    await indicators('fi-luottamus', 'fi-oma-talous');
    const months = await journey(statisticsFixture('px', 'statfin-Issue220Finland-fi-sv-en.px'), (m) => ({
      ...m,
      area: { fixed: 'FI' },
      indicator: { dimension: 'Tiedot', categories: { CCI_A1: 'fi-luottamus', CCI_B1: 'fi-oma-talous' } },
    }));
    expect(months.preview.periods[0]).toBe('1995M10');
    expect(months.held.rows).toBe(322 * 2);
  });

  it('PxWebApi v2: JSON-stat and PX responses, and a metadata response refused', async () => {
    await indicators('scb-folkmengde', 'air-emissions');
    const json = await journey(statisticsFixture('pxwebapi-v2', 'scb-v2-TAB638-data-POST.json'), (m) => ({
      ...m,
      area: { dimension: 'Region', codes: { '00': 'NO' } },
      indicator: { dimension: 'ContentsCode', categories: { BE0101N1: 'scb-folkmengde' } },
    }));
    expect(json.upload.suggestedMapping.filters.map((f) => f.dimension)).toEqual(['Civilstand', 'Alder', 'Kon']);
    expect(json.held).toMatchObject({ rows: 1, values: 1 });
    const px = await journey(statisticsFixture('pxwebapi-v2', 'pxwebapi-test-tab4_fewcells.px'), (m) => ({
      ...m,
      indicator: { dimension: 'ContentsCode', categories: { Emission: 'air-emissions' } },
    }));
    expect(px.held.rows).toBe(1);
    expect(px.preview.periods).toEqual(['2017']);

    const meta = (await upload(analyst, statisticsFixture('pxwebapi-v2', 'pxwebapi-test-MetadataById_tab004_js2.json'))).json() as Upload;
    expect(meta.warnings).toContain('The file describes a table but holds no figures (a metadata response).');
    const mapping = { ...meta.suggestedMapping, indicator: { dimension: 'ContentsCode', categories: { Emission: 'air-emissions' } } };
    const preview = (await analyst.post(`/api/statistics/uploads/${meta.id}/preview`, mapping)).json() as ImportPreview;
    expect(preview.problems.map((p) => p.code)).toContain('noData');
    const refused = await analyst.post('/api/statistics/imports', { uploadId: meta.id, mapping });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('MAPPING_INVALID');
  });

  it('PxWebApi v1 PX with Eurostat codes: the countries in the register found among them', async () => {
    await indicators('eu-population');
    const j = await journey(statisticsFixture('px', 'pxwebapi-TAB001-en-sv-many-missing.px'), (m) => ({
      ...m,
      area: { dimension: 'REGION', skipUnknown: true },
      indicator: { dimension: 'ContentsCode', categories: { HNMGA: 'eu-population' } },
    }));
    expect(j.upload.suggestedMapping.breakdowns).toEqual([{ dimension: 'SEX', total: 'T' }, { dimension: 'AGE', total: 'TOTAL' }]);
    expect(j.preview.areas.matched).toEqual([
      { source: 'FI', code: 'FI', name: 'FI' },
      { source: 'NO', code: 'NO', name: 'Norge' },
    ]);
    expect(j.held.rows).toBe(2 * 3 * 22 * 3);
    expect(j.held.rows - j.held.values).toBe(j.held.statuses.not_available ?? 0);
  });

  it('JSON-stat samples: sparse status, a status array, collections and bundles, a sparse value', async () => {
    await indicators('oecd-ledighet', 'ca-befolkning', 'ca-andel', 'cpi-vekt');
    const oecd = await journey(statisticsFixture('jsonstat', 'samples', 'oecd.json'), (m) => ({
      ...m,
      area: { dimension: 'area', skipUnknown: true },
      indicator: { dimension: 'concept', categories: { UNR: 'oecd-ledighet' } },
    }));
    const source = JSON.parse(await readFile(statisticsFixture('jsonstat', 'samples', 'oecd.json'), 'utf8')) as {
      status: Record<string, string>;
      dimension: { area: { category: { index: Record<string, number> } } };
    };
    const index = source.dimension.area.category.index;
    const ours = new Set(['NO', 'FI', 'CA'].map((code) => index[code]));
    const estimated = Object.keys(source.status).filter((k) => ours.has(Math.floor(Number(k) / 12))).length;
    expect(oecd.preview.areas.matched.map((a) => a.code).sort()).toEqual(['CA', 'FI', 'NO']);
    expect(oecd.held).toMatchObject({ rows: 36, values: 36 });
    expect(oecd.held.symbols.e ?? 0).toBe(estimated);

    const canada = (m: ImportMapping): ImportMappingInput => ({ ...m, indicator: { dimension: 'concept', categories: { POP: 'ca-befolkning', PERCENT: 'ca-andel' } } });
    const fromCollection = await journey(statisticsFixture('jsonstat', 'samples', 'oecd-canada-col-embedded-collection.json'), canada, 1);
    expect(fromCollection.upload.suggestedMapping.breakdowns).toEqual([{ dimension: 'age', total: 'T' }, { dimension: 'sex', total: 'T' }]);
    expect(fromCollection.held).toMatchObject({ rows: 120, symbols: { a: 120 } });
    // The same dataset from a JSON-stat 1.x bundle: the same observations, nothing changed.
    const fromBundle = await journey(statisticsFixture('jsonstat', 'samples', 'oecd-canada-bundle-v1.json'), canada, 1, false);
    expect(fromBundle.done.mapping.dataset).toBe(1);
    expect(fromBundle.done.result).toMatchObject({ rows: 120, inserted: 0, updated: 0, unchanged: 120 });

    const hierarchy = await journey(statisticsFixture('jsonstat', 'samples', 'hierarchy.json'), (m) => ({
      ...m,
      area: { fixed: 'NO' },
      period: { fixed: '2011' },
      indicator: { fixed: 'cpi-vekt' },
    }));
    // Its sparse `value` holds one null and nothing else: no figures, so no observations.
    expect(hierarchy.done.result).toMatchObject({ rows: 0, inserted: 0 });
    expect(hierarchy.held).toMatchObject({ rows: 0, values: 0 });
  });

  it('CSV in the shape of a Udir export: school years, "*" suppressed, empty not applicable, county column implied', async () => {
    for (const code of ['0301', '3403', '3405']) await buildArea(t.db, { code, kind: 'municipality', name: `Kommune ${code}` });
    await indicators('grunnskolepoeng');
    const file = statisticsFixture('synthetic', 'SYNTHETIC-udir-grunnskolepoeng.csv');
    const j = await journey(file, (m) => ({ ...m, indicator: { dimension: 'measure', categories: { Grunnskolepoeng: 'grunnskolepoeng' } } }));
    expect(j.upload).toMatchObject({ format: 'csv', encoding: 'utf-8', cells: 18 });
    expect(j.upload.warnings).toContain('The column "Fylkenummer" follows from "Kommunenummer" and was left out as a dimension.');
    expect(j.upload.suggestedMapping).toMatchObject({ area: { dimension: 'Kommunenummer' }, period: { dimension: 'Skoleår' }, breakdowns: [{ dimension: 'Kjønn', total: 'Alle' }] });
    expect(j.preview.periods).toEqual(['2022-23', '2023-24']);
    expect(j.held).toMatchObject({ rows: 18, values: 16, statuses: { none: 16, suppressed: 1, not_applicable: 1 }, symbols: { '*': 1 } });
    const [hamar] = (
      await poolOf(t.db).query(
        "select o.value, o.breakdown from observations o join areas a on a.id = o.area_id where a.code = '3403' and o.period = '2022-23' and o.breakdown = '' and o.import_id = $1",
        [j.done.id],
      )
    ).rows;
    expect(hamar).toEqual({ value: 41.9, breakdown: '' });
  });

  it('INE: suppression told by a note is stored as suppressed; unreadable periods are listed', async () => {
    await indicators('ine-indeks');
    const j = await journey(statisticsFixture('px', 'ine-27067-secreto-estadistico.px'), (m) => ({
      ...m,
      area: { dimension: 'Comunidades y Ciudades Autónomas', codes: { CA06: '9906' } },
      indicator: { dimension: 'Índice y tasas', categories: { Índice: 'ine-indeks' } },
      breakdowns: [{ dimension: 'Divisiones' }],
      filters: [],
    }));
    expect(j.held.rows).toBe(29 * 7);
    expect(j.held.statuses.suppressed).toBeGreaterThan(0);
    expect(j.held.symbols['..']).toBe(j.held.statuses.suppressed);

    const spanish = (await upload(analyst, statisticsFixture('px', 'ine-1001-mojibake-utf8.px'))).json() as Upload;
    const preview = (
      await analyst.post(`/api/statistics/uploads/${spanish.id}/preview`, { ...spanish.suggestedMapping, area: { fixed: 'NO' }, indicator: { fixed: 'ine-indeks' } })
    ).json() as ImportPreview;
    expect(preview.isValid).toBe(false);
    expect(preview.problems).toContainEqual(expect.objectContaining({ path: 'period.dimension', code: 'unreadablePeriods', values: expect.arrayContaining(['2013T4', '2008T1']) }));
  });
});
