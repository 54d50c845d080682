import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import { users } from '../users/users.table';
import type { Milestone, SourceSection, StandardLanguage, TranslatedSection } from '../../../shared/domain/standards';

/**
 * A standard of the programme (the Oslostandard for skole-hjem-samarbeid) or a school's local
 * guideline building on a published version of one: its draft source (bokmål sections with
 * stable keys) and its timeline. Publishing copies the draft into an immutable version.
 */
export const standards = pgTable(
  'standards',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    /** A local guideline: the school (organisation) that publishes it. Null for the city-wide standard. */
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    /** A local guideline: the city-wide standard it builds on, and the number of the version. */
    basedOnStandardId: uuid('based_on_standard_id').references((): AnyPgColumn => standards.id, { onDelete: 'restrict' }),
    basedOnVersion: integer('based_on_version'),
    title: text('title').notNull(),
    sections: jsonb('sections').$type<SourceSection[]>().notNull().default([]),
    timeline: jsonb('timeline').$type<Milestone[]>().notNull().default([]),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('standards_programme_idx').on(t.programmeId),
    index('standards_based_on_idx').on(t.basedOnStandardId),
    check('standards_based_on', sql`(${t.basedOnStandardId} is null) = (${t.basedOnVersion} is null)`),
  ],
);
export type StandardRow = typeof standards.$inferSelect;

/** A published version of the source: numbered from 1, never changed. */
export const standardVersions = pgTable(
  'standard_versions',
  {
    id: id(),
    standardId: uuid('standard_id').notNull().references(() => standards.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    sections: jsonb('sections').$type<SourceSection[]>().notNull(),
    note: text('note').notNull().default(''),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('standard_versions_number_uq').on(t.standardId, t.number), check('standard_versions_number', sql`${t.number} > 0`)],
);
export type StandardVersionRow = typeof standardVersions.$inferSelect;

/** A standard's translation into one language: each section with the source version it follows. */
export const standardTranslations = pgTable(
  'standard_translations',
  {
    id: id(),
    standardId: uuid('standard_id').notNull().references(() => standards.id, { onDelete: 'cascade' }),
    language: text('language').$type<StandardLanguage>().notNull(),
    title: text('title').notNull().default(''),
    sections: jsonb('sections').$type<Record<string, TranslatedSection>>().notNull().default({}),
    revision: integer('revision').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('standard_translations_language_uq').on(t.standardId, t.language), check('standard_translations_language', sql`${t.language} ~ '^[a-z]{2,3}$'`)],
);
export type StandardTranslationRow = typeof standardTranslations.$inferSelect;
