import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';

/** Adults acting in a programme. Never children: see PRODUCT.md. */
export const people = pgTable(
  'people',
  {
    id: id(),
    name: text('name').notNull(),
    /** The person's title as written (bokmål); nynorsk and English forms where they differ. */
    title: text('title'),
    titleNn: text('title_nn'),
    titleEn: text('title_en'),
    email: text('email'),
    phone: text('phone'),
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'restrict',
    }),
    /**
     * The programme whose secretariat keeps this entry (it created it); null: kept by the
     * platform administrators. See `registerScope`.
     */
    ownerProgrammeId: uuid('owner_programme_id').references(() => programmes.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('people_org_idx').on(t.organisationId)],
);
export type PersonRow = typeof people.$inferSelect;
