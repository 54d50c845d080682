import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { storedFiles } from '../files/files.table';
import { PgFileStore } from '../files/pg-file-store';
import { statisticsUploads } from '../features/imports/imports.table';
import { UPLOAD_PURPOSE, uploadFilesOf, type UploadFiles } from '../features/imports/uploads/upload-files';
import type { TestClient } from './test-app';
import type { StatisticsImport } from '../../shared/contracts/imports';

/** A multipart/form-data body as a browser sends it: one file part and any text fields. */
export function multipart(file: { name: string; content: Buffer | string }, fields: Record<string, string> = {}) {
  const boundary = `----samordna${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(client: TestClient, path: string, fields: Record<string, string> = {}, name?: string): Promise<LightMyRequestResponse> {
  const body = multipart({ name: name ?? path.split('/').pop()!, content: await readFile(path) }, fields);
  return client.request({ method: 'POST', url: '/api/statistics/uploads', payload: body.payload, headers: body.headers });
}

export async function uploadText(client: TestClient, name: string, content: string | Buffer): Promise<LightMyRequestResponse> {
  const body = multipart({ name, content });
  return client.request({ method: 'POST', url: '/api/statistics/uploads', payload: body.payload, headers: body.headers });
}

/** Polls an import until it has succeeded or failed (the job runs in the background). */
export async function waitForImport(client: TestClient, id: string, timeoutMs = 30_000): Promise<StatisticsImport> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.get(`/api/statistics/imports/${id}`);
    const body = res.json() as StatisticsImport;
    if (res.statusCode !== 200) throw new Error(`GET import ${id}: ${res.statusCode} ${res.body}`);
    if (body.state === 'succeeded' || body.state === 'failed') return body;
    if (Date.now() > until) throw new Error(`Import ${id} still ${body.state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How the app keeps and reads uploads, built as buildApp builds it (for calling services directly). */
export function uploadFilesFor(t: { db: Db; config: Config }): UploadFiles {
  return uploadFilesOf(new PgFileStore(t.db), t.config);
}

/** Ids of every file in the file store. */
export async function storedFileIds(db: Db): Promise<string[]> {
  return (await db.select({ id: storedFiles.id }).from(storedFiles)).map((r) => r.id);
}

/** The file an upload keeps in the store. */
export async function fileIdOf(db: Db, uploadId: string): Promise<string> {
  const [row] = await db.select({ fileId: statisticsUploads.fileId }).from(statisticsUploads).where(eq(statisticsUploads.id, uploadId));
  if (!row) throw new Error(`No upload ${uploadId}`);
  return row.fileId;
}

/** The content of a stored file. */
export async function storedContent(db: Db, fileId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of await new PgFileStore(db).read(fileId)) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** Puts other content in an upload's place, as a damaged copy would. */
export async function replaceUploadContent(db: Db, uploadId: string, content: string | Buffer): Promise<void> {
  const stored = await new PgFileStore(db).write(Readable.from([Buffer.from(content)]), { purpose: UPLOAD_PURPOSE });
  await db.update(statisticsUploads).set({ fileId: stored.id }).where(eq(statisticsUploads.id, uploadId));
}
