import { sql } from 'drizzle-orm';
import { boolean, check, customType, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { programmes } from '../programmes/programmes.table';
import { users } from '../users/users.table';
import type { DocumentLinkKind, DocumentType, DocumentVisibility, ExtractionStatus } from '../../../shared/domain/documents';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The text search configuration of a document's language: Norwegian stemming for bokmål and
 * nynorsk, `simple` (words as written) for any other language. Written out where it is used (a
 * generated column cannot name another), and in the same words by the search (documents.repo.ts).
 */
export const TEXT_CONFIG_OF = (language: unknown) => sql`(case when ${language} in ('nb', 'nn', 'no') then 'norwegian'::regconfig else 'simple'::regconfig end)`;

/**
 * A document of the programme's archive. Its files are its versions (document_versions); the
 * text extracted from the newest version that could be read is kept in `content_text`, and the
 * title (weight A), the description (B) and that text (C) make the stored `search` vector.
 */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    type: text('type').$type<DocumentType>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    documentDate: date('document_date').notNull(),
    /** ISO 639-1 code: nb, nn, en, … */
    language: text('language').notNull(),
    linkKind: text('link_kind').$type<DocumentLinkKind>(),
    linkId: uuid('link_id'),
    visibility: text('visibility').$type<DocumentVisibility>().notNull().default('draft'),
    /** Why an exempt document is withheld, e.g. "Offl. § 13, jf. fvl. § 13". */
    exemptionBasis: text('exemption_basis'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Text read from the newest version's file that could be read (capped). */
    contentText: text('content_text').notNull().default(''),
    /** Demo content (seeded), so that it can be told apart and removed. */
    isDemo: boolean('is_demo').notNull().default(false),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): ReturnType<typeof sql> => sql`setweight(to_tsvector(${TEXT_CONFIG_OF(sql.raw('language'))}, title), 'A') || setweight(to_tsvector(${TEXT_CONFIG_OF(sql.raw('language'))}, description), 'B') || setweight(to_tsvector(${TEXT_CONFIG_OF(sql.raw('language'))}, content_text), 'C')`,
      ),
    revision: integer('revision').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('documents_programme_idx').on(t.programmeId, t.documentDate.desc()),
    index('documents_search_idx').using('gin', t.search),
    index('documents_link_idx').on(t.linkKind, t.linkId),
    check('documents_type_ck', sql`${t.type} in ('report', 'action_programme', 'mandate', 'standard', 'minutes', 'case_paper', 'presentation', 'other')`),
    check('documents_visibility_ck', sql`${t.visibility} in ('draft', 'public', 'exempt')`),
    check('documents_exemption_ck', sql`(${t.visibility} = 'exempt') = (${t.exemptionBasis} is not null)`),
    check('documents_link_ck', sql`(${t.linkKind} is null) = (${t.linkId} is null)`),
    check('documents_language_ck', sql`${t.language} ~ '^[a-z]{2,3}$'`),
  ],
);
export type DocumentRow = typeof documents.$inferSelect;

/** A file of a document: version n+1 is a new file; earlier ones stay downloadable. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: id(),
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The file in the file store (purpose `document`). */
    fileId: uuid('file_id').notNull(),
    fileName: text('file_name').notNull(),
    /** The type sniffed from the content, never the name's or the browser's word. */
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    checksum: text('checksum').notNull(),
    extractionStatus: text('extraction_status').$type<ExtractionStatus>().notNull().default('pending'),
    /** Why extraction failed or stopped, in English for the secretariat and the log. */
    extractionError: text('extraction_error'),
    extractedChars: integer('extracted_chars'),
    extractedAt: timestamp('extracted_at', { withTimezone: true }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('document_versions_version_uq').on(t.documentId, t.version),
    index('document_versions_file_idx').on(t.fileId),
    check('document_versions_status_ck', sql`${t.extractionStatus} in ('pending', 'done', 'failed', 'too_large', 'skipped')`),
  ],
);
export type DocumentVersionRow = typeof documentVersions.$inferSelect;
