import { decoderFor } from './encoding';
import { Readable } from 'node:stream';
import {
  BatchWriter,
  Interner,
  STATUS_CODE,
  batchSizeOf,
  type BatchOptions,
  type CellBatch,
  type Cube,
  type CubeMeta,
} from './cube';
import {
  decideLayout,
  newStats,
  observe,
  parseCsvNumber,
  type ColumnStats,
  type CsvLayout,
} from './csv-columns';
import { CsvTokenizer, detectDelimiter, type CsvRecord } from './csv-tokenizer';
import { StatisticsParseError } from './errors';
import { chunksOf, readAllBytes, type StatisticsInput } from './input';
import { isNilSymbol, statusForSymbol } from './symbols';

export interface CsvOptions {
  /** Overrides detection from the header line. */
  delimiter?: ',' | ';' | '\t';
}

const TEXT_CHUNK = 1 << 20;
const ABSENT = STATUS_CODE.not_available;
const NOT_APPLICABLE = STATUS_CODE.not_applicable;

type Source = string | Uint8Array | { path: string };

/** Decoded text in pieces; bytes and files are decoded as they stream. */
async function* textOf(source: Source, encoding: string, fatal: boolean): AsyncGenerator<string> {
  if (typeof source === 'string') {
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    for (let at = 0; at < text.length; at += TEXT_CHUNK) yield text.slice(at, at + TEXT_CHUNK);
    return;
  }
  const decoder = decoderFor(encoding, { fatal });
  if (!decoder) throw new Error(`No decoder for ${encoding}`);
  for await (const chunk of chunksOf(source)) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

class NotUtf8 extends Error {}

/**
 * Records of the whole source, a text chunk's worth at a time so callers can hand out batches
 * between chunks. Every pass of the parser is one loop over this.
 */
async function* recordsOf(
  source: Source,
  encoding: string,
  delimiter: number | null,
  fatal = false,
): AsyncGenerator<{ records: CsvRecord[]; delimiter: number }> {
  let tokenizer: CsvTokenizer | null = null;
  let chosen = delimiter ?? 44;
  let records: CsvRecord[] = [];
  const texts = textOf(source, encoding, fatal);
  for (;;) {
    let step: IteratorResult<string>;
    try {
      step = await texts.next();
    } catch (error) {
      if (fatal && error instanceof TypeError) throw new NotUtf8();
      throw error;
    }
    if (step.done) break;
    if (!tokenizer) {
      chosen = delimiter ?? detectDelimiter(step.value);
      tokenizer = new CsvTokenizer(chosen, (r) => records.push(r));
    }
    tokenizer.feed(step.value);
    if (records.length > 0) {
      yield { records, delimiter: chosen };
      records = [];
    }
  }
  tokenizer?.end();
  if (records.length > 0) yield { records, delimiter: chosen };
}

function fieldCountError(record: CsvRecord, expected: number): StatisticsParseError {
  const extra = record.fields.length > expected;
  return new StatisticsParseError(
    'CSV_FIELD_COUNT',
    `Row has ${record.fields.length} fields but the header has ${expected}`,
    { line: record.line, column: extra ? (record.columns[expected] ?? 1) : record.endColumn },
    { found: record.fields.length, expected },
  );
}

interface Plan {
  layout: CsvLayout;
  decimalComma: boolean;
  delimiter: number;
  encoding: string;
}

/** Row-major index of a record's first cell (its measure cells follow). */
function baseOf(plan: Plan, record: CsvRecord, row: number): number {
  const { layout } = plan;
  let index = 0;
  for (let d = 0; d < layout.dimensionColumns.length; d++) {
    const column = layout.dimensionColumns[d] ?? -1;
    const at = column < 0 ? row : layout.lookups[d]?.get((record.fields[column] ?? '').trim());
    index = index * (layout.sizes[d] ?? 1) + (at ?? 0);
  }
  return index * layout.valueColumns.length;
}

function readCell(
  text: string,
  decimalComma: boolean,
  symbols: Interner,
): [number, number, number] {
  const t = text.trim();
  const n = t === '' ? Number.NaN : parseCsvNumber(t, decimalComma);
  if (n === n) return [n, STATUS_CODE.none, 0];
  if (t === '') return [Number.NaN, NOT_APPLICABLE, 0];
  if (t.toLowerCase() === 'null') return [Number.NaN, NOT_APPLICABLE, symbols.id(t)];
  if (isNilSymbol(t)) return [0, STATUS_CODE.none, symbols.id(t)];
  return [Number.NaN, STATUS_CODE[statusForSymbol(t, false)], symbols.id(t)];
}

async function* emit(
  source: Source,
  plan: Plan,
  ordered: boolean,
  size: number,
  symbols: Interner,
  notes: Interner,
): AsyncGenerator<CellBatch> {
  const writer = new BatchWriter(symbols, notes, size);
  const width = plan.layout.valueColumns.length;
  const cells = plan.layout.cells;
  // Out-of-order files: rows are kept, sorted, then emitted (memory grows with the rows).
  const bases: number[] = [];
  const lines: number[] = [];
  const kept: [number, number, number][] = [];
  let row = -1;
  for await (const { records } of recordsOf(source, plan.encoding, plan.delimiter)) {
    for (const record of records) {
      if (row++ < 0) continue;
      const base = baseOf(plan, record, row - 1);
      if (ordered) writer.fill(base - writer.position, Number.NaN, ABSENT, 0, 0);
      else {
        bases.push(base);
        lines.push(record.line);
      }
      for (const column of plan.layout.valueColumns) {
        const cell = readCell(record.fields[column] ?? '', plan.decimalComma, symbols);
        if (ordered) writer.push(cell[0], cell[1], cell[2], 0);
        else kept.push(cell);
      }
    }
    if (writer.ready.length > 0) yield* writer.take();
  }
  if (!ordered) {
    const order = Array.from({ length: bases.length }, (_, i) => i).sort(
      (a, b) => (bases[a] ?? 0) - (bases[b] ?? 0) || a - b,
    );
    for (let k = 0; k < order.length; k++) {
      const r = order[k] ?? 0;
      const base = bases[r] ?? 0;
      if (base < writer.position) {
        throw new StatisticsParseError(
          'CSV_DUPLICATE_ROW',
          'This row repeats the dimension values of an earlier row',
          { line: lines[r] ?? 1, column: 1 },
        );
      }
      writer.fill(base - writer.position, Number.NaN, ABSENT, 0, 0);
      for (let m = 0; m < width; m++) {
        const [v, s, y] = kept[r * width + m] ?? [Number.NaN, ABSENT, 0];
        writer.push(v, s, y, 0);
      }
      if (writer.ready.length > 0) yield* writer.take();
    }
  }
  writer.fill(cells - writer.position, Number.NaN, ABSENT, 0, 0);
  writer.flush();
  yield* writer.take();
}

/**
 * Parses a CSV table into a long cube (see csv-columns.ts for which columns become what).
 * Needs to read the source more than once: pass 1 learns the columns and categories, pass 2
 * checks whether rows already come in cube order, and iterating the cells is pass 3, which
 * then streams with flat memory. A Readable is therefore read into memory first.
 */
export async function parseCsv(input: StatisticsInput, options: CsvOptions = {}): Promise<Cube> {
  const source: Source = input instanceof Readable ? await readAllBytes(input) : input;
  // CSV has no place to declare its encoding: try UTF-8 strictly, and if any byte says
  // otherwise, read it as Windows-1252 (Excel's "CSV" on Norwegian Windows).
  let encoding = 'utf-8';
  let warning: string | undefined;
  const forced = options.delimiter ? options.delimiter.charCodeAt(0) : null;

  let stats: ColumnStats[] = [];
  let header: string[] | null = null;
  let rows = 0;
  let delimiter = forced ?? 44;
  const pass1 = async (fatal: boolean): Promise<void> => {
    stats = [];
    header = null;
    rows = 0;
    for await (const group of recordsOf(source, encoding, forced, fatal)) {
      delimiter = group.delimiter;
      for (const record of group.records) {
        if (!header) {
          header = record.fields.map((f) => f.trim());
          stats = newStats(header);
          continue;
        }
        if (record.fields.length !== header.length) throw fieldCountError(record, header.length);
        observe(stats, record.fields, delimiter !== 44);
        rows++;
      }
    }
  };
  try {
    await pass1(encoding === 'utf-8' && typeof source !== 'string');
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    encoding = 'windows-1252';
    warning = 'The file is not valid UTF-8; it was read as Windows-1252.';
    await pass1(false);
  }
  if (!header)
    throw new StatisticsParseError('CSV_EMPTY', 'The file has no header row', {
      line: 1,
      column: 1,
    });
  const layout = decideLayout(stats, rows);
  const plan: Plan = { layout, decimalComma: delimiter !== 44, delimiter, encoding };

  // Pass 2: are rows already in cube order? Then cells stream without buffering.
  let ordered = true;
  let last = -1;
  let row = -1;
  for await (const { records } of recordsOf(source, encoding, delimiter)) {
    for (const record of records) {
      if (row++ < 0) continue;
      const base = baseOf(plan, record, row - 1);
      if (base === last)
        throw new StatisticsParseError(
          'CSV_DUPLICATE_ROW',
          'This row repeats the dimension values of the row before',
          { line: record.line, column: 1 },
        );
      if (base < last) ordered = false;
      last = base;
    }
  }

  const meta: CubeMeta = {
    format: 'csv',
    encoding,
    title: null,
    languages: [],
    dimensions: layout.dimensions,
    cells: layout.cells,
  };
  const warnings = [...(warning ? [warning] : []), ...layout.warnings];
  if (warnings.length > 0) meta.warnings = warnings;
  const symbols = new Interner();
  const notes = new Interner();
  return {
    meta,
    batches: (batchOptions?: BatchOptions) =>
      emit(source, plan, ordered, batchSizeOf(batchOptions), symbols, notes),
  };
}
