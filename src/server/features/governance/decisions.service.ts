import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors';
import { can } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import { bodyScope, managedBody, mySeats } from './governance.access';
import { listBodies as listBodyRows } from './bodies.repo';
import * as repo from './meetings.repo';
import * as decisionsRepo from './decisions.repo';
import { loadMeetingDetail, meetingScope } from './meeting-detail';
import { toConflict, toEffect } from './meetings.view';
import { toBodyRef } from './bodies.view';
import { applyEffects, closeRejectedEffects } from './effects';
import type { Outbox } from '../email/email.jobs';
import { osloDate } from './oslo-time';
import { ADOPTING_OUTCOMES, caseNumber } from '../../../shared/domain/governance';
import type { Conflict, ConflictCreate, ConflictRulingInput, DecisionInput, DecisionPage, DecisionQuery, MeetingDetail } from '../../../shared/contracts/governance-meetings';
import type { MeetingRow } from './governance.table';


async function itemScope(db: Db, actor: Actor, itemId: string) {
  const item = await repo.findItem(db, itemId);
  if (!item) throw notFound('The agenda item');
  const { meeting, scope } = await meetingScope(db, actor, item.meetingId);
  return { item, meeting, scope };
}

/** Approves the previous meeting's minutes by this item's adoption (the first item of a meeting). */
async function approvePreviousMinutes(tx: DbOrTx, actor: Actor, meetingId: string, itemId: string, programmeId: string): Promise<void> {
  const before = await repo.meetingRows.lock(tx, meetingId);
  if (!before) throw notFound('The meeting whose minutes are approved');
  if (before.minutesApprovedAt) throw invalidField('outcome', 'minutesAlreadyApproved', 'Those minutes are already approved');
  if (before.status !== 'held') throw invalidField('outcome', 'meetingNotHeld', 'The meeting whose minutes these are has not been recorded as held');
  const now = new Date();
  const after = await repo.meetingRows.update(tx, meetingId, { status: 'minutes_approved', minutesApprovedAt: now, minutesApprovedBy: 'meeting', minutesApprovedByItemId: itemId, updatedAt: now });
  await recordAudit(tx, actor, { action: 'update', entityType: 'meeting', entityId: meetingId, programmeId, before, after });
}

/** The votes must be cast by voting members at the meeting who are not disqualified on the item. */
async function checkVotes(tx: DbOrTx, meeting: MeetingRow, itemId: string, votes: NonNullable<DecisionInput['votes']>): Promise<void> {
  if (votes.length === 0) return;
  const seats = new Map((await repo.listSeats(tx, meeting.bodyId)).map((s) => [s.id, s]));
  const attendance = await repo.listAttendance(tx, meeting.id);
  const present = new Set(attendance.filter((a) => a.status === 'present').map((a) => a.membershipId));
  const disqualified = new Set((await repo.listConflicts(tx, [itemId])).filter((c) => c.ruling === 'disqualified').map((c) => c.membershipId));
  const day = osloDate(meeting.startsAt);
  const seen = new Set<string>();
  votes.forEach((v, i) => {
    const path = `votes.${i}.membershipId`;
    const seat = seats.get(v.membershipId);
    if (!seat || seat.validFrom > day || (seat.validTo && seat.validTo < day)) throw invalidField(path, 'notMember', 'Not a member of the body on the day of the meeting');
    if (!seat.hasVote) throw invalidField(path, 'noVote', `${seat.name} has no vote in this body`);
    if (disqualified.has(v.membershipId)) throw invalidField(path, 'disqualifiedVote', `${seat.name} is disqualified on this item and cannot vote on it`);
    if (attendance.length > 0 && !present.has(v.membershipId)) throw invalidField(path, 'notPresent', `${seat.name} is not recorded as present`);
    if (seen.has(v.membershipId)) throw invalidField(path, 'duplicate', 'The member is listed twice');
    seen.add(v.membershipId);
  });
}

/**
 * Records what the body made of an item: the outcome, the adopted text, the votes, where it was
 * forwarded. An adopting outcome applies the case's effects (and, for the first item, approves
 * the previous minutes) in the same transaction: if one cannot be applied, nothing is recorded.
 */
export async function recordDecision(db: Db, actor: Actor, itemId: string, input: DecisionInput, mail: { outbox: Outbox; origin: string }): Promise<MeetingDetail> {
  const { item, meeting } = await itemScope(db, actor, itemId);
  const { body } = await managedBody(db, actor, meeting.bodyId, 'The agenda item');
  if (input.forwardedToBodyId) {
    const to = await repo.findBody(db, input.forwardedToBodyId);
    if (!to || to.programmeId !== body.programmeId || to.id === body.id) throw invalidField('forwardedToBodyId', 'notFound', 'Forward to another body of this programme');
  }
  await db.transaction(async (tx) => {
    const lockedMeeting = await repo.meetingRows.lock(tx, meeting.id);
    if (!lockedMeeting) throw notFound('The meeting');
    if (lockedMeeting.status !== 'held') throw invalidField('outcome', 'meetingNotHeld', `A decision is recorded for a held meeting; this one is ${lockedMeeting.status}`);
    const before = await repo.itemRows.lock(tx, itemId);
    if (!before) throw notFound('The agenda item');
    const effects = await repo.listEffects(tx, [item.caseId]);
    if (effects.some((e) => e.appliedByItemId === itemId) || (before.outcome && item.case.type === 'minutes_approval' && ADOPTING_OUTCOMES.has(before.outcome))) {
      throw new AppError('STATE_CHANGED', 'The decision has already changed what it decided; it cannot be recorded again');
    }
    await checkVotes(tx, lockedMeeting, itemId, input.votes ?? []);
    const adopting = ADOPTING_OUTCOMES.has(input.outcome);
    const day = osloDate(lockedMeeting.startsAt);
    const after = await repo.itemRows.update(tx, itemId, {
      outcome: input.outcome,
      decisionText: input.decisionText?.nb ? input.decisionText : adopting ? item.case.proposedDecision : (input.decisionText ?? null),
      forwardedToBodyId: input.outcome === 'forwarded' ? (input.forwardedToBodyId ?? null) : null,
      votes: input.votes?.length ? input.votes : null,
      decidedAt: lockedMeeting.startsAt,
      updatedAt: new Date(),
    });
    if (input.outcome === 'forwarded' && input.forwardedToBodyId) {
      await repo.caseRows.update(tx, item.caseId, { bodyId: input.forwardedToBodyId, updatedAt: new Date() });
    }
    if (adopting) {
      if (item.case.type === 'minutes_approval' && item.case.approvesMeetingId) await approvePreviousMinutes(tx, actor, item.case.approvesMeetingId, itemId, body.programmeId);
      await applyEffects(tx, actor, effects.filter((e) => !e.appliedAt), { itemId, day, programmeId: body.programmeId, mail: { canSend: mail.outbox.canSend, origin: mail.origin } });
    } else if (input.outcome === 'rejected') {
      await closeRejectedEffects(tx, actor, effects, itemId);
    }
    await recordAudit(tx, actor, { action: 'update', entityType: 'agenda_item', entityId: itemId, programmeId: body.programmeId, before, after });
  });
  // A decision letter may be waiting in the outbox.
  await mail.outbox.wake();
  return loadMeetingDetail(db, actor, meeting.id);
}

/**
 * Declares a member's conflict of interest on an item: the member for their own seat, or the
 * secretariat for any seat, until the meeting's record is closed.
 */
export async function declareConflict(db: Db, actor: Actor, itemId: string, input: ConflictCreate): Promise<Conflict> {
  const { item, meeting, scope } = await itemScope(db, actor, itemId);
  if (!scope.access.canManage && !scope.access.myMembershipIds.includes(input.membershipId)) {
    if (!scope.isInsider) throw forbidden('Only the member and the secretariat may declare a conflict of interest');
    throw invalidField('membershipId', 'notOwnSeat', 'You may declare a conflict of interest for your own seat only');
  }
  const seats = new Map((await repo.listSeats(db, meeting.bodyId)).map((s) => [s.id, s]));
  if (!seats.has(input.membershipId)) throw invalidField('membershipId', 'notMember', 'Not a member of this body');
  const created = await db.transaction(async (tx) => {
    const m = await repo.meetingRows.lock(tx, meeting.id);
    if (!m || (m.status !== 'planned' && m.status !== 'notice_published' && m.status !== 'held')) throw new AppError('STATE_CHANGED', 'The record of the meeting is closed');
    if ((await repo.listConflicts(tx, [itemId])).some((c) => c.membershipId === input.membershipId)) {
      throw invalidField('membershipId', 'duplicate', 'A conflict of interest is already declared for this member on this item');
    }
    const row = await repo.conflictRows.insert(tx, { itemId, membershipId: input.membershipId, reason: input.reason });
    await recordAudit(tx, actor, { action: 'create', entityType: 'conflict', entityId: row.id, programmeId: scope.body.programmeId, after: { ...row, item: item.id } });
    return row;
  });
  return toConflict(created, seats);
}

/**
 * Records the body's ruling on a declared conflict. A disqualified member leaves the item; the
 * deputy called in is named (a member of the body other than the one disqualified).
 */
export async function ruleConflict(db: Db, actor: Actor, conflictId: string, input: ConflictRulingInput): Promise<Conflict> {
  const conflict = await decisionsRepo.findConflict(db, conflictId);
  if (!conflict) throw notFound('The conflict of interest');
  const { meeting } = await itemScope(db, actor, conflict.itemId);
  const { body } = await managedBody(db, actor, meeting.bodyId, 'The conflict of interest');
  const seats = new Map((await repo.listSeats(db, body.id)).map((s) => [s.id, s]));
  const deputy = input.ruling === 'disqualified' ? (input.deputyMembershipId ?? null) : null;
  if (deputy && (!seats.has(deputy) || deputy === conflict.membershipId)) throw invalidField('deputyMembershipId', 'notMember', 'The deputy must be another member of this body');
  const after = await db.transaction(async (tx) => {
    const m = await repo.meetingRows.lock(tx, meeting.id);
    if (!m || (m.status !== 'planned' && m.status !== 'notice_published' && m.status !== 'held')) throw new AppError('STATE_CHANGED', 'The record of the meeting is closed');
    const item = await repo.itemRows.lock(tx, conflict.itemId);
    if (input.ruling === 'disqualified' && item?.votes?.some((v) => v.membershipId === conflict.membershipId)) {
      throw invalidField('ruling', 'votedAlready', 'The member is recorded as voting on this item; record the decision again without their vote first');
    }
    const row = await repo.conflictRows.update(tx, conflictId, { ruling: input.ruling, deputyMembershipId: deputy });
    await recordAudit(tx, actor, { action: 'update', entityType: 'conflict', entityId: conflictId, programmeId: body.programmeId, before: conflict, after: row });
    return row!;
  });
  return toConflict(after, seats);
}

function toDecisionPage(rows: decisionsRepo.DecisionRow[], total: number, effects: repo.EffectViewRow[], insiders: ReadonlySet<string>): DecisionPage {
  return {
    total,
    items: rows.map((r) => {
      const restricted = r.isExempt && !insiders.has(r.body.id);
      return {
        itemId: r.itemId,
        meetingId: r.meetingId,
        body: toBodyRef(r.body),
        number: caseNumber(r.numberSeq, r.numberYear),
        title: r.title,
        isExempt: r.isExempt,
        exemptionBasis: r.exemptionBasis,
        outcome: r.outcome,
        decisionText: restricted || !r.decisionText ? null : { nb: r.decisionText.nb ?? '', nn: r.decisionText.nn, en: r.decisionText.en },
        decidedAt: r.decidedAt.toISOString(),
        effects: effects.filter((e) => e.appliedByItemId === r.itemId).map(toEffect),
      };
    }),
  };
}

async function decisionPage(db: Db, filter: decisionsRepo.DecisionFilter, query: DecisionQuery): Promise<DecisionPage> {
  const { rows, total } = await decisionsRepo.listDecisions(db, filter, query);
  const effects = await repo.listEffects(db, [...new Set(rows.map((r) => r.caseId))]);
  return toDecisionPage(rows, total, effects, new Set(filter.insiderBodyIds));
}

/** The body's decisions, newest first: to the public those of published minutes. */
export async function listBodyDecisions(db: Db, actor: Actor, bodyId: string, query: DecisionQuery): Promise<DecisionPage> {
  const scope = await bodyScope(db, actor, bodyId);
  return decisionPage(db, { bodyIds: [bodyId], insiderBodyIds: scope.isInsider ? [bodyId] : [] }, query);
}

/** The decisions of every body of the programme the visitor may see, newest first. */
export async function listProgrammeDecisions(db: Db, actor: Actor, programmeId: string, query: DecisionQuery): Promise<DecisionPage> {
  const lineage = await visibleLineage(db, actor, programmeId);
  const rows = await listBodyRows(db, programmeId, osloDate(new Date()));
  const manage = can(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) });
  const seats = manage ? new Map<string, string[]>() : await mySeats(db, actor, rows.map((r) => r.id));
  const insiders = rows.filter((r) => manage || seats.has(r.id)).map((r) => r.id);
  const visible = rows.filter((r) => r.isPublic || insiders.includes(r.id)).map((r) => r.id);
  return decisionPage(db, { bodyIds: visible, insiderBodyIds: insiders }, query);
}
