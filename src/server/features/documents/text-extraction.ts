import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { DocumentFileKind } from '../../../shared/domain/documents';
import type { ExtractRequest, ExtractResponse } from './extract-protocol';

/** Characters of a document's text kept for search (a tsvector holds at most 1 MB). */
export const MAX_TEXT_CHARS = 200_000;
/** Bytes a DOCX/ODT XML part may inflate to. */
export const MAX_XML_BYTES = 20 * 1024 * 1024;

export interface ExtractionLimits {
  memoryMb: number;
  timeoutMs: number;
  maxChars?: number;
  maxXmlBytes?: number;
}

export type ExtractionOutcome =
  | { status: 'done'; text: string; truncated: boolean }
  | { status: 'too_large' | 'failed'; reason: string };

/**
 * The build bundles the worker as dist/server/extract-worker.js beside the server
 * (scripts/build.mjs). From the sources (tests, tsx) it is this folder's TypeScript file, loaded
 * through tsx's loader, registered first (a worker does not inherit its parent's loader).
 */
function startWorker(options: WorkerOptions): Worker {
  if (!fileURLToPath(import.meta.url).endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url), options);
  const tsx = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * Reads a file's text in a worker thread of its own, with a heap limit (a hostile file that
 * would fill memory kills only the worker) and a time limit (the worker is terminated when it
 * passes it), so that no file can stall or sink the server.
 */
export function extractInWorker(kind: DocumentFileKind, bytes: Uint8Array, limits: ExtractionLimits): Promise<ExtractionOutcome> {
  return new Promise<ExtractionOutcome>((resolve) => {
    let settled = false;
    const worker = startWorker({ resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.max(8, Math.round(limits.memoryMb / 8)) }, stdout: true, stderr: true });
    const finish = (outcome: ExtractionOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ status: 'failed', reason: `Reading the text took longer than ${Math.round(limits.timeoutMs / 1000)} s` }), limits.timeoutMs);
    worker.on('message', (m: ExtractResponse) => {
      if (m.type === 'done') finish({ status: 'done', text: m.text, truncated: m.truncated });
      else finish({ status: m.type, reason: m.message });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { status: 'too_large', reason: `Reading the text needs more than ${limits.memoryMb} MB of memory` }
        : { status: 'failed', reason: error.message });
    });
    worker.on('exit', () => finish({ status: 'failed', reason: 'The extraction worker stopped unexpectedly' }));
    const copy = Uint8Array.prototype.slice.call(bytes).buffer as ArrayBuffer;
    const request: ExtractRequest = { kind, bytes: copy, limits: { maxChars: limits.maxChars ?? MAX_TEXT_CHARS, maxXmlBytes: limits.maxXmlBytes ?? MAX_XML_BYTES } };
    worker.postMessage(request, [copy]);
  });
}
