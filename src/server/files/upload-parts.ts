import path from 'node:path';
import type { FileStore } from './file-store';

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
