import type { Readable } from 'node:stream';

/**
 * Where files live (statistics uploads now; attachments and documents later): a small interface
 * every feature uses, so that the store can change by configuration without touching them. The
 * default keeps files in PostgreSQL (pg-file-store.ts), which every app node reaches; an
 * S3-compatible store is another implementation of the same four methods.
 *
 * Files are streamed in and out in chunks: no method holds a whole file in memory.
 */
export interface StoredFile {
  id: string;
  size: number;
  /** SHA-256 of the content, hex. */
  checksum: string;
}

export interface WriteOptions {
  /** The feature that owns the file (e.g. `statistics_upload`); it sweeps the files it no longer names. */
  purpose: string;
  /**
   * Asked after the input ends: true when a size limit cut it short, so the file is refused
   * (PAYLOAD_TOO_LARGE) and nothing is kept.
   */
  isTooLarge?: () => boolean;
}

export interface FileStore {
  /** Streams the input into a new file; when the input fails or is too large, nothing is kept. */
  write(input: Readable, options: WriteOptions): Promise<StoredFile>;
  /** The content of a complete file, streamed; NOT_FOUND when there is none with this id. */
  read(id: string): Promise<Readable>;
  /** Removes files (missing ones are ignored). */
  remove(ids: readonly string[]): Promise<void>;
  /**
   * Removes files of this purpose older than `before` that `isKept` does not name, and files cut
   * off while being written (a crash mid-upload). Returns how many went.
   */
  sweep(purpose: string, before: Date, isKept: (ids: string[]) => Promise<Set<string>>): Promise<number>;
}
