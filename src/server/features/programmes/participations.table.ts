import { integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns';
import { organisations } from '../organisations/organisations.table';
import { people } from '../people/people.table';
import { programmes } from './programmes.table';
import type { ContactRole, ParticipationRole } from '../../../shared/contracts/programmes';

/**
 * What ties a programme to the shared registers: organisations' parts in it and its contacts. Kept
 * apart from the programmes table, which the registers' owner columns refer to.
 */
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
    /** What the organisation's part is, as written (bokmål); nynorsk and English forms where they differ. */
    note: text('note'),
    noteNn: text('note_nn'),
    noteEn: text('note_en'),
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
