import { index, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import type { AreaKind } from '../../../shared/contracts/areas';

export const areas = pgTable(
  'areas',
  {
    id: id(),
    code: text('code').notNull(),
    kind: text('kind').$type<AreaKind>().notNull(),
    name: text('name').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => areas.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('areas_code_uq').on(t.code), index('areas_parent_idx').on(t.parentId)],
);
export type AreaRow = typeof areas.$inferSelect;
