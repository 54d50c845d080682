import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import type { GoalRow } from './goals.table';
import * as repo from './goals.repo';

/**
 * Whether the actor may see the programme at the head of `links` (the programme, then its
 * ancestors): published programmes are open to all; unpublished ones to those who work in them.
 */
export function canSeeProgramme(actor: Actor, links: readonly repo.ProgrammeLink[]): boolean {
  if (links.length === 0) return false;
  if (links[0]!.isPublished) return true;
  return can(actor, 'programme.readInternal', { programmeIds: links.map((l) => l.id) });
}

/** The programme's lineage (nearest first) when the actor may see it; NOT_FOUND otherwise. */
export async function visibleLineage(db: DbOrTx, actor: Actor, programmeId: string): Promise<repo.ProgrammeLink[]> {
  const links = await repo.programmeLinks(db, programmeId);
  if (!canSeeProgramme(actor, links)) throw notFound('The programme');
  return links;
}

/** A goal the actor may manage: NOT_FOUND when its programme is hidden, FORBIDDEN when not theirs. */
export async function getManagedGoal(db: Db, actor: Actor, goalId: string): Promise<{ goal: GoalRow; lineage: string[] }> {
  const goal = await repo.findGoal(db, goalId);
  if (!goal) throw notFound('The goal');
  const links = await repo.programmeLinks(db, goal.programmeId);
  if (!canSeeProgramme(actor, links)) throw notFound('The goal');
  const lineage = links.map((l) => l.id);
  authorize(actor, 'goal.manage', { programmeIds: lineage });
  return { goal, lineage };
}

/** A 400 that names one field, as the forms show it beside that field. */
export function invalidField(path: string, code: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', `${path}: ${message}`, { errors: [{ path, code, message: code }] });
}

/**
 * Checks a goal's new parent: it must exist and belong to the goal's programme or one of its
 * ancestors (a sub-programme's goal may hang under the initiative's main goal, never the other
 * way round, and never under another branch's goal).
 */
export async function checkParent(db: DbOrTx, parentId: string, lineage: readonly string[]): Promise<GoalRow> {
  const parent = await repo.findGoal(db, parentId);
  if (!parent) throw invalidField('parentId', 'notFound', 'The parent goal does not exist');
  if (!lineage.includes(parent.programmeId)) {
    throw invalidField('parentId', 'parentScope', 'The parent goal must belong to this programme or to one of its parent programmes');
  }
  return parent;
}
