import { stat } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { isStatisticsParseError, parseStatistics, type CellBatch, type Cube, type ParsedStatistics } from '@samordna/statistics-formats';
import { oversizedReason } from './cube-limits';
import type { DatasetEntry, FromWorker, ToWorker, WorkerBatch } from './parse-protocol';

/**
 * A statistics parse worker: reads one file (JSON-stat, PX or CSV) off the server's event loop,
 * with the memory limit its parent gives it, and hands the chosen dataset's cells over a batch at
 * a time, as the parent asks (see statistics-reader.ts). One file per worker; the parent ends it.
 */
const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread');

let cube: Cube | undefined;
let cells: AsyncIterator<CellBatch> | undefined;
let sentSymbols = 0;
let sentNotes = 0;

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

function datasetsOf(parsed: ParsedStatistics): DatasetEntry[] {
  if (parsed.format !== 'jsonstat') return [{ index: 0, label: parsed.cube.meta.title ?? '' }];
  return parsed.document.items.flatMap((item, index) => (item.cube ? [{ index, label: item.label ?? item.cube.meta.title ?? item.key }] : []));
}

function cubeAt(parsed: ParsedStatistics, dataset: number): Cube | undefined {
  if (parsed.format !== 'jsonstat') return dataset === 0 ? parsed.cube : undefined;
  return parsed.document.items[dataset]?.cube ?? undefined;
}

async function open(path: string, requested: number | 'first'): Promise<void> {
  const parsed = await parseStatistics({ path });
  const datasets = datasetsOf(parsed);
  const dataset = requested === 'first' ? datasets[0]?.index : requested;
  if (dataset === undefined) {
    post({ type: 'failed', message: 'The document holds no dataset with data, only links to other documents', noData: true });
    return;
  }
  cube = cubeAt(parsed, dataset);
  if (!cube) {
    post({ type: 'failed', message: `The file has no dataset ${dataset} with data`, datasetNotFound: dataset });
    return;
  }
  // Refused from the header, before a cell is read or the categories travel to the server.
  const refused = oversizedReason(cube.meta, (await stat(path)).size);
  if (refused) {
    post({ type: 'failed', message: refused.message, refused: { code: refused.code, params: refused.params } });
    return;
  }
  post({ type: 'opened', format: parsed.format, datasets, dataset, meta: cube.meta });
}

async function next(batchSize: number): Promise<void> {
  if (!cube) throw new Error('next before open');
  cells ??= cube.batches({ batchSize })[Symbol.asyncIterator]();
  const r = await cells.next();
  if (r.done) {
    post({ type: 'end' });
    return;
  }
  const b = r.value;
  // Some readers reuse a batch's arrays for the next one: the cells travel in copies, which move
  // to the server without a second copy.
  const batch: WorkerBatch = {
    start: b.start,
    length: b.length,
    values: b.values.slice(0, b.length),
    status: b.status.slice(0, b.length),
    symbol: b.symbol.slice(0, b.length),
    note: b.note.slice(0, b.length),
    newSymbols: b.symbols.slice(sentSymbols),
    newNotes: b.notes.slice(sentNotes),
  };
  sentSymbols = b.symbols.length;
  sentNotes = b.notes.length;
  post({ type: 'batch', batch }, [batch.values.buffer, batch.status.buffer, batch.symbol.buffer, batch.note.buffer] as ArrayBuffer[]);
}

port.on('message', (message: ToWorker) => {
  const step = message.type === 'open' ? open(message.path, message.dataset) : next(message.batchSize);
  step.catch((error: unknown) => {
    if (isStatisticsParseError(error)) {
      post({ type: 'failed', message: error.message, parseError: { code: error.code, message: error.message, position: error.position, params: { ...error.params } } });
    } else {
      post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
});
