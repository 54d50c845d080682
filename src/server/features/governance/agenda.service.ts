import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import { bodyScope, managedBody, requireInsider } from './governance.access';
import { osloYear } from './oslo-time';
import * as repo from './meetings.repo';
import { findActionProgramme } from './action-programmes.repo';
import { checkApplicationDecision } from '../calls/application-decision';
import { checkProjectChange } from '../portfolio/project-change-decision';
import { loadMeetingDetail, meetingScope } from './meeting-detail';
import { onPublishedAgenda, toCase, toStep } from './meetings.view';
import type { BodyRow, CaseRow, MeetingRow } from './governance.table';
import { meetingReached, type ItemOutcome } from '../../../shared/domain/governance';
import type { AgendaOrder, Case, CaseCreate, CaseList, CaseListQuery, CaseUpdate, EffectCreate, ItemCreate, MeetingDetail } from '../../../shared/contracts/governance-meetings';

/** Outcomes that close a case in the body that handled it (postponed leaves it open there). */
const CLOSING: ReadonlySet<ItemOutcome> = new Set<ItemOutcome>(['adopted', 'adopted_as_amended', 'rejected', 'forwarded', 'noted', 'withdrawn']);

const MINUTES_CASE = {
  title: { nb: 'Godkjenning av protokoll fra forrige møte', nn: 'Godkjenning av protokoll frå førre møte', en: 'Approval of the minutes of the previous meeting' },
  proposedDecision: { nb: 'Protokollen godkjennes.', nn: 'Protokollen vert godkjend.', en: 'The minutes are approved.' },
};

/** Takes the next number of the body's series for the meeting's year, under the body's lock. */
async function numberFor(tx: DbOrTx, meeting: MeetingRow, requested?: number): Promise<{ numberYear: number; numberSeq: number }> {
  await repo.lockBody(tx, meeting.bodyId);
  const numberYear = osloYear(meeting.startsAt);
  if (requested !== undefined) {
    if (await repo.numberTaken(tx, meeting.bodyId, numberYear, requested)) {
      throw invalidField('number', 'numberTaken', `Case number ${requested}/${numberYear} is already used in this body`);
    }
    return { numberYear, numberSeq: requested };
  }
  return { numberYear, numberSeq: await repo.nextCaseNumber(tx, meeting.bodyId, numberYear) };
}

/**
 * Puts the approval of the previous meeting's minutes first on the agenda, unless it is there or
 * those minutes are approved already (by the chair). Called when the agenda is built, the notice
 * published or the meeting held, so it is there whichever comes first.
 */
export async function ensureMinutesItem(tx: DbOrTx, meeting: MeetingRow): Promise<void> {
  // The body first, as every numbering does: a lock taken after the case's insert (which holds
  // a key-share lock on the body) would deadlock with another numbering waiting for the body.
  await repo.lockBody(tx, meeting.bodyId);
  const items = await repo.listItems(tx, meeting.id);
  if (items.some((i) => i.case.type === 'minutes_approval')) return;
  const previous = await repo.previousMeeting(tx, meeting);
  if (!previous || previous.minutesApprovedAt) return;
  const body = (await repo.findBody(tx, meeting.bodyId))!;
  const created = await repo.caseRows.insert(tx, {
    programmeId: body.programmeId,
    bodyId: body.id,
    type: 'minutes_approval',
    title: MINUTES_CASE.title,
    proposedDecision: MINUTES_CASE.proposedDecision,
    approvesMeetingId: previous.id,
  });
  const number = await numberFor(tx, meeting);
  await repo.shiftPositions(tx, meeting.id);
  await repo.itemRows.insert(tx, { meetingId: meeting.id, caseId: created.id, bodyId: body.id, position: 1, ...number });
}

async function checkEffect(db: DbOrTx, body: BodyRow, effect: EffectCreate, index: number): Promise<number | null> {
  const path = `effects.${index}.targetId`;
  if (effect.kind === 'adopt_mandate_version') {
    const version = await repo.lockMandateVersion(db, effect.targetId);
    const target = version && (await repo.findBody(db, version.bodyId));
    if (!version || !target || target.programmeId !== body.programmeId) throw invalidField(path, 'notFound', 'The mandate version is not one of this programme\'s bodies');
    if (version.adoptedAt) throw invalidField(path, 'alreadyAdopted', 'The mandate version is already adopted');
    return version.revision;
  }
  if (effect.kind === 'decide_application') return checkApplicationDecision(db, body.programmeId, effect.targetId, path);
  if (effect.kind === 'decide_project_change') return checkProjectChange(db, body.programmeId, effect.targetId, path);
  if (effect.kind === 'adopt_action_programme') {
    const ap = await findActionProgramme(db, effect.targetId);
    if (!ap || ap.programmeId !== body.programmeId) throw invalidField(path, 'notFound', 'The action programme is not one of this programme\'s');
    if (ap.adoptedAt) throw invalidField(path, 'alreadyAdopted', 'The action programme is already adopted');
    return ap.revision;
  }
  const target = await repo.findBody(db, effect.targetId);
  if (!target || target.programmeId !== body.programmeId) throw invalidField(path, 'notFound', 'The body is not a body of this programme');
  if (effect.kind === 'establish_body' && target.establishedByItemId) throw invalidField(path, 'alreadyEstablished', 'The body is already established by a decision');
  if (effect.kind === 'dissolve_body' && target.dissolvedByItemId) throw invalidField(path, 'alreadyDissolved', 'The body is already dissolved');
  return null;
}

async function caseView(db: DbOrTx, c: CaseRow, isInsider: boolean): Promise<Case> {
  const [steps, effects, body, attachments] = await Promise.all([repo.listSteps(db, [c.id]), repo.listEffects(db, [c.id]), repo.findBody(db, c.bodyId), repo.listAttachments(db, [c.id])]);
  return toCase(c, { body: body!, effects, attachments, steps: steps.filter((s) => isInsider || s.minutesPublished).map((s) => toStep(s, true)), isInsider });
}

/** Registers a case for a body, with the effects its decision would have. */
export async function createCase(db: Db, actor: Actor, bodyId: string, input: CaseCreate): Promise<Case> {
  const { body } = await managedBody(db, actor, bodyId);
  const row = await db.transaction(async (tx) => {
    const revisions = [];
    for (const [i, effect] of (input.effects ?? []).entries()) revisions.push(await checkEffect(tx, body, effect, i));
    const created = await repo.caseRows.insert(tx, {
      programmeId: body.programmeId,
      bodyId,
      type: input.type,
      title: input.title,
      internalTitle: input.internalTitle ?? null,
      paper: input.paper ?? { nb: '' },
      proposedDecision: input.proposedDecision ?? { nb: '' },
      isExempt: input.isExempt ?? false,
      exemptionBasis: input.isExempt ? (input.exemptionBasis ?? null) : null,
    });
    for (const [i, effect] of (input.effects ?? []).entries()) {
      await repo.effectRows.insert(tx, { caseId: created.id, position: i, kind: effect.kind, targetId: effect.targetId, expectedRevision: revisions[i] ?? null, params: effect.decision ?? null });
    }
    await recordAudit(tx, actor, { action: 'create', entityType: 'case', entityId: created.id, programmeId: body.programmeId, after: { ...created, effects: input.effects ?? [] } });
    return created;
  });
  return caseView(db, row, true);
}

async function managedCase(db: Db, actor: Actor, caseId: string) {
  const c = await repo.findCase(db, caseId);
  if (!c) throw notFound('The case');
  const { body } = await managedBody(db, actor, c.bodyId, 'The case');
  return { c, body };
}

export async function updateCase(db: Db, actor: Actor, caseId: string, patch: CaseUpdate): Promise<Case> {
  const { body } = await managedCase(db, actor, caseId);
  const after = await db.transaction(async (tx) => {
    const before = await repo.caseRows.lock(tx, caseId);
    if (!before) throw notFound('The case');
    const isExempt = patch.isExempt ?? before.isExempt;
    const exemptionBasis = patch.exemptionBasis === undefined ? before.exemptionBasis : patch.exemptionBasis;
    if (isExempt && !exemptionBasis) throw invalidField('exemptionBasis', 'required', 'An exempt case needs its legal basis');
    const values: Partial<CaseRow> = { isExempt, exemptionBasis: isExempt ? exemptionBasis : null, updatedAt: new Date() };
    if (patch.type !== undefined) values.type = patch.type;
    if (patch.title !== undefined) values.title = patch.title;
    if (patch.internalTitle !== undefined) values.internalTitle = patch.internalTitle;
    if (patch.paper !== undefined) values.paper = patch.paper;
    if (patch.proposedDecision !== undefined) values.proposedDecision = patch.proposedDecision;
    const row = await repo.caseRows.update(tx, caseId, values);
    await recordAudit(tx, actor, { action: 'update', entityType: 'case', entityId: caseId, programmeId: body.programmeId, before, after: row });
    return row!;
  });
  return caseView(db, after, true);
}

/**
 * A case: to the body's secretariat and members whole; to others once it is on a published
 * agenda, and then an exempt one by its number, public title and legal basis only.
 */
export async function getCase(db: Db, actor: Actor, caseId: string): Promise<Case> {
  const c = await repo.findCase(db, caseId);
  if (!c) throw notFound('The case');
  const scope = await bodyScope(db, actor, c.bodyId, 'The case');
  if (!scope.isInsider) {
    if (!onPublishedAgenda(await repo.listSteps(db, [caseId]))) throw notFound('The case');
  }
  return caseView(db, c, scope.isInsider);
}

/** The body's cases, for its secretariat and members; `open`: not yet closed in this body. */
export async function listCases(db: Db, actor: Actor, bodyId: string, query: CaseListQuery): Promise<CaseList> {
  const scope = await bodyScope(db, actor, bodyId);
  requireInsider(scope);
  const rows = await repo.listCasesOfBody(db, bodyId);
  const ids = rows.map((r) => r.id);
  const [steps, effects, attachments] = await Promise.all([repo.listSteps(db, ids), repo.listEffects(db, ids), repo.listAttachments(db, ids)]);
  const isOpen = (c: CaseRow) => !steps.some((s) => s.caseId === c.id && s.body.id === bodyId && s.outcome && CLOSING.has(s.outcome));
  return {
    cases: rows
      .filter((c) => c.type !== 'minutes_approval' && (!query.open || isOpen(c)))
      .map((c) => toCase(c, { body: scope.body, effects, attachments, steps: steps.filter((s) => s.caseId === c.id).map((s) => toStep(s, true)), isInsider: true })),
  };
}

async function managedMeetingForAgenda(db: Db, actor: Actor, meetingId: string) {
  const { meeting } = await meetingScope(db, actor, meetingId);
  const { body } = await managedBody(db, actor, meeting.bodyId, 'The meeting');
  return { meeting, body };
}

function refuseAgendaChange(m: MeetingRow): void {
  if (m.status === 'cancelled' || meetingReached(m.status, 'held')) throw new AppError('STATE_CHANGED', `The agenda can no longer change: the meeting is ${m.status}`);
}

/** Puts a case of the body on the meeting's agenda, numbered in the body's series for the year. */
export async function addItem(db: Db, actor: Actor, meetingId: string, input: ItemCreate): Promise<MeetingDetail> {
  const { body } = await managedMeetingForAgenda(db, actor, meetingId);
  await db.transaction(async (tx) => {
    await repo.lockBody(tx, body.id);
    const meeting = await repo.meetingRows.lock(tx, meetingId);
    if (!meeting) throw notFound('The meeting');
    refuseAgendaChange(meeting);
    const c = await repo.findCase(tx, input.caseId);
    if (!c || c.bodyId !== body.id) throw invalidField('caseId', 'notFound', 'The case is not a case of this body');
    if (c.type === 'minutes_approval') throw invalidField('caseId', 'minutesCase', 'The approval of minutes is put on the agenda by itself');
    const steps = await repo.listSteps(tx, [c.id]);
    if (steps.some((s) => s.body.id === body.id && (!s.outcome || CLOSING.has(s.outcome)))) {
      throw invalidField('caseId', 'alreadyOnAgenda', 'The case is already on an agenda of this body, or closed here');
    }
    await ensureMinutesItem(tx, meeting);
    const number = await numberFor(tx, meeting, input.number);
    const created = await repo.itemRows.insert(tx, { meetingId, caseId: c.id, bodyId: body.id, position: await repo.nextPosition(tx, meetingId), ...number });
    await recordAudit(tx, actor, { action: 'create', entityType: 'agenda_item', entityId: created.id, programmeId: body.programmeId, after: created });
  });
  return loadMeetingDetail(db, actor, meetingId);
}

/**
 * Takes an item off a planned agenda. Only the last number of the body's year can go, so the
 * series keeps no gap; another is withdrawn at the meeting instead (outcome "withdrawn").
 */
export async function removeItem(db: Db, actor: Actor, itemId: string): Promise<void> {
  const item = await repo.findItem(db, itemId);
  if (!item) throw notFound('The agenda item');
  const { body } = await managedMeetingForAgenda(db, actor, item.meetingId);
  await db.transaction(async (tx) => {
    const meeting = await repo.meetingRows.lock(tx, item.meetingId);
    if (!meeting) throw notFound('The meeting');
    if (meeting.status !== 'planned') throw new AppError('STATE_CHANGED', 'Once the notice is out, an item is withdrawn at the meeting, not removed');
    await repo.lockBody(tx, body.id);
    if ((await repo.nextCaseNumber(tx, body.id, item.numberYear)) !== item.numberSeq + 1) {
      throw new AppError('STATE_CHANGED', 'Only the last case number of the year can be removed; record the case as withdrawn instead');
    }
    const before = await repo.itemRows.remove(tx, itemId);
    if (item.case.type === 'minutes_approval') await repo.caseRows.remove(tx, item.caseId);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'agenda_item', entityId: itemId, programmeId: body.programmeId, before });
  });
}

/** Orders the agenda; the approval of the previous minutes stays first. */
export async function orderItems(db: Db, actor: Actor, meetingId: string, input: AgendaOrder): Promise<MeetingDetail> {
  const { body } = await managedMeetingForAgenda(db, actor, meetingId);
  await db.transaction(async (tx) => {
    const meeting = await repo.meetingRows.lock(tx, meetingId);
    if (!meeting) throw notFound('The meeting');
    refuseAgendaChange(meeting);
    const items = await repo.listItems(tx, meetingId);
    const ids = new Set(items.map((i) => i.id));
    if (input.itemIds.length !== ids.size || new Set(input.itemIds).size !== ids.size || !input.itemIds.every((id) => ids.has(id))) {
      throw invalidField('itemIds', 'agendaMismatch', 'List every item of the agenda once');
    }
    const minutes = items.find((i) => i.case.type === 'minutes_approval');
    if (minutes && input.itemIds[0] !== minutes.id) throw invalidField('itemIds', 'minutesFirst', 'The approval of the previous minutes is the first item');
    for (const [index, id] of input.itemIds.entries()) await repo.itemRows.update(tx, id, { position: index + 1, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'meeting', entityId: meetingId, programmeId: body.programmeId, before: { agenda: items.map((i) => i.id) }, after: { agenda: input.itemIds } });
  });
  return loadMeetingDetail(db, actor, meetingId);
}
