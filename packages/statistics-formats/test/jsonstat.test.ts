// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectCells, coordsOf, summarizeCells } from '../src/cube';
import { StatisticsParseError } from '../src/errors';
import { parseJsonStat, parseJsonStatDataset } from '../src/jsonstat';
import { statisticsFixture } from './fixtures';

const sample = (name: string): { path: string } => ({
  path: statisticsFixture('jsonstat', 'samples', name),
});

async function expectError(
  text: string,
  code: string,
  path?: string,
): Promise<StatisticsParseError> {
  // Some problems only show while cells stream, so read them all.
  const error = await parseJsonStat(text)
    .then((doc) => collectCells(doc.dataset()))
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(StatisticsParseError);
  const parseError = error as StatisticsParseError;
  expect(parseError.code).toBe(code);
  if (path) expect(parseError.position).toEqual({ path });
  return parseError;
}

describe('JSON-stat 2.0 samples', () => {
  it('oecd.json: reproduces the sparse status object at the right cells', async () => {
    const cube = await parseJsonStatDataset(sample('oecd.json'));
    expect(cube.meta.cells).toBe(432);
    expect(cube.meta.dimensions.map((d) => [d.id, d.role, d.categories.length])).toEqual([
      ['concept', 'metric', 1],
      ['area', 'geo', 36],
      ['year', 'time', 12],
    ]);
    const cells = await collectCells(cube);
    const estimated = cells.filter((c) => c.symbol === 'e');
    expect(estimated).toHaveLength(72);
    expect(estimated.map((c) => c.index).slice(0, 4)).toEqual([10, 11, 22, 23]);
    const sizes = cube.meta.dimensions.map((d) => d.categories.length);
    const years = cube.meta.dimensions[2]?.categories ?? [];
    // "e" marks the projections: 2013 and 2014 in every country.
    for (const cell of estimated) {
      expect(['2013', '2014']).toContain(years[coordsOf(cell.index, sizes)[2] ?? -1]?.code);
      expect(cell.status).toBe('estimate');
      expect(cell.value).not.toBeNull();
    }
    expect(cells[10]?.value).toBe(5.50415003);
    // The symbols on figures are counted apart from those on empty cells.
    const summary = await summarizeCells(cube);
    expect(summary.marked).toEqual({ e: 72 });
    expect(summary.statuses.estimate).toBe(72);
    expect(cells[431]?.value).toBe(8.004598637);
    expect(cube.meta.dimensions[0]?.categories[0]?.unit).toEqual({ symbol: '%', decimals: 9 });
    expect(cube.meta.dimensions[1]?.notes?.[0]).toMatch(/actual territory/);
    const areas = cube.meta.dimensions[1]?.categories ?? [];
    expect(areas.find((c) => c.code === 'EU15')?.parent).toBe('OECD');
    expect(areas.find((c) => c.code === 'AT')?.parent).toBe('EU15');
  });

  it('canada.json: status ["a"] applies to all 120 cells; index array, object and label-only dimensions', async () => {
    const cube = await parseJsonStatDataset(sample('canada.json'));
    const cells = await collectCells(cube);
    expect(cells).toHaveLength(120);
    expect(cells.every((c) => c.symbol === 'a' && c.status === 'none' && c.value !== null)).toBe(
      true,
    );
    const [country, year, age, concept, sex] = cube.meta.dimensions;
    expect(country?.categories).toEqual([{ code: 'CA', label: 'Canada' }]);
    expect(year?.categories.map((c) => c.code)).toEqual(['2012']);
    expect(age?.categories.map((c) => c.code).slice(0, 3)).toEqual(['T', '4', '9']);
    expect(concept?.categories.map((c) => [c.code, c.unit])).toEqual([
      ['POP', { label: 'thousands of persons', decimals: 1 }],
      ['PERCENT', { symbol: '%', decimals: 1 }],
    ]);
    expect(sex?.categories.map((c) => c.label)).toEqual(['total', 'male', 'female']);
    expect(cells[0]?.value).toBe(34880.5);
  });

  it('order.json: values are in row-major order, the last dimension fastest', async () => {
    const cube = await parseJsonStatDataset(sample('order.json'));
    const sizes = cube.meta.dimensions.map((d) => d.categories.length);
    expect(sizes).toEqual([3, 2, 4]);
    const cells = await collectCells(cube);
    for (const cell of cells) {
      // The sample itself has a typo at 11 ("A1B1C4" where "A2B1C4" belongs).
      if (cell.index === 11) continue;
      const [a, b, c] = coordsOf(cell.index, sizes);
      expect(cell.symbol).toBe(`A${(a ?? 0) + 1}B${(b ?? 0) + 1}C${(c ?? 0) + 1}`);
      expect(cell.value).toBeNull();
    }
  });

  it('us-gsp.json: several metric categories with their own units', async () => {
    const cube = await parseJsonStatDataset(sample('us-gsp.json'));
    const concept = cube.meta.dimensions.find((d) => d.role === 'metric');
    expect(concept?.categories.map((c) => [c.code, c.unit])).toEqual([
      ['gsp', { label: 'million', decimals: 0, symbol: '$' }],
      ['perc', { decimals: 2, symbol: '%' }],
      ['pop', { label: 'million', decimals: 1 }],
      ['capita', { decimals: 0, symbol: '$' }],
    ]);
    const state = cube.meta.dimensions.find((d) => d.id === 'state');
    expect(state?.categories[0]).toEqual({ code: '01', label: 'Alabama' });
    const cells = await collectCells(cube);
    expect(cells.slice(0, 4).map((c) => c.value)).toEqual([174400, 1.2, 4.8, 36333]);
  });

  it('hierarchy.json: a sparse value object with one null entry; parents from child', async () => {
    const cube = await parseJsonStatDataset(sample('hierarchy.json'));
    expect(cube.meta.cells).toBe(132);
    const summary = await summarizeCells(cube);
    expect(summary).toMatchObject({ values: 0, symbols: { null: 132 } });
    const categories = cube.meta.dimensions[0]?.categories ?? [];
    expect(categories.find((c) => c.code === '1.1')?.parent).toBe('1');
    expect(categories.find((c) => c.code === 'T')?.parent).toBeUndefined();
  });

  it('us-unr.json: 3220 counties keep their string codes', async () => {
    const cube = await parseJsonStatDataset(sample('us-unr.json'));
    const county = cube.meta.dimensions.find((d) => d.role === 'geo');
    expect(county?.categories).toHaveLength(3220);
    expect(county?.categories.every((c) => typeof c.code === 'string')).toBe(true);
  });
});

describe('JSON-stat collections and bundles', () => {
  it('collection.json: links only, no cells', async () => {
    const doc = await parseJsonStat(sample('collection.json'));
    expect(doc.kind).toBe('collection');
    expect(doc.items).toHaveLength(8);
    expect(doc.items.every((i) => i.cube === null)).toBe(true);
    expect(doc.items[0]?.href).toBe('https://json-stat.org/samples/oecd.json');
    expect(() => doc.dataset()).toThrow(StatisticsParseError);
  });

  it('embedded collection: each dataset in link.item is parsed and can be picked', async () => {
    const doc = await parseJsonStat(sample('oecd-canada-col-embedded-collection.json'));
    expect(doc.items.map((i) => i.cube?.meta.cells)).toEqual([432, 120]);
    expect(doc.dataset().meta.title).toMatch(/Unemployment rate/);
    expect(doc.dataset(1).meta.cells).toBe(120);
    const canada = await collectCells(doc.dataset(1));
    expect(canada.every((c) => c.symbol === 'a')).toBe(true);
  });

  it('JSON-stat 1.x bundle: id/size/role inside "dimension"', async () => {
    const doc = await parseJsonStat(sample('oecd-canada-bundle-v1.json'));
    expect(doc.kind).toBe('bundle');
    expect(doc.items.map((i) => i.key)).toEqual(['oecd', 'canada']);
    const canada = doc.dataset('canada');
    expect(canada.meta.dimensions.map((d) => [d.id, d.role])).toEqual([
      ['country', 'geo'],
      ['year', 'time'],
      ['age', null],
      ['concept', 'metric'],
      ['sex', null],
    ]);
    const oecd = await collectCells(doc.dataset('oecd'));
    expect(oecd.filter((c) => c.symbol === 'e')).toHaveLength(72);
  });
});

describe('PxWebApi v2 (JSON-stat 2 from PxWeb)', () => {
  it('synthetic KOSTRA bydel file: null cells carry their SSB symbol in status', async () => {
    const cube = await parseJsonStatDataset({
      path: statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json'),
    });
    const geo = cube.meta.dimensions[0];
    expect(geo?.role).toBe('geo');
    expect(geo?.categories.map((c) => c.code)).toEqual(['EAB', '030101', '030112']);
    expect(cube.meta.dimensions[1]?.categories[0]?.unit).toEqual({
      label: 'per 1000',
      decimals: 1,
    });
    const cells = await collectCells(cube);
    expect(cells.map((c) => [c.value, c.status, c.symbol])).toEqual([
      [40.1, 'none', null],
      [41.2, 'none', null],
      [42.3, 'none', null],
      [50, 'none', null],
      [null, 'not_available', '..'],
      [51.5, 'none', null],
      [null, 'suppressed', ':'],
      // "-" is SSB's nil: an exact zero, so the cell gets the number 0.
      [0, 'none', '-'],
      [0, 'provisional', '*'],
    ]);
    expect(cube.meta.symbolLegend?.map((s) => [s.symbol, s.status])).toEqual([
      ['..', 'not_available'],
      [':', 'suppressed'],
      ['-', 'none'],
      ['*', 'provisional'],
    ]);
  });

  it('SCB TAB638: v2 extensions are tolerated, the language comes from extension.px', async () => {
    const cube = await parseJsonStatDataset({
      path: statisticsFixture('pxwebapi-v2', 'scb-v2-TAB638-data-POST.json'),
    });
    expect(cube.meta.languages).toEqual(['sv']);
    expect(cube.meta.source?.tableId).toBe('TAB638');
    expect(cube.meta.notes?.[1]).toContain('\r\n');
    expect(cube.meta.dimensions.find((d) => d.id === 'Region')?.role).toBe('geo');
    expect((await collectCells(cube))[0]?.value).toBe(50937);
  });

  it('metadata response with "value": [] is a cube of empty cells; numeric-looking ids stay strings', async () => {
    const cube = await parseJsonStatDataset({
      path: statisticsFixture('pxwebapi-v2', 'pxwebapi-test-MetadataById_tab004_js2.json'),
    });
    expect(cube.meta.metadataOnly).toBe(true);
    expect(cube.meta.cells).toBe(14 * 11 * 28);
    expect(cube.meta.dimensions[0]?.categories.slice(0, 6).map((c) => c.code)).toEqual([
      '0.1',
      '0.2',
      '0.3',
      '0.4',
      '1.0',
      '10.0',
    ]);
  });

  it('rejects a file that is JSON but not JSON-stat', async () => {
    await expect(
      parseJsonStat({
        path: statisticsFixture('pxwebapi-v2', 'pxwebapi-test-GetApiConfiguration.json'),
      }),
    ).rejects.toMatchObject({ code: 'JSONSTAT_INVALID' });
  });
});

describe('JSON-stat forms and errors', () => {
  const base = {
    version: '2.0',
    class: 'dataset',
    id: ['Region', 'Tid'],
    size: [2, 2],
    dimension: {
      Region: {
        category: {
          index: { '0301': 1, '1103': 0 },
          label: { '0301': 'Oslo', '1103': 'Stavanger' },
        },
      },
      Tid: { category: { index: ['2023', '2024'] } },
    },
  };

  it('takes category order from index, never from label key order, and guesses roles', async () => {
    const cube = await parseJsonStatDataset(JSON.stringify({ ...base, value: [1, 2, 3, 4] }));
    expect(cube.meta.dimensions[0]?.categories.map((c) => c.code)).toEqual(['1103', '0301']);
    expect(cube.meta.dimensions.map((d) => d.role)).toEqual(['geo', 'time']);
  });

  it('accepts sparse values, status as one string, per-cell arrays and sparse objects', async () => {
    const sparse = await collectCells(
      await parseJsonStatDataset(JSON.stringify({ ...base, value: { 0: 1.5, 3: 2 }, status: 'p' })),
    );
    expect(sparse.map((c) => [c.value, c.status, c.symbol])).toEqual([
      [1.5, 'provisional', 'p'],
      [null, 'not_available', 'p'],
      [null, 'not_available', 'p'],
      [2, 'provisional', 'p'],
    ]);
    const each = await collectCells(
      await parseJsonStatDataset(
        JSON.stringify({ ...base, value: [1, null, 3, null], status: [null, '..', 'b', ':'] }),
      ),
    );
    expect(each.map((c) => c.status)).toEqual(['none', 'not_available', 'break', 'suppressed']);
    const obj = await collectCells(
      await parseJsonStatDataset(
        JSON.stringify({ ...base, value: [1, null, 3, 4], status: { 1: '.' } }),
      ),
    );
    expect(obj.map((c) => c.status)).toEqual(['none', 'not_applicable', 'none', 'none']);
  });

  it('reads numeric strings as numbers and keeps other text in value as the symbol', async () => {
    const cells = await collectCells(
      await parseJsonStatDataset(JSON.stringify({ ...base, value: [1, ':', '2.5', 'x'] })),
    );
    expect(cells.map((c) => [c.value, c.status, c.symbol])).toEqual([
      [1, 'none', null],
      [null, 'suppressed', ':'],
      [2.5, 'none', null],
      [null, 'not_available', 'x'],
    ]);
  });

  it('streams large cubes in batches of the requested size', async () => {
    const n = 10_000;
    const text = JSON.stringify({
      version: '2.0',
      class: 'dataset',
      id: ['x'],
      size: [n],
      dimension: { x: { category: { index: Array.from({ length: n }, (_, i) => `c${i}`) } } },
      value: Array.from({ length: n }, (_, i) => i),
    });
    const cube = await parseJsonStatDataset(text);
    const starts: number[] = [];
    for await (const batch of cube.batches({ batchSize: 4096 })) starts.push(batch.start);
    expect(starts).toEqual([0, 4096, 8192]);
  });

  it('reports errors with the JSON path', async () => {
    await expectError(JSON.stringify({ ...base, value: [1, 2, 3] }), 'JSONSTAT_INVALID', '$.value');
    await expectError(
      JSON.stringify({ ...base, size: [3, 2], value: [1, 2, 3, 4, 5, 6] }),
      'JSONSTAT_INVALID',
      '$.dimension.Region.category.index',
    );
    await expectError(
      JSON.stringify({
        ...base,
        dimension: { ...base.dimension, Region: { category: { index: { '0301': 0, '1103': 5 } } } },
        value: [1, 2, 3, 4],
      }),
      'JSONSTAT_INVALID',
      '$.dimension.Region.category.index["1103"]',
    );
    await expectError(
      JSON.stringify({ ...base, value: { 7: 1 } }),
      'JSONSTAT_INVALID',
      '$.value["7"]',
    );
    await expectError(
      JSON.stringify({ ...base, value: [1, 2, {}, 4] }),
      'JSONSTAT_INVALID',
      '$.value[2]',
    );
    await expectError(
      JSON.stringify({ ...base, status: [1, 2], value: [1, 2, 3, 4] }),
      'JSONSTAT_INVALID',
      '$.status',
    );
    const syntax = await expectError('{"class": "dataset",\n  "id": [,]}', 'JSONSTAT_INVALID');
    expect(syntax.position).toEqual({ line: 2, column: 10 });
  });

  it('reads a UTF-8 file with a BOM', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      readFileSync(statisticsFixture('jsonstat', 'samples', 'order.json')),
    ]);
    expect((await parseJsonStatDataset(bytes)).meta.cells).toBe(24);
  });
});

describe('JSON-stat values that cannot be turned into text', () => {
  // An object whose toString is not a function throws a TypeError from String() or a template;
  // the parser must quote such values another way and refuse them with its own error.
  const hostile = [{ toString: null }];

  it('refuses an unknown class given as such a value with a parse error naming the class', async () => {
    const doc = { version: '2.0', class: hostile, id: ['a'], size: [1], dimension: { a: { category: { index: ['x'] } } }, value: [1] };
    const error = await parseJsonStat(JSON.stringify(doc)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StatisticsParseError);
    expect((error as StatisticsParseError).message).toContain('[{"toString":null}]');
  });

  it('refuses a category position given as such a value with a parse error', async () => {
    const doc = { version: '2.0', class: 'dataset', id: ['a'], size: [1], dimension: { a: { category: { index: { x: hostile } } } }, value: [1] };
    await expect(parseJsonStat(JSON.stringify(doc))).rejects.toBeInstanceOf(StatisticsParseError);
  });
});
