import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { osloToday, scopeOf, type BodyScope } from './governance.access';
import * as repo from './meetings.repo';
import { toBodyRef } from './bodies.view';
import { toAction, toAgendaItem, toCase, toConflict, toMeeting, toStep, visibilityOf } from './meetings.view';
import type { MeetingDetail } from '../../../shared/contracts/governance-meetings';
import { meetingReached } from '../../../shared/domain/governance';

/** The meeting and its body as the visitor reaches them (NOT_FOUND when the body is hidden). */
export async function meetingScope(db: DbOrTx, actor: Actor, meetingId: string): Promise<{ meeting: repo.MeetingListRow; scope: BodyScope }> {
  const meeting = await repo.findMeeting(db, meetingId);
  if (!meeting) throw notFound('The meeting');
  return { meeting, scope: await scopeOf(db, actor, meeting.body, 'The meeting') };
}

/**
 * Whether the visitor may read where a case has been handled and with what outcome at a meeting:
 * insiders of the case's body always; others where that meeting's minutes are published.
 */
function stepVisible(step: repo.StepRow, isInsider: boolean): boolean {
  return isInsider || step.minutesPublished;
}

/**
 * A meeting with its agenda, record and the visitor's access. The agenda shows once the notice is
 * published, the record (outcomes, decisions, attendance, conflicts, actions) once the minutes
 * are; the secretariat and the body's members see all of it at every step, exempt papers too.
 */
export async function loadMeetingDetail(db: DbOrTx, actor: Actor, meetingId: string): Promise<MeetingDetail> {
  const meeting = await repo.findMeeting(db, meetingId);
  if (!meeting) throw notFound('The meeting');
  // The meeting's parts are read together with the visitor's access to it. What is read is what
  // the public sees of the meeting, and for a signed-in visitor (who may sit in the body or keep
  // it) everything; what the visitor's access then hides is not used.
  const reads = visibilityOf(meeting.status, actor.user !== null);
  const selection = { meetingId };
  const none = Promise.resolve([]);
  const [scope, rawItems, seatRows, rawAttendance, neighbours, steps, effects, attachments, rawConflicts, rawActions] = await Promise.all([
    scopeOf(db, actor, meeting.body, 'The meeting'),
    reads.agenda ? repo.listItems(db, meetingId) : none,
    repo.listSeats(db, meeting.body.id),
    reads.record ? repo.listAttendance(db, meetingId) : none,
    repo.neighbourMeetings(db, meeting),
    reads.agenda ? repo.listSteps(db, selection) : none,
    reads.agenda ? repo.listEffects(db, selection) : none,
    reads.agenda ? repo.listAttachments(db, selection) : none,
    reads.record ? repo.listConflicts(db, selection) : none,
    reads.record ? repo.listActionsOfItems(db, selection) : none,
  ]);
  const visibility = visibilityOf(meeting.status, scope.isInsider);
  const today = osloToday();
  const programme = meeting.programme;
  const items = visibility.agenda ? rawItems : [];
  const attendance = visibility.record ? rawAttendance : [];
  const conflicts = visibility.record ? rawConflicts : [];
  const actions = visibility.record ? rawActions : [];
  const seats = new Map(seatRows.map((s) => [s.id, s]));
  const forwardedBodies = new Map(steps.filter((s) => s.forwardedTo).map((s) => [s.itemId, s.forwardedTo!]));
  const caseOf = (item: repo.ItemRow) =>
    toCase(item.case, {
      body: scope.body.id === item.case.bodyId ? scope.body : (steps.find((s) => s.body.id === item.case.bodyId)?.body ?? scope.body),
      effects,
      attachments,
      steps: steps.filter((s) => s.caseId === item.caseId && stepVisible(s, scope.isInsider)).map((s) => toStep(s, true)),
      isInsider: scope.isInsider,
    });
  const ctx = {
    visibility,
    caseOf,
    conflicts: conflicts.map((c) => toConflict(c, seats)),
    actions: actions.map((a) => toAction(a, today)),
    seats,
  };
  const warnings: string[] = [];
  if (meeting.noticeLate) warnings.push('noticeLate');
  if (meetingReached(meeting.status, 'held') && !meeting.noticePublishedAt) warnings.push('noticeMissing');
  return {
    meeting: toMeeting(meeting),
    programme,
    items: items.map((i) => toAgendaItem(i, ctx, forwardedBodies.has(i.id) ? toBodyRef(forwardedBodies.get(i.id)!) : null)),
    attendance: attendance.map((a) => {
      const seat = seats.get(a.membershipId);
      const forSeat = a.substituteForId ? seats.get(a.substituteForId) : undefined;
      return {
        membershipId: a.membershipId,
        name: seat?.name ?? '',
        organisation: seat?.organisationId ? { id: seat.organisationId, name: seat.organisationName ?? '' } : null,
        role: seat?.role ?? 'member',
        status: a.status,
        substituteFor: forSeat ? { membershipId: forSeat.id, name: forSeat.name } : null,
      };
    }),
    previousMeetingId: neighbours.previous,
    nextMeetingId: neighbours.next,
    warnings: scope.isInsider ? warnings : [],
    access: scope.access,
  };
}
