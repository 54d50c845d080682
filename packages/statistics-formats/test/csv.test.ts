// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { collectCells, summarizeCells } from '../src/cube';
import { parseCsv } from '../src/csv';
import { StatisticsParseError } from '../src/errors';

const dir = mkdtempSync(path.join(tmpdir(), 'samordna-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function parseError(text: string | Uint8Array): Promise<StatisticsParseError> {
  const error = await parseCsv(text)
    .then((cube) => collectCells(cube))
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(StatisticsParseError);
  return error as StatisticsParseError;
}

// Shaped like a Udir statistikkbank export: semicolons, decimal commas, "*" where prikket.
const udir = [
  '\uFEFFFylkekode;Fylkenavn;Kommunekode;Kommunenavn;Skoleår;Kjønn;Andel;Antall',
  '03;Oslo;0301;Oslo;2022-23;Gutter;12,5;100',
  '03;Oslo;0301;Oslo;2022-23;Jenter;*;*',
  '03;Oslo;0301;Oslo;2023-24;Gutter;13;104',
  '03;Oslo;0301;Oslo;2023-24;Jenter;;null',
  '11;Rogaland;1103;Stavanger;2022-23;Gutter;9,75;40',
  '11;Rogaland;1103;Stavanger;2022-23;Jenter;10;-',
].join('\r\n');

describe('CSV', () => {
  it('reads a Udir-style semicolon file: BOM, decimal comma, code/name pairs, "*" and empty markers', async () => {
    const cube = await parseCsv(udir);
    const { meta } = cube;
    expect(meta.format).toBe('csv');
    expect(meta.dimensions.map((d) => [d.id, d.role, d.categories.length])).toEqual([
      ['Fylkekode', 'geo', 2],
      ['Kommunekode', 'geo', 2],
      ['Skoleår', 'time', 2],
      ['Kjønn', null, 2],
      ['measure', 'metric', 2],
    ]);
    expect(meta.dimensions[1]?.categories).toEqual([
      { code: '0301', label: 'Oslo' },
      { code: '1103', label: 'Stavanger' },
    ]);
    expect(meta.dimensions[4]?.categories.map((c) => c.code)).toEqual(['Andel', 'Antall']);
    expect(meta.cells).toBe(2 * 2 * 2 * 2 * 2);
    const cells = await collectCells(cube);
    const at = (fylke: number, kommune: number, year: number, sex: number, measure: number) =>
      cells[(((fylke * 2 + kommune) * 2 + year) * 2 + sex) * 2 + measure];
    expect(at(0, 0, 0, 0, 0)).toMatchObject({ value: 12.5, status: 'none' });
    expect(at(0, 0, 0, 1, 0)).toMatchObject({ value: null, status: 'suppressed', symbol: '*' });
    expect(at(0, 0, 1, 1, 0)).toMatchObject({
      value: null,
      status: 'not_applicable',
      symbol: null,
    });
    expect(at(0, 0, 1, 1, 1)).toMatchObject({
      value: null,
      status: 'not_applicable',
      symbol: 'null',
    });
    expect(at(1, 1, 0, 0, 0)).toMatchObject({ value: 9.75 });
    expect(at(1, 1, 0, 1, 1)).toMatchObject({ value: 0, status: 'none', symbol: '-' });
    // Oslo is not in Rogaland: combinations that no row has are empty.
    expect(at(0, 1, 0, 0, 0)).toMatchObject({ value: null, status: 'not_available', symbol: null });
  });

  it('reads a comma file with quoted fields, doubled quotes and newlines inside quotes', async () => {
    const text =
      'område,kategori,verdi\n"Oslo, sentrum","Sier ""ja""\npå to linjer",1.5\nBergen,Annet,2\n';
    const cube = await parseCsv(text);
    expect(cube.meta.dimensions[1]?.categories.map((c) => c.code)).toEqual([
      'Sier "ja"\npå to linjer',
      'Annet',
    ]);
    expect(cube.meta.dimensions[0]?.categories[0]?.code).toBe('Oslo, sentrum');
    const cells = await collectCells(cube);
    expect(cells.filter((c) => c.value !== null).map((c) => c.value)).toEqual([1.5, 2]);
  });

  it('wide files: every numeric column becomes a metric category; codes with leading zeros stay dimensions', async () => {
    const text =
      'kommune;navn;Innbyggere;Areal km2\n0301;Oslo;709037;454,1\n1103;Stavanger;146011;262,5\n';
    const cube = await parseCsv(text);
    expect(cube.meta.dimensions.map((d) => d.id)).toEqual(['kommune', 'navn', 'measure']);
    expect(cube.meta.dimensions[2]?.categories.map((c) => c.code)).toEqual([
      'Innbyggere',
      'Areal km2',
    ]);
    const values = (await collectCells(cube)).filter((c) => c.value !== null).map((c) => c.value);
    expect(values).toEqual([709037, 454.1, 146011, 262.5]);
  });

  it('reads tab-separated text from a Readable, and honours an explicit delimiter', async () => {
    const tabbed = await parseCsv(
      Readable.from([Buffer.from('region\tverdi\nOslo\t'), Buffer.from('3.5\nBergen\t4\n')]),
    );
    expect((await collectCells(tabbed)).map((c) => c.value)).toEqual([3.5, 4]);
    const forced = await parseCsv('a,b;verdi\nx,y;1\n', { delimiter: ';' });
    expect(forced.meta.dimensions[0]?.categories[0]?.code).toBe('x,y');
  });

  it('rows out of cube order are sorted into place', async () => {
    const text = 'år,region,antall\n2024,A,1\n2023,B,2\n2024,B,3\n2023,A,4\n';
    const cube = await parseCsv(text);
    expect(cube.meta.dimensions[0]?.categories.map((c) => c.code)).toEqual(['2024', '2023']);
    expect((await collectCells(cube)).map((c) => c.value)).toEqual([1, 3, 4, 2]);
  });

  it('streams from a file and falls back to Windows-1252 for Latin-1 bytes', async () => {
    const file = path.join(dir, 'latin1.csv');
    const rows = [
      'fylke;år;antall',
      ...Array.from({ length: 3000 }, (_, i) => `Fylke ${i};${2000 + (i % 3)};${i}`),
      'Troms og Finnmark;2000;7',
    ];
    writeFileSync(
      file,
      Buffer.from(rows.join('\n').replace('Troms og Finnmark', 'Trøndelag'), 'latin1'),
    );
    const cube = await parseCsv({ path: file });
    expect(cube.meta.encoding).toBe('windows-1252');
    expect(cube.meta.dimensions[0]?.categories.at(-1)?.code).toBe('Trøndelag');
    const summary = await summarizeCells(cube);
    expect(summary).toMatchObject({ cells: 3001 * 3, values: 3001 });
    const utf8 = await parseCsv(Buffer.from('fylke;verdi\nTrøndelag;1\n', 'utf8'));
    expect(utf8.meta.encoding).toBe('utf-8');
    expect(utf8.meta.dimensions[0]?.categories[0]?.code).toBe('Trøndelag');
  });

  it('reports an unterminated quote at its line and column', async () => {
    const lines = ['a,b,verdi', ...Array.from({ length: 10 }, (_, i) => `x${i},y,${i}`), 'x,y,"1'];
    const error = await parseError(lines.join('\n'));
    expect(error).toMatchObject({ code: 'CSV_SYNTAX', position: { line: 12, column: 5 } });
    expect(error.message).toMatch(/line 12, column 5/);
  });

  it('reports rows with the wrong number of fields, duplicates and other problems', async () => {
    expect(await parseError('a;b;verdi\nx;y;1;2\n')).toMatchObject({
      code: 'CSV_FIELD_COUNT',
      position: { line: 2, column: 7 },
    });
    expect(await parseError('a;b;verdi\nx;y;1\nx;1\n')).toMatchObject({
      code: 'CSV_FIELD_COUNT',
      position: { line: 3, column: 4 },
    });
    expect(await parseError('a,verdi\nx,1\nx,2\n')).toMatchObject({
      code: 'CSV_DUPLICATE_ROW',
      position: { line: 3, column: 1 },
    });
    expect(await parseError('a,verdi\nx,1\ny,2\nx,3\n')).toMatchObject({
      code: 'CSV_DUPLICATE_ROW',
      position: { line: 4 },
    });
    expect(await parseError('a,"b"c,verdi\n')).toMatchObject({
      code: 'CSV_SYNTAX',
      position: { line: 1, column: 6 },
    });
    expect(await parseError('navn,by\nOla,Oslo\n')).toMatchObject({ code: 'CSV_NO_VALUE_COLUMN' });
    expect(await parseError('\n\n')).toMatchObject({ code: 'CSV_EMPTY' });
    const sparse = [
      'id;kommentar;år;verdi',
      ...Array.from({ length: 1200 }, (_, i) => `${i};tekst ${i};${2000 + i};1`),
    ].join('\n');
    expect(await parseError(sparse)).toMatchObject({ code: 'CUBE_TOO_LARGE' });
  });

  it('leaves out a county column that follows from the municipality, and pairs "Kommunenummer;Kommune"', async () => {
    const national = [
      'Fylkenummer;Fylke;Kommunenummer;Kommune;År;Andel',
      '03;Oslo;0301;Oslo;2024;10,5',
      '34;Innlandet;3403;Hamar;2024;9',
      '34;Innlandet;3405;Lillehammer;2024;*',
      '03;Oslo;0301;Oslo;2025;11',
      '34;Innlandet;3403;Hamar;2025;9,5',
      '34;Innlandet;3405;Lillehammer;2025;8',
    ].join('\n');
    const cube = await parseCsv(national);
    expect(cube.meta.dimensions.map((d) => [d.id, d.role, d.categories.length])).toEqual([
      ['Kommunenummer', 'geo', 3],
      ['År', 'time', 2],
      ['measure', 'metric', 1],
    ]);
    expect(cube.meta.dimensions[0]?.categories[1]).toEqual({ code: '3403', label: 'Hamar' });
    expect(cube.meta.warnings).toEqual(['The column "Fylkenummer" follows from "Kommunenummer" and was left out as a dimension.']);
    // No cell for a municipality in a county it does not lie in: every cell is a row of the file.
    expect(cube.meta.cells).toBe(6);
    const cells = await collectCells(cube);
    expect(cells.map((c) => c.value)).toEqual([10.5, 11, 9, 9.5, null, 8]);
  });
});
