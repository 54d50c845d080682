import { createHash, type Hash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { z } from 'zod';

/**
 * The backup file: gzip-compressed text, readable with `zcat FILE | less`.
 *
 * ```
 * SAMORDNA BACKUP 1
 * {"format":1, "createdAt":…, "migrations":[…], "tables":[{name, columns, rows}], "sequences":[…]}
 * COPY "public"."areas" ("id", "code", …) FROM STDIN
 * …the table's rows in COPY's text format, one line per row…
 * \.
 * {"table":"areas","rows":48,"sha256":"…"}
 * COPY "public"."organisations" …
 * …
 * {"end":true,"tables":27,"rows":1234,"sha256":"…"}
 * ```
 *
 * Tables come in an order that loads referenced tables first. A row never starts a line with
 * `\.` (COPY writes a backslash in data as `\\`), so that line ends a table's rows without
 * ambiguity. Each table ends with its row count and the SHA-256 of its rows; the last line holds
 * the SHA-256 of everything before it. A file cut short or changed is refused, naming where.
 */
export const MAGIC = 'SAMORDNA BACKUP';
export const FORMAT_VERSION = 1;
export const END_OF_ROWS = '\\.\n';

export const BackupHeader = z.object({
  format: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  samordnaVersion: z.string(),
  postgresVersion: z.string(),
  schema: z.string(),
  migrations: z.array(z.object({ hash: z.string(), createdAt: z.number(), tag: z.string().nullable() })),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.object({ name: z.string(), type: z.string() })), rows: z.number().int().nonnegative() })),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const TableTrailer = z.object({ table: z.string(), rows: z.number(), sha256: z.string() });
export const EndTrailer = z.object({ end: z.literal(true), tables: z.number(), rows: z.number(), sha256: z.string() });

/** Something wrong with the backup file itself (not a backup, cut short, damaged). */
export class BackupFileError extends Error {}

const n = (x: number) => x.toLocaleString('en-US');

/** Writes the framing into a stream (the gzip stream), with backpressure and the running checksums. */
export class BackupWriter {
  private readonly file = createHash('sha256');
  private table: Hash | undefined;
  bytes = 0;

  constructor(private readonly out: Writable) {}

  private async write(chunk: Buffer): Promise<void> {
    this.bytes += chunk.length;
    if (this.out.destroyed) throw new Error('The output was closed before the backup was complete');
    if (!this.out.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const done = (error?: Error) => {
          this.out.off('drain', onDrain);
          this.out.off('error', done);
          this.out.off('close', onClose);
          if (error) reject(error);
          else resolve();
        };
        const onDrain = () => done();
        const onClose = () => done(new Error('The output was closed before the backup was complete'));
        this.out.on('drain', onDrain);
        this.out.on('error', done);
        this.out.on('close', onClose);
      });
    }
  }

  async line(text: string): Promise<void> {
    const chunk = Buffer.from(`${text}\n`, 'utf8');
    this.file.update(chunk);
    await this.write(chunk);
  }

  beginRows(): void {
    this.table = createHash('sha256');
  }

  async rows(chunk: Buffer): Promise<void> {
    this.table!.update(chunk);
    this.file.update(chunk);
    await this.write(chunk);
  }

  /** Ends a table's rows: the terminator and the table's trailer line. */
  async endRows(table: string, rows: number): Promise<void> {
    const sha256 = this.table!.digest('hex');
    this.table = undefined;
    const end = Buffer.from(END_OF_ROWS);
    this.file.update(end);
    await this.write(end);
    await this.line(JSON.stringify({ table, rows, sha256 }));
  }

  /** The last line: not part of its own checksum. */
  async end(tables: number, rows: number): Promise<void> {
    await this.write(Buffer.from(`${JSON.stringify({ end: true, tables, rows, sha256: this.file.digest('hex') })}\n`));
  }
}

/**
 * Reads a backup's (already decompressed) bytes: control lines, and each table's rows passed on
 * in large chunks. It knows where it is, so a failure can say so.
 */
export class BackupReader {
  private buffer: Buffer = Buffer.alloc(0);
  private isDone = false;
  private readonly file = createHash('sha256');
  /** Where the reader is, for messages: set by the caller as it goes. */
  where = 'at the start of the file';

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.isDone) return false;
    let next: IteratorResult<Buffer>;
    try {
      next = await this.source.next();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new BackupFileError(`The backup file is damaged or cut short (${reason}) ${this.where}`);
    }
    if (next.done) {
      this.isDone = true;
      return false;
    }
    this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value]);
    return true;
  }

  private endedTooSoon(): BackupFileError {
    return new BackupFileError(`The backup file ends too soon, ${this.where}: it was cut short (an interrupted copy or a full disk?)`);
  }

  /** The next line without its newline; `hashed: false` for the last line, which holds the checksum. */
  async line(maxBytes = 256 * 1024 * 1024, hashed = true): Promise<string> {
    let from = 0;
    for (;;) {
      const at = this.buffer.indexOf(10, from);
      if (at >= 0) {
        const line = this.buffer.subarray(0, at + 1);
        if (hashed) this.file.update(line);
        this.buffer = this.buffer.subarray(at + 1);
        return line.toString('utf8', 0, at);
      }
      from = this.buffer.length;
      if (from > maxBytes) throw new BackupFileError(`The backup file holds an overlong line ${this.where}: it is damaged or not a Samordna backup`);
      if (!(await this.fill())) throw this.endedTooSoon();
    }
  }

  /**
   * Passes a table's rows to `sink` up to the `\.` line, which it consumes; returns the number of
   * rows and their SHA-256. `onRows` hears the running count.
   */
  async rows(sink: (chunk: Buffer) => Promise<void>, onRows?: (rows: number) => void): Promise<{ rows: number; sha256: string }> {
    const hash = createHash('sha256');
    let rows = 0;
    // A virtual newline before the rows lets one search find the terminator on the first line too.
    let carry: Buffer = Buffer.from('\n');
    let skip = 1;
    const emit = async (chunk: Buffer) => {
      if (chunk.length === 0) return;
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) rows++;
      hash.update(chunk);
      this.file.update(chunk);
      await sink(chunk);
      onRows?.(rows);
    };
    for (;;) {
      const window = carry.length > 0 ? Buffer.concat([carry, this.buffer]) : this.buffer;
      const at = window.indexOf('\n\\.\n');
      if (at >= 0) {
        await emit(window.subarray(skip, at + 1));
        this.file.update(END_OF_ROWS);
        this.buffer = window.subarray(at + 4);
        return { rows, sha256: hash.digest('hex') };
      }
      // Keep the last three bytes: the terminator may straddle two chunks.
      const keep = window.length - 3;
      if (keep > skip) {
        await emit(window.subarray(skip, keep));
        carry = window.subarray(keep);
        skip = 0;
      } else {
        carry = window;
      }
      this.buffer = Buffer.alloc(0);
      if (!(await this.fill())) throw this.endedTooSoon();
    }
  }

  /** The checksum of everything read so far (call before reading the last line). */
  digest(): string {
    return this.file.copy().digest('hex');
  }

  /** Throws unless nothing follows. */
  async expectEnd(): Promise<void> {
    if (this.buffer.length > 0 || (await this.fill())) throw new BackupFileError(`The backup file goes on after its end marker: it is damaged`);
  }
}

/** Parses a control line as JSON of the given shape, or says where the file is damaged. */
export function parseLine<T>(schema: z.ZodType<T>, line: string, where: string): T {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BackupFileError(`The backup file is damaged ${where}: expected a JSON line, found ${JSON.stringify(line.slice(0, 60))}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BackupFileError(`The backup file is damaged ${where}: ${issue ? `${issue.path.join('.') || 'the line'}: ${issue.message}` : 'unexpected content'}`);
  }
  return result.data;
}

export function rowsWhere(table: string, done: number, total: number): string {
  return `in table ${table} (after ${n(done)} of ${n(total)} rows)`;
}
