// @vitest-environment node
import { createReadStream, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectCells, summarizeCells, type Cube, type CubeCell } from '../src/cube';
import { StatisticsParseError } from '../src/errors';
import { parsePx } from '../src/px';
import { statisticsFixture } from './fixtures';

const px = (name: string): { path: string } => ({ path: statisticsFixture('px', name) });

async function load(name: string): Promise<{ cube: Cube; cells: CubeCell[] }> {
  const cube = await parsePx(px(name));
  return { cube, cells: await collectCells(cube) };
}

async function parseError(input: string | Uint8Array): Promise<StatisticsParseError> {
  const error = await parsePx(input)
    .then((cube) => collectCells(cube))
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(StatisticsParseError);
  return error as StatisticsParseError;
}

describe('SSB PX files', () => {
  it('Transmengde: 27,300 cells, SSB "K" quarters, 6,760 provisional DATANOTECELL cells, multi-line NOTE', async () => {
    const { cube, cells } = await load('ssb-Transmengde-datanotecell-quarterK.px');
    const { meta } = cube;
    expect(meta.encoding).toBe('iso-8859-1');
    expect(meta.languages).toEqual(['no']);
    expect(meta.cells).toBe(27300);
    expect(cells).toHaveLength(27300);
    expect(meta.dimensions.map((d) => [d.label, d.role, d.categories.length])).toEqual([
      ['import/eksport', null, 2],
      ['tosifret SITC', null, 65],
      ['transportmåte', null, 15],
      ['statistikkvariabel', 'metric', 1],
      ['kvartal', 'time', 14],
    ]);
    const quarter = meta.dimensions[4];
    expect(quarter?.timeUnit).toBe('K');
    expect(quarter?.categories.slice(0, 2).map((c) => c.code)).toEqual(['2015K1', '2015K2']);
    expect(meta.dimensions[1]?.categories[0]).toEqual({ code: '-', label: 'Varer i alt' });
    expect(meta.dimensions[3]?.categories[0]?.unit).toEqual({ label: 'tonn', decimals: 0 });

    const provisional = cells.filter((c) => c.status === 'provisional');
    expect(provisional).toHaveLength(6760);
    expect(
      provisional.every((c) => c.symbol === '*' && c.note === 'Foreløpig tall' && c.value !== null),
    ).toBe(true);
    // DATANOTECELL("1","22","16","Transmengde","2015K4"): ((0·65+14)·15+4)·14+3 = 2999.
    expect(cells[2999]).toEqual({
      index: 2999,
      value: 180,
      status: 'provisional',
      symbol: '*',
      note: 'Foreløpig tall',
    });
    // DATANOTECELL("1","-","00","Transmengde","2015K1") marks the very first cell too.
    expect(cells[0]).toEqual({
      index: 0,
      value: 8625931,
      status: 'provisional',
      symbol: '*',
      note: 'Foreløpig tall',
    });
    const final = cells.filter((c) => c.status === 'none');
    expect(final).toHaveLength(27300 - 6760);
    expect(final.every((c) => c.symbol === null && c.note === undefined)).toBe(true);

    const note = meta.notes?.[0] ?? '';
    expect(note).toContain('\n');
    expect(note).toContain('Disse tallene er foreløpige');
    expect(note.endsWith('* = Foreløpig tall')).toBe(true);
    expect(meta.symbolLegend?.map((s) => [s.symbol, s.text, s.status])).toEqual([
      ['.', '..', 'not_available'],
      ['..', '...', 'not_available'],
      ['...', ':', 'suppressed'],
      ['-', '-', 'none'],
    ]);
  });

  it('14216: Latin-1 "km²", VARIABLECODE ids, descending VALUES kept in data order, per-content units', async () => {
    const { cube, cells } = await load('ssb-14216-tettsted-variablecode.px');
    const [place, content, year] = cube.meta.dimensions;
    expect(place).toMatchObject({ id: 'TettSted', role: 'geo' });
    expect(content?.categories).toEqual([
      { code: 'Areal', label: 'Areal av tettsted (km²)', unit: { label: 'km²', decimals: 2 } },
      { code: 'Bosatte', label: 'Bosatte', unit: { label: 'personer', decimals: 0 } },
    ]);
    expect(year).toMatchObject({ id: 'Tid', role: 'time', timeUnit: 'A1' });
    expect(year?.categories.map((c) => c.code)).toEqual(['2025', '2024']);
    expect(cells.map((c) => c.value)).toEqual([275.87, 276.3, 1110887, 1098061]);
  });

  it('12909: "2025K4" under TLIST(Q1), negative numbers', async () => {
    const { cube, cells } = await load('ssb-12909-sykefravar-metaid.px');
    const time = cube.meta.dimensions[3];
    expect(time).toMatchObject({ id: 'Tid', role: 'time', timeUnit: 'Q1' });
    expect(time?.categories).toEqual([{ code: '2025K4', label: '2025K4' }]);
    expect(cube.meta.dimensions[1]?.categories.map((c) => c.code)).toEqual(['999', '00', '015a']);
    expect(cells.map((c) => c.value)).toEqual([
      6.4, 1.2, 5.5, -4.2, 7.3, 5, 4.9, 0.1, 3.8, -8.9, 6, 6,
    ]);
  });
});

describe('Statistics Finland and PxWeb demo files', () => {
  it('Issue220: fi/sv/en, 42,504 cells of which 29,767 are "."', async () => {
    const cube = await parsePx(px('statfin-Issue220Finland-fi-sv-en.px'));
    const { meta } = cube;
    expect(meta.encoding).toBe('iso-8859-15');
    expect(meta.languages).toEqual(['fi', 'sv', 'en']);
    expect(meta.cells).toBe(42504);
    expect(meta.dimensions[0]?.labels).toEqual({ fi: 'Kuukausi', sv: 'Månad', en: 'Month' });
    expect(meta.dimensions[0]).toMatchObject({ role: 'time', timeUnit: 'M1' });
    expect(meta.dimensions[1]?.categories[0]?.labels?.en).toBe(
      'A1 Consumer confidence indicator, CCI = (B1+B2+B4+E1)/4',
    );
    const summary = await summarizeCells(cube);
    expect(summary).toMatchObject({ cells: 42504, values: 12737, symbols: { '.': 29767 } });
    // The notes say ". tieto on puuttuva" / ". missing": the figure is missing, not impossible.
    expect(summary.statuses.not_available).toBe(29767);
    expect((await collectCells(cube, { batchSize: 4 }))[0]?.value).toBe(-3.149);
  });

  it('large Finnish table: 149,872 cells with Latin-9 names', async () => {
    const cube = await parsePx(px('statfin-LargeFinnishDatasetWithManyValues.px'));
    expect(cube.meta.cells).toBe(149872);
    const area = cube.meta.dimensions[1];
    expect(area).toMatchObject({ id: 'Alue', role: 'geo' });
    expect(area?.categories[2]).toMatchObject({ code: 'KU005', label: 'Alajärvi' });
    expect(await summarizeCells(cube)).toMatchObject({
      cells: 149872,
      values: 149872,
      symbols: {},
    });
  });

  it('TAB001: 2,259 of 5,940 cells are ".."', async () => {
    const cube = await parsePx(px('pxwebapi-TAB001-en-sv-many-missing.px'));
    const summary = await summarizeCells(cube);
    expect(summary).toMatchObject({ cells: 5940, values: 3681, symbols: { '..': 2259 } });
    expect(summary.statuses.not_available).toBe(2259);
    expect(cube.meta.dimensions.map((d) => d.id)).toEqual([
      'REGION',
      'SEX',
      'AGE',
      'ContentsCode',
      'TIME',
    ]);
    expect(cube.meta.dimensions[0]?.categories[0]?.labels).toEqual({
      en: 'Austria',
      sv: 'Österrike',
    });
  });

  it('BE0101F1datasymbols: all six dot codes with their DATASYMBOL texts', async () => {
    const { cube, cells } = await load('scb-pxweb-BE0101F1datasymbols.px');
    const dots = ['.', '..', '...', '....', '.....', '......'];
    expect(cells.filter((c) => c.value === null).map((c) => [c.index, c.symbol])).toEqual(
      dots.map((d, i) => [2 * i + 1, d]),
    );
    expect(cube.meta.symbolLegend?.map((s) => [s.symbol, s.text])).toEqual(
      dots.map((d, i) => [d, ['one', 'two', 'three', 'four', 'five', 'six'][i]]),
    );
    expect(cells[1]?.status).toBe('not_applicable');
    expect(cells[3]?.status).toBe('not_available');
    // CELLNOTE("*", "20", "*", "men") applies to every region's 20-year-old men.
    expect(cells.filter((c) => c.note === 'Cellnote 20 year old men').map((c) => c.index)).toEqual([
      0, 6, 12, 18,
    ]);
  });

  it('BE0101F1nildotsymbols: "-" is nil, an exact zero; texts decide suppression', async () => {
    const { cube, cells } = await load('scb-pxweb-BE0101F1nildotsymbols.px');
    const nil = cells.filter((c) => c.symbol === '-');
    expect(nil).toHaveLength(8);
    expect(nil.every((c) => c.value === 0 && c.status === 'none')).toBe(true);
    expect(cube.meta.symbolLegend?.map((s) => [s.symbol, s.text, s.status])).toEqual([
      ['.', 'n.a.', 'not_available'],
      ['..', 'unknown', 'not_available'],
      ['...', 'hidden', 'suppressed'],
      ['....', 'secret', 'suppressed'],
      ['.....', 'classified', 'suppressed'],
      ['......', 'not used', 'not_available'],
      ['-', 'nothing', 'none'],
    ]);
    expect(await summarizeCells(cube)).toMatchObject({
      values: 40,
      symbols: { '.': 2, '..': 2, '...': 2, '....': 1, '......': 1 },
    });
  });

  it('multilanguage: variables are matched by position, not by name', async () => {
    const { cube } = await load('scb-pxweb-BE0101F1-multilang-en-sv-fi.px');
    const { meta } = cube;
    expect(meta.languages).toEqual(['en', 'sv', 'fi']);
    expect(meta.titles?.fi).toMatch(/^Väestönmuutokset/);
    expect(meta.dimensions.map((d) => d.labels)).toEqual([
      { en: 'region', sv: 'region', fi: 'kunta' },
      { en: 'age', sv: 'ålder', fi: 'ikä' },
      { en: 'period', sv: 'tid', fi: 'aika' },
      { en: 'type', sv: 'typ', fi: 'tyypi' },
      { en: 'sex', sv: 'kön', fi: 'sukupuoli' },
    ]);
    expect(meta.dimensions[0]?.categories[0]).toMatchObject({
      code: '00',
      label: '00 Sweden',
      labels: { en: '00 Sweden', sv: '00 Riket', fi: 'Ruotsi' },
    });
    expect(meta.dimensions[3]?.categories.map((c) => c.labels?.fi)).toEqual([
      'Tulomuutto',
      'Lähtömuutto',
    ]);
  });

  it('monthly TLIST(M1) without a closing ";" after DATA', async () => {
    const { cube, cells } = await load('scb-pxweb-PR0101B3-monthly.px');
    const period = cube.meta.dimensions[1];
    expect(period).toMatchObject({ role: 'time', timeUnit: 'M1' });
    expect(period?.categories[0]?.code).toBe('2006M10');
    expect(cube.meta.title).toBe(
      'Consumer Price Index (CPI) (by COICOP), 1980=100 by Product group andperiod',
    );
    expect(cells).toHaveLength(324);
    expect(cells[323]?.value).toBe(182.84);
  });
});

describe('KEYS', () => {
  const file = readFileSync(statisticsFixture('px', 'scb-pxweb-BE0101F1-keys.px'));

  it('expands keyed rows to the full cube', async () => {
    const { cube, cells } = await load('scb-pxweb-BE0101F1-keys.px');
    expect(cube.meta.cells).toBe(48);
    expect(cells.map((c) => c.value).slice(0, 4)).toEqual([456, null, 223, 327]);
    expect(cells[1]?.symbol).toBe('.');
    // DATANOTECELL("*", "20", "*", "BE0101F2", "*")=" (a": outmigrated, age 20, any region and sex.
    expect(cells.filter((c) => c.note === '(a').map((c) => c.index)).toEqual([
      2, 3, 14, 15, 26, 27, 38, 39,
    ]);
  });

  it('rows missing from the file are zeros, and rows may come in any order', async () => {
    const text = file.toString('latin1');
    const head = text.slice(0, text.indexOf('DATA='));
    const data = ['"0115 Vallentuna","22",20 23 33 35', '"00 Sweden","21",613 ".." 305 464'];
    const cube = await parsePx(Buffer.from(`${head}DATA=\n${data.join('\n')};`, 'latin1'));
    const cells = await collectCells(cube);
    expect(cells).toHaveLength(48);
    expect(cells.slice(4, 8).map((c) => c.value)).toEqual([613, null, 305, 464]);
    expect(cells.slice(44, 48).map((c) => c.value)).toEqual([20, 23, 33, 35]);
    const zeros = cells.filter((c) => c.index < 4 || (c.index >= 8 && c.index < 44));
    expect(zeros.every((c) => c.value === 0 && c.status === 'none')).toBe(true);
  });

  it('rejects unknown keys and repeated rows with their position', async () => {
    const text = file.toString('latin1');
    const head = text.slice(0, text.indexOf('DATA='));
    const unknown = await parseError(
      Buffer.from(`${head}DATA=\n"00 Sweden","20",1 2 3 4\n"Oslo","20",1 2 3 4;`, 'latin1'),
    );
    expect(unknown).toMatchObject({ code: 'PX_INVALID_KEY' });
    // head ends with a newline, so DATA= is on line head.split('\n').length; "Oslo" two lines below.
    expect(unknown.position).toMatchObject({ line: head.split('\n').length + 2, column: 1 });
    const twice = await parseError(
      Buffer.from(`${head}DATA=\n"00 Sweden","20",1 2 3 4\n"00 Sweden","20",1 2 3 4;`, 'latin1'),
    );
    expect(twice.code).toBe('PX_INVALID_KEY');
  });
});

describe('broken and unusual PX files', () => {
  it('INVALID-missingData: PX_MISSING_DATA at the end of the file', async () => {
    const error = await parsePx(px('scb-pxweb-INVALID-missingData.px')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatisticsParseError);
    expect(error).toMatchObject({ code: 'PX_MISSING_DATA', position: { line: 81, column: 1 } });
    expect((error as Error).message).toMatch(/line 81/);
  });

  it('INE 27067: ".." explained as "secreto estadístico" is suppressed; "." is not applicable', async () => {
    const cube = await parsePx(px('ine-27067-secreto-estadistico.px'));
    const summary = await summarizeCells(cube);
    expect(summary).toMatchObject({ cells: 812, values: 352, symbols: { '..': 208, '.': 252 } });
    expect(summary.statuses).toMatchObject({ suppressed: 208, not_applicable: 252 });
    expect(cube.meta.encoding).toBe('iso-8859-15');
    expect(cube.meta.dimensions[0]?.label).toBe('Comunidades y Ciudades Autónomas');
    expect(cube.meta.dimensions[3]?.role).toBe('time');
  });

  it('INE 1001: declares ISO-8859-15, holds UTF-8 with U+FFFD; read as UTF-8, text left as is', async () => {
    const { cube, cells } = await load('ine-1001-mojibake-utf8.px');
    expect(cube.meta.encoding).toBe('utf-8');
    expect(cube.meta.declaredEncoding).toBe('iso-8859-15');
    expect(cube.meta.title).toContain('econ\uFFFDmico');
    expect(cells).toHaveLength(504);
  });

  it('PxWebApi PX output in UTF-8 that declares ISO-8859-1 keeps its Swedish letters', async () => {
    const cube = await parsePx({
      path: statisticsFixture('pxwebapi-v2', 'pxwebapi-test-tab4_fewcells.px'),
    });
    expect(cube.meta.dimensions[2]?.categories[0]?.labels?.sv).toBe('Ämne');
  });

  it('decodes the declared code page: Windows-1251 and ISO-8859-15', async () => {
    const cyrillic = Buffer.concat([
      Buffer.from('CODEPAGE="windows-1251";\nSTUB="city";\nVALUES("city")="'),
      Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]),
      Buffer.from('";\nDATA=\n1;'),
    ]);
    const moscow = await parsePx(cyrillic);
    expect(moscow.meta.encoding).toBe('windows-1251');
    expect(moscow.meta.dimensions[0]?.categories[0]?.label).toBe('Москва');
    const euro = await parsePx(
      Buffer.concat([
        Buffer.from('CODEPAGE="iso-8859-15";\nSTUB="u";\nVALUES("u")="'),
        Buffer.from([0xa4]),
        Buffer.from('";\nDATA=\n1;'),
      ]),
    );
    expect(euro.meta.dimensions[0]?.categories[0]?.label).toBe('€');
  });

  it('decodes Windows-1252 as itself: 0x80–0x9F are the en dash, the euro, Š and quotes, not control characters', async () => {
    const file = Buffer.concat([
      Buffer.from('CODEPAGE="windows-1252";\nTITLE="Befolkning 20'),
      Buffer.from([0x96]),
      Buffer.from('66 '),
      Buffer.from([0xe5, 0x72]),
      Buffer.from('";\nSTUB="u";\nVALUES("u")="'),
      Buffer.from([0x80, 0x20, 0x8a, 0x20, 0x93, 0x78, 0x94]),
      Buffer.from('";\nDATA=\n1;'),
    ]);
    const cube = await parsePx(file);
    expect(cube.meta.encoding).toBe('windows-1252');
    expect(cube.meta.title).toBe('Befolkning 20–66 år');
    expect(cube.meta.dimensions[0]?.categories[0]?.label).toBe('€ Š “x”');
    // A file that names only the Windows code page's number is read the same way.
    const numbered = await parsePx(Buffer.concat([Buffer.from('CODEPAGE="1252";\nSTUB="u";\nVALUES("u")="'), Buffer.from([0x96]), Buffer.from('";\nDATA=\n1;')]));
    expect(numbered.meta.dimensions[0]?.categories[0]?.label).toBe('–');
  });

  it('reads DATA whose every row ends with ";" while the header says more cells follow', async () => {
    const cells = await collectCells(await parsePx(minimal('1 2 3;\n4 5 6;\n')));
    expect(cells.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 6]);
    const withoutLast = await collectCells(await parsePx(minimal('1 2 3;\n4 5 6')));
    expect(withoutLast.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 6]);
    // Too few values are still too few, wherever the semicolons are.
    const short = await parseError(minimal('1 2 3;\n4 5;\n'));
    expect(short).toMatchObject({ code: 'PX_DATA_COUNT_MISMATCH' });
    expect(short.message).toMatch(/5 values but the header describes 6 cells/);
  });

  it('streams from a Readable once, and from a path any number of times', async () => {
    const path = statisticsFixture('px', 'statfin-Issue220Finland-fi-sv-en.px');
    const streamed = await parsePx(createReadStream(path, { highWaterMark: 1024 }));
    expect((await summarizeCells(streamed)).values).toBe(12737);
    expect(() => streamed.batches()).toThrow(StatisticsParseError);
    const fromPath = await parsePx({ path });
    expect((await summarizeCells(fromPath)).values).toBe(12737);
    expect((await summarizeCells(fromPath)).values).toBe(12737);
  });

  const minimal = (data: string): string =>
    `CHARSET="ANSI";\nSTUB="a";\nHEADING="b";\nVALUES("a")="x","y";\nVALUES("b")="1","2","3";\nDATA=\n${data}`;

  it('accepts tabs, commas and newlines between values and quoted numbers', async () => {
    const cells = await collectCells(await parsePx(minimal('1\t2,3\n"4" 5.5e1 -6;')));
    expect(cells.map((c) => c.value)).toEqual([1, 2, 3, 4, 55, -6]);
  });

  it('reports a wrong number of values with the position', async () => {
    const fewer = await parseError(minimal('1 2 3\n4 5;'));
    expect(fewer).toMatchObject({
      code: 'PX_DATA_COUNT_MISMATCH',
      position: { line: 8, column: 4 },
    });
    const more = await parseError(minimal('1 2 3\n4 5 6\n7;'));
    expect(more).toMatchObject({
      code: 'PX_DATA_COUNT_MISMATCH',
      position: { line: 9, column: 1 },
    });
  });

  it('reports syntax errors with line and column', async () => {
    expect(await parseError('STUB="a";\nTITLE="x;\n')).toMatchObject({
      code: 'PX_SYNTAX',
      position: { line: 2, column: 7 },
    });
    expect(await parseError('STUB="a" "b";\nTITLE="x" y;\n')).toMatchObject({
      code: 'PX_SYNTAX',
      position: { line: 2, column: 11 },
    });
    expect(await parseError(minimal('1 2 x3 4 5 6;'))).toMatchObject({
      code: 'PX_SYNTAX',
      position: { line: 7, column: 5 },
    });
    expect(await parseError('STUB="a";\nDATA=\n1;')).toMatchObject({ code: 'PX_MISSING_KEYWORD' });
    expect(
      await parseError('STUB="a";\nVALUES("a")="x";\nCODES("a")="1","2";\nDATA=\n1;'),
    ).toMatchObject({ code: 'PX_METADATA_MISMATCH', position: { line: 3, column: 1 } });
  });

  it('keeps unknown keywords instead of failing', async () => {
    const cube = await parsePx(`MISPELT-KEYWORD("a")="kept";\n${minimal('1 2 3 4 5 6;')}`);
    expect(cube.meta.unknownKeywords).toEqual([
      { keyword: 'MISPELT-KEYWORD', language: null, subkeys: ['a'], value: '"kept"' },
    ]);
  });
});
