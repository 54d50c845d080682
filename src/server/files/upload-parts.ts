import path from 'node:path';
import type { Readable } from 'node:stream';
import { AppError, invalidField } from '../http/errors';
import type { FileStore, StoredFile } from './file-store';

/**
 * The name an uploaded file is kept and offered under: the last part of the name the browser
 * sent, without control characters or quotes (which would break a Content-Disposition header),
 * at most `max` characters; `fallback` when nothing is left.
 */
export function uploadFileName(raw: string | undefined, fallback: string, max = 200): string {
  const base = [...path.basename((raw ?? '').replace(/\\/g, '/'))].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '\u007f' && ch !== '"').join('').trim();
  return (base || fallback).slice(0, max);
}

/** The first `n` bytes of a stored file, for telling what it is by its content. */
export async function firstBytes(files: FileStore, id: string, n = 16): Promise<Buffer> {
  const stream = await files.read(id);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= n) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, n);
}

/** One part of a multipart request, as @fastify/multipart hands it over. */
export interface UploadPart {
  type: 'file' | 'field';
  fieldname: string;
  filename?: string;
  file?: Readable & { truncated?: boolean };
}

export interface UploadOptions {
  /** The feature that owns the stored file (its sweep removes the ones no row names). */
  purpose: string;
  /** The name when the browser sent none. */
  fallbackName: string;
  /** The refusal when no file came in the field `file`. */
  missing: () => AppError;
  /** The refusal of a file over the size limit; left out, the request's own 413 stands. */
  tooLarge?: () => AppError;
}

/**
 * Receives the one file of a multipart upload (the field `file`; other parts are drained),
 * stores it, and hands it to `use`, which checks what it is and writes the rows that name it.
 * When anything fails the stored file is removed, so a refused upload leaves nothing behind; a
 * body that is not complete multipart is refused at the field `file`.
 */
export async function withUploadedFile<T>(files: FileStore, parts: AsyncIterable<UploadPart>, options: UploadOptions, use: (file: StoredFile, name: string) => Promise<T>): Promise<T> {
  let stored: StoredFile | undefined;
  let name = options.fallbackName;
  try {
    for await (const part of parts) {
      if (part.type !== 'file' || !part.file) continue;
      if (part.fieldname !== 'file' || stored) {
        part.file.resume();
        continue;
      }
      const file = part.file;
      name = uploadFileName(part.filename, options.fallbackName);
      stored = await files.write(file, { purpose: options.purpose, isTooLarge: () => file.truncated === true });
    }
    if (!stored) throw options.missing();
    return await use(stored, name);
  } catch (error) {
    if (stored) await files.remove([stored.id]).catch(() => undefined);
    const e = error as { statusCode?: unknown; code?: unknown };
    if (options.tooLarge && (e.code === 'PAYLOAD_TOO_LARGE' || e.code === 'FST_REQ_FILE_TOO_LARGE')) throw options.tooLarge();
    if (error instanceof AppError) throw error;
    if (typeof e.statusCode === 'number' || typeof e.code === 'string') throw error;
    throw invalidField('file', 'multipart', `The request is not a complete multipart/form-data body: ${(error as Error).message}`);
  }
}
