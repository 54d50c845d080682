import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FileStore } from './file-store';

/**
 * Runs `work` on a copy of a stored file in this node's temporary folder, streamed out of the
 * store, and removes the copy afterwards: for readers that need a path (the statistics parsers
 * read PX and CSV files in passes). The copy is readable by this user only.
 */
export async function withLocalCopy<T>(store: FileStore, id: string, work: (file: string) => Promise<T>): Promise<T> {
  const file = path.join(tmpdir(), `samordna-file-${randomUUID()}`);
  try {
    await pipeline(await store.read(id), createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    return await work(file);
  } finally {
    await unlink(file).catch(() => undefined);
  }
}
