import type { Db } from '../../db/client';
import { agendaItems, bodies, cases, mandateVersions, meetings, memberships } from '../../features/governance/governance.table';
import { actionProgrammes } from '../../features/governance/action-programmes.table';
import { unique } from './unique';

export async function buildBody(db: Db, o: Partial<typeof bodies.$inferInsert> & { programmeId: string }) {
  const [row] = await db.insert(bodies).values({ kind: 'operative_board', name: { nb: `Organ ${unique()}` }, ...o }).returning();
  return row!;
}

export async function buildMembership(db: Db, o: Partial<typeof memberships.$inferInsert> & { bodyId: string; personId: string }) {
  const [row] = await db.insert(memberships).values({ role: 'member', hasVote: true, validFrom: '2020-01-01', ...o }).returning();
  return row!;
}

export async function buildMeeting(db: Db, o: Partial<typeof meetings.$inferInsert> & { bodyId: string }) {
  const [row] = await db.insert(meetings).values({ startsAt: new Date('2026-03-10T09:00:00Z'), ...o }).returning();
  return row!;
}

export async function buildCase(db: Db, o: Partial<typeof cases.$inferInsert> & { programmeId: string; bodyId: string }) {
  const [row] = await db.insert(cases).values({ type: 'decision', title: { nb: `Sak ${unique()}` }, ...o }).returning();
  return row!;
}

export async function buildMandateVersion(db: Db, o: Partial<typeof mandateVersions.$inferInsert> & { bodyId: string; version: number }) {
  const [row] = await db.insert(mandateVersions).values({ text: { nb: `Mandat ${unique()}` }, ...o }).returning();
  return row!;
}

export async function buildAgendaItem(db: Db, o: Partial<typeof agendaItems.$inferInsert> & { meetingId: string; caseId: string; bodyId: string; numberSeq: number }) {
  const [row] = await db.insert(agendaItems).values({ position: o.numberSeq, numberYear: 2026, ...o }).returning();
  return row!;
}

export async function buildActionProgramme(db: Db, o: Partial<typeof actionProgrammes.$inferInsert> & { programmeId: string }) {
  const [row] = await db.insert(actionProgrammes).values({ title: { nb: `Handlingsprogram ${unique()}` }, periodFrom: 2026, periodTo: 2026, ...o }).returning();
  return row!;
}
