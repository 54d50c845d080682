import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { forbidden, invalidField, invalidFields, notFound } from '../../http/errors';
import { authorize, can, requireUser } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import * as repo from './project-changes.repo';
import { loadParts, projectRows } from './projects.repo';
import { checkBudget, scoped } from './projects.service';
import type { ChangeThresholds } from '../../../shared/contracts/projects';
import type { ProjectChangeCreate, ProjectChangeRequest, ProjectChangeRequestList } from '../../../shared/contracts/project-changes';
import type { ChangeRequestStatus } from '../../../shared/domain/project-changes';

const ids = (lineage: readonly { id: string }[]) => lineage.map((l) => l.id);

function statusOf(r: repo.ChangeRequestView): ChangeRequestStatus {
  if (r.status !== 'pending') return r.status;
  // A case proposes it and its body has not closed it yet.
  return r.caseId && !r.caseEffectApplied && r.itemOutcome !== 'rejected' && r.itemOutcome !== 'withdrawn' ? 'on_agenda' : 'pending';
}

function toView(r: repo.ChangeRequestView, canWithdraw: boolean): ProjectChangeRequest {
  return {
    id: r.id,
    projectId: r.projectId,
    programmeId: r.programmeId,
    projectTitle: r.projectTitle,
    status: statusOf(r),
    justification: r.justification,
    before: { grantedTotal: r.grantedTotalBefore, startsOn: r.startsOnBefore, endsOn: r.endsOnBefore },
    proposed: { grantedTotal: r.grantedTotal, startsOn: r.startsOn, endsOn: r.endsOn },
    budgetLines: r.budgetLines,
    baseRevision: r.baseRevision,
    requestedBy: r.requestedByName,
    requestedAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    case: r.caseId && r.bodyName ? { id: r.caseId, meetingId: r.meetingId, number: r.itemNumber, body: r.bodyName } : null,
    canWithdraw: canWithdraw && r.status === 'pending',
  };
}

/** The programme's thresholds: those who work in the programme read them. */
export async function getThresholds(db: Db, actor: Actor, programmeId: string): Promise<ChangeThresholds> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'programme.readInternal', { programmeIds: ids(lineage) });
  return (await repo.thresholdsOf(db, programmeId))!;
}

/** The secretariat sets how far a granted project may change before the board decides. */
export async function setThresholds(db: Db, actor: Actor, programmeId: string, input: ChangeThresholds): Promise<ChangeThresholds> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'portfolio.manage', { programmeIds: ids(lineage) });
  return db.transaction(async (tx) => {
    const before = await repo.programmeRows.lock(tx, programmeId);
    if (!before) throw notFound('The programme');
    const after = await repo.programmeRows.update(tx, programmeId, { changeThresholdPercent: input.percent, changeThresholdMonths: input.months, updatedAt: new Date() });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'programme',
      entityId: programmeId,
      programmeId,
      before: { changeThresholdPercent: before.changeThresholdPercent, changeThresholdMonths: before.changeThresholdMonths },
      after: { changeThresholdPercent: after!.changeThresholdPercent, changeThresholdMonths: after!.changeThresholdMonths },
    });
    return { percent: after!.changeThresholdPercent, months: after!.changeThresholdMonths };
  });
}

/**
 * Asks the board for a change of the project's granted total, period and/or budget: the owner's
 * contributors or the secretariat, one pending request at a time. The proposal is checked as the
 * budget editor checks a budget (lines within the period, granted lines adding up to the total).
 */
export async function createChangeRequest(db: Db, actor: Actor, projectId: string, input: ProjectChangeCreate): Promise<ProjectChangeRequest> {
  const { head, lineage } = await scoped(db, actor, projectId);
  const user = authorize(actor, 'project.update', { programmeIds: ids(lineage), organisationId: head.ownerOrganisationId });
  const id = await db.transaction(async (tx) => {
    const project = await projectRows.lock(tx, projectId);
    if (!project) throw notFound('The project');
    if ((await repo.changeRequestsOfProject(tx, projectId)).some((r) => r.status === 'pending')) {
      throw invalidField('', 'changePending', 'The project has a change request waiting for the board; withdraw it or wait for the decision');
    }
    const proposed = {
      grantedTotal: input.grantedTotal !== undefined ? input.grantedTotal : project.grantedTotal,
      startsOn: input.startsOn !== undefined ? input.startsOn : project.startsOn,
      endsOn: input.endsOn !== undefined ? input.endsOn : project.endsOn,
    };
    if (proposed.startsOn && proposed.endsOn && proposed.endsOn < proposed.startsOn) throw invalidField('endsOn', 'periodOrder', 'The project cannot end before it starts');
    const unchanged = proposed.grantedTotal === project.grantedTotal && proposed.startsOn === project.startsOn && proposed.endsOn === project.endsOn;
    if (unchanged && !input.lines) throw invalidField('', 'noChange', 'The request changes neither the granted total nor the period nor the budget');
    const errors = checkBudget(input.lines ?? (await loadParts(tx, projectId)).budget, proposed.grantedTotal, proposed);
    if (errors.length) throw invalidFields(input.lines ? errors : errors.map((e) => (e.path.startsWith('lines.') ? { ...e, path: 'lines' } : e)));
    const row = await repo.changeRequestRows.insert(tx, {
      programmeId: project.programmeId,
      projectId,
      justification: input.justification,
      baseRevision: project.revision,
      grantedTotalBefore: project.grantedTotal,
      startsOnBefore: project.startsOn,
      endsOnBefore: project.endsOn,
      ...proposed,
      budgetLines: input.lines ?? null,
      requestedBy: user.id,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'project_change_request', entityId: row.id, programmeId: project.programmeId, after: row });
    return row.id;
  });
  return getChangeRequest(db, actor, id);
}

async function requestScope(db: Db, actor: Actor, id: string, need: 'read' | 'withdraw' = 'read') {
  const request = await repo.findChangeRequest(db, id);
  if (!request) throw notFound('The change request');
  const lineage = await visibleLineage(db, actor, request.programmeId, 'The change request');
  const programmeIds = ids(lineage);
  const canWithdraw = can(actor, 'project.update', { programmeIds, organisationId: request.ownerOrganisationId });
  if (need === 'withdraw' && !canWithdraw) throw forbidden("Only the owner's contributors and the secretariat withdraw a change request");
  if (!canWithdraw && !can(actor, 'programme.readInternal', { programmeIds })) throw notFound('The change request');
  return { request, canWithdraw };
}

export async function getChangeRequest(db: Db, actor: Actor, id: string): Promise<ProjectChangeRequest> {
  const { request, canWithdraw } = await requestScope(db, actor, id);
  return toView(request, canWithdraw);
}

/** A project's change requests, newest first: for those who keep it and those who work in the programme. */
export async function listChangeRequests(db: Db, actor: Actor, projectId: string): Promise<ProjectChangeRequestList> {
  const { access } = await scoped(db, actor, projectId);
  if (!access.canEdit && !access.isInsider) throw notFound('The project');
  return { items: (await repo.changeRequestsOfProject(db, projectId)).map((r) => toView(r, access.canEdit)) };
}

/** The programme's change requests (the secretariat's and the boards' list), optionally of one status. */
export async function listProgrammeChangeRequests(db: Db, actor: Actor, programmeId: string, status?: ChangeRequestStatus): Promise<ProjectChangeRequestList> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'programme.readInternal', { programmeIds: ids(lineage) });
  const stored = status === 'on_agenda' ? 'pending' : status;
  const canManage = can(actor, 'portfolio.manage', { programmeIds: ids(lineage) });
  const items = (await repo.changeRequestsOfProgramme(db, programmeId, stored)).map((r) => toView(r, canManage));
  return { items: status ? items.filter((r) => r.status === status) : items };
}

/** Withdraws a pending request; a case that proposes it then refuses to be adopted (`changeWithdrawn`). */
export async function withdrawChangeRequest(db: Db, actor: Actor, id: string): Promise<void> {
  await requestScope(db, actor, id, 'withdraw');
  const user = requireUser(actor);
  await db.transaction(async (tx) => {
    const before = await repo.changeRequestRows.lock(tx, id);
    if (!before) throw notFound('The change request');
    if (before.status !== 'pending') throw invalidField('', 'changeNotPending', `The change request is ${before.status}`);
    const now = new Date();
    const after = await repo.changeRequestRows.update(tx, id, { status: 'withdrawn', withdrawnAt: now, withdrawnBy: user.id, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'project_change_request', entityId: id, programmeId: before.programmeId, before, after });
  });
}
