import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { AppError, notFound } from '../http/errors';
import { storedFileChunks, storedFiles } from './files.table';
import type { FileStore, StoredFile, WriteOptions } from './file-store';

/** Bytes per chunk row: large enough that a 200 MB file is 800 rows, small enough to stream. */
export const CHUNK_BYTES = 256 * 1024;
/** Chunks fetched per query when reading. */
const CHUNKS_PER_READ = 4;

/**
 * The file store in PostgreSQL: `stored_files` describes each file, `stored_file_chunks` holds its
 * content in order. Writing inserts one chunk at a time as the input arrives (each insert on its
 * own, so no connection is held while a slow client sends) and marks the file complete at the
 * end; reading fetches a few chunks at a time as the reader asks for them.
 */
export class PgFileStore implements FileStore {
  constructor(private readonly db: Db) {}

  async write(input: Readable, options: WriteOptions): Promise<StoredFile> {
    const [row] = await this.db.insert(storedFiles).values({ purpose: options.purpose }).returning({ id: storedFiles.id });
    const id = row!.id;
    const hash = createHash('sha256');
    let size = 0;
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (all: boolean) => {
      while (pendingBytes >= CHUNK_BYTES || (all && pendingBytes > 0)) {
        const joined = Buffer.concat(pending, pendingBytes);
        const data = joined.subarray(0, Math.min(CHUNK_BYTES, joined.length));
        const rest = joined.subarray(data.length);
        await this.db.insert(storedFileChunks).values({ fileId: id, seq: seq++, data });
        pending = rest.length > 0 ? [rest] : [];
        pendingBytes = rest.length;
      }
    };
    try {
      for await (const chunk of input) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        hash.update(bytes);
        size += bytes.length;
        pending.push(bytes);
        pendingBytes += bytes.length;
        if (pendingBytes >= CHUNK_BYTES) await flush(false);
      }
      if (options.isTooLarge?.()) {
        throw new AppError('PAYLOAD_TOO_LARGE', 'The file is larger than this installation accepts (STATISTICS_UPLOAD_LIMIT_MB)');
      }
      await flush(true);
      const checksum = hash.digest('hex');
      await this.db
        .update(storedFiles)
        .set({ size, checksum, isComplete: true, completedAt: new Date() })
        .where(eq(storedFiles.id, id));
      return { id, size, checksum };
    } catch (error) {
      input.resume();
      await this.remove([id]).catch(() => undefined);
      throw error;
    }
  }

  async read(id: string): Promise<Readable> {
    const [file] = await this.db
      .select({ id: storedFiles.id })
      .from(storedFiles)
      .where(and(eq(storedFiles.id, id), eq(storedFiles.isComplete, true)));
    if (!file) throw notFound('The file');
    const db = this.db;
    async function* chunks(): AsyncGenerator<Buffer> {
      let next = 0;
      for (;;) {
        const rows = await db
          .select({ seq: storedFileChunks.seq, data: storedFileChunks.data })
          .from(storedFileChunks)
          .where(and(eq(storedFileChunks.fileId, id), gte(storedFileChunks.seq, next)))
          .orderBy(asc(storedFileChunks.seq))
          .limit(CHUNKS_PER_READ);
        for (const r of rows) {
          if (r.seq !== next) throw new Error(`Stored file ${id} lacks chunk ${next}`);
          next++;
          yield r.data;
        }
        if (rows.length < CHUNKS_PER_READ) return;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.delete(storedFiles).where(inArray(storedFiles.id, [...ids]));
  }

  async sweep(purpose: string, before: Date, isKept: (ids: string[]) => Promise<Set<string>>): Promise<number> {
    const old = await this.db
      .select({ id: storedFiles.id })
      .from(storedFiles)
      .where(and(eq(storedFiles.purpose, purpose), lt(storedFiles.createdAt, before)));
    if (old.length === 0) return 0;
    const kept = await isKept(old.map((r) => r.id));
    const gone = old.map((r) => r.id).filter((id) => !kept.has(id));
    await this.remove(gone);
    return gone.length;
  }
}
