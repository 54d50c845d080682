import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectCells, isStatisticsParseError, parseStatistics } from '@samordna/statistics-formats';
import { jsonStatChunks } from '@samordna/statistics-formats/generate';
import { statisticsFixture } from '../../../testing/fixtures';
import { AppError } from '../../../http/errors';
import { openStatistics, withStatistics, type ReadLimits } from './statistics-reader';
import { parseSlotsOf } from './parse-slots';

const LIMITS: ReadLimits = { memoryMb: 512, stepMs: 60_000, workers: 4 };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'samordna-reader-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reading statistics files in a worker thread', () => {
  it('reads the same datasets and cells as the parser in this thread', async () => {
    const file = statisticsFixture('jsonstat', 'samples', 'oecd-canada-bundle-v1.json');
    const here = await parseStatistics({ path: file });
    if (here.format !== 'jsonstat') throw new Error('expected JSON-stat');
    const second = here.document.items.findIndex((item, i) => item.cube && i > here.document.items.findIndex((x) => x.cube));
    const read = await withStatistics(file, second, LIMITS, async (opened) => ({
      format: opened.format,
      datasets: opened.datasets.map((d) => d.index),
      dataset: opened.dataset,
      meta: opened.cube.meta,
      cells: await collectCells(opened.cube),
    }));
    const cube = here.document.items[second]!.cube!;
    expect(read).toEqual({
      format: 'jsonstat',
      datasets: here.document.items.flatMap((item, i) => (item.cube ? [i] : [])),
      dataset: second,
      meta: cube.meta,
      cells: await collectCells(cube),
    });
  });

  it('hands over symbols and notes as they appear, batch by batch', async () => {
    const file = statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json');
    const inWorker = await withStatistics(file, 'first', LIMITS, async ({ cube }) => {
      const cells: unknown[] = [];
      for await (const b of cube.batches({ batchSize: 2 })) {
        for (let i = 0; i < b.length; i++) cells.push([b.values[i], b.status[i], b.symbols[b.symbol[i]!] ?? null, b.notes[b.note[i]!] ?? null]);
      }
      return cells;
    });
    const here = await parseStatistics({ path: file });
    const cube = here.format === 'jsonstat' ? here.document.dataset() : here.cube;
    const expected: unknown[] = [];
    for await (const b of cube.batches({ batchSize: 2 })) {
      for (let i = 0; i < b.length; i++) expected.push([b.values[i], b.status[i], b.symbols[b.symbol[i]!] ?? null, b.notes[b.note[i]!] ?? null]);
    }
    expect(inWorker).toEqual(expected);
    expect(expected.some((c) => (c as unknown[])[2] !== null)).toBe(true);
  });

  it('passes the parser errors on with where in the file', async () => {
    const error = await openStatistics(statisticsFixture('px', 'scb-pxweb-INVALID-missingData.px'), 'first', LIMITS).catch((e: unknown) => e);
    expect(isStatisticsParseError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'PX_MISSING_DATA', position: { line: 81, column: 1 } });
    const noDataset = await openStatistics(statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json'), 3, LIMITS).catch((e: unknown) => e);
    expect(noDataset).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('stops a file that needs more memory than allowed, and one that takes too long', async () => {
    // A single-line JSON-stat document of about 40 MB: JSON is read whole, so it needs memory.
    const big = path.join(dir, 'big.json');
    const codes = (n: number) => Array.from({ length: n }, (_, i) => String(i));
    await pipeline(
      Readable.from(jsonStatChunks({ title: 'Stor', dimensions: [{ id: 'a', label: 'a', role: 'geo', codes: codes(2000) }, { id: 'b', label: 'b', role: 'time', codes: codes(2000) }], cell: (i) => i + 0.123456 })),
      createWriteStream(big),
    );
    const memory = await openStatistics(big, 'first', { memoryMb: 64, stepMs: 60_000, workers: 4 }).catch((e: unknown) => e);
    expect(memory).toBeInstanceOf(AppError);
    expect(memory).toMatchObject({ code: 'PARSE_FAILED', message: expect.stringContaining('STATISTICS_PARSE_MEMORY_MB') });

    const slow = await openStatistics(big, 'first', { memoryMb: 1024, stepMs: 5, workers: 4 }).catch((e: unknown) => e);
    expect(slow).toMatchObject({ code: 'PARSE_FAILED', message: expect.stringContaining('STATISTICS_PARSE_SECONDS') });
    // With room enough, the same file is read.
    const cells = await withStatistics(big, 'first', { memoryMb: 1024, stepMs: 60_000, workers: 4 }, async ({ cube }) => cube.meta.cells);
    expect(cells).toBe(4_000_000);
  });

  it('ends the worker when the work is aborted', async () => {
    const stop = new AbortController();
    const file = statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json');
    const opened = await openStatistics(file, 'first', LIMITS, stop.signal);
    stop.abort(new Error('stopped by the test'));
    const batches = opened.cube.batches()[Symbol.asyncIterator]();
    await expect(batches.next()).rejects.toThrow('stopped by the test');
    await opened.close();
  });

  it('reads no more files at once than allowed: the next waits for a slot, and gets it when one closes', async () => {
    const limits: ReadLimits = { memoryMb: 256, stepMs: 60_000, workers: 1 };
    const slots = parseSlotsOf(limits);
    const file = statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json');
    const first = await openStatistics(file, 'first', limits);
    expect([slots.inUse, slots.waiting]).toEqual([1, 0]);
    const second = openStatistics(file, 'first', limits);
    // A waiting read that is given up leaves the queue.
    const stop = new AbortController();
    const third = openStatistics(file, 'first', limits, stop.signal).catch((e: unknown) => e);
    await new Promise((r) => setImmediate(r));
    expect(slots.waiting).toBe(2);
    stop.abort(new Error('not wanted'));
    expect(await third).toMatchObject({ message: 'not wanted' });
    expect(slots.waiting).toBe(1);
    await first.close();
    const opened = await second;
    expect([slots.inUse, slots.waiting]).toEqual([1, 0]);
    await opened.close();
    expect(slots.inUse).toBe(0);
  });
});
