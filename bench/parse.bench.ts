import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parseJsonStat, parsePx, type DimensionRole } from '@samordna/statistics-formats';
import {
  jsonStatChunks,
  pxChunks,
  type GeneratedCell,
  type GeneratedCube,
} from '@samordna/statistics-formats/generate';

export interface GeneratedSpec {
  dimensions: { id: string; size: number; role?: DimensionRole }[];
  /** Every n-th cell is suppressed (":" / PX "..."). */
  suppressedEvery?: number;
  /** Every n-th cell is not available (".." / PX "."). */
  missingEvery?: number;
}

/** 100 areas × 10 years × 2 sexes × 25 ages × 20 measures = 1,000,000 cells. */
export const MILLION_CELLS: GeneratedSpec = {
  dimensions: [
    { id: 'area', size: 100, role: 'geo' },
    { id: 'year', size: 10, role: 'time' },
    { id: 'sex', size: 2 },
    { id: 'age', size: 25 },
    { id: 'measure', size: 20, role: 'metric' },
  ],
  suppressedEvery: 37,
  missingEvery: 101,
};

function cubeOf(spec: GeneratedSpec): GeneratedCube {
  return {
    title: 'Generated benchmark table',
    dimensions: spec.dimensions.map((d) => ({
      id: d.id,
      label: d.id,
      role: d.role ?? null,
      codes: Array.from({ length: d.size }, (_, i) =>
        d.role === 'time' ? String(2015 + i) : `${d.id}${String(i).padStart(3, '0')}`,
      ),
    })),
    cell(i): GeneratedCell {
      if (spec.suppressedEvery && i % spec.suppressedEvery === 5) return 'suppressed';
      if (spec.missingEvery && i % spec.missingEvery === 7) return 'not_available';
      // Deterministic spread of values with one or two decimals.
      return Math.round(((i * 2654435761) % 1_000_003) / 10) / 10;
    },
  };
}

async function writeChunks(file: string, chunks: Iterable<string>): Promise<number> {
  const out = createWriteStream(file);
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return (await stat(file)).size;
}

/** Writes the spec as one JSON-stat 2.0 dataset; returns the file size in bytes. */
export function writeGeneratedJsonStat(
  file: string,
  spec: GeneratedSpec = MILLION_CELLS,
): Promise<number> {
  return writeChunks(file, jsonStatChunks(cubeOf(spec)));
}

/** Writes the spec as a PX file (last dimension in HEADING); returns the file size in bytes. */
export function writeGeneratedPx(
  file: string,
  spec: GeneratedSpec = MILLION_CELLS,
): Promise<number> {
  return writeChunks(file, pxChunks(cubeOf(spec), spec.dimensions.length - 1));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

let gcFunction: (() => void) | null | undefined;

/**
 * Full garbage collection between timed runs, so one run's garbage is not billed to the next
 * (JSON.parse of 7 MB leaves a lot). Node exposes gc() to a new context once the flag is set.
 */
function collectGarbage(): void {
  if (gcFunction === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc: unknown = vm.runInNewContext('gc');
      gcFunction = typeof gc === 'function' ? () => void gc() : null;
    } catch {
      gcFunction = null;
    }
  }
  gcFunction?.();
}

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Generates a 1,000,000-cell table as JSON-stat and PX in the temp folder and measures the
 * median of a few runs of: JSON.parse alone, our JSON-stat parse + normalise of every cell,
 * and our PX parse streaming every cell from the file (with the process's peak RSS).
 */
export async function benchParse(runs = 7): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'samordna-bench-'));
  try {
    const jsonFile = path.join(dir, 'million.json');
    const pxFile = path.join(dir, 'million.px');
    const jsonBytes = await writeGeneratedJsonStat(jsonFile);
    const pxBytes = await writeGeneratedPx(pxFile);

    // PX first, before the JSON text is in memory, so the RSS figure shows the streaming reader.
    const baseRss = process.memoryUsage().rss;
    let peakRss = baseRss;
    let pxValues = 0;
    for await (const batch of (await parsePx({ path: pxFile })).batches()) {
      for (let i = 0; i < batch.length; i++) if (batch.values[i] === batch.values[i]) pxValues++;
    }
    const pxTimes: number[] = [];
    for (let r = 0; r < runs; r++) {
      collectGarbage();
      pxTimes.push(
        await timeRuns(1, async () => {
          for await (const _batch of (await parsePx({ path: pxFile })).batches())
            peakRss = Math.max(peakRss, process.memoryUsage().rss);
        }),
      );
    }
    const pxMs = median(pxTimes);

    const text = await readFile(jsonFile, 'utf8');
    // Alternate the two so both meet the same garbage-collector weather.
    const parseTimes: number[] = [];
    const ourTimes: number[] = [];
    let jsonValues = 0;
    // One untimed round first, so neither side pays for compiling the code.
    for (let r = -1; r < runs; r++) {
      collectGarbage();
      if (r < 0) {
        JSON.parse(text);
        for await (const batch of (await parseJsonStat(text)).dataset().batches()) {
          for (let i = 0; i < batch.length; i++)
            if (batch.values[i] === batch.values[i]) jsonValues++;
        }
        continue;
      }
      parseTimes.push(await timeRuns(1, async () => JSON.parse(text)));
      collectGarbage();
      ourTimes.push(
        await timeRuns(1, async () => {
          let cells = 0;
          for await (const batch of (await parseJsonStat(text)).dataset().batches())
            cells += batch.length;
          return cells;
        }),
      );
    }
    const jsonParseMs = median(parseTimes);
    const jsonStatMs = median(ourTimes);
    if (jsonValues !== pxValues)
      throw new Error(`JSON-stat and PX disagree: ${jsonValues} vs ${pxValues} values`);

    return {
      cells: 1_000_000,
      'values.with_number': pxValues,
      'jsonstat.file_mb': round(jsonBytes / 1e6, 2),
      'px.file_mb': round(pxBytes / 1e6, 2),
      'json_parse.ms': round(jsonParseMs),
      'parse.jsonstat.ms': round(jsonStatMs),
      'parse.jsonstat.vs_json_parse': round(jsonStatMs / jsonParseMs, 2),
      'parse.px.ms': round(pxMs),
      'parse.px.peak_rss_mb': round(peakRss / 1e6),
      'parse.px.rss_growth_mb': round((peakRss - baseRss) / 1e6),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Picked up by bench/run.ts. */
export const benchmark = { name: 'parse', run: () => benchParse() };
