import { index, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { areas } from '../areas/areas.table';
import { programmes } from '../programmes/programmes.table';
import type { OrganisationKind } from '../../../shared/contracts/organisations';

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    orgNumber: text('org_number'),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id, {
      onDelete: 'restrict',
    }),
    areaId: uuid('area_id').references(() => areas.id, { onDelete: 'set null' }),
    website: text('website'),
    /**
     * The programme whose secretariat keeps this entry (it created it); null: kept by the
     * platform administrators. See `registerScope`.
     */
    ownerProgrammeId: uuid('owner_programme_id').references(() => programmes.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('organisations_org_number_uq').on(t.orgNumber),
    index('organisations_parent_idx').on(t.parentId),
  ],
);
export type OrganisationRow = typeof organisations.$inferSelect;
