import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { uuidArray } from '../../db/query-kit';
import { rowWrites } from '../../db/row-writes';
import { goals } from '../goals/goals.table';
import { organisations } from '../organisations/organisations.table';
import { actionPriorities, actionProgrammes, effortGoals, efforts, type ActionPriorityRow, type ActionProgrammeRow, type EffortRow } from './action-programmes.table';
import { agendaItems, bodies } from './governance.table';
import type { LocalizedText } from '../../../shared/domain/localized';

export const actionProgrammeRows = rowWrites(actionProgrammes);

export interface AdoptionRow {
  itemId: string;
  meetingId: string;
  numberSeq: number;
  numberYear: number;
  bodyName: LocalizedText;
}

export async function listActionProgrammes(db: DbOrTx, programmeId: string): Promise<ActionProgrammeRow[]> {
  return db.select().from(actionProgrammes).where(eq(actionProgrammes.programmeId, programmeId)).orderBy(desc(actionProgrammes.periodFrom), desc(actionProgrammes.createdAt));
}

export async function findActionProgramme(db: DbOrTx, id: string): Promise<ActionProgrammeRow | undefined> {
  const [row] = await db.select().from(actionProgrammes).where(eq(actionProgrammes.id, id));
  return row;
}

/** The decisions that adopted the action programmes, by their agenda item. */
export async function adoptions(db: DbOrTx, itemIds: readonly string[]): Promise<Map<string, AdoptionRow>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({ itemId: agendaItems.id, meetingId: agendaItems.meetingId, numberSeq: agendaItems.numberSeq, numberYear: agendaItems.numberYear, bodyName: bodies.name })
    .from(agendaItems)
    .innerJoin(bodies, eq(bodies.id, agendaItems.bodyId))
    .where(sql`${agendaItems.id} = any(${uuidArray(itemIds)})`);
  return new Map(rows.map((r) => [r.itemId, r]));
}

export interface ContentRows {
  priorities: ActionPriorityRow[];
  efforts: (EffortRow & { organisationName: string | null })[];
  goals: { effortId: string; goalId: string; programmeId: string; title: LocalizedText }[];
}

export async function loadContent(db: DbOrTx, actionProgrammeId: string): Promise<ContentRows> {
  const priorities = await db.select().from(actionPriorities).where(eq(actionPriorities.actionProgrammeId, actionProgrammeId)).orderBy(asc(actionPriorities.position));
  const ids = priorities.map((p) => p.id);
  const effortRows = ids.length
    ? await db
        .select({ e: efforts, organisationName: organisations.name })
        .from(efforts)
        .leftJoin(organisations, eq(organisations.id, efforts.responsibleOrganisationId))
        .where(sql`${efforts.priorityId} = any(${uuidArray(ids)})`)
        .orderBy(asc(efforts.position))
    : [];
  const effortIds = effortRows.map((r) => r.e.id);
  const goalRows = effortIds.length
    ? await db
        .select({ effortId: effortGoals.effortId, goalId: goals.id, programmeId: goals.programmeId, title: goals.title })
        .from(effortGoals)
        .innerJoin(goals, eq(goals.id, effortGoals.goalId))
        .where(sql`${effortGoals.effortId} = any(${uuidArray(effortIds)})`)
    : [];
  return { priorities, efforts: effortRows.map((r) => ({ ...r.e, organisationName: r.organisationName })), goals: goalRows };
}

/** Replaces a draft's priorities and efforts with the given ones, in their order. */
export async function replaceContent(
  tx: DbOrTx,
  actionProgrammeId: string,
  priorities: { title: LocalizedText; description: LocalizedText; efforts: { title: LocalizedText; description: LocalizedText; responsibleOrganisationId: string | null; fundingNeed: number | null; goalIds: string[] }[] }[],
): Promise<void> {
  await tx.delete(actionPriorities).where(eq(actionPriorities.actionProgrammeId, actionProgrammeId));
  for (const [i, p] of priorities.entries()) {
    const [row] = await tx.insert(actionPriorities).values({ actionProgrammeId, position: i, title: p.title, description: p.description }).returning();
    for (const [j, e] of p.efforts.entries()) {
      const [effort] = await tx
        .insert(efforts)
        .values({ priorityId: row!.id, position: j, title: e.title, description: e.description, responsibleOrganisationId: e.responsibleOrganisationId, fundingNeed: e.fundingNeed })
        .returning();
      if (e.goalIds.length) await tx.insert(effortGoals).values([...new Set(e.goalIds)].map((goalId) => ({ effortId: effort!.id, goalId })));
    }
  }
}

export async function goalProgrammes(db: DbOrTx, goalIds: readonly string[]): Promise<Map<string, string>> {
  if (goalIds.length === 0) return new Map();
  const rows = await db.select({ id: goals.id, programmeId: goals.programmeId }).from(goals).where(sql`${goals.id} = any(${uuidArray(goalIds)})`);
  return new Map(rows.map((r) => [r.id, r.programmeId]));
}

export async function organisationsExist(db: DbOrTx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: organisations.id }).from(organisations).where(sql`${organisations.id} = any(${uuidArray(ids)})`);
  return new Set(rows.map((r) => r.id));
}

/** The efforts of the programme's published action programmes, with the goals they serve. */
export async function publishedEffortsByGoal(db: DbOrTx, programmeId: string) {
  return db
    .select({ goalId: effortGoals.goalId, effortId: efforts.id, effortTitle: efforts.title, apId: actionProgrammes.id, apTitle: actionProgrammes.title })
    .from(effortGoals)
    .innerJoin(efforts, eq(efforts.id, effortGoals.effortId))
    .innerJoin(actionPriorities, eq(actionPriorities.id, efforts.priorityId))
    .innerJoin(actionProgrammes, eq(actionProgrammes.id, actionPriorities.actionProgrammeId))
    .where(and(eq(actionProgrammes.programmeId, programmeId), isNotNull(actionProgrammes.publishedAt)))
    .orderBy(desc(actionProgrammes.periodFrom), asc(actionPriorities.position), asc(efforts.position));
}

export async function isPrepared(db: DbOrTx, id: string): Promise<boolean> {
  const res = await db.execute<{ used: boolean }>(sql`select exists(select 1 from decision_effects where target_id = ${id} and applied_at is null) as used`);
  return res.rows[0]?.used ?? false;
}
