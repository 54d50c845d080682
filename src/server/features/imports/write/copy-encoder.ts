/**
 * Rows in PostgreSQL's COPY text format, written straight into byte buffers. A million rows
 * built as strings would leave a million strings for the garbage collector and let the heap
 * grow with the file; here a row costs a few buffer copies and, for a fractional number, one
 * short string.
 */
export const COPY_NULL = Buffer.from('\\N');
const TAB = 9;
const NEWLINE = 10;
const MINUS = 45;
const ZERO = 48;

/** COPY text format: backslash, tab, newline and carriage return are escaped. */
export function copyText(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

export function copyField(s: string | null): Buffer {
  return s === null ? COPY_NULL : Buffer.from(copyText(s), 'utf8');
}

/** Buffers of repeated texts (breakdown keys, symbols, notes), made once each. */
export class FieldCache {
  private readonly cache = new Map<string, Buffer>();
  of(s: string | null): Buffer {
    if (s === null) return COPY_NULL;
    let out = this.cache.get(s);
    if (out === undefined) {
      out = copyField(s);
      this.cache.set(s, out);
    }
    return out;
  }
}

export class CopyEncoder {
  private buffer: Buffer;
  private at = 0;
  private readonly done: Buffer[] = [];

  /** `chunkBytes`: how much a buffer holds before it is handed on. */
  constructor(private readonly chunkBytes = 1 << 20) {
    this.buffer = Buffer.allocUnsafeSlow(chunkBytes);
  }

  /** Makes room for `bytes` more; a full buffer is set aside for `take()`. */
  reserve(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    if (this.at > 0) this.done.push(this.buffer.subarray(0, this.at));
    this.buffer = Buffer.allocUnsafeSlow(Math.max(this.chunkBytes, bytes));
    this.at = 0;
  }

  /** Appends bytes (room reserved beforehand). */
  bytes(b: Buffer): void {
    this.buffer.set(b, this.at);
    this.at += b.length;
  }

  tab(): void {
    this.buffer[this.at++] = TAB;
  }

  newline(): void {
    this.buffer[this.at++] = NEWLINE;
  }

  /** A number as PostgreSQL reads it back exactly; NaN is NULL. At most 24 bytes. */
  number(v: number): void {
    if (v !== v) return this.bytes(COPY_NULL);
    if (Number.isInteger(v) && Math.abs(v) < 1e15) {
      let n = v;
      if (n < 0) {
        this.buffer[this.at++] = MINUS;
        n = -n;
      }
      if (n === 0) {
        this.buffer[this.at++] = ZERO;
        return;
      }
      let digits = 0;
      for (let x = n; x >= 1; x = Math.floor(x / 10)) digits++;
      let end = this.at + digits;
      this.at = end;
      while (n >= 1) {
        this.buffer[--end] = ZERO + (n % 10);
        n = Math.floor(n / 10);
      }
      return;
    }
    // The shortest text that reads back as the same double.
    this.at += this.buffer.write(String(v), this.at, 'latin1');
  }

  /** The filled buffers so far, in order; the encoder carries on with a fresh one. */
  take(): Buffer[] {
    if (this.at > 0) {
      this.done.push(this.buffer.subarray(0, this.at));
      this.buffer = Buffer.allocUnsafeSlow(this.chunkBytes);
      this.at = 0;
    }
    return this.done.splice(0, this.done.length);
  }
}
