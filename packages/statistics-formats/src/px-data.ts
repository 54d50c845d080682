import { STATUS_CODE, type BatchWriter, type CellBatch } from './cube';
import { StatisticsParseError } from './errors';
import type { PxDataPlan } from './px-meta';
import { ruleFor } from './px-notes';
import { lookupSymbol, statusForSymbol } from './symbols';

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** A token longer than this is not data but a broken file; refusing it keeps memory bounded. */
const MAX_TOKEN_BYTES = 1 << 20;
const NONE = STATUS_CODE.none;

function latin1(buf: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i] ?? 0);
  return s;
}

/**
 * Reads a decimal number from bytes without making a string. Up to 15 significant digits the
 * result is exact: integer / 10^k with both operands exact is correctly rounded, the same
 * double Number() returns. Longer numbers and exponents go through Number().
 */
export function parseNumber(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let c = buf[i] ?? 0;
  const negative = c === 45;
  if (c === 45 || c === 43) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let dot = false;
  for (; i < end; i++) {
    c = buf[i] ?? 0;
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (dot) fraction++;
    } else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (digits === 0) return Number.NaN;
  if (i < end) {
    if (c !== 101 && c !== 69) return Number.NaN;
    const text = latin1(buf, start, end);
    return /^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
  }
  if (digits > 15) return Number(latin1(buf, start, end));
  const value = fraction === 0 ? mantissa : mantissa / (POW10[fraction] ?? 1);
  return negative ? -value : value;
}

/** Number of dots if the token is "." … "......", else 0. */
function dotCount(buf: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n < 1 || n > 6) return 0;
  for (let i = start; i < end; i++) if (buf[i] !== 46) return 0;
  return n;
}

class Growable {
  block = new Float64Array(1024);
  line = new Uint32Array(1024);
  values = new Float64Array(4096);
  status = new Uint8Array(4096);
  symbol = new Uint32Array(4096);
  rows = 0;
  cells = 0;

  startRow(block: number, line: number): void {
    if (this.rows === this.block.length) {
      this.block = grow(this.block, new Float64Array(this.rows * 2));
      this.line = grow(this.line, new Uint32Array(this.rows * 2));
    }
    this.block[this.rows] = block;
    this.line[this.rows++] = line;
  }

  push(value: number, status: number, symbol: number): void {
    if (this.cells === this.values.length) {
      this.values = grow(this.values, new Float64Array(this.cells * 2));
      this.status = grow(this.status, new Uint8Array(this.cells * 2));
      this.symbol = grow(this.symbol, new Uint32Array(this.cells * 2));
    }
    this.values[this.cells] = value;
    this.status[this.cells] = status;
    this.symbol[this.cells++] = symbol;
  }
}

function grow<T extends Float64Array | Uint32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Tokenises the DATA section chunk by chunk: numbers, quoted missing codes ("." to "......"),
 * "-" for nil, and with KEYS the key strings that start each row. Separators are spaces, tabs,
 * newlines and commas; ";" ends the data once the header's cells are all read (before that it
 * only ends a row). Cells go straight into typed-array batches.
 */
export class PxDataReader {
  done = false;
  private count = 0;
  /** The last ";" read before the header's cells were all there: where DATA ended, if it ends short. */
  private lastEnd: { offset: number; line: number; lineStart: number } | null = null;
  private carry: Uint8Array | null = null;
  private offset: number;
  private line: number;
  private lineStart: number;
  private readonly noRules: boolean;
  private readonly keyCount: number;
  private readonly rowWidth: number;
  private rowPos = 0;
  private readonly keyCoords: number[];
  private readonly rows: Growable | null;

  constructor(
    private readonly plan: PxDataPlan,
    private readonly writer: BatchWriter,
    start: { offset: number; line: number; column: number },
  ) {
    this.offset = start.offset;
    this.line = start.line;
    this.lineStart = start.offset - (start.column - 1);
    this.noRules = plan.rules.empty;
    this.keyCount = plan.keys?.lookups.length ?? 0;
    this.rowWidth = plan.sizes.slice(this.keyCount).reduce((a, b) => a * b, 1);
    this.keyCoords = new Array<number>(this.keyCount).fill(0);
    this.rows = plan.keys ? new Growable() : null;
  }

  private at(offset: number): { line: number; column: number } {
    return { line: this.line, column: Math.max(1, offset - this.lineStart + 1) };
  }

  private syntax(what: string, offset: number): StatisticsParseError {
    return new StatisticsParseError('PX_SYNTAX', what, this.at(offset));
  }

  feed(chunk: Uint8Array): void {
    if (this.done) return;
    let buf = chunk;
    let base = this.offset;
    if (this.carry) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
      base -= this.carry.length;
      this.carry = null;
    }
    this.offset = base + buf.length;
    this.scan(buf, base, false);
  }

  /** End of input. DATA without the closing ";" is accepted when the count is right. */
  finish(): void {
    if (this.done) return;
    if (this.carry) {
      const buf = this.carry;
      this.carry = null;
      this.scan(buf, this.offset - buf.length, true);
      if (this.done) return;
    }
    this.terminate(this.offset);
  }

  private scan(buf: Uint8Array, base: number, final: boolean): void {
    const n = buf.length;
    let i = 0;
    while (i < n) {
      const c = buf[i] ?? 0;
      if (c === 32 || c === 44 || c === 9 || c === 13) {
        i++;
        continue;
      }
      if (c === 10) {
        this.line++;
        this.lineStart = base + i + 1;
        i++;
        continue;
      }
      if (c === 59) {
        // Some producers (INE) end every row with ";": it ends DATA only once every cell the
        // header describes has been read (or, with KEYS, at the end of the file).
        if (this.rows === null && this.count >= this.plan.cells) {
          this.terminate(base + i);
          return;
        }
        this.lastEnd = { offset: base + i, line: this.line, lineStart: this.lineStart };
        i++;
        continue;
      }
      if (c === 34) {
        const close = buf.indexOf(34, i + 1);
        if (close < 0) {
          if (final) throw this.syntax('Unterminated string in DATA', base + i);
          this.keep(buf, i, base);
          return;
        }
        this.quoted(buf, i + 1, close, base + i);
        for (let k = i + 1; k < close; k++) {
          if (buf[k] === 10) {
            this.line++;
            this.lineStart = base + k + 1;
          }
        }
        i = close + 1;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const d = buf[j];
        if (d === 32 || d === 44 || d === 10 || d === 13 || d === 9 || d === 59 || d === 34) break;
        j++;
      }
      if (j === n && !final) {
        this.keep(buf, i, base);
        return;
      }
      this.unquoted(buf, i, j, base + i);
      i = j;
    }
  }

  private keep(buf: Uint8Array, from: number, base: number): void {
    if (buf.length - from > MAX_TOKEN_BYTES)
      throw this.syntax('A DATA value is longer than 1 MiB', base + from);
    this.carry = buf.slice(from);
  }

  private unquoted(buf: Uint8Array, start: number, end: number, offset: number): void {
    if (this.rowPos < this.keyCount) return this.key(buf, start, end, offset);
    const value = parseNumber(buf, start, end);
    if (value === value) return this.put(value, NONE, 0, offset);
    this.symbolToken(buf, start, end, offset, false);
  }

  private quoted(buf: Uint8Array, start: number, end: number, offset: number): void {
    if (this.rowPos < this.keyCount) return this.key(buf, start, end, offset);
    this.symbolToken(buf, start, end, offset, true);
  }

  private symbolToken(
    buf: Uint8Array,
    start: number,
    end: number,
    offset: number,
    quoted: boolean,
  ): void {
    const dots = dotCount(buf, start, end);
    if (dots > 0) {
      const code = this.plan.dotCodes[dots - 1];
      if (code) return this.put(Number.NaN, code.status, code.symbol, offset);
    }
    if (end - start === 1 && buf[start] === 45)
      return this.put(0, NONE, this.plan.nilSymbol, offset);
    if (quoted) {
      const value = parseNumber(buf, start, end);
      if (value === value) return this.put(value, NONE, 0, offset);
      const text = latin1(buf, start, end);
      if (end - start <= 3 && lookupSymbol(text) && !/[A-Za-z]/.test(text)) {
        return this.put(
          Number.NaN,
          STATUS_CODE[statusForSymbol(text, false)],
          this.plan.symbols.id(text),
          offset,
        );
      }
    }
    const shown = latin1(buf, start, Math.min(end, start + 20));
    throw this.syntax(`Invalid value in DATA: ${quoted ? `"${shown}"` : shown}`, offset);
  }

  private key(buf: Uint8Array, start: number, end: number, offset: number): void {
    const keys = this.plan.keys;
    if (!keys) return;
    const text = this.plan.decoder.decode(buf.subarray(start, end));
    const at = keys.lookups[this.rowPos]?.get(text);
    if (at === undefined) {
      throw new StatisticsParseError(
        'PX_INVALID_KEY',
        `Unknown key "${text.slice(0, 40)}" for variable "${keys.names[this.rowPos] ?? ''}"`,
        this.at(offset),
      );
    }
    this.keyCoords[this.rowPos++] = at;
    if (this.rowPos === this.keyCount) {
      let block = 0;
      for (let d = 0; d < this.keyCount; d++)
        block = block * (this.plan.sizes[d] ?? 1) + (this.keyCoords[d] ?? 0);
      this.rows?.startRow(block, this.line);
    }
  }

  private put(value: number, status: number, symbol: number, offset: number): void {
    if (this.rows) {
      this.rows.push(value, status, symbol);
      if (++this.rowPos === this.keyCount + this.rowWidth) this.rowPos = 0;
      return;
    }
    if (this.count >= this.plan.cells) {
      throw new StatisticsParseError(
        'PX_DATA_COUNT_MISMATCH',
        `DATA has more values than the ${this.plan.cells} cells the header describes`,
        this.at(offset),
        { expected: this.plan.cells },
      );
    }
    if (this.noRules) this.writer.push(value, status, symbol, 0);
    else this.pushWithRule(this.count, value, status, symbol);
    this.count++;
  }

  private pushWithRule(index: number, value: number, status: number, symbol: number): void {
    const rule = ruleFor(this.plan.rules, index);
    if (!rule) return this.writer.push(value, status, symbol, 0);
    this.writer.push(
      value,
      rule.status >= 0 && value === value ? rule.status : status,
      symbol === 0 ? rule.symbol : symbol,
      rule.note,
    );
  }

  private terminate(offset: number): void {
    this.done = true;
    if (this.rows) {
      if (this.rowPos !== 0) {
        throw new StatisticsParseError(
          'PX_DATA_COUNT_MISMATCH',
          `The last KEYS row is incomplete: expected ${this.keyCount} keys and ${this.rowWidth} values`,
          this.at(offset),
        );
      }
      return;
    }
    if (this.count !== this.plan.cells) {
      // Short of cells: point at the ";" where the data ended, not at the end of the file.
      const end = this.lastEnd;
      const at = end ? { line: end.line, column: end.offset - end.lineStart + 1 } : this.at(offset);
      throw new StatisticsParseError('PX_DATA_COUNT_MISMATCH', `DATA has ${this.count} values but the header describes ${this.plan.cells} cells`, at, { found: this.count, expected: this.plan.cells });
    }
  }

  /**
   * KEYS rows arrive in any order and only for rows that are not all zero. They were kept in
   * typed arrays (memory grows with the rows in the file, not with the cube); here they are
   * put in cube order and the missing rows become zeros.
   */
  *keyedBatches(): Generator<CellBatch> {
    const rows = this.rows;
    if (!rows) return;
    const order = new Uint32Array(rows.rows);
    for (let r = 0; r < rows.rows; r++) order[r] = r;
    order.sort((a, b) => (rows.block[a] ?? 0) - (rows.block[b] ?? 0) || a - b);
    const blocks = this.plan.cells / (this.rowWidth || 1);
    let next = 0;
    for (let block = 0; block < blocks; block++) {
      const row = order[next];
      if (row !== undefined && rows.block[row] === block) {
        const dup = order[next + 1];
        if (dup !== undefined && rows.block[dup] === block) {
          throw new StatisticsParseError('PX_INVALID_KEY', 'The same KEYS row appears twice', {
            line: rows.line[dup] ?? 0,
            column: 1,
          });
        }
        const from = row * this.rowWidth;
        for (let k = 0; k < this.rowWidth; k++) {
          this.put2(
            block * this.rowWidth + k,
            rows.values[from + k] ?? 0,
            rows.status[from + k] ?? 0,
            rows.symbol[from + k] ?? 0,
          );
        }
        next++;
      } else {
        for (let k = 0; k < this.rowWidth; k++) this.put2(block * this.rowWidth + k, 0, NONE, 0);
      }
      if (this.writer.ready.length > 0) yield* this.writer.take();
    }
  }

  private put2(index: number, value: number, status: number, symbol: number): void {
    if (this.noRules) this.writer.push(value, status, symbol, 0);
    else this.pushWithRule(index, value, status, symbol);
  }
}
