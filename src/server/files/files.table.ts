import { bigint, boolean, customType, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../db/columns';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Files kept in PostgreSQL (the default file store, see file-store.ts): one row per file, its
 * content in `stored_file_chunks`. A file is written chunk by chunk and marked complete at the
 * end, so a file cut off by a crash is recognised and swept. `purpose` names the feature that
 * owns the file (e.g. `statistics_upload`), which also sweeps the files none of its rows names.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: id(),
    purpose: text('purpose').notNull(),
    size: bigint('size', { mode: 'number' }).notNull().default(0),
    /** SHA-256 of the content, hex; set when the file is complete. */
    checksum: text('checksum'),
    isComplete: boolean('is_complete').notNull().default(false),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [index('stored_files_purpose_idx').on(t.purpose, t.createdAt)],
);
export type StoredFileRow = typeof storedFiles.$inferSelect;

/** The content of a stored file in chunks of at most CHUNK_BYTES, in order of `seq`. */
export const storedFileChunks = pgTable(
  'stored_file_chunks',
  {
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.seq] })],
);
