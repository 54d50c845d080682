import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { StatisticsParseError, type CellBatch, type Cube, type CubeMeta } from '@samordna/statistics-formats';
import { AppError } from '../../../http/errors';
import type { DatasetEntry, FromWorker, ToWorker } from './parse-protocol';
import { datasetNotFound } from './source-files';
import { parseSlotsOf } from './parse-slots';

/**
 * Reads statistics files off the server's event loop: each file is parsed in its own worker
 * thread (parse-worker.ts) with a memory limit, and every step (opening the file, each batch of
 * cells) with a time limit. A file that needs more memory or time than allowed is refused with
 * PARSE_FAILED saying which limit and how to raise it; the server itself keeps answering
 * meanwhile. The cube handed back is read like any other: its batches come from the worker.
 */
export interface ReadLimits {
  /** Heap the worker may use, in MB (STATISTICS_PARSE_MEMORY_MB). */
  memoryMb: number;
  /** How long one step may take, in ms (STATISTICS_PARSE_SECONDS). */
  stepMs: number;
  /** How many files this process reads at once (STATISTICS_PARSE_WORKERS); more wait their turn. */
  workers: number;
}

export interface OpenedStatistics {
  format: 'jsonstat' | 'px' | 'csv';
  /** The datasets with data in the file (one for PX and CSV), by position. */
  datasets: DatasetEntry[];
  /** The dataset opened. */
  dataset: number;
  /** Its cells can be read once. */
  cube: Cube;
  /** Ends the worker; call when done (also after a failure). */
  close(): Promise<void>;
}

/**
 * The build bundles the worker as dist/server/parse-worker.js beside the server (scripts/build.mjs).
 * From the sources (tests, tsx) it is this folder's TypeScript file, which a worker loads through
 * tsx's loader, registered first (a worker does not inherit its parent's loader).
 */
function startWorker(options: WorkerOptions): Worker {
  if (!fileURLToPath(import.meta.url).endsWith('.ts')) return new Worker(new URL('./parse-worker.js', import.meta.url), options);
  // tsx/esm/api as `import` resolves it (its package exports map): the `require` build cannot register.
  const tsx = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

function limitError(kind: 'memory' | 'time', limits: ReadLimits): AppError {
  const seconds = Math.round(limits.stepMs / 1000);
  return kind === 'memory'
    ? new AppError('PARSE_FAILED', `Reading the file needs more than the ${limits.memoryMb} MB of memory a statistics file may use (STATISTICS_PARSE_MEMORY_MB). Split the file, send it as PX or CSV (read without holding the file in memory), or ask the operator to raise the limit.`, { reason: { code: 'TOO_MUCH_MEMORY', params: { limitMb: limits.memoryMb } } })
    : new AppError('PARSE_FAILED', `Reading the file took longer than the ${seconds} s a statistics file may take (STATISTICS_PARSE_SECONDS). Split the file, or ask the operator to raise the limit.`, { reason: { code: 'TOO_SLOW', params: { seconds } } });
}

function failure(message: Extract<FromWorker, { type: 'failed' }>): Error {
  if (message.parseError) {
    const { code, message: text, position, params } = message.parseError;
    const error = new StatisticsParseError(code, '', position, params);
    error.message = text;
    return error;
  }
  if (message.datasetNotFound !== undefined) return datasetNotFound(message.datasetNotFound);
  if (message.refused) return new AppError('PARSE_FAILED', message.message, { reason: { code: message.refused.code, params: message.refused.params } });
  if (message.noData) return new AppError('PARSE_FAILED', message.message, { position: '$.link.item', reason: { code: 'NO_DATASET', params: {}, path: '$.link.item' } });
  return new Error(`The statistics parse worker failed: ${message.message}`);
}

/** Opens a statistics file in a worker and picks a dataset (`first`: the first with data). */
export async function openStatistics(path: string, dataset: number | 'first', limits: ReadLimits, signal?: AbortSignal): Promise<OpenedStatistics> {
  signal?.throwIfAborted();
  const release = await parseSlotsOf(limits).take(signal);
  const worker = startWorker({
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    stdout: false,
    stderr: false,
  });
  let ended = false;
  let waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | undefined;
  let broken: Error | undefined;
  const fail = (error: Error) => {
    broken ??= error;
    waiting?.reject(broken);
    waiting = undefined;
    void close();
  };
  const close = async () => {
    if (ended) return;
    ended = true;
    signal?.removeEventListener('abort', onAbort);
    await worker.terminate();
    release();
  };
  const onAbort = () => fail(signal!.reason instanceof Error ? signal!.reason : new Error('aborted'));
  signal?.addEventListener('abort', onAbort, { once: true });
  worker.on('message', (message: FromWorker) => {
    const w = waiting;
    waiting = undefined;
    w?.resolve(message);
  });
  worker.on('error', (error: Error & { code?: string }) => {
    fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? limitError('memory', limits) : error);
  });
  worker.on('exit', () => {
    if (!ended) fail(new Error('The statistics parse worker stopped unexpectedly'));
  });

  const ask = (message: ToWorker): Promise<FromWorker> => {
    if (broken) return Promise.reject(broken);
    return new Promise<FromWorker>((resolve, reject) => {
      const timer = setTimeout(() => fail(limitError('time', limits)), limits.stepMs);
      waiting = {
        resolve: (m) => {
          clearTimeout(timer);
          if (m.type === 'failed') reject(failure(m));
          else resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      worker.postMessage(message);
    });
  };

  try {
    const opened = await ask({ type: 'open', path, dataset });
    if (opened.type !== 'opened') throw new Error(`The statistics parse worker answered ${opened.type} to open`);
    return { format: opened.format, datasets: opened.datasets, dataset: opened.dataset, cube: remoteCube(opened.meta, ask), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A cube whose cells come from the worker, a batch per request. */
function remoteCube(meta: CubeMeta, ask: (message: ToWorker) => Promise<FromWorker>): Cube {
  let isRead = false;
  return {
    meta,
    async *batches(options = {}): AsyncGenerator<CellBatch> {
      if (isRead) throw new Error('The cells of a statistics file opened in a worker are read once');
      isRead = true;
      const symbols: string[] = [];
      const notes: string[] = [];
      const batchSize = options.batchSize ?? 65_536;
      for (;;) {
        const answer = await ask({ type: 'next', batchSize });
        if (answer.type === 'end') return;
        if (answer.type !== 'batch') throw new Error(`The statistics parse worker answered ${answer.type} to next`);
        const { batch } = answer;
        for (const s of batch.newSymbols) symbols.push(s);
        for (const n of batch.newNotes) notes.push(n);
        yield { start: batch.start, length: batch.length, values: batch.values, status: batch.status, symbol: batch.symbol, note: batch.note, symbols, notes };
      }
    },
  };
}

/** Opens a file, runs `work` on the dataset, and ends the worker whatever happens. */
export async function withStatistics<T>(
  path: string,
  dataset: number | 'first',
  limits: ReadLimits,
  work: (opened: OpenedStatistics) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const opened = await openStatistics(path, dataset, limits, signal);
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}
