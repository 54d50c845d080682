import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import { inProgramme, visibleLineage } from '../programmes/programmes.access';
import * as repo from './development.repo';
import type { ProgrammeLink } from '../../../shared/domain/permissions';

/**
 * Who may do what in a development programme, written once:
 * - the programme office (`development.manage`, the secretariat) sets the programme up and sees
 *   every group of its cohorts;
 * - a facilitator (`development.work`, by the facilitator role) sees the groups assigned to them
 *   and comments on their plans;
 * - a participant (`development.work`, by the participant role) sees and works in their own
 *   group only: its homework, notes, plan and the evaluation.
 * A group the actor may not see is NOT_FOUND, whoever asks: another group's members cannot even
 * tell whether it exists.
 */
export interface ProgrammeAccess {
  programmeId: string;
  lineage: ProgrammeLink[];
  canManage: boolean;
}

export async function programmeAccess(db: DbOrTx, actor: Actor, programmeId: string, what = 'The programme'): Promise<ProgrammeAccess> {
  const lineage = await visibleLineage(db, actor, programmeId, what);
  return { programmeId, lineage, canManage: can(actor, 'development.manage', inProgramme(lineage)) };
}

/** Refuses (FORBIDDEN) an actor who may see the programme but is not its office. */
export function requireOffice(actor: Actor, access: ProgrammeAccess): void {
  authorize(actor, 'development.manage', inProgramme(access.lineage));
}

/** The cohort, as the actor may reach it (its programme visible; `manage` for the office alone). */
export async function cohortAccess(db: DbOrTx, actor: Actor, cohortId: string, need: 'read' | 'manage' = 'read') {
  const cohort = await repo.findCohort(db, cohortId);
  if (!cohort) throw notFound('The cohort');
  const access = await programmeAccess(db, actor, cohort.programmeId, 'The cohort');
  if (need === 'manage') requireOffice(actor, access);
  return { cohort, ...access };
}

export type GroupNeed = 'read' | 'write' | 'comment' | 'manage';

export interface GroupAccess extends ProgrammeAccess {
  group: repo.GroupWithNames;
  cohort: repo.CohortRow;
  /** The actor's member row in the group (a participant of this group). */
  memberId: string | undefined;
  isFacilitator: boolean;
  canWrite: boolean;
  canComment: boolean;
}

/**
 * The group, when the actor is its office, its facilitator or one of its members; NOT_FOUND for
 * everyone else. `need` then asks for more: `write` (a member), `comment` (the facilitator or the
 * office), `manage` (the office); a visible group refuses the rest with FORBIDDEN.
 */
export async function groupAccess(db: DbOrTx, actor: Actor, groupId: string, need: GroupNeed = 'read'): Promise<GroupAccess> {
  const group = await repo.findGroup(db, groupId);
  if (!group) throw notFound('The group');
  const cohort = (await repo.findCohort(db, group.group.cohortId))!;
  const access = await programmeAccess(db, actor, cohort.programmeId, 'The group');
  const user = actor.user;
  const works = can(actor, 'development.work', inProgramme(access.lineage));
  const memberId = user && works ? await repo.isMemberOf(db, groupId, user.id) : undefined;
  const isFacilitator = !!user && works && group.group.facilitatorUserId === user.id;
  if (!access.canManage && !memberId && !isFacilitator) throw notFound('The group');
  const result: GroupAccess = { ...access, group, cohort, memberId, isFacilitator, canWrite: !!memberId, canComment: isFacilitator || access.canManage };
  if (need === 'write' && !result.canWrite) throw new AppError('FORBIDDEN', "Only the group's members work in the group");
  if (need === 'comment' && !result.canComment) throw new AppError('FORBIDDEN', 'Only the facilitator and the programme office comment');
  if (need === 'manage' && !access.canManage) throw new AppError('FORBIDDEN', 'Only the programme office manages the groups');
  return result;
}
