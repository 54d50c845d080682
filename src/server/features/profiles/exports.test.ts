import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The JSON Schema validator Fastify itself is built on; used here only to check our output
// against the published JSON-stat 2.0 schema.
import Ajv2020 from 'ajv/dist/2020.js';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { statisticsFixture } from '../../testing/fixtures';
import { parseJsonStatDataset } from '@samordna/statistics-formats';
import { buildIndicator, buildProgramme, buildRegister, buildSeries, followIndicators, type Register } from '../../testing/factories';
import { cubeCells, storedCells } from '../../testing/export-cells';

let t: TestApp;
let r: Register;
let programmeId: string;

const today = new Date().toISOString().slice(0, 10);
/** The source of figures entered without an import: the one recorded on the indicator (the factory's). */
const SSB = 'Statistisk sentralbyrå (SSB)';

beforeAll(async () => {
  t = await buildTestApp();
  r = await buildRegister(t.db);
  // Its source address was stored before the contracts took http(s) only: the export leaves it out.
  const completion = await buildIndicator(t.db, { code: 'fullfort', name: { nb: 'Fullført', nn: 'Fullført', en: 'Completed' }, decimals: 1, sourceUrl: 'javascript:alert(1)' });
  const residents = await buildIndicator(t.db, { code: 'befolkning', name: { nb: 'Innbyggere', en: 'Residents' }, unit: 'count', decimals: 0, direction: 'neutral', isIllustrative: true });
  const points = await buildIndicator(t.db, { code: 'grunnskolepoeng', name: { nb: 'Grunnskolepoeng' }, unit: 'points' });

  await buildSeries(t.db, completion.id, r.sagene.id, [['2023', 71], ['2024', 72, 'provisional', 'p']]);
  await buildSeries(t.db, completion.id, r.sagene.id, [['2024', 74.5]], 'kjonn=2');
  await buildSeries(t.db, completion.id, r.sagene.id, [['2024', null, 'suppressed', ':']], 'kjonn=1');
  await buildSeries(t.db, completion.id, r.gamleOslo.id, [['2024', 70.04]]);
  await buildSeries(t.db, completion.id, r.frogner.id, [['2024', null, 'not_available']]);
  await buildSeries(t.db, completion.id, r.grunerlokka.id, [['2024', null, 'not_applicable', '.']]);
  await buildSeries(t.db, completion.id, r.oslo.id, [['2023', 70], ['2024', 71, 'break', 'b']]);
  await buildSeries(t.db, completion.id, r.norway.id, [['2024', 75]]);
  await buildSeries(t.db, residents.id, r.sagene.id, [['2024', 32000, 'none', 'e'], ['2023', 0, 'none', '-']]);
  await buildSeries(t.db, residents.id, r.oslo.id, [['2024', 717710]]);
  await buildSeries(t.db, points.id, r.sagene.id, [['2023-24', 42.25]]);

  const programme = await buildProgramme(t.db, { slug: 'oppvekst' });
  programmeId = programme.id;
  await followIndicators(t.db, programme.id, { indicators: [completion.id, residents.id], focus: [r.sagene.id], references: [r.oslo.id, r.norway.id] });
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

function csvLines(body: string): string[][] {
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body.endsWith('\r\n')).toBe(true);
  return body
    .slice(1, -2)
    .split('\r\n')
    .map((line) => line.split(';'));
}

describe('CSV export', () => {
  it('writes UTF-8 with BOM, semicolons and a decimal comma, as Norwegian Excel opens it', async () => {
    const res = await get('/api/indicators/fullfort/export?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="fullfort-${today}.csv"`);
    const [header, ...rows] = csvLines(res.body);
    expect(header).toEqual(['Indikatorkode', 'Indikator', 'Områdekode', 'Område', 'Periode', 'Inndelingskode', 'Inndeling', 'Verdi', 'Status', 'Symbol', 'Enhet', 'Kilde']);
    expect(rows).toHaveLength(10);
    expect(rows).toContainEqual(['fullfort', 'Fullført', '030101', 'Bydel Gamle Oslo', '2024', '', 'Totalt', '70,04', '', '', 'prosent', SSB]);
    expect(rows).toContainEqual(['fullfort', 'Fullført', '030103', 'Bydel Sagene', '2024', '', 'Totalt', '72', 'foreløpig', 'p', 'prosent', SSB]);
    expect(rows).toContainEqual(['fullfort', 'Fullført', '030103', 'Bydel Sagene', '2024', 'kjonn=2', 'Kjønn: Jenter', '74,5', '', '', 'prosent', SSB]);
    // Areas by code, then breakdown, then time.
    expect(rows.map((x) => `${x[2]} ${x[5]} ${x[4]}`).slice(0, 4)).toEqual(['0301  2023', '0301  2024', '030101  2024', '030102  2024']);
  });

  it('never writes a number for a withheld cell: the value is empty, status and symbol say why', async () => {
    const rows = csvLines((await get('/api/indicators/fullfort/export')).body).slice(1);
    expect(rows).toContainEqual(['fullfort', 'Fullført', '030103', 'Bydel Sagene', '2024', 'kjonn=1', 'Kjønn: Gutter', '', 'prikket', ':', 'prosent', SSB]);
    expect(rows).toContainEqual(['fullfort', 'Fullført', '030105', 'Bydel Frogner', '2024', '', 'Totalt', '', 'mangler', '', 'prosent', SSB]);
    expect(rows).toContainEqual(['fullfort', 'Fullført', '030102', 'Bydel Grünerløkka', '2024', '', 'Totalt', '', 'ikke aktuelt', '.', 'prosent', SSB]);
  });

  it('filters by areas and breakdown, labels in English on request, and writes school years with an en dash', async () => {
    const res = await get('/api/indicators/fullfort/export?areas=0301,030103&breakdown=&lang=en');
    const [header, ...rows] = csvLines(res.body);
    expect(header).toEqual(['Indicator code', 'Indicator', 'Area code', 'Area', 'Period', 'Breakdown code', 'Breakdown', 'Value', 'Status', 'Symbol', 'Unit', 'Source']);
    // The areas in the order asked for.
    expect(rows.map((x) => [x[2], x[4], x[6], x[7], x[8]])).toEqual([
      ['0301', '2023', 'Total', '70', ''],
      ['0301', '2024', 'Total', '71', 'break'],
      ['030103', '2023', 'Total', '71', ''],
      ['030103', '2024', 'Total', '72', 'provisional'],
    ]);
    const reversed = csvLines((await get('/api/indicators/fullfort/export?areas=030103,0301&breakdown=')).body).slice(1);
    expect(reversed.map((x) => x[2])).toEqual(['030103', '030103', '0301', '0301']);
    const girls = csvLines((await get('/api/indicators/fullfort/export?breakdown=kjonn%3D2')).body).slice(1);
    expect(girls.map((x) => x[7])).toEqual(['74,5']);
    // Norway in English: the register's nynorsk and English names go into the file in its language.
    const english = csvLines((await get('/api/indicators/fullfort/export?areas=NO&lang=en')).body).slice(1);
    expect(english.map((x) => x[3])).toEqual(['Norway']);
    const nynorsk = csvLines((await get('/api/indicators/fullfort/export?areas=NO&lang=nn')).body).slice(1);
    expect(nynorsk.map((x) => x[3])).toEqual(['Noreg']);
    const jsonStat = (await get('/api/indicators/fullfort/export?format=jsonstat&areas=NO,0301&lang=en')).json();
    expect(Object.values(jsonStat.dimension[jsonStat.id[0]].category.label)).toEqual(['Norway', 'Oslo']);
    const school = csvLines((await get('/api/indicators/grunnskolepoeng/export')).body).slice(1);
    expect(school[0]!.slice(4, 8)).toEqual(['2023\u201324', '', 'Totalt', '42,25']);
  });
});

function validator() {
  // The schema's date pattern escapes "-", which JavaScript's unicode mode rejects.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  return ajv.compile(JSON.parse(readFileSync(statisticsFixture('jsonstat', 'schema', 'jsonstat-2.0-dataset-schema-v1.05.json'), 'utf8')));
}

describe('JSON-stat export', () => {
  it('is a valid JSON-stat 2.0 dataset with roles, units and provenance', async () => {
    const res = await get('/api/indicators/fullfort/export?format=jsonstat');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="fullfort-${today}.json"`);
    const ds = res.json();
    const validate = validator();
    expect(validate(ds), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...ds, size: 'six' })).toBe(false);
    expect(ds).toMatchObject({
      version: '2.0',
      class: 'dataset',
      label: 'Fullført',
      source: 'Statistisk sentralbyrå (SSB)',
      id: ['area', 'kjonn', 'indicator', 'period'],
      size: [6, 3, 1, 2],
      role: { geo: ['area'], time: ['period'], metric: ['indicator'] },
    });
    expect(ds.dimension.kjonn).toEqual({ label: 'Kjønn', category: { index: ['_T', '1', '2'], label: { _T: 'Totalt', 1: 'Gutter', 2: 'Jenter' } } });
    expect(ds.dimension.indicator.category.unit).toEqual({ fullfort: { label: 'prosent', decimals: 1, symbol: '%', position: 'end' } });
    expect(ds.dimension.area.category.label['030103']).toBe('Bydel Sagene');
    expect(new Date(ds.updated).getTime()).not.toBeNaN();
    expect(ds.extension.samordna).toMatchObject({
      language: 'nb',
      breakdownTotal: '_T',
      indicators: { fullfort: { source: { publisher: 'Statistisk sentralbyrå (SSB)', url: null, isIllustrative: false } } },
      mapping: { area: { dimension: 'area' }, period: { dimension: 'period' }, indicator: { dimension: 'indicator' }, breakdowns: [{ dimension: 'kjonn', total: '_T' }] },
    });
  });

  it('gives a suppressed cell as null with ":" — never a number — and keeps the other symbols', async () => {
    const ds = (await get('/api/indicators/fullfort/export?format=jsonstat')).json();
    const sizes: number[] = ds.size;
    const pos = (area: string, kjonn: string, period: string) => {
      const c = [ds.dimension.area.category.index.indexOf(area), ds.dimension.kjonn.category.index.indexOf(kjonn), 0, ds.dimension.period.category.index.indexOf(period)];
      return c.reduce((n: number, x: number, i: number) => n * sizes[i]! + x, 0);
    };
    const suppressed = pos('030103', '1', '2024');
    expect(ds.value[suppressed]).toBeNull();
    expect(ds.status[suppressed]).toBe(':');
    expect(ds.value[pos('030103', '_T', '2024')]).toBe(72);
    expect(ds.status[pos('030103', '_T', '2024')]).toBe('p');
    expect(ds.status[pos('030105', '_T', '2024')]).toBe('..');
    expect(ds.status[pos('030102', '_T', '2024')]).toBe('.');
    expect(ds.status[pos('0301', '_T', '2024')]).toBe('b');
    // Cells the database does not hold are left out, not written as empty figures.
    expect(Object.keys(ds.value)).toHaveLength(10);
  });

  it('labels everything in the language asked for', async () => {
    const ds = (await get('/api/indicators/fullfort/export?format=jsonstat&lang=en')).json();
    expect(ds.label).toBe('Completed');
    expect(ds.dimension.area.label).toBe('Area');
    expect(ds.dimension.kjonn).toMatchObject({ label: 'Sex', category: { label: { _T: 'Total', 2: 'Girls' } } });
    expect(ds.dimension.indicator.category.unit.fullfort.label).toBe('per cent');
    const nn = (await get('/api/indicators/grunnskolepoeng/export?format=jsonstat&lang=nn')).json();
    expect(nn.dimension.period.category.label).toEqual({ '2023-24': '2023\u201324' });
    expect(nn.dimension.indicator.category.unit.grunnskolepoeng.label).toBe('poeng');
  });

  it('reads back, with our own parser, into exactly the observations it was made from', async () => {
    const body = (await get('/api/indicators/fullfort/export?format=jsonstat')).body;
    expect(await cubeCells(await parseJsonStatDataset(body))).toEqual(await storedCells(t.db, { indicators: ['fullfort'] }));
  });
});

describe('profile export', () => {
  it("holds the programme's indicators for the area and its reference areas, every period", async () => {
    const res = await get(`/api/programmes/${programmeId}/profile/030103/export?format=jsonstat`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="profil-oppvekst-030103-${today}.json"`);
    const ds = res.json();
    expect(validator()(ds)).toBe(true);
    expect(ds.dimension.area.category.index).toEqual(['030103', '0301', 'NO']);
    expect(ds.dimension.indicator.category.index).toEqual(['fullfort', 'befolkning']);
    expect(ds.note).toEqual(['Illustrasjon – ikke publisert statistikk: Innbyggere']);
    const expected = await storedCells(t.db, { indicators: ['fullfort', 'befolkning'], areas: ['030103', '0301', 'NO'] });
    expect(await cubeCells(await parseJsonStatDataset(res.body))).toEqual(expected);
    // "-" is SSB's exact zero: it stays a zero with its symbol.
    expect(expected).toContainEqual({ indicator: 'befolkning', area: '030103', period: '2023', breakdown: '', value: 0, status: 'none' });
  });

  it('as CSV lists the same rows', async () => {
    const res = await get(`/api/programmes/${programmeId}/profile/030103/export?format=csv`);
    const rows = csvLines(res.body).slice(1);
    expect(rows[0]!.slice(0, 3)).toEqual(['fullfort', 'Fullført', '030103']);
    expect(new Set(rows.map((x) => x[2]))).toEqual(new Set(['030103', '0301', 'NO']));
    expect(rows).toHaveLength((await storedCells(t.db, { indicators: ['fullfort', 'befolkning'], areas: ['030103', '0301', 'NO'] })).length);
    expect(rows).toContainEqual(['befolkning', 'Innbyggere', '030103', 'Bydel Sagene', '2024', '', 'Totalt', '32000', '', 'e', 'antall', `${SSB}, illustrasjon, ikke publisert statistikk`]);
  });
});

describe('export refusals', () => {
  it.each([
    ['/api/indicators/fullfort/export?format=xlsx', 'querystring.format'],
    ['/api/indicators/fullfort/export?areas=0301,9999', 'querystring.areas'],
    ['/api/indicators/fullfort/export?breakdown=kjonn%3D9', 'querystring.breakdown'],
    ['/api/indicators/fullfort/export?lang=de', 'querystring.lang'],
  ])('answers 400 naming the field: %s', async (url, path) => {
    const res = await get(url);
    expect([res.statusCode, res.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(res.json().errors[0].path).toBe(path);
  });

  it('lists the unknown area codes', async () => {
    const res = await get('/api/indicators/fullfort/export?areas=0301,9999,8888');
    expect(res.json().errors[0].values).toEqual(['9999', '8888']);
  });

  it('answers 404 for an unknown indicator, area or unpublished programme', async () => {
    expect((await get('/api/indicators/finnes-ikke/export')).statusCode).toBe(404);
    expect((await get(`/api/programmes/${programmeId}/profile/999999/export`)).statusCode).toBe(404);
    const hidden = await buildProgramme(t.db, { isPublished: false });
    const res = await get(`/api/programmes/${hidden.id}/profile/030103/export`);
    expect([res.statusCode, res.json().code]).toEqual([404, 'NOT_FOUND']);
  });
});
