import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import { managedBody, mySeats, osloToday } from './governance.access';
import * as repo from './meetings.repo';
import { findOrganisation, findPerson } from './bodies.repo';
import { meetingScope } from './meeting-detail';
import { toAction } from './meetings.view';
import { getCase } from './agenda.service';
import { visibleBodyIds } from './meetings.service';
import { caseNumber } from '../../../shared/domain/governance';
import type { Case, FollowUpAction, FollowUpActionCreate, FollowUpActionList, FollowUpActionQuery, FollowUpActionUpdate } from '../../../shared/contracts/governance-meetings';
import { can } from '../../http/permissions';
import { visibleLineage } from '../programmes/programmes.access';

async function checkResponsible(db: DbOrTx, input: { responsiblePersonId?: string | null; responsibleOrganisationId?: string | null }): Promise<void> {
  if (input.responsiblePersonId && !(await findPerson(db, input.responsiblePersonId))) throw invalidField('responsiblePersonId', 'notFound', 'The person does not exist');
  if (input.responsibleOrganisationId && !(await findOrganisation(db, input.responsibleOrganisationId))) throw invalidField('responsibleOrganisationId', 'notFound', 'The organisation does not exist');
}

async function load(db: DbOrTx, id: string): Promise<FollowUpAction> {
  return toAction((await repo.findAction(db, id))!, osloToday());
}

/** Adds a follow-up action to a decision: what, who, by when. */
export async function addAction(db: Db, actor: Actor, itemId: string, input: FollowUpActionCreate): Promise<FollowUpAction> {
  const item = await repo.findItem(db, itemId);
  if (!item) throw notFound('The agenda item');
  await meetingScope(db, actor, item.meetingId);
  const { body } = await managedBody(db, actor, item.bodyId, 'The agenda item');
  if (!item.outcome) throw invalidField('description', 'notDecided', 'Record the decision before its follow-up');
  await checkResponsible(db, input);
  const id = await db.transaction(async (tx) => {
    const created = await repo.actionRows.insert(tx, {
      itemId,
      description: input.description,
      responsiblePersonId: input.responsiblePersonId ?? null,
      responsibleOrganisationId: input.responsibleOrganisationId ?? null,
      dueDate: input.dueDate ?? null,
      status: input.status ?? 'open',
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'follow_up_action', entityId: created.id, programmeId: body.programmeId, after: created });
    return created.id;
  });
  return load(db, id);
}

async function managedAction(db: Db, actor: Actor, id: string) {
  const action = await repo.findAction(db, id);
  if (!action) throw notFound('The follow-up action');
  await meetingScope(db, actor, action.meetingId);
  const { body } = await managedBody(db, actor, action.body.id, 'The follow-up action');
  return { action, body };
}

export async function updateAction(db: Db, actor: Actor, id: string, patch: FollowUpActionUpdate): Promise<FollowUpAction> {
  const { body } = await managedAction(db, actor, id);
  await checkResponsible(db, patch);
  await db.transaction(async (tx) => {
    const before = await repo.actionRows.lock(tx, id);
    if (!before) throw notFound('The follow-up action');
    const after = await repo.actionRows.update(tx, id, {
      description: patch.description ?? before.description,
      responsiblePersonId: patch.responsiblePersonId === undefined ? before.responsiblePersonId : patch.responsiblePersonId,
      responsibleOrganisationId: patch.responsibleOrganisationId === undefined ? before.responsibleOrganisationId : patch.responsibleOrganisationId,
      dueDate: patch.dueDate === undefined ? before.dueDate : patch.dueDate,
      status: patch.status ?? before.status,
      updatedAt: new Date(),
    });
    await recordAudit(tx, actor, { action: 'update', entityType: 'follow_up_action', entityId: id, programmeId: body.programmeId, before, after });
  });
  return load(db, id);
}

/** Reports a follow-up action back to the body as a new case (an orientation), linked both ways. */
export async function reportAction(db: Db, actor: Actor, id: string): Promise<Case> {
  const { action, body } = await managedAction(db, actor, id);
  const caseId = await db.transaction(async (tx) => {
    const before = await repo.actionRows.lock(tx, id);
    if (!before) throw notFound('The follow-up action');
    if (before.reportedCaseId) throw new AppError('STATE_CHANGED', 'The action is already reported back');
    const number = caseNumber(action.numberSeq, action.numberYear);
    const created = await repo.caseRows.insert(tx, {
      programmeId: body.programmeId,
      bodyId: body.id,
      type: 'orientation',
      title: {
        nb: `Oppfølging av sak ${number}: ${action.description.nb}`.slice(0, 5000),
        nn: action.description.nn ? `Oppfølging av sak ${number}: ${action.description.nn}`.slice(0, 5000) : null,
        en: action.description.en ? `Follow-up of case ${number}: ${action.description.en}`.slice(0, 5000) : null,
      },
      reportsActionId: id,
    });
    const after = await repo.actionRows.update(tx, id, { reportedCaseId: created.id, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'create', entityType: 'case', entityId: created.id, programmeId: body.programmeId, after: created });
    await recordAudit(tx, actor, { action: 'update', entityType: 'follow_up_action', entityId: id, programmeId: body.programmeId, before, after });
    return created.id;
  });
  return getCase(db, actor, caseId);
}

/**
 * The follow-up actions of the programme's decisions, for its secretariat and the members of
 * each body: all, the open ones, or the overdue ones (open, due before today).
 */
export async function listProgrammeActions(db: Db, actor: Actor, programmeId: string, query: FollowUpActionQuery): Promise<FollowUpActionList> {
  const lineage = await visibleLineage(db, actor, programmeId);
  const today = osloToday();
  const manage = can(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) });
  let bodyIds = await visibleBodyIds(db, actor, programmeId);
  if (!manage) {
    const seats = await mySeats(db, actor, bodyIds);
    bodyIds = bodyIds.filter((b) => seats.has(b));
    if (bodyIds.length === 0) throw new AppError('FORBIDDEN', 'Only the secretariat and the members of its bodies follow up the programme\'s decisions');
  }
  const rows = await repo.listActionsOfBodies(db, bodyIds, { openOnly: query.open ?? false, overdueBefore: query.overdue ? today : undefined });
  return { actions: rows.map((r) => toAction(r, today)) };
}
