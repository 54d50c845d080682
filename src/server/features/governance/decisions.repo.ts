import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { uuidArray } from '../../db/query-kit';
import { agendaItems, bodies, cases, conflicts, meetings, type BodyRow, type ConflictRow } from './governance.table';
import type { LocalizedText } from '../../../shared/domain/localized';
import type { ItemOutcome } from '../../../shared/domain/governance';

export async function findConflict(db: DbOrTx, id: string): Promise<ConflictRow | undefined> {
  const [row] = await db.select().from(conflicts).where(eq(conflicts.id, id));
  return row;
}

export interface DecisionFilter {
  bodyIds: readonly string[];
  /** Bodies whose decisions the visitor reads before the minutes are published. */
  insiderBodyIds: readonly string[];
}

export interface DecisionRow {
  itemId: string;
  meetingId: string;
  caseId: string;
  body: BodyRow;
  numberSeq: number;
  numberYear: number;
  title: LocalizedText;
  isExempt: boolean;
  exemptionBasis: string | null;
  outcome: ItemOutcome;
  decisionText: LocalizedText | null;
  decidedAt: Date;
}

/**
 * Decided items of the bodies, newest first, one page and the total: an insider's bodies at
 * every step, the others once their meeting's minutes are published. Served by the index on
 * (body, decided at).
 */
export async function listDecisions(db: DbOrTx, filter: DecisionFilter, page: { year?: number; limit: number; offset: number }): Promise<{ rows: DecisionRow[]; total: number }> {
  if (filter.bodyIds.length === 0) return { rows: [], total: 0 };
  const where = and(
    sql`${agendaItems.bodyId} = any(${uuidArray(filter.bodyIds)})`,
    sql`${agendaItems.outcome} is not null and ${agendaItems.decidedAt} is not null`,
    sql`(${agendaItems.bodyId} = any(${uuidArray(filter.insiderBodyIds)}) or ${meetings.status} = 'minutes_published')`,
    page.year ? eq(agendaItems.numberYear, page.year) : undefined,
  );
  const [rows, counted] = await Promise.all([
    db
      .select({ i: agendaItems, c: cases, body: bodies })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .innerJoin(cases, eq(cases.id, agendaItems.caseId))
      .innerJoin(bodies, eq(bodies.id, agendaItems.bodyId))
      .where(where)
      .orderBy(desc(agendaItems.decidedAt), desc(agendaItems.numberSeq))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(agendaItems).innerJoin(meetings, eq(meetings.id, agendaItems.meetingId)).where(where),
  ]);
  return {
    total: counted[0]?.n ?? 0,
    rows: rows.map((r) => ({
      itemId: r.i.id,
      meetingId: r.i.meetingId,
      caseId: r.c.id,
      body: r.body,
      numberSeq: r.i.numberSeq,
      numberYear: r.i.numberYear,
      title: r.c.title,
      isExempt: r.c.isExempt,
      exemptionBasis: r.c.exemptionBasis,
      outcome: r.i.outcome!,
      decisionText: r.i.decisionText,
      decidedAt: r.i.decidedAt!,
    })),
  };
}
