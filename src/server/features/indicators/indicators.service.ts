import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { checkedOwner, checkOwnerChange, inProgramme, ownerScope, visibleLineage } from '../programmes/programmes.access';
import type { IndicatorRow, indicators } from './indicators.table';
import * as repo from './indicators.repo';
import type { Page } from '../../../shared/contracts/common';
import type {
  Indicator,
  IndicatorCreate,
  IndicatorQuery,
  IndicatorSummary,
  IndicatorUpdate,
  ProgrammeStatistics,
  ProgrammeStatisticsUpdate,
} from '../../../shared/contracts/indicators';

const EMPTY = { nb: '' };

export function toIndicatorSummary(r: IndicatorRow): IndicatorSummary {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    unit: r.unit,
    decimals: r.decimals,
    direction: r.direction,
    topic: r.topic,
    isIllustrative: r.isIllustrative,
  };
}

export function toIndicator(r: IndicatorRow, stats?: repo.ObservationStats): Indicator {
  return {
    ...toIndicatorSummary(r),
    description: r.description ?? EMPTY,
    ageFrom: r.ageFrom,
    ageTo: r.ageTo,
    maxAgeYears: r.maxAgeYears,
    source: {
      publisher: r.sourcePublisher,
      tableId: r.sourceTableId,
      url: r.sourceUrl,
      licence: r.sourceLicence,
      isIllustrative: r.isIllustrative,
    },
    notes: r.notes ?? EMPTY,
    ownerProgrammeId: r.ownerProgrammeId,
    observationCount: stats?.observationCount ?? 0,
    firstPeriod: stats?.firstPeriod ?? null,
    lastPeriod: stats?.lastPeriod ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Indicators are public: official statistics and what they measure are open to all. */
export async function listIndicators(db: Db, q: IndicatorQuery): Promise<Page<Indicator>> {
  const page = await repo.listIndicatorRows(db, q);
  const stats = await repo.observationStats(
    db,
    page.items.map((r) => r.id),
  );
  return { items: page.items.map((r) => toIndicator(r, stats.get(r.id))), total: page.total };
}

export async function getIndicatorRow(db: Db, code: string): Promise<IndicatorRow> {
  const row = await repo.findIndicatorByCode(db, code);
  if (!row) throw notFound('The indicator');
  return row;
}

export async function getIndicator(db: Db, code: string): Promise<Indicator> {
  const row = await getIndicatorRow(db, code);
  const stats = await repo.observationStats(db, [row.id]);
  return toIndicator(row, stats.get(row.id));
}

function toValues(input: Partial<IndicatorCreate>): Partial<typeof indicators.$inferInsert> {
  const v: Partial<typeof indicators.$inferInsert> = {};
  if (input.code !== undefined) v.code = input.code;
  if (input.name !== undefined) v.name = input.name;
  if (input.description !== undefined) v.description = input.description;
  if (input.unit !== undefined) v.unit = input.unit;
  if (input.decimals !== undefined) v.decimals = input.decimals;
  if (input.direction !== undefined) v.direction = input.direction;
  if (input.topic !== undefined) v.topic = input.topic;
  if (input.ageFrom !== undefined) v.ageFrom = input.ageFrom ?? null;
  if (input.ageTo !== undefined) v.ageTo = input.ageTo ?? null;
  if (input.maxAgeYears !== undefined) v.maxAgeYears = input.maxAgeYears ?? null;
  if (input.notes !== undefined) v.notes = input.notes;
  if (input.ownerProgrammeId !== undefined) v.ownerProgrammeId = input.ownerProgrammeId;
  if (input.source !== undefined) {
    v.sourcePublisher = input.source.publisher;
    v.sourceTableId = input.source.tableId ?? null;
    v.sourceUrl = input.source.url ?? null;
    v.sourceLicence = input.source.licence ?? null;
    v.isIllustrative = input.source.isIllustrative;
  }
  return v;
}

/**
 * Adds an indicator to the catalogue, kept by one of the programmes where the actor is analyst or
 * secretariat; a platform administrator may add a shared national indicator that no programme keeps.
 */
export async function createIndicator(db: Db, actor: Actor, input: IndicatorCreate): Promise<Indicator> {
  const ownerProgrammeId = await checkedOwner(db, actor, 'indicator.create', input.ownerProgrammeId);
  const row = await db.transaction(async (tx) => {
    const created = await repo.indicatorRows.insert(tx, { ...toValues(input), description: input.description ?? EMPTY, notes: input.notes ?? EMPTY, ownerProgrammeId } as typeof indicators.$inferInsert);
    await recordAudit(tx, actor, { action: 'create', entityType: 'indicator', entityId: created.id, after: created });
    return created;
  });
  return toIndicator(row);
}

/**
 * Changes an indicator, by its keepers (the owner programme's analysts and secretariat, or
 * platform administrators); the age band is checked against the stored values too.
 */
export async function updateIndicator(db: Db, actor: Actor, code: string, patch: IndicatorUpdate): Promise<Indicator> {
  const before = await getIndicatorRow(db, code);
  authorize(actor, 'indicator.update', await ownerScope(db, before.ownerProgrammeId));
  await checkOwnerChange(db, actor, 'indicator.create', before.ownerProgrammeId, patch.ownerProgrammeId);
  const ageFrom = patch.ageFrom === undefined ? before.ageFrom : patch.ageFrom;
  const ageTo = patch.ageTo === undefined ? before.ageTo : patch.ageTo;
  if (ageFrom != null && ageTo != null && ageTo < ageFrom) {
    throw invalidField('ageTo', 'ageRange', 'The highest age is below the lowest');
  }
  const row = await db.transaction(async (tx) => {
    const after = await repo.indicatorRows.update(tx, before.id, { ...toValues(patch), updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'indicator', entityId: before.id, before, after });
    return after!;
  });
  const stats = await repo.observationStats(db, [row.id]);
  return toIndicator(row, stats.get(row.id));
}

/** Deletes an indicator that has no observations and no targets: figures are never dropped by accident. */
export async function deleteIndicator(db: Db, actor: Actor, code: string): Promise<void> {
  const before = await getIndicatorRow(db, code);
  authorize(actor, 'indicator.delete', await ownerScope(db, before.ownerProgrammeId));
  if (await repo.isIndicatorInUse(db, before.id)) {
    throw new AppError('IN_USE', 'The indicator has observations or targets; it cannot be deleted');
  }
  await db.transaction(async (tx) => {
    await repo.indicatorRows.remove(tx, before.id);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'indicator', entityId: before.id, before });
  });
}

/** The indicators and areas a programme follows; public wherever the programme is visible. */
export async function getProgrammeStatistics(db: Db, actor: Actor, programmeId: string): Promise<ProgrammeStatistics> {
  await visibleLineage(db, actor, programmeId);
  const [rows, focusAreas, referenceAreas] = await Promise.all([
    repo.listProgrammeIndicatorRows(db, programmeId),
    repo.listProgrammeAreaRefs(db, programmeId, 'focus'),
    repo.listProgrammeAreaRefs(db, programmeId, 'reference'),
  ]);
  return { programmeId, indicators: rows.map(toIndicatorSummary), focusAreas, referenceAreas };
}

function unknownIds(field: string, wanted: readonly string[], found: ReadonlySet<string>): AppError | undefined {
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length === 0) return undefined;
  return invalidField(field, 'notFound', `${field}: ${missing.length} id(s) do not exist`, { values: missing });
}

function duplicates(field: string, ids: readonly string[]): AppError | undefined {
  const seen = new Set<string>();
  const twice = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  if (twice.length === 0) return undefined;
  return invalidField(field, 'duplicate', `${field}: listed more than once`, { values: twice });
}

/**
 * Replaces the programme's indicators, focus areas and reference areas, in the given order.
 * One transaction; the audit entry holds the lists before and after.
 */
export async function updateProgrammeStatistics(
  db: Db,
  actor: Actor,
  programmeId: string,
  input: ProgrammeStatisticsUpdate,
): Promise<ProgrammeStatistics> {
  authorize(actor, 'programme.manageStatistics', inProgramme(await visibleLineage(db, actor, programmeId)));
  const problem =
    duplicates('indicatorIds', input.indicatorIds) ?? duplicates('focusAreaIds', input.focusAreaIds) ?? duplicates('referenceAreaIds', input.referenceAreaIds);
  if (problem) throw problem;
  const areaIds = [...new Set([...input.focusAreaIds, ...input.referenceAreaIds])];
  const [indicatorSet, areaSet] = await Promise.all([repo.existingIndicatorIds(db, input.indicatorIds), repo.existingAreaIds(db, areaIds)]);
  const missing =
    unknownIds('indicatorIds', input.indicatorIds, indicatorSet) ??
    unknownIds('focusAreaIds', input.focusAreaIds, areaSet) ??
    unknownIds('referenceAreaIds', input.referenceAreaIds, areaSet);
  if (missing) throw missing;

  const before = await getProgrammeStatistics(db, actor, programmeId);
  await db.transaction(async (tx) => {
    await repo.replaceProgrammeStatistics(tx, programmeId, input);
    const [rows, focusAreas, referenceAreas] = await Promise.all([
      repo.listProgrammeIndicatorRows(tx, programmeId),
      repo.listProgrammeAreaRefs(tx, programmeId, 'focus'),
      repo.listProgrammeAreaRefs(tx, programmeId, 'reference'),
    ]);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'programme_statistics',
      entityId: programmeId,
      programmeId,
      before: auditedStatistics(before),
      after: auditedStatistics({ programmeId, indicators: rows.map(toIndicatorSummary), focusAreas, referenceAreas }),
    });
  });
  return getProgrammeStatistics(db, actor, programmeId);
}

/** A programme's statistics as the audit trail keeps them: each list by its records' id, code and name. */
function auditedStatistics(s: ProgrammeStatistics) {
  const ref = (r: { id: string; code: string; name: unknown }) => ({ id: r.id, code: r.code, name: r.name });
  return { indicators: s.indicators.map(ref), focusAreas: s.focusAreas.map(ref), referenceAreas: s.referenceAreas.map(ref) };
}
