import { bigint, bigserial, doublePrecision, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { areas } from '../areas/areas.table';
import { indicators } from '../indicators/indicators.table';
import { users } from '../users/users.table';
import { storedFiles } from '../../files/files.table';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import type { ImportError, ImportMapping, ImportResult, ImportState, MappingDraft } from '../../../shared/contracts/imports';
import type { z } from 'zod';

export type UploadFormat = 'jsonstat' | 'px' | 'csv';

/**
 * A statistics file uploaded for import: kept in the file store (`file_id`, purpose
 * `statistics_upload`) until imported or expired, described here so the mapping steps need not
 * read it again.
 */
export const statisticsUploads = pgTable(
  'statistics_uploads',
  {
    id: id(),
    fileName: text('file_name').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    checksum: text('checksum').notNull(),
    format: text('format').$type<UploadFormat>().notNull(),
    /** The file in the file store; removed with the upload. */
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    sourceUrl: text('source_url'),
    /** The inspection result (dimensions, counts, suggested mapping) per dataset. */
    inspection: jsonb('inspection').notNull(),
    /** The mapping step as last left, per dataset. */
    drafts: jsonb('drafts').$type<Record<string, MappingDraft>>().notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('statistics_uploads_expires_idx').on(t.expiresAt)],
);
export type StatisticsUploadRow = typeof statisticsUploads.$inferSelect;

/** One import with its provenance, progress and outcome. Never deleted: it is the record of where figures came from. */
export const statisticsImports = pgTable(
  'statistics_imports',
  {
    id: id(),
    uploadId: uuid('upload_id').references(() => statisticsUploads.id, { onDelete: 'set null' }),
    state: text('state').$type<ImportState>().notNull().default('queued'),
    fileName: text('file_name').notNull(),
    checksum: text('checksum').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    format: text('format').$type<UploadFormat>().notNull(),
    title: text('title'),
    sourceUrl: text('source_url'),
    mapping: jsonb('mapping').$type<ImportMapping>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Renewed while the import runs: an import whose heartbeat stops has lost its worker. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    progressDone: bigint('progress_done', { mode: 'number' }).notNull().default(0),
    progressTotal: bigint('progress_total', { mode: 'number' }).notNull().default(0),
    result: jsonb('result').$type<ImportResult>(),
    error: jsonb('error').$type<z.input<typeof ImportError>>(),
  },
  (t) => [index('statistics_imports_created_idx').on(t.createdAt), index('statistics_imports_checksum_idx').on(t.checksum)],
);
export type StatisticsImportRow = typeof statisticsImports.$inferSelect;

/** Mappings saved under a name, to import the next edition of the same table in one step. */
export const importMappings = pgTable(
  'import_mappings',
  {
    id: id(),
    name: text('name').notNull(),
    mapping: jsonb('mapping').$type<ImportMapping>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('import_mappings_name_uq').on(t.name)],
);
export type ImportMappingRow = typeof importMappings.$inferSelect;

/**
 * What an import changed in a cell, and when: the history of revised figures. The observations
 * themselves belong to the indicators feature; this history is written and read by imports.
 */
export const observationChanges = pgTable(
  'observation_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    breakdown: text('breakdown').notNull(),
    beforeValue: doublePrecision('before_value'),
    beforeStatus: text('before_status').$type<ObservationStatus>().notNull(),
    afterValue: doublePrecision('after_value'),
    afterStatus: text('after_status').$type<ObservationStatus>().notNull(),
    importId: uuid('import_id'),
    changedAt: createdAt(),
  },
  (t) => [
    index('observation_changes_import_idx').on(t.importId),
    index('observation_changes_cell_idx').on(t.indicatorId, t.areaId, t.period),
  ],
);
export type ObservationChangeRow = typeof observationChanges.$inferSelect;
