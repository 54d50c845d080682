import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { invalidField } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import { changeRequestRows } from './project-changes.repo';
import { loadParts, projectRows, replaceBudget } from './projects.repo';
import { checkBudget } from './projects.service';

/**
 * The board's decision on a change request of a granted project, as a decision effect
 * (`decide_project_change`): when the body adopts the case, the proposed granted total, period
 * and budget become the project's, in the transaction that records the decision; a rejected
 * case rejects the request. A project changed since the request was made refuses the recording.
 */

/** Checks, when the case is prepared, that the request is one of the programme's and still pending. */
export async function checkProjectChange(db: DbOrTx, programmeId: string, requestId: string, path: string): Promise<number> {
  const request = await changeRequestRows.lock(db, requestId);
  if (!request || request.programmeId !== programmeId) throw invalidField(path, 'notFound', "The change request is not one of this programme's projects'");
  if (request.status !== 'pending') throw invalidField(path, 'changeNotPending', `The change request is ${request.status}`);
  const project = await projectRows.lock(db, request.projectId);
  if (!project || project.revision !== request.baseRevision) {
    throw invalidField(path, 'projectChanged', 'The project was changed after the request was made; the request must be made again');
  }
  return request.baseRevision;
}

export interface ChangeDecisionContext {
  itemId: string;
  fail(code: string, message: string): Error;
}

export async function applyProjectChange(tx: DbOrTx, actor: Actor, requestId: string, ctx: ChangeDecisionContext): Promise<void> {
  const before = await changeRequestRows.lock(tx, requestId);
  if (!before) throw ctx.fail('targetGone', 'The change request no longer exists');
  if (before.status === 'withdrawn') throw ctx.fail('changeWithdrawn', 'The change request was withdrawn after the case was prepared');
  // A rejection corrected to an adoption by the same item is applied.
  const correcting = before.status === 'rejected' && before.decidedByItemId === ctx.itemId;
  if (before.status !== 'pending' && !correcting) throw ctx.fail('changeNotPending', `The change request is ${before.status}`);
  const project = await projectRows.lock(tx, before.projectId);
  if (!project) throw ctx.fail('targetGone', 'The project no longer exists');
  if (project.revision !== before.baseRevision) {
    throw ctx.fail('projectChanged', `The project was changed after the request was made (revision ${before.baseRevision}, now ${project.revision}); the request must be made again`);
  }
  const partsBefore = await loadParts(tx, project.id);
  const lines = before.budgetLines ?? partsBefore.budget;
  const errors = checkBudget(lines, before.grantedTotal, before);
  if (errors.length) throw ctx.fail('budgetInvalid', `The proposed budget no longer holds: ${errors.map((e) => `${e.path} ${e.code}`).join(', ')}`);
  if (before.budgetLines) await replaceBudget(tx, project.id, before.budgetLines);
  const now = new Date();
  const after = await projectRows.update(tx, project.id, {
    grantedTotal: before.grantedTotal,
    startsOn: before.startsOn,
    endsOn: before.endsOn,
    revision: project.revision + 1,
    updatedAt: now,
  });
  await recordAudit(tx, actor, {
    action: 'update',
    entityType: 'project',
    entityId: project.id,
    programmeId: project.programmeId,
    before: { ...project, budget: partsBefore.budget.map((l) => `${l.year} ${l.source} ${l.kind}: ${l.amount}`) },
    after: { ...after!, budget: lines.map((l) => `${l.year} ${l.source} ${l.kind}: ${l.amount}`) },
  });
  const decided = await changeRequestRows.update(tx, requestId, { status: 'approved', decidedByItemId: ctx.itemId, decidedAt: now, updatedAt: now });
  await recordAudit(tx, actor, { action: 'update', entityType: 'project_change_request', entityId: requestId, programmeId: project.programmeId, before, after: decided });
}

/** A case the body rejected: its pending change request is rejected with it. */
export async function rejectProjectChange(tx: DbOrTx, actor: Actor, requestId: string, itemId: string): Promise<void> {
  const before = await changeRequestRows.lock(tx, requestId);
  if (!before || before.status !== 'pending') return;
  const now = new Date();
  const after = await changeRequestRows.update(tx, requestId, { status: 'rejected', decidedByItemId: itemId, decidedAt: now, updatedAt: now });
  await recordAudit(tx, actor, { action: 'update', entityType: 'project_change_request', entityId: requestId, programmeId: before.programmeId, before, after });
}
