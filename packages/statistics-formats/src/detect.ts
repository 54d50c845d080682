import { open } from 'node:fs/promises';
import type { Cube, CubeFormat } from './cube';
import { StatisticsParseError } from './errors';
import { parseCsv } from './csv';
import { ioError, type StatisticsInput } from './input';
import { parseJsonStat, type JsonStatDocument } from './jsonstat';
import { parsePx } from './px';

const HEAD_BYTES = 4096;
const PX_STATEMENT = /^[A-Za-z][A-Za-z0-9_-]*\s*(\[[^\]\r\n]*\])?\s*(\([^)]*\))?\s*=/;

/**
 * Tells the format from the first bytes, not the file name: JSON starts with "{", a PX file
 * with a `KEYWORD=` statement, anything else textual is taken as CSV.
 */
export function detectFormat(head: Uint8Array): CubeFormat {
  let start = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  for (let i = start; i < head.length; i++) {
    if (head[i] === 0)
      throw new StatisticsParseError(
        'UNKNOWN_FORMAT',
        'The file contains NUL bytes (binary, or UTF-16 text); expected JSON-stat, PX or CSV',
      );
  }
  while (start < head.length && [32, 9, 10, 13].includes(head[start] ?? 0)) start++;
  if (start >= head.length) throw new StatisticsParseError('UNKNOWN_FORMAT', 'The file is empty');
  const first = head[start];
  if (first === 0x7b || first === 0x5b) return 'jsonstat';
  const text = Buffer.from(head.subarray(start)).toString('latin1');
  if (PX_STATEMENT.test(text)) return 'px';
  return 'csv';
}

export async function readHead(path: string): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw ioError(path, error);
  }
}

export type ParsedStatistics =
  { format: 'jsonstat'; document: JsonStatDocument } | { format: 'px' | 'csv'; cube: Cube };

/** Detects the format and parses; a path is streamed, other inputs are read from memory. */
export async function parseStatistics(
  input: string | Uint8Array | { path: string },
): Promise<ParsedStatistics> {
  let source: StatisticsInput;
  let head: Uint8Array;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    source = bytes;
    head = bytes.subarray(0, HEAD_BYTES);
  } else {
    source = input;
    head = await readHead(input.path);
  }
  const format = detectFormat(head);
  if (format === 'jsonstat') return { format, document: await parseJsonStat(source) };
  if (format === 'px') return { format, cube: await parsePx(source) };
  return { format, cube: await parseCsv(source) };
}
