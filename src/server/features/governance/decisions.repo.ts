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
 * every step, the others once their meeting's minutes are published. The page is found on the
 * index on (body, decided at, number) — read in order for one body — before the cases are
 * joined, so a page far down joins fifty cases, not every case above it.
 */
export async function listDecisions(db: DbOrTx, filter: DecisionFilter, page: { year?: number; limit: number; offset: number }): Promise<{ rows: DecisionRow[]; total: number }> {
  if (filter.bodyIds.length === 0) return { rows: [], total: 0 };
  const where = and(
    filter.bodyIds.length === 1 ? eq(agendaItems.bodyId, filter.bodyIds[0]!) : sql`${agendaItems.bodyId} = any(${uuidArray(filter.bodyIds)})`,
    sql`${agendaItems.outcome} is not null and ${agendaItems.decidedAt} is not null`,
    sql`(${agendaItems.bodyId} = any(${uuidArray(filter.insiderBodyIds)}) or ${meetings.status} = 'minutes_published')`,
    page.year ? eq(agendaItems.numberYear, page.year) : undefined,
  );
  const newestFirst = [desc(agendaItems.decidedAt), desc(agendaItems.numberSeq)];
  const pageIds = db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(where)
    .orderBy(...newestFirst)
    .limit(page.limit)
    .offset(page.offset)
    .as('page');
  const [rows, counted] = await Promise.all([
    db
      .select({
        itemId: agendaItems.id,
        meetingId: agendaItems.meetingId,
        caseId: cases.id,
        body: bodies,
        numberSeq: agendaItems.numberSeq,
        numberYear: agendaItems.numberYear,
        title: cases.title,
        isExempt: cases.isExempt,
        exemptionBasis: cases.exemptionBasis,
        outcome: agendaItems.outcome,
        decisionText: agendaItems.decisionText,
        decidedAt: agendaItems.decidedAt,
      })
      .from(pageIds)
      .innerJoin(agendaItems, eq(agendaItems.id, pageIds.id))
      .innerJoin(cases, eq(cases.id, agendaItems.caseId))
      .innerJoin(bodies, eq(bodies.id, agendaItems.bodyId))
      .orderBy(...newestFirst),
    db.select({ n: sql<number>`count(*)::int` }).from(agendaItems).innerJoin(meetings, eq(meetings.id, agendaItems.meetingId)).where(where),
  ]);
  return {
    total: counted[0]?.n ?? 0,
    rows: rows.map((r) => ({ ...r, outcome: r.outcome!, decidedAt: r.decidedAt! })),
  };
}
