import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, id, localized, updatedAt } from '../../db/columns';
import { organisations } from '../organisations/organisations.table';
import { people } from '../people/people.table';
import type {
  ContactRole,
  ParticipationRole,
  ProgrammeKind,
} from '../../../shared/contracts/programmes';

export const programmes = pgTable(
  'programmes',
  {
    id: id(),
    slug: text('slug').notNull(),
    kind: text('kind').$type<ProgrammeKind>().notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => programmes.id, {
      onDelete: 'restrict',
    }),
    name: localized('name').notNull(),
    summary: localized('summary').notNull().default({ nb: '' }),
    purpose: localized('purpose').notNull().default({ nb: '' }),
    goalText: localized('goal_text').notNull().default({ nb: '' }),
    isPublished: boolean('is_published').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('programmes_slug_uq').on(t.slug), index('programmes_parent_idx').on(t.parentId)],
);
export type ProgrammeRow = typeof programmes.$inferSelect;

export const participations = pgTable(
  'programme_participations',
  {
    id: id(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    role: text('role').$type<ParticipationRole>().notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('participations_uq').on(t.programmeId, t.organisationId, t.role)],
);
export type ParticipationRow = typeof participations.$inferSelect;

export const contacts = pgTable(
  'programme_contacts',
  {
    id: id(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    role: text('role').$type<ContactRole>().notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('contacts_uq').on(t.programmeId, t.personId, t.role)],
);
export type ContactRow = typeof contacts.$inferSelect;
