import { Readable } from 'node:stream';
import { BatchWriter, batchSizeOf, type BatchOptions, type CellBatch, type Cube } from './cube';
import { chooseEncoding } from './encoding';
import { StatisticsParseError } from './errors';
import { chunksOf, type StatisticsInput } from './input';
import { PxDataReader } from './px-data';
import { PxKeywords } from './px-keywords';
import { DataKeywordScanner, lexHeader } from './px-lexer';
import { buildPxMeta, type PxDataPlan } from './px-meta';

/** The header (everything before DATA=) is read into memory; beyond this it is not a PX file. */
export const MAX_HEADER_BYTES = 64 * 1024 * 1024;

interface DataStart {
  offset: number;
  line: number;
  column: number;
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function positionOf(bytes: Uint8Array, offset: number): DataStart {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

function declaredCodepage(header: Uint8Array): string | null {
  const text = Buffer.from(header.buffer, header.byteOffset, header.byteLength).toString('latin1');
  return /(?:^|;)\s*CODEPAGE\s*=\s*"([^"]*)"/i.exec(text)?.[1] ?? null;
}

async function* dataBatches(
  plan: PxDataPlan,
  chunks: AsyncIterator<Uint8Array>,
  leading: Uint8Array | null,
  start: DataStart,
  size: number,
): AsyncGenerator<CellBatch> {
  const writer = new BatchWriter(plan.symbols, plan.notes, size);
  const reader = new PxDataReader(plan, writer, start);
  try {
    if (leading && leading.length > 0) {
      reader.feed(leading);
      yield* writer.take();
    }
    while (!reader.done) {
      const step = await chunks.next();
      if (step.done) break;
      reader.feed(step.value);
      yield* writer.take();
    }
    reader.finish();
    yield* reader.keyedBatches();
    writer.flush();
    yield* writer.take();
  } finally {
    await chunks.return?.();
  }
}

/**
 * Parses a PC-Axis file. The header is read with a bounded buffer and turned into metadata at
 * once; the DATA section is only read when `batches()` is iterated, chunk by chunk, so memory
 * stays flat however many cells there are. From a path or bytes the cells can be read any
 * number of times; from a Readable, once.
 */
export async function parsePx(input: StatisticsInput): Promise<Cube> {
  const chunks = chunksOf(input);
  const scanner = new DataKeywordScanner();
  const parts: Uint8Array[] = [];
  let total = 0;
  let dataAt = -1;
  try {
    for (;;) {
      const step = await chunks.next();
      if (step.done) break;
      const found = scanner.feed(step.value, total);
      parts.push(step.value);
      total += step.value.length;
      if (found >= 0) {
        dataAt = found;
        break;
      }
      if (total > MAX_HEADER_BYTES) {
        throw new StatisticsParseError(
          'PX_HEADER_TOO_LARGE',
          `No DATA keyword in the first ${MAX_HEADER_BYTES} bytes`,
        );
      }
    }
  } catch (error) {
    await chunks.return(undefined);
    throw error;
  }
  const streamed = input instanceof Readable;
  if (!streamed || dataAt < 0) await chunks.return(undefined);

  const bytes = concat(parts, total);
  const header = bytes.subarray(0, dataAt >= 0 ? scanner.dataKeywordAt : bytes.length);
  const encoding = chooseEncoding(header, declaredCodepage(header));
  const { entries, end } = lexHeader(encoding.decoder.decode(header));
  if (dataAt < 0) {
    if (total === 0)
      throw new StatisticsParseError('PX_MISSING_DATA', 'The file is empty', {
        line: 1,
        column: 1,
      });
    throw new StatisticsParseError('PX_MISSING_DATA', 'The file ends without a DATA section', end);
  }
  const { meta, plan } = buildPxMeta(new PxKeywords(entries), encoding, end);
  const start = positionOf(bytes, dataAt);
  let consumed = false;

  return {
    meta,
    batches(options?: BatchOptions): AsyncIterable<CellBatch> {
      const size = batchSizeOf(options);
      if (streamed) {
        if (consumed)
          throw new StatisticsParseError(
            'STREAM_CONSUMED',
            'The cells of a PX stream can only be read once',
          );
        consumed = true;
        return dataBatches(plan, chunks, bytes.subarray(dataAt), start, size);
      }
      return dataBatches(plan, chunksOf(input, dataAt), null, start, size);
    },
  };
}
