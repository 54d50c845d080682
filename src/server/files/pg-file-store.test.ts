import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import { storedFileChunks, storedFiles } from './files.table';
import { CHUNK_BYTES, PgFileStore } from './pg-file-store';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;
let store: PgFileStore;

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUrl'));
  db = database.db;
  store = new PgFileStore(db);
});
afterAll(() => database.drop());

/** The input in pieces of uneven sizes, as a network stream delivers it. */
function pieces(bytes: Buffer, size = 65_537): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

async function readAll(id: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of await store.read(id)) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

const count = async () => (await db.select({ id: storedFiles.id }).from(storedFiles)).length;

describe('files kept in PostgreSQL', () => {
  it('streams a file in and out in chunks, with its size and checksum', async () => {
    const bytes = randomBytes(6 * CHUNK_BYTES + 12_345);
    const stored = await store.write(pieces(bytes), { purpose: 'test' });
    expect(stored).toEqual({ id: expect.any(String), size: bytes.length, checksum: createHash('sha256').update(bytes).digest('hex') });
    const chunks = await db.select({ seq: storedFileChunks.seq }).from(storedFileChunks).where(eq(storedFileChunks.fileId, stored.id));
    expect(chunks.map((c) => c.seq).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect((await readAll(stored.id)).equals(bytes)).toBe(true);
    // An empty file is a file too.
    const empty = await store.write(Readable.from([]), { purpose: 'test' });
    expect([empty.size, (await readAll(empty.id)).length]).toEqual([0, 0]);
  });

  it('keeps nothing of an input that fails or is too large, and reads no unfinished file', async () => {
    const before = await count();
    const failing = new Readable({ read() {} });
    failing.push(randomBytes(CHUNK_BYTES + 10));
    setTimeout(() => failing.destroy(new Error('connection reset')), 20);
    await expect(store.write(failing, { purpose: 'test' })).rejects.toThrow('connection reset');
    await expect(store.write(pieces(randomBytes(CHUNK_BYTES * 2)), { purpose: 'test', isTooLarge: () => true })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await count()).toBe(before);

    const [unfinished] = await db.insert(storedFiles).values({ purpose: 'test' }).returning();
    const missing = await store.read(unfinished!.id).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(AppError);
    expect((missing as AppError).code).toBe('NOT_FOUND');
    await expect(store.read('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await store.remove([unfinished!.id]);
  });

  it('sweeps old files of a purpose that nothing names, and keeps the rest', async () => {
    const write = (purpose: string) => store.write(pieces(Buffer.from('figures')), { purpose });
    const [kept, orphan, recent, other] = [await write('sweep'), await write('sweep'), await write('sweep'), await write('other')];
    const [cutOff] = await db.insert(storedFiles).values({ purpose: 'sweep' }).returning();
    const longAgo = new Date(Date.now() - 48 * 3600_000);
    for (const id of [kept.id, orphan.id, other.id, cutOff!.id]) await db.update(storedFiles).set({ createdAt: longAgo }).where(eq(storedFiles.id, id));

    const removed = await store.sweep('sweep', new Date(Date.now() - 24 * 3600_000), async (ids) => new Set(ids.filter((id) => id === kept.id)));
    expect(removed).toBe(2);
    const left = new Set((await db.select({ id: storedFiles.id }).from(storedFiles)).map((r) => r.id));
    expect([kept.id, recent.id, other.id].every((id) => left.has(id))).toBe(true);
    expect([orphan.id, cutOff!.id].some((id) => left.has(id))).toBe(false);
    // Their chunks went with them.
    expect(await db.select().from(storedFileChunks).where(eq(storedFileChunks.fileId, orphan.id))).toEqual([]);
  });
});
