import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { AppError, invalidField } from '../../../http/errors';
import type { ParseReason } from '../../../../shared/errors';
import { oversizedReason } from './cube-limits';
import { isStatisticsParseError, parseStatistics, type Cube, type ParsedStatistics, type StatisticsParseError } from '@samordna/statistics-formats';

/**
 * A statistics file read through the statistics formats library: its checksum, its cubes, and
 * the library's parse errors turned into the API's PARSE_FAILED with where in the file.
 */

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

/** Why the parser refused the file, to word in the reader's language. */
export function reasonOf(error: StatisticsParseError): ParseReason {
  return { code: error.code, params: { ...error.params }, ...(error.position ?? {}) };
}

/** The 422 for a file that cannot be read, with where it went wrong and why. */
export function parseFailed(error: StatisticsParseError): AppError {
  const position = positionText(error);
  return new AppError('PARSE_FAILED', error.message, { ...(position ? { position } : {}), reason: reasonOf(error) });
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

/** Refuses a table beyond the limits of cube-limits.ts, from its header alone. */
export function refuseOversizedCube(cube: Cube, fileBytes: number): void {
  const refused = oversizedReason(cube.meta, fileBytes);
  if (refused) throw new AppError('PARSE_FAILED', refused.message, { reason: { code: refused.code, params: refused.params } });
}

export function datasetNotFound(dataset: number): AppError {
  return invalidField('dataset', 'unknownDataset', `The file has no dataset ${dataset} with data`, { values: [String(dataset)] });
}
