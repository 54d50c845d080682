import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { can } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import { managedBody, bodyScope, mySeats } from './governance.access';
import { listBodies as listBodyRows } from './bodies.repo';
import * as repo from './meetings.repo';
import { loadMeetingDetail, meetingScope } from './meeting-detail';
import { toMeeting } from './meetings.view';
import { ensureMinutesItem } from './agenda.service';
import { osloDate } from './oslo-time';
import type { MeetingRow } from './governance.table';
import type { AttendanceInput, Meeting, MeetingCreate, MeetingDetail, MeetingList, MeetingListQuery, MeetingUpdate } from '../../../shared/contracts/governance-meetings';
import { meetingReached } from '../../../shared/domain/governance';

export { loadMeetingDetail as getMeeting };

const DAY = 24 * 3600 * 1000;

function filterOf(query: MeetingListQuery, bodyIds: string[]): repo.MeetingFilter {
  return { bodyIds, year: query.year, upcomingFrom: query.upcoming ? new Date() : undefined };
}

/** The body's meetings: a year of them (the annual wheel), or those still to come. */
export async function listBodyMeetings(db: Db, actor: Actor, bodyId: string, query: MeetingListQuery): Promise<MeetingList> {
  await bodyScope(db, actor, bodyId);
  return { meetings: (await repo.listMeetings(db, filterOf(query, [bodyId]))).map(toMeeting) };
}

/** The ids of the programme's bodies the visitor may see. */
export async function visibleBodyIds(db: Db, actor: Actor, programmeId: string): Promise<string[]> {
  const lineage = await visibleLineage(db, actor, programmeId);
  const rows = await listBodyRows(db, programmeId, osloDate(new Date()));
  if (can(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) })) return rows.map((r) => r.id);
  const seats = await mySeats(db, actor, rows.filter((r) => !r.isPublic).map((r) => r.id));
  return rows.filter((r) => r.isPublic || seats.has(r.id)).map((r) => r.id);
}

/** The meetings of every body of the programme the visitor may see. */
export async function listProgrammeMeetings(db: Db, actor: Actor, programmeId: string, query: MeetingListQuery): Promise<MeetingList> {
  const bodyIds = await visibleBodyIds(db, actor, programmeId);
  return { meetings: (await repo.listMeetings(db, filterOf(query, bodyIds), 2000)).map(toMeeting) };
}

async function loadMeeting(db: Db, id: string): Promise<Meeting> {
  return toMeeting((await repo.findMeeting(db, id))!);
}

export async function createMeeting(db: Db, actor: Actor, bodyId: string, input: MeetingCreate): Promise<Meeting> {
  const { body } = await managedBody(db, actor, bodyId);
  const id = await db.transaction(async (tx) => {
    const created = await repo.meetingRows.insert(tx, {
      bodyId,
      title: input.title ?? null,
      startsAt: new Date(input.startsAt),
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
      place: input.place ?? null,
      onlineUrl: input.onlineUrl ?? null,
      recordingUrl: input.recordingUrl ?? null,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'meeting', entityId: created.id, programmeId: body.programmeId, after: created });
    return created.id;
  });
  return loadMeeting(db, id);
}

/** The meeting, for one who keeps its body, locked for the change. */
async function managedMeeting(db: Db, actor: Actor, meetingId: string) {
  const { meeting, scope } = await meetingScope(db, actor, meetingId);
  await managedBody(db, actor, meeting.bodyId, 'The meeting');
  return { meeting, body: scope.body };
}

function refuseAfterHeld(m: MeetingRow, what: string): void {
  if (meetingReached(m.status, 'held') || m.status === 'cancelled') throw new AppError('STATE_CHANGED', `${what}: the meeting is ${m.status}`);
}

/**
 * Changes a meeting's time, place or links, or cancels it. A change calendars must see (time,
 * place, cancellation) raises its SEQUENCE.
 */
export async function updateMeeting(db: Db, actor: Actor, meetingId: string, patch: MeetingUpdate): Promise<Meeting> {
  const { body } = await managedMeeting(db, actor, meetingId);
  await db.transaction(async (tx) => {
    const before = await repo.meetingRows.lock(tx, meetingId);
    if (!before) throw notFound('The meeting');
    const onlyRecording = Object.keys(patch).every((k) => k === 'recordingUrl');
    if (!onlyRecording) refuseAfterHeld(before, 'The meeting can no longer be changed');
    const startsAt = patch.startsAt ? new Date(patch.startsAt) : before.startsAt;
    const endsAt = patch.endsAt === undefined ? before.endsAt : patch.endsAt ? new Date(patch.endsAt) : null;
    if (endsAt && endsAt <= startsAt) throw invalidField('endsAt', 'periodOrder', 'The meeting ends before it starts');
    const values: Partial<MeetingRow> = { startsAt, endsAt, updatedAt: new Date() };
    if (patch.title !== undefined) values.title = patch.title;
    if (patch.place !== undefined) values.place = patch.place;
    if (patch.onlineUrl !== undefined) values.onlineUrl = patch.onlineUrl;
    if (patch.recordingUrl !== undefined) values.recordingUrl = patch.recordingUrl;
    if (patch.cancelled) values.status = 'cancelled';
    const seen = startsAt.getTime() !== before.startsAt.getTime() || (endsAt?.getTime() ?? null) !== (before.endsAt?.getTime() ?? null) || (values.place !== undefined && values.place !== before.place) || patch.cancelled;
    if (seen) values.sequence = before.sequence + 1;
    const after = await repo.meetingRows.update(tx, meetingId, values);
    await recordAudit(tx, actor, { action: 'update', entityType: 'meeting', entityId: meetingId, programmeId: body.programmeId, before, after });
  });
  return loadMeeting(db, meetingId);
}

/** Deletes a planned meeting with nothing on its agenda (one with a notice out is cancelled instead). */
export async function deleteMeeting(db: Db, actor: Actor, meetingId: string): Promise<void> {
  const { body } = await managedMeeting(db, actor, meetingId);
  await db.transaction(async (tx) => {
    const before = await repo.meetingRows.lock(tx, meetingId);
    if (!before) throw notFound('The meeting');
    if (before.status !== 'planned') throw new AppError('STATE_CHANGED', 'Only a planned meeting can be deleted; cancel it instead');
    if ((await repo.listItems(tx, meetingId)).length) throw new AppError('IN_USE', 'The meeting has cases on its agenda; remove them or cancel the meeting');
    await repo.meetingRows.remove(tx, meetingId);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'meeting', entityId: meetingId, programmeId: body.programmeId, before });
  });
}

/**
 * Publishes the notice: the agenda and its public case papers become public. After the deadline
 * (the start less the programme's notice days) it still goes out, and the lateness is kept as a
 * warning on the meeting.
 */
export async function publishNotice(db: Db, actor: Actor, meetingId: string): Promise<MeetingDetail> {
  const { meeting, body } = await managedMeeting(db, actor, meetingId);
  await db.transaction(async (tx) => {
    await repo.lockBody(tx, body.id);
    const before = await repo.meetingRows.lock(tx, meetingId);
    if (!before) throw notFound('The meeting');
    if (before.status !== 'planned') throw new AppError('STATE_CHANGED', `The notice cannot be published: the meeting is ${before.status}`);
    await ensureMinutesItem(tx, before);
    const now = new Date();
    const late = now.getTime() > before.startsAt.getTime() - meeting.noticeDays * DAY;
    const after = await repo.meetingRows.update(tx, meetingId, { status: 'notice_published', noticePublishedAt: now, noticeLate: late, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'meeting', entityId: meetingId, programmeId: body.programmeId, before, after });
  });
  return loadMeetingDetail(db, actor, meetingId);
}

/** Marks the meeting held: decisions can now be recorded for its items. */
export async function markHeld(db: Db, actor: Actor, meetingId: string): Promise<MeetingDetail> {
  const { body } = await managedMeeting(db, actor, meetingId);
  await db.transaction(async (tx) => {
    await repo.lockBody(tx, body.id);
    const before = await repo.meetingRows.lock(tx, meetingId);
    if (!before) throw notFound('The meeting');
    if (before.status !== 'planned' && before.status !== 'notice_published') throw new AppError('STATE_CHANGED', `The meeting is ${before.status}`);
    await ensureMinutesItem(tx, before);
    const now = new Date();
    const after = await repo.meetingRows.update(tx, meetingId, { status: 'held', heldAt: now, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'meeting', entityId: meetingId, programmeId: body.programmeId, before, after });
  });
  return loadMeetingDetail(db, actor, meetingId);
}

/**
 * Records who came. Every entry is a membership of the body valid on the meeting's day; a deputy
 * who met for a member names that member, who cannot also be present.
 */
export async function setAttendance(db: Db, actor: Actor, meetingId: string, input: AttendanceInput): Promise<MeetingDetail> {
  const { body } = await managedMeeting(db, actor, meetingId);
  const seats = new Map((await repo.listSeats(db, body.id)).map((s) => [s.id, s]));
  await db.transaction(async (tx) => {
    const before = await repo.meetingRows.lock(tx, meetingId);
    if (!before) throw notFound('The meeting');
    if (before.status !== 'notice_published' && before.status !== 'held') throw new AppError('STATE_CHANGED', `Attendance cannot be recorded: the meeting is ${before.status}`);
    const day = osloDate(before.startsAt);
    const present = new Set(input.entries.filter((e) => e.status === 'present').map((e) => e.membershipId));
    const seen = new Set<string>();
    input.entries.forEach((e, i) => {
      const seat = seats.get(e.membershipId);
      if (!seat || seat.validFrom > day || (seat.validTo && seat.validTo < day)) throw invalidField(`entries.${i}.membershipId`, 'notMember', 'Not a member of the body on the day of the meeting');
      if (seen.has(e.membershipId)) throw invalidField(`entries.${i}.membershipId`, 'duplicate', 'The member is listed twice');
      seen.add(e.membershipId);
      if (e.substituteForId) {
        if (!seats.has(e.substituteForId) || e.substituteForId === e.membershipId) throw invalidField(`entries.${i}.substituteForId`, 'notMember', 'The member stood in for is not a member of the body');
        if (e.status !== 'present') throw invalidField(`entries.${i}.status`, 'substituteAbsent', 'A deputy who met for a member was present');
        if (present.has(e.substituteForId)) throw invalidField(`entries.${i}.substituteForId`, 'substituteForPresent', 'The member stood in for was present');
      }
    });
    const beforeRows = await repo.listAttendance(tx, meetingId);
    await repo.replaceAttendance(tx, meetingId, input.entries.map((e) => ({ meetingId, membershipId: e.membershipId, status: e.status, substituteForId: e.substituteForId ?? null })));
    await repo.meetingRows.update(tx, meetingId, { updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'meeting', entityId: meetingId, programmeId: body.programmeId, before: { attendance: beforeRows }, after: { attendance: input.entries } });
  });
  return loadMeetingDetail(db, actor, meetingId);
}

/** Approves the minutes by the chair (approval by the next meeting is that meeting's first item). */
export async function approveMinutes(db: Db, actor: Actor, meetingId: string): Promise<MeetingDetail> {
  const { body } = await managedMeeting(db, actor, meetingId);
  await db.transaction(async (tx) => {
    const before = await repo.meetingRows.lock(tx, meetingId);
    if (!before) throw notFound('The meeting');
    if (before.minutesApprovedAt) throw invalidField('by', 'minutesAlreadyApproved', 'The minutes are already approved');
    if (before.status !== 'held') throw invalidField('by', 'meetingNotHeld', 'Only the minutes of a held meeting can be approved');
    const now = new Date();
    const after = await repo.meetingRows.update(tx, meetingId, { status: 'minutes_approved', minutesApprovedAt: now, minutesApprovedBy: 'chair', updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'meeting', entityId: meetingId, programmeId: body.programmeId, before, after });
  });
  return loadMeetingDetail(db, actor, meetingId);
}

/** Publishes approved minutes: the record becomes public. */
export async function publishMinutes(db: Db, actor: Actor, meetingId: string): Promise<MeetingDetail> {
  const { body } = await managedMeeting(db, actor, meetingId);
  await db.transaction(async (tx) => {
    const before = await repo.meetingRows.lock(tx, meetingId);
    if (!before) throw notFound('The meeting');
    if (before.status === 'minutes_published') throw new AppError('STATE_CHANGED', 'The minutes are already published');
    if (before.status !== 'minutes_approved') throw new AppError('STATE_CHANGED', 'Only approved minutes can be published');
    const now = new Date();
    const after = await repo.meetingRows.update(tx, meetingId, { status: 'minutes_published', minutesPublishedAt: now, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'meeting', entityId: meetingId, programmeId: body.programmeId, before, after });
  });
  return loadMeetingDetail(db, actor, meetingId);
}
