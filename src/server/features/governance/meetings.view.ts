import type { AgendaItem, Case, CaseStep, Conflict, Effect, FollowUpAction, Meeting } from '../../../shared/contracts/governance-meetings';
import { caseNumber, meetingReached } from '../../../shared/domain/governance';
import { toBodyRef } from './bodies.view';
import type { CaseAttachmentRow, CaseRow, ConflictRow } from './governance.table';
import type { ActionViewRow, EffectViewRow, ItemRow, MeetingListRow, SeatRow, StepRow } from './meetings.repo';

const DAY = 24 * 3600 * 1000;

export function toMeeting(m: MeetingListRow): Meeting {
  return {
    id: m.id,
    body: toBodyRef(m.body),
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt?.toISOString() ?? null,
    place: m.place,
    onlineUrl: m.onlineUrl,
    recordingUrl: m.recordingUrl,
    status: m.status,
    noticeDueAt: new Date(m.startsAt.getTime() - m.noticeDays * DAY).toISOString(),
    noticePublishedAt: m.noticePublishedAt?.toISOString() ?? null,
    noticeLate: m.noticeLate,
    heldAt: m.heldAt?.toISOString() ?? null,
    minutesApprovedAt: m.minutesApprovedAt?.toISOString() ?? null,
    minutesApprovedBy: m.minutesApprovedBy,
    minutesPublishedAt: m.minutesPublishedAt?.toISOString() ?? null,
    itemCount: m.itemCount,
    sequence: m.sequence,
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** What of a meeting the visitor reads: the agenda once the notice is out, the record once the minutes are published. */
export interface MeetingVisibility {
  isInsider: boolean;
  agenda: boolean;
  record: boolean;
}

export function visibilityOf(status: MeetingListRow['status'], isInsider: boolean): MeetingVisibility {
  return {
    isInsider,
    agenda: isInsider || (meetingReached(status, 'notice_published') && status !== 'cancelled'),
    record: isInsider || status === 'minutes_published',
  };
}

export function toEffect(e: EffectViewRow): Effect {
  return {
    id: e.id,
    kind: e.kind,
    targetId: e.targetId,
    target: { name: e.targetName, bodyId: e.bodyId, version: e.version, actionProgrammeId: e.actionProgrammeId, applicationId: e.applicationId, projectId: e.projectId },
    decision: e.params ?? null,
    expectedRevision: e.expectedRevision,
    appliedAt: e.appliedAt?.toISOString() ?? null,
    appliedByItemId: e.appliedByItemId,
  };
}

/** Whether a case stands on an agenda whose notice is out: from then on the public reads it. */
export function onPublishedAgenda(steps: readonly StepRow[]): boolean {
  return steps.some((s) => s.meetingStatus !== 'cancelled' && meetingReached(s.meetingStatus, 'notice_published'));
}

/**
 * A step of a case's way as the visitor may read it: where and when it was handled always; what
 * came of it only once that meeting's minutes are public (or to insiders).
 */
export function toStep(s: StepRow, showOutcome: boolean): CaseStep {
  return {
    itemId: s.itemId,
    meetingId: s.meetingId,
    body: toBodyRef(s.body),
    number: caseNumber(s.numberSeq, s.numberYear),
    date: s.startsAt.toISOString(),
    outcome: showOutcome ? s.outcome : null,
    forwardedTo: showOutcome && s.forwardedTo ? toBodyRef(s.forwardedTo) : null,
  };
}

export interface CaseContext {
  body: Parameters<typeof toBodyRef>[0];
  effects: EffectViewRow[];
  /** The attachments of the cases in view (any of them; each case takes its own). */
  attachments: readonly CaseAttachmentRow[];
  steps: CaseStep[];
  isInsider: boolean;
}

/** A case; an exempt one seen from outside shows only its public title and legal basis. */
export function toCase(c: CaseRow, ctx: CaseContext): Case {
  const restricted = c.isExempt && !ctx.isInsider;
  return {
    id: c.id,
    programmeId: c.programmeId,
    body: toBodyRef(ctx.body),
    type: c.type,
    title: c.title,
    internalTitle: restricted ? null : c.internalTitle,
    paper: restricted ? null : { nb: c.paper.nb ?? '', nn: c.paper.nn, en: c.paper.en },
    proposedDecision: restricted ? null : { nb: c.proposedDecision.nb ?? '', nn: c.proposedDecision.nn, en: c.proposedDecision.en },
    isExempt: c.isExempt,
    exemptionBasis: c.exemptionBasis,
    restricted,
    effects: ctx.effects.filter((e) => e.caseId === c.id).map(toEffect),
    steps: ctx.steps,
    reportsActionId: c.reportsActionId,
    attachments: restricted
      ? []
      : ctx.attachments.filter((a) => a.caseId === c.id).map((a) => ({ id: a.id, name: a.name, contentType: a.contentType, size: a.size, createdAt: a.createdAt.toISOString() })),
  };
}

export function toConflict(c: ConflictRow, seats: ReadonlyMap<string, SeatRow>): Conflict {
  const deputy = c.deputyMembershipId ? seats.get(c.deputyMembershipId) : undefined;
  return {
    id: c.id,
    itemId: c.itemId,
    membershipId: c.membershipId,
    memberName: seats.get(c.membershipId)?.name ?? '',
    reason: c.reason,
    declaredAt: c.declaredAt.toISOString(),
    ruling: c.ruling,
    deputy: deputy ? { membershipId: deputy.id, name: deputy.name } : null,
  };
}

export function toAction(a: ActionViewRow, today: string): FollowUpAction {
  return {
    id: a.id,
    itemId: a.itemId,
    meetingId: a.meetingId,
    caseNumber: caseNumber(a.numberSeq, a.numberYear),
    body: toBodyRef(a.body),
    description: a.description,
    responsiblePerson: a.responsiblePersonId ? { id: a.responsiblePersonId, name: a.personName ?? '' } : null,
    responsibleOrganisation: a.responsibleOrganisationId ? { id: a.responsibleOrganisationId, name: a.organisationName ?? '' } : null,
    dueDate: a.dueDate,
    status: a.status,
    isOverdue: (a.status === 'open' || a.status === 'in_progress') && !!a.dueDate && a.dueDate < today,
    reportedCaseId: a.reportedCaseId,
  };
}

export interface ItemContext {
  visibility: MeetingVisibility;
  caseOf: (item: ItemRow) => Case;
  conflicts: Conflict[];
  actions: FollowUpAction[];
  seats: ReadonlyMap<string, SeatRow>;
}

export function toAgendaItem(i: ItemRow, ctx: ItemContext, forwardedTo: AgendaItem['forwardedTo']): AgendaItem {
  const record = ctx.visibility.record;
  const restricted = i.case.isExempt && !ctx.visibility.isInsider;
  return {
    id: i.id,
    position: i.position,
    number: caseNumber(i.numberSeq, i.numberYear),
    case: ctx.caseOf(i),
    outcome: record ? i.outcome : null,
    decisionText: record && !restricted && i.decisionText ? { nb: i.decisionText.nb ?? '', nn: i.decisionText.nn, en: i.decisionText.en } : null,
    forwardedTo: record ? forwardedTo : null,
    votes: record && i.votes ? i.votes.map((v) => ({ membershipId: v.membershipId, name: ctx.seats.get(v.membershipId)?.name ?? '', vote: v.vote })) : null,
    decidedAt: record ? (i.decidedAt?.toISOString() ?? null) : null,
    conflicts: record ? ctx.conflicts.filter((c) => c.itemId === i.id) : [],
    actions: record ? ctx.actions.filter((a) => a.itemId === i.id) : [],
  };
}
