import type { CellBatch, CubeMeta, ParsePosition, StatisticsErrorCode } from '@samordna/statistics-formats';

/**
 * The messages between the server and a statistics parse worker (parse-worker.ts): the server
 * asks the worker to open a file and then pulls the chosen dataset's cells a batch at a time.
 */
export type ToWorker =
  | { type: 'open'; path: string; dataset: number | 'first' }
  | { type: 'next'; batchSize: number };

export interface DatasetEntry {
  index: number;
  label: string;
}

/** A batch of cells as it travels: the cube's batch without its symbol and note lists, which only grow. */
export interface WorkerBatch extends Omit<CellBatch, 'symbols' | 'notes'> {
  /** Symbols and notes added to the cube's lists since the previous batch. */
  newSymbols: string[];
  newNotes: string[];
}

export type FromWorker =
  | { type: 'opened'; format: 'jsonstat' | 'px' | 'csv'; datasets: DatasetEntry[]; dataset: number; meta: CubeMeta }
  | { type: 'batch'; batch: WorkerBatch }
  | { type: 'end' }
  | {
      type: 'failed';
      message: string;
      parseError?: { code: StatisticsErrorCode; message: string; position: ParsePosition | null; params: Record<string, string | number> };
      datasetNotFound?: number;
      noData?: boolean;
      /** A table beyond the limits (cube-limits.ts), refused from its header. */
      refused?: { code: string; params: Record<string, string | number> };
    };
