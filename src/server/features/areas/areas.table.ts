import { index, jsonb, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import type { AreaKind } from '../../../shared/contracts/areas';

export const areas = pgTable(
  'areas',
  {
    id: id(),
    code: text('code').notNull(),
    kind: text('kind').$type<AreaKind>().notNull(),
    /** The name as in the register (bokmål); nynorsk and English forms where they differ ("Noreg", "Norway"). */
    name: text('name').notNull(),
    nameNn: text('name_nn'),
    nameEn: text('name_en'),
    parentId: uuid('parent_id').references((): AnyPgColumn => areas.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('areas_code_uq').on(t.code), index('areas_parent_idx').on(t.parentId)],
);
export type AreaRow = typeof areas.$inferSelect;

/** The outline of an area (GeoJSON geometry, WGS 84) for maps; loaded from official boundary files. */
export const areaGeometries = pgTable('area_geometries', {
  areaId: uuid('area_id')
    .primaryKey()
    .references(() => areas.id, { onDelete: 'cascade' }),
  geometry: jsonb('geometry').$type<{ type: string; coordinates: unknown[] }>().notNull(),
  source: text('source'),
  updatedAt: updatedAt(),
});
