import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { StatisticsParseError } from './errors';

/** A file on disk, a Node stream, or content already in memory. */
export type StatisticsInput = string | Uint8Array | { path: string } | Readable;

/** Read size for files: large enough to keep syscalls rare, small enough to keep memory flat. */
export const CHUNK_SIZE = 256 * 1024;

export function isPathInput(input: StatisticsInput): input is { path: string } {
  return (
    typeof input === 'object' &&
    !(input instanceof Uint8Array) &&
    !(input instanceof Readable) &&
    typeof input.path === 'string'
  );
}

export function ioError(path: string, error: unknown): StatisticsParseError {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reason =
    code === 'ENOENT'
      ? 'file not found'
      : code === 'EISDIR'
        ? 'is a directory'
        : error instanceof Error
          ? error.message
          : String(error);
  return new StatisticsParseError('IO_ERROR', `Cannot read ${path}: ${reason}`);
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  throw new StatisticsParseError(
    'IO_ERROR',
    'The stream produced something other than bytes or text',
  );
}

/** Whole content as bytes (JSON-stat is one JSON document, so it is read at once). */
export async function readAllBytes(input: StatisticsInput): Promise<Uint8Array> {
  if (typeof input === 'string') return Buffer.from(input, 'utf8');
  if (input instanceof Uint8Array) return input;
  if (input instanceof Readable) {
    const parts: Uint8Array[] = [];
    try {
      for await (const chunk of input) parts.push(toBytes(chunk));
    } catch (error) {
      if (error instanceof StatisticsParseError) throw error;
      throw ioError('stream', error);
    }
    return Buffer.concat(parts);
  }
  try {
    return await readFile(input.path);
  } catch (error) {
    throw ioError(input.path, error);
  }
}

/**
 * Chunks of the input from byte `start`. Files are opened lazily so a cube read from a path can
 * be iterated more than once; in-memory input is sliced without copying.
 */
export async function* chunksOf(input: StatisticsInput, start = 0): AsyncGenerator<Uint8Array> {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    for (let at = start; at < bytes.length; at += CHUNK_SIZE)
      yield bytes.subarray(at, Math.min(bytes.length, at + CHUNK_SIZE));
    return;
  }
  const stream =
    input instanceof Readable
      ? input
      : createReadStream(input.path, { start, highWaterMark: CHUNK_SIZE });
  const name = input instanceof Readable ? 'stream' : input.path;
  const iterator = stream[Symbol.asyncIterator]();
  try {
    for (;;) {
      let step: IteratorResult<unknown>;
      try {
        step = await iterator.next();
      } catch (error) {
        throw ioError(name, error);
      }
      if (step.done) return;
      yield toBytes(step.value);
    }
  } finally {
    if (!(input instanceof Readable)) stream.destroy();
  }
}
