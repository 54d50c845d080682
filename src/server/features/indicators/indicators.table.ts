import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, localized, updatedAt } from '../../db/columns';
import { areas } from '../areas/areas.table';
import { programmes } from '../programmes/programmes.table';
import type { Direction, IndicatorTopic, IndicatorUnit } from '../../../shared/contracts/indicators';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import type { PeriodKind } from '../../../shared/domain/periods';

/** The catalogue of indicators: every programme on the installation may follow any of them; each has an owner who changes it. */
export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    code: text('code').notNull(),
    name: localized('name').notNull(),
    description: localized('description').notNull().default({ nb: '' }),
    unit: text('unit').$type<IndicatorUnit>().notNull(),
    decimals: integer('decimals').notNull().default(1),
    direction: text('direction').$type<Direction>().notNull(),
    topic: text('topic').$type<IndicatorTopic>().notNull().default('other'),
    ageFrom: integer('age_from'),
    ageTo: integer('age_to'),
    sourcePublisher: text('source_publisher').notNull(),
    sourceTableId: text('source_table_id'),
    sourceUrl: text('source_url'),
    sourceLicence: text('source_licence'),
    isIllustrative: boolean('is_illustrative').notNull().default(false),
    /**
     * A latest figure older than this many years is flagged as outdated where it is shown; null:
     * never (e.g. a census figure meant to last).
     */
    maxAgeYears: integer('max_age_years'),
    notes: localized('notes').notNull().default({ nb: '' }),
    /**
     * The programme whose analysts and secretariat keep the indicator; null: a shared national
     * indicator, kept by the platform administrators.
     */
    ownerProgrammeId: uuid('owner_programme_id').references(() => programmes.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('indicators_code_uq').on(t.code)],
);
export type IndicatorRow = typeof indicators.$inferSelect;

/**
 * One cell of official statistics: indicator × area × period × breakdown. A withheld cell
 * (suppressed, not available, not applicable) never holds a number: the check constraint makes
 * "suppressed stored as a number" impossible, not merely unlikely.
 */
export const observations = pgTable(
  'observations',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'restrict' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'restrict' }),
    /** Canonical period code (see shared/domain/periods.ts). */
    period: text('period').notNull(),
    periodKind: text('period_kind').$type<PeriodKind>().notNull(),
    periodStart: date('period_start').notNull(),
    /** "" for the total; else sorted "dimension=category" pairs joined by ";". */
    breakdown: text('breakdown').notNull().default(''),
    value: doublePrecision('value'),
    status: text('status').$type<ObservationStatus>().notNull().default('none'),
    symbol: text('symbol'),
    note: text('note'),
    /** The import that last wrote the cell; null for cells entered otherwise (demo data). */
    importId: uuid('import_id'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.areaId, t.breakdown, t.period] }),
    index('observations_indicator_period_idx').on(t.indicatorId, t.breakdown, t.period),
    check(
      'observations_status_ck',
      sql`${t.status} in ('none', 'provisional', 'break', 'suppressed', 'not_available', 'not_applicable', 'estimate')`,
    ),
    check('observations_withheld_ck', sql`${t.value} is null or ${t.status} in ('none', 'provisional', 'break', 'estimate')`),
  ],
);
export type ObservationRow = typeof observations.$inferSelect;

/**
 * Labels of breakdown dimensions and categories as the source names them: key "kjonn" →
 * "Kjønn", key "kjonn=2" → "Kvinner". Written by imports; read to label breakdowns.
 */
export const breakdownLabels = pgTable('breakdown_labels', {
  key: text('key').primaryKey(),
  label: localized('label').notNull(),
  updatedAt: updatedAt(),
});

/** The indicators a programme follows, in its order. */
export const programmeIndicators = pgTable(
  'programme_indicators',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.indicatorId] }), index('programme_indicators_indicator_idx').on(t.indicatorId)],
);

export type ProgrammeAreaRole = 'focus' | 'reference';

/** The areas a programme works in (`focus`) and compares with (`reference`), in order. */
export const programmeAreas = pgTable(
  'programme_areas',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'cascade' }),
    role: text('role').$type<ProgrammeAreaRole>().notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.role, t.areaId] }), index('programme_areas_area_idx').on(t.areaId)],
);
