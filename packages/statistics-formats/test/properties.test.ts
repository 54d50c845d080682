// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cube } from '../src/cube';
import { parseCsv } from '../src/csv';
import { parseStatistics } from '../src/detect';
import { StatisticsParseError } from '../src/errors';
import { jsonStatFromValue, parseJsonStat } from '../src/jsonstat';
import { parsePx } from '../src/px';
import { statisticsFixture } from './fixtures';

/** Reads every cell, so errors raised while streaming count too. */
async function drain(cube: Cube): Promise<void> {
  for await (const batch of cube.batches({ batchSize: 997 }))
    expect(batch.length).toBeGreaterThanOrEqual(0);
}

/** The property: an input parses, or fails with StatisticsParseError, nothing else. */
async function parsesOrRejects(run: () => Promise<void>): Promise<boolean> {
  try {
    await run();
  } catch (error) {
    if (error instanceof StatisticsParseError) return true;
    throw error;
  }
  return true;
}

const anyFormat = (input: string | Uint8Array) => async () => {
  const parsed = await parseStatistics(input);
  if (parsed.format !== 'jsonstat') return drain(parsed.cube);
  for (const item of parsed.document.items) if (item.cube) await drain(item.cube);
};
const asPx = (input: string | Uint8Array) => async () => drain(await parsePx(input));
const asCsv = (input: string | Uint8Array) => async () => drain(await parseCsv(input));
const asJsonStat = (input: string | Uint8Array) => async () => {
  for (const item of (await parseJsonStat(input)).items) if (item.cube) await drain(item.cube);
};

const PX_TOKENS = [
  '"',
  ';',
  '=',
  ',',
  '\n',
  ' ',
  'DATA=',
  'STUB=',
  'HEADING=',
  'VALUES("a")=',
  'VALUES("b")=',
  'CODES("a")=',
  'KEYS("a")=VALUES;',
  'TIMEVAL("b")=TLIST(A1',
  ')',
  '(',
  '[en]',
  '"a"',
  '"b"',
  '"x"',
  '"."',
  '".."',
  '"-"',
  '-',
  '1',
  '2.5',
  '1e3',
  'LANGUAGES="en","sv";',
  'DATANOTECELL("*","x")="*";',
  'CONTVARIABLE="a";',
];
const CSV_TOKENS = [
  ',',
  ';',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  'a',
  'b',
  'verdi',
  'år',
  '1',
  '2,5',
  '0301',
  '*',
  '..',
  'null',
  ' ',
  '\uFEFF',
];
const JSON_TOKENS = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"class"',
  '"dataset"',
  '"collection"',
  '"id"',
  '"size"',
  '"dimension"',
  '"category"',
  '"index"',
  '"label"',
  '"value"',
  '"status"',
  '"link"',
  '"item"',
  '"a"',
  '0',
  '1',
  '2',
  'null',
  '".."',
  '-1',
  '1e9',
];
const tokens = (list: string[]) =>
  fc.array(fc.constantFrom(...list), { maxLength: 60 }).map((t) => t.join(''));

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.constantFrom(
      ...[...PX_TOKENS, ...CSV_TOKENS, ...JSON_TOKENS].map((t) => Buffer.from(t)),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(original: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(original);
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    if (m.kind === 'set')
      bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at + m.bytes.length)]);
    else if (m.kind === 'delete')
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    else if (m.kind === 'insert')
      bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    else if (m.kind === 'truncate') bytes = bytes.subarray(0, at);
    else bytes = Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)]);
  }
  return bytes;
}

const pxFiles = [
  'ssb-14216-tettsted-variablecode.px',
  'ssb-12909-sykefravar-metaid.px',
  'scb-pxweb-BE0101F1datasymbols.px',
  'scb-pxweb-BE0101F1nildotsymbols.px',
  'scb-pxweb-BE0101F1-keys.px',
  'scb-pxweb-BE0101F1-multilang-en-sv-fi.px',
  'scb-pxweb-PR0101B3-monthly.px',
  'scb-pxweb-INVALID-missingData.px',
  'ine-27067-secreto-estadistico.px',
  'ine-1001-mojibake-utf8.px',
].map((f) => readFileSync(statisticsFixture('px', f)));
const jsonFiles = [
  'oecd.json',
  'canada.json',
  'order.json',
  'us-gsp.json',
  'hierarchy.json',
  'collection.json',
  'oecd-canada-bundle-v1.json',
  'oecd-canada-col-embedded-collection.json',
]
  .map((f) => readFileSync(statisticsFixture('jsonstat', 'samples', f)))
  .concat([
    readFileSync(statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json')),
  ]);
const csvFiles = [
  Buffer.from(
    'Kommunekode;Kommunenavn;År;Kjønn;Andel\n0301;Oslo;2023;Gutter;12,5\n0301;Oslo;2023;Jenter;*\n1103;Stavanger;2023;Gutter;"7,5"\n',
  ),
];
const RUNS = { numRuns: 150 };

describe('every input parses or throws StatisticsParseError', () => {
  it('random text, to each parser and to format detection', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          tokens(PX_TOKENS),
          tokens(CSV_TOKENS),
          tokens(JSON_TOKENS),
        ),
        async (text) => {
          for (const run of [asPx, asCsv, asJsonStat, anyFormat])
            expect(await parsesOrRejects(run(text))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        for (const run of [asPx, asCsv, asJsonStat, anyFormat])
          expect(await parsesOrRejects(run(bytes))).toBe(true);
      }),
      RUNS,
    );
  });

  it('mutated real PX files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: pxFiles.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (file, mutations) => {
          const bytes = mutate(pxFiles[file] ?? new Uint8Array(), mutations);
          expect(await parsesOrRejects(asPx(bytes))).toBe(true);
          expect(await parsesOrRejects(anyFormat(bytes))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('mutated real JSON-stat files, byte-wise and structurally', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: jsonFiles.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (file, mutations) => {
          expect(
            await parsesOrRejects(
              asJsonStat(mutate(jsonFiles[file] ?? new Uint8Array(), mutations)),
            ),
          ).toBe(true);
        },
      ),
      RUNS,
    );
    const documents = jsonFiles.map((b) => JSON.parse(b.toString('utf8')) as unknown);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: documents.length - 1 }),
        fc.nat(),
        fc.jsonValue({ maxDepth: 2 }),
        async (file, pick, replacement) => {
          const doc = structuredClone(documents[file]);
          const holders: [Record<string, unknown> | unknown[], string | number][] = [];
          const walk = (node: unknown): void => {
            if (Array.isArray(node)) {
              node.slice(0, 30).forEach((v, i) => {
                holders.push([node, i]);
                walk(v);
              });
            } else if (node && typeof node === 'object') {
              for (const [k, v] of Object.entries(node)) {
                holders.push([node as Record<string, unknown>, k]);
                walk(v);
              }
            }
          };
          walk(doc);
          const target = holders[pick % Math.max(1, holders.length)];
          if (target) (target[0] as Record<string | number, unknown>)[target[1]] = replacement;
          expect(
            await parsesOrRejects(async () => {
              for (const item of jsonStatFromValue(doc).items)
                if (item.cube) await drain(item.cube);
            }),
          ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mutated CSV', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: csvFiles.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (file, mutations) => {
          expect(
            await parsesOrRejects(asCsv(mutate(csvFiles[file] ?? new Uint8Array(), mutations))),
          ).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
