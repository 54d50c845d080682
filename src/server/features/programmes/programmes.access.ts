import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { canSeeProgramme, type PermissionScope } from '../../http/permissions';
import type { ProgrammeLink } from '../../../shared/domain/permissions';
import { programmeLineages } from './programmes.repo';

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
