import { parentPort } from 'node:worker_threads';
import { extractText, TooLargeError } from './extract-text';
import type { ExtractRequest, ExtractResponse } from './extract-protocol';

/**
 * The text extraction worker: reads one file's text off the server's event loop, with the memory
 * limit its parent gives it; the parent ends it when it takes too long (text-extraction.ts).
 */
const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread');

port.once('message', (request: ExtractRequest) => {
  extractText(request.kind, new Uint8Array(request.bytes), request.limits).then(
    (result) => port.postMessage({ type: 'done', ...result } satisfies ExtractResponse),
    (error: unknown) =>
      port.postMessage({ type: error instanceof TooLargeError ? 'too_large' : 'failed', message: error instanceof Error ? error.message : String(error) } satisfies ExtractResponse),
  );
});
