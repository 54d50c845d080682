import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../http/errors';
import { isStatisticsParseError, parseStatistics, type Cube, type StatisticsParseError, type ParsedStatistics } from '@samordna/statistics-formats';

/**
 * Statistics files on disk: uploads are streamed to `DATA_DIR/uploads/<id>` with their SHA-256
 * computed on the way (never the whole file in memory), and read back as cubes.
 */
export const UPLOADS_DIR = 'uploads';

export interface StoredFile {
  id: string;
  /** Relative to DATA_DIR. */
  storedPath: string;
  size: number;
  checksum: string;
}

export function absolutePath(dataDir: string, storedPath: string): string {
  return path.resolve(dataDir, storedPath);
}

/** Streams a file to the uploads folder; `isTooLarge` is asked after the stream ends (a size limit cut it short). */
export async function storeStream(dataDir: string, input: Readable, isTooLarge: () => boolean): Promise<StoredFile> {
  const id = randomUUID();
  const storedPath = path.join(UPLOADS_DIR, id);
  const file = absolutePath(dataDir, storedPath);
  await mkdir(path.dirname(file), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(input, measure, createWriteStream(file, { flags: 'wx' }));
    if (isTooLarge()) throw new AppError('PAYLOAD_TOO_LARGE', 'The file is larger than this installation accepts (STATISTICS_UPLOAD_LIMIT_MB)');
  } catch (error) {
    await unlink(file).catch(() => undefined);
    throw error;
  }
  return { id, storedPath, size, checksum: hash.digest('hex') };
}

/** SHA-256 of a file, streamed. */
export async function checksumOf(file: string): Promise<{ checksum: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { checksum: hash.digest('hex'), size };
}

/** "line 12, column 4" or "$.dimension.Tid". */
export function positionText(error: StatisticsParseError): string | null {
  const p = error.position;
  if (!p) return null;
  return 'path' in p ? p.path : `line ${p.line}, column ${p.column}`;
}

/** The 422 for a file that cannot be read, with where it went wrong. */
export function parseFailed(error: StatisticsParseError): AppError {
  const position = positionText(error);
  return new AppError('PARSE_FAILED', error.message, position ? { position } : {});
}

/** Runs a parser step, turning its typed errors into PARSE_FAILED. */
export async function readingFile<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (isStatisticsParseError(error)) throw parseFailed(error);
    throw error;
  }
}

export async function parseFile(file: string): Promise<ParsedStatistics> {
  return readingFile(() => parseStatistics({ path: file }));
}

/** The cube of one dataset: JSON-stat collections and bundles hold several, PX and CSV one. */
export function cubeOf(parsed: ParsedStatistics, dataset: number): Cube {
  if (parsed.format !== 'jsonstat') {
    if (dataset !== 0) throw datasetNotFound(dataset);
    return parsed.cube;
  }
  const item = parsed.document.items[dataset];
  if (!item?.cube) throw datasetNotFound(dataset);
  return item.cube;
}

export function datasetNotFound(dataset: number): AppError {
  return new AppError('VALIDATION_FAILED', `The file has no dataset ${dataset} with data`, {
    errors: [{ path: 'dataset', code: 'unknownDataset', message: `The file has no dataset ${dataset} with data`, values: [String(dataset)] }],
  });
}

/** Removes stored files that no upload row names any more (a crash between writing and recording). */
export async function removeOrphans(dataDir: string, known: ReadonlySet<string>, olderThanMs: number): Promise<number> {
  const dir = absolutePath(dataDir, UPLOADS_DIR);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const storedPath = path.join(UPLOADS_DIR, name);
    if (known.has(storedPath)) continue;
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > olderThanMs) {
      await unlink(file).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
