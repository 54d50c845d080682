// @vitest-environment node
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../src/detect';
import { StatisticsParseError } from '../src/errors';
import { inspectFile, inspectInput } from '../src/inspect';
import { statisticsFixture } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'samordna-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inspectFile', () => {
  it.each([
    ['px/ssb-Transmengde-datanotecell-quarterK.px', 'px', 27300, 27300, {}],
    ['px/statfin-Issue220Finland-fi-sv-en.px', 'px', 42504, 12737, { '.': 29767 }],
    ['px/statfin-LargeFinnishDatasetWithManyValues.px', 'px', 149872, 149872, {}],
    ['px/pxwebapi-TAB001-en-sv-many-missing.px', 'px', 5940, 3681, { '..': 2259 }],
    ['px/ine-27067-secreto-estadistico.px', 'px', 812, 352, { '..': 208, '.': 252 }],
    ['px/ine-1001-mojibake-utf8.px', 'px', 504, 504, {}],
    [
      'px/scb-pxweb-BE0101F1-keys.px',
      'px',
      48,
      42,
      { '.': 1, '..': 1, '...': 1, '....': 1, '.....': 1, '......': 1 },
    ],
    ['jsonstat/samples/oecd.json', 'jsonstat', 432, 432, {}],
    ['jsonstat/samples/hierarchy.json', 'jsonstat', 132, 0, { null: 132 }],
    [
      'synthetic/SYNTHETIC-ssb-v2-kostra-bydel-with-status.json',
      'jsonstat',
      9,
      7,
      { '..': 1, ':': 1 },
    ],
  ])('%s', async (file, format, cells, values, symbols) => {
    const result = await inspectFile(statisticsFixture(...file.split('/')));
    expect(result).toMatchObject({ format, cells, values });
    expect(result.symbols).toEqual(symbols);
    expect(result.cells).toBe(result.dimensions.reduce((n, d) => n * d.size, 1));
  });

  it('detects the format by content, not by file name', async () => {
    const disguised = path.join(dir, 'really-px.json');
    copyFileSync(statisticsFixture('px', 'ssb-12909-sykefravar-metaid.px'), disguised);
    expect((await inspectFile(disguised)).format).toBe('px');
    const csv = path.join(dir, 'table.px');
    writeFileSync(csv, 'region;år;verdi\nOslo;2024;1,5\n');
    expect(await inspectFile(csv)).toMatchObject({ format: 'csv', cells: 1, values: 1 });
  });

  it('reports unreadable input with one error type', async () => {
    await expect(inspectFile(path.join(dir, 'missing.px'))).rejects.toMatchObject({
      code: 'IO_ERROR',
    });
    await expect(inspectInput(new Uint8Array([0x50, 0x58, 0, 1, 2]))).rejects.toMatchObject({
      code: 'UNKNOWN_FORMAT',
    });
    await expect(inspectInput('  \n')).rejects.toBeInstanceOf(StatisticsParseError);
  });

  it('detectFormat looks past a BOM and leading blank lines', () => {
    expect(detectFormat(Buffer.from('\uFEFF\n  {"class":"dataset"}'))).toBe('jsonstat');
    expect(detectFormat(Buffer.from('\r\nCHARSET="ANSI";\nDATA=1;'))).toBe('px');
    expect(detectFormat(Buffer.from('TITLE[sv]="x";'))).toBe('px');
    expect(detectFormat(Buffer.from('a;b;verdi\n1;2;3'))).toBe('csv');
  });
});
