import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../http/errors';

/**
 * Uploaded files on disk: streamed to `DATA_DIR/uploads/<id>` with their SHA-256 computed on the
 * way (never the whole file in memory), and removed when no upload names them any more.
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
