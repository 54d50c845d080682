// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectCells, coordsOf, cubeSize, indexOf } from '../src/cube';
import { parseCsv } from '../src/csv';
import {
  generatedText,
  jsonStatChunks,
  pxChunks,
  type GeneratedCell,
  type GeneratedCube,
} from '../src/generate';
import { parseJsonStat } from '../src/jsonstat';
import { parsePx } from '../src/px';
import { parseNumber } from '../src/px-data';

const generatedCube = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 })
  .chain((sizes) =>
    fc.record({
      sizes: fc.constant(sizes),
      roles: fc.shuffledSubarray(['time', 'geo', 'metric'] as const, {
        minLength: 0,
        maxLength: Math.min(3, sizes.length),
      }),
      cells: fc.array(
        fc.oneof(
          {
            weight: 6,
            arbitrary: fc
              .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
              .map((x) => (Object.is(x, -0) ? 0 : x)),
          },
          {
            weight: 1,
            arbitrary: fc.constantFrom<GeneratedCell>(
              'not_available',
              'suppressed',
              'not_applicable',
              'nil',
            ),
          },
        ),
        { minLength: cubeSize(sizes), maxLength: cubeSize(sizes) },
      ),
      stub: fc.integer({ min: 1, max: sizes.length }),
    }),
  );

function toCube(g: {
  sizes: number[];
  roles: readonly ('time' | 'geo' | 'metric')[];
  cells: GeneratedCell[];
}): GeneratedCube {
  return {
    title: 'Generated',
    dimensions: g.sizes.map((size, d) => ({
      id: `d${d}`,
      label: `dim ${d}`,
      role: g.roles[d] ?? null,
      codes: Array.from({ length: size }, (_, i) => `c${d}${i}`),
    })),
    cell: (i) => g.cells[i] ?? 0,
  };
}

function toCsv(cube: GeneratedCube): string {
  const sizes = cube.dimensions.map((d) => d.codes.length);
  const text = { not_available: '..', suppressed: ':', not_applicable: '.', nil: '-' } as const;
  const rows = [[...cube.dimensions.map((d) => d.label), 'verdi'].join(';')];
  for (let i = 0; i < cubeSize(sizes); i++) {
    const cell = cube.cell(i);
    const coords = coordsOf(i, sizes);
    rows.push(
      [
        ...cube.dimensions.map((d, k) => d.codes[coords[k] ?? 0]),
        typeof cell === 'number' ? String(cell).replace('.', ',') : text[cell],
      ].join(';'),
    );
  }
  return rows.join('\n');
}

describe('the three formats agree', () => {
  it('the same cube written as JSON-stat, PX and CSV reads back to the same cells', async () => {
    await fc.assert(
      fc.asyncProperty(generatedCube, async (g) => {
        const cube = toCube(g);
        const fromJson = await collectCells(
          (await parseJsonStat(generatedText(jsonStatChunks(cube)))).dataset(),
        );
        const fromPx = await collectCells(await parsePx(generatedText(pxChunks(cube, g.stub))));
        const fromCsv = await collectCells(await parseCsv(toCsv(cube)));
        const expected = g.cells.map((c) =>
          typeof c === 'number' ? [c, 'none'] : c === 'nil' ? [0, 'none'] : [null, c],
        );
        expect(fromJson.map((c) => [c.value, c.status])).toEqual(expected);
        expect(fromPx.map((c) => [c.value, c.status])).toEqual(expected);
        // CSV adds a one-category "measure" dimension last, so cell positions are unchanged.
        expect(fromCsv.map((c) => [c.value, c.status])).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('coordsOf and indexOf are inverse (row-major, last dimension fastest)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (sizes, n) => {
          const index = n % cubeSize(sizes);
          const coords = coordsOf(index, sizes);
          expect(indexOf(coords, sizes)).toBe(index);
          const last = sizes.length - 1;
          if ((coords[last] ?? 0) + 1 < (sizes[last] ?? 1)) {
            expect(coordsOf(index + 1, sizes)).toEqual(
              coords.map((c, d) => (d === last ? c + 1 : c)),
            );
          }
        },
      ),
    );
  });

  it('the PX number reader returns exactly what Number() does', () => {
    const decimal = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^\d{1,20}$/),
        fc.option(fc.stringMatching(/^\d{0,20}$/)),
      )
      .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`);
    fc.assert(
      fc.property(
        fc.oneof(decimal, fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)),
        (text) => {
          const bytes = Buffer.from(text, 'latin1');
          expect(Object.is(parseNumber(bytes, 0, bytes.length), Number(text))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
