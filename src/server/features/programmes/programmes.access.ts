import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { authorize, can, canSeeProgramme, type Action, type PermissionScope } from '../../http/permissions';
import { invalidField } from '../../http/errors';
import { ownedScope, type ProgrammeLink } from '../../../shared/domain/permissions';
import { lineageOf, programmeLineages } from './programmes.repo';

/**
 * Which programmes the actor may see: the one answer every feature asks for. One recursive query
 * reads the programmes asked for (every programme when `ids` is left out) with their ancestors,
 * and the shared rule decides on each. The result is keyed by programme id and holds each
 * visible programme's lineage (nearest first), for the permission checks that follow.
 */
export async function visibleProgrammes(db: DbOrTx, actor: Actor, ids?: readonly string[]): Promise<Map<string, ProgrammeLink[]>> {
  const lineages = await programmeLineages(db, ids);
  return new Map([...lineages].filter(([, lineage]) => canSeeProgramme(actor, lineage)));
}

/**
 * The programme's lineage when the actor may see it. A programme that does not exist and one the
 * actor may not see are both NOT_FOUND, named as `what` (a goal's programme hides the goal).
 */
export async function visibleLineage(db: DbOrTx, actor: Actor, programmeId: string, what = 'The programme'): Promise<ProgrammeLink[]> {
  const lineage = (await visibleProgrammes(db, actor, [programmeId])).get(programmeId);
  if (!lineage) throw notFound(what);
  return lineage;
}

/** The permission scope of a record in the programme with this lineage. */
export function inProgramme(lineage: readonly ProgrammeLink[]): PermissionScope {
  return { programmeIds: lineage.map((l) => l.id) };
}

/**
 * The scope of an entry that `ownerProgrammeId` keeps (null: the platform), belonging to
 * `organisationId` where the entry has one: see `ownedScope`.
 */
export async function ownerScope(db: DbOrTx, ownerProgrammeId: string | null, organisationId?: string | null): Promise<PermissionScope> {
  const lineage = ownerProgrammeId ? (await lineageOf(db, ownerProgrammeId)).map((l) => l.id) : null;
  return ownedScope(lineage, organisationId);
}

/**
 * The owner of a new entry, checked: the actor must be allowed `action` in the programme it
 * names (NOT_FOUND when it cannot see it). Left out, the entry is the platform's, which a platform
 * administrator may make, and a contributor for its own organisation (`organisationId`); anyone
 * else is asked to choose the programme (`ownerProgrammeId` required).
 */
export async function checkedOwner(db: DbOrTx, actor: Actor, action: Action, ownerProgrammeId: string | null | undefined, organisationId?: string | null): Promise<string | null> {
  if (ownerProgrammeId) {
    const lineage = await visibleLineage(db, actor, ownerProgrammeId);
    authorize(actor, action, ownedScope(lineage.map((l) => l.id), organisationId));
    return ownerProgrammeId;
  }
  authorize(actor, action, organisationId !== undefined ? { organisationId } : {});
  if (!can(actor, action, ownedScope(null, organisationId))) {
    throw invalidField('ownerProgrammeId', 'required', 'Choose the programme that keeps the entry');
  }
  return null;
}

/**
 * Checks a change of owner (`next`, when the patch names one): handing an entry over needs the
 * right to keep such entries where it goes, as if it were made there.
 */
export async function checkOwnerChange(db: DbOrTx, actor: Actor, action: Action, current: string | null, next: string | null | undefined, organisationId?: string | null): Promise<void> {
  if (next === undefined || next === current) return;
  if (next) await checkedOwner(db, actor, action, next, organisationId);
  else authorize(actor, action, ownedScope(null, organisationId));
}
