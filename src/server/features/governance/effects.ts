import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import * as repo from './meetings.repo';
import { bodyRows, mandateRows } from './bodies.repo';
import { actionProgrammeRows } from './action-programmes.repo';
import type { EffectRow } from './governance.table';
import { applyApplicationDecision } from '../calls/application-decision';
import { applyProjectChange, rejectProjectChange } from '../portfolio/project-change-decision';

export interface AppliedBy {
  itemId: string;
  /** The day of the decision, YYYY-MM-DD, in Norway. */
  day: string;
  programmeId: string;
  /** Whether e-mail is sent, and the site's address for links in it (a decision letter). */
  mail: { canSend: boolean; origin: string };
}

function failed(index: number, code: string, message: string): AppError {
  return new AppError('EFFECT_FAILED', message, { errors: [{ path: `effects.${index}`, code, message }] });
}

/**
 * Applies one effect of an adopted decision inside the transaction that records it; a target
 * that no longer fits (a mandate draft changed after the case was prepared, a version adopted
 * meanwhile, a body already dissolved) throws EFFECT_FAILED, and the whole recording rolls back.
 */
async function applyOne(tx: DbOrTx, actor: Actor, effect: EffectRow, index: number, by: AppliedBy): Promise<void> {
  const now = new Date();
  if (effect.kind === 'adopt_mandate_version') {
    const before = await repo.lockMandateVersion(tx, effect.targetId);
    if (!before) throw failed(index, 'targetGone', 'The mandate version to adopt no longer exists');
    if (before.adoptedAt) throw failed(index, 'alreadyAdopted', `Mandate version ${before.version} is already adopted`);
    if (effect.expectedRevision !== null && before.revision !== effect.expectedRevision) {
      throw failed(index, 'mandateChanged', `Mandate version ${before.version} was changed after the case was prepared (revision ${effect.expectedRevision}, now ${before.revision}); prepare the case again`);
    }
    const after = await mandateRows.update(tx, before.id, { adoptedAt: now, adoptedByItemId: by.itemId, effectiveFrom: before.effectiveFrom ?? by.day, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'mandate_version', entityId: before.id, programmeId: by.programmeId, before, after });
  } else if (effect.kind === 'decide_application') {
    if (!effect.params) throw failed(index, 'decisionMissing', 'The case names no decision for the application');
    await applyApplicationDecision(tx, actor, effect.targetId, effect.params, {
      itemId: by.itemId,
      day: by.day,
      expectedRevision: effect.expectedRevision,
      fail: (code, message) => failed(index, code, message),
      mail: by.mail,
    });
  } else if (effect.kind === 'decide_project_change') {
    await applyProjectChange(tx, actor, effect.targetId, { itemId: by.itemId, fail: (code, message) => failed(index, code, message) });
  } else if (effect.kind === 'adopt_action_programme') {
    const before = await actionProgrammeRows.lock(tx, effect.targetId);
    if (!before) throw failed(index, 'targetGone', 'The action programme to adopt no longer exists');
    if (before.adoptedAt) throw failed(index, 'alreadyAdopted', 'The action programme is already adopted');
    if (effect.expectedRevision !== null && before.revision !== effect.expectedRevision) {
      throw failed(index, 'actionProgrammeChanged', `The action programme was changed after the case was prepared (revision ${effect.expectedRevision}, now ${before.revision}); prepare the case again`);
    }
    const after = await actionProgrammeRows.update(tx, before.id, { adoptedAt: now, adoptedByItemId: by.itemId, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'action_programme', entityId: before.id, programmeId: by.programmeId, before, after });
  } else {
    const before = await bodyRows.lock(tx, effect.targetId);
    if (!before) throw failed(index, 'targetGone', 'The body no longer exists');
    if (effect.kind === 'establish_body') {
      if (before.establishedByItemId) throw failed(index, 'alreadyEstablished', 'The body is already established by a decision');
      const after = await bodyRows.update(tx, before.id, { establishedByItemId: by.itemId, activeFrom: before.activeFrom ?? by.day, updatedAt: now });
      await recordAudit(tx, actor, { action: 'update', entityType: 'body', entityId: before.id, programmeId: by.programmeId, before, after });
    } else {
      if (before.dissolvedByItemId) throw failed(index, 'alreadyDissolved', 'The body is already dissolved');
      const after = await bodyRows.update(tx, before.id, { dissolvedByItemId: by.itemId, activeTo: by.day, updatedAt: now });
      await recordAudit(tx, actor, { action: 'update', entityType: 'body', entityId: before.id, programmeId: by.programmeId, before, after });
    }
  }
  await repo.effectRows.update(tx, effect.id, { appliedAt: now, appliedByItemId: by.itemId });
}

/** Applies every effect of the case, in the order they were prepared. */
export async function applyEffects(tx: DbOrTx, actor: Actor, effects: readonly EffectRow[], by: AppliedBy): Promise<void> {
  for (const effect of effects) await applyOne(tx, actor, effect, effect.position, by);
}

/** What a rejected case closes: the change requests it proposed are rejected with it. */
export async function closeRejectedEffects(tx: DbOrTx, actor: Actor, effects: readonly EffectRow[], itemId: string): Promise<void> {
  for (const effect of effects) if (effect.kind === 'decide_project_change' && !effect.appliedAt) await rejectProjectChange(tx, actor, effect.targetId, itemId);
}
