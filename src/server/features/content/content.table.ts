import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { programmes } from '../programmes/programmes.table';
import { users } from '../users/users.table';
import type { ContentDraft } from '../../../shared/contracts/content';
import type { ContentKind } from '../../../shared/domain/content';

/**
 * A programme's page or news item. Editors work on `draft`; publishing copies it to `published`,
 * which is all the public ever reads, so a published page changes only when it is published again.
 */
export const contentItems = pgTable(
  'content_items',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ContentKind>().notNull(),
    /** A page's address within the programme; news items are addressed by id. */
    slug: text('slug'),
    draft: jsonb('draft').$type<ContentDraft>().notNull(),
    revision: integer('revision').notNull().default(1),
    published: jsonb('published').$type<ContentDraft>(),
    publishedRevision: integer('published_revision'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    firstPublishedAt: timestamp('first_published_at', { withTimezone: true }),
    /** The news item's date, kept beside the draft so lists sort on an index. */
    publishedDate: text('published_date'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('content_items_page_slug').on(t.programmeId, t.slug).where(sql`${t.kind} = 'page'`),
    index('content_items_public_idx').on(t.programmeId, t.kind, t.publishedDate.desc(), t.firstPublishedAt.desc()).where(sql`${t.published} is not null`),
    check('content_items_kind', sql`${t.kind} in ('page', 'news')`),
    check('content_items_page_slug', sql`${t.kind} <> 'page' or ${t.slug} is not null`),
  ],
);
export type ContentItemRow = typeof contentItems.$inferSelect;

/** Every saved draft of an item, so an earlier one can be read and brought back. */
export const contentRevisions = pgTable(
  'content_revisions',
  {
    contentId: uuid('content_id').notNull().references(() => contentItems.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    draft: jsonb('draft').$type<ContentDraft>().notNull(),
    savedBy: uuid('saved_by').references(() => users.id, { onDelete: 'set null' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
    wasPublished: boolean('was_published').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.contentId, t.revision] })],
);
export type ContentRevisionRow = typeof contentRevisions.$inferSelect;

/** An image uploaded for the programme's pages; public once a published page shows it. */
export const contentImages = pgTable(
  'content_images',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('content_images_programme_idx').on(t.programmeId)],
);
export type ContentImageRow = typeof contentImages.$inferSelect;
