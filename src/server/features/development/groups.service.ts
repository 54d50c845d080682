import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, invalidFields, notFound } from '../../http/errors';
import { requireUser } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import type { Outbox } from '../email/email.jobs';
import { createUser } from '../users/users.service';
import * as usersRepo from '../users/users.repo';
import { lineageOf } from '../programmes/programmes.repo';
import { roleIn } from '../../../shared/domain/permissions';
import * as repo from './development.repo';
import type { GroupMemberRow } from './development.table';
import { cohortAccess, groupAccess, type GroupAccess } from './development.access';
import { loadCohorts, toGathering, toGroupSummary, toMember, toSubmission, toTask } from './development.view';
import { homeworkState } from '../../../shared/domain/development';
import type { AttendanceMark, GroupDetail, GroupMember, GroupResponse, GroupSummary, MemberInput, MemberUpdate } from '../../../shared/contracts/development';

/** The group's page: members, the cohort's gatherings with the group's attendance, homework, notes. */
export async function getGroup(db: Db, actor: Actor, groupId: string, now: Date): Promise<GroupDetail> {
  return groupDetail(db, actor, await groupAccess(db, actor, groupId), now);
}

async function groupDetail(db: Db, actor: Actor, access: GroupAccess, now: Date): Promise<GroupDetail> {
  const { group, cohort } = access;
  const [programme, tasks, data, notes] = await Promise.all([repo.programmeOf(db, cohort.programmeId), repo.tasksOf(db, cohort.id), loadCohorts(db, [cohort.id], now), repo.notesOf(db, group.group.id)]);
  const members = data.members.filter((m) => m.groupId === group.group.id);
  const memberIds = new Set(members.map((m) => m.id));
  const submissions = data.submissions.filter((s) => s.groupId === group.group.id);
  const userId = actor.user?.id;
  const answered = userId ? await repo.hasAnswered(db, cohort.id, userId) : false;
  return {
    group: toGroupSummary(data.groups.find((g) => g.group.id === group.group.id)!, data, tasks),
    cohort: { id: cohort.id, name: cohort.name, region: cohort.region, programmeId: cohort.programmeId, programmeSlug: programme!.slug, programmeName: programme!.name, isEvaluationOpen: cohort.isEvaluationOpen },
    members: members.map(toMember),
    gatherings: data.gatherings
      .filter((g) => g.event.status === 'published')
      .map((g) => ({ ...toGathering(g, now), attendance: data.attendance.filter((a) => a.eventId === g.event.id && memberIds.has(a.memberId)).map((a) => ({ memberId: a.memberId, attended: a.attended })) })),
    homework: tasks.map((t) => {
      const s = submissions.find((x) => x.taskId === t.id);
      return { ...toTask(t), state: homeworkState(t.dueAt, s), submission: s ? toSubmission(s) : null };
    }),
    notes: notes.map((n) => ({ id: n.note.id, kind: n.note.kind, metOn: n.note.metOn, title: n.note.title, body: n.note.body, authorName: n.authorName, updatedAt: n.note.updatedAt.toISOString() })),
    hasAnsweredEvaluation: answered,
    canManage: access.canManage,
    canWrite: access.canWrite,
    canComment: access.canComment,
  };
}

async function summaryOf(db: Db, groupId: string, cohortId: string, now: Date): Promise<GroupSummary> {
  const [tasks, data] = await Promise.all([repo.tasksOf(db, cohortId), loadCohorts(db, [cohortId], now)]);
  return toGroupSummary(data.groups.find((g) => g.group.id === groupId)!, data, tasks);
}

/**
 * Records the municipality's answer: accepting needs the commitment to attend every gathering,
 * at least one member and a contact person (each problem named at its field).
 */
export async function respond(db: Db, actor: Actor, groupId: string, input: GroupResponse, now: Date): Promise<GroupSummary> {
  const { cohort } = await groupAccess(db, actor, groupId, 'manage');
  await db.transaction(async (tx) => {
    const before = (await repo.groupRows.lock(tx, groupId))!;
    if (input.status === 'accepted') {
      const members = await repo.membersOf(tx, [groupId]);
      const problems = [
        ...(!input.hasCommitted ? [{ path: 'hasCommitted', code: 'commitmentRequired', message: 'commitmentRequired' }] : []),
        ...(members.length === 0 ? [{ path: 'members', code: 'membersRequired', message: 'membersRequired' }] : []),
        ...(!members.some((m) => m.isContact) ? [{ path: 'contact', code: 'contactRequired', message: 'contactRequired' }] : []),
      ];
      if (problems.length > 0) throw invalidFields(problems);
    }
    if (input.status === 'withdrawn' && before.status !== 'accepted') throw new AppError('STATE_CHANGED', 'Only a group that accepted can withdraw');
    const after = await repo.groupRows.update(tx, groupId, {
      status: input.status,
      hasCommitted: input.status === 'accepted' ? true : input.status === 'invited' ? false : before.hasCommitted && input.status === 'withdrawn',
      respondedAt: input.status === 'invited' ? null : now,
      updatedAt: now,
    });
    await recordAudit(tx, actor, { action: 'update', entityType: 'participant_group', entityId: groupId, programmeId: cohort.programmeId, before, after });
  });
  return summaryOf(db, groupId, cohort.id, now);
}

/** Assigns the group's facilitator: someone with a role in the programme (or none). */
export async function setFacilitator(db: Db, actor: Actor, groupId: string, userId: string | null, now: Date): Promise<GroupSummary> {
  const { cohort } = await groupAccess(db, actor, groupId, 'manage');
  if (userId) {
    const lineage = await lineageOf(db, cohort.programmeId);
    const roles = await repo.rolesOfUser(db, userId);
    const held = roleIn({ isPlatformAdmin: false, organisationId: null, roles: roles.map((r) => ({ programmeId: r.programmeId, role: r.role })) }, lineage.map((l) => l.id));
    if (!held) throw invalidField('userId', 'noRoleInProgramme', 'The facilitator needs a role in the programme');
  }
  await db.transaction(async (tx) => {
    const before = (await repo.groupRows.lock(tx, groupId))!;
    const after = await repo.groupRows.update(tx, groupId, { facilitatorUserId: userId, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'participant_group', entityId: groupId, programmeId: cohort.programmeId, before, after });
  });
  return summaryOf(db, groupId, cohort.id, now);
}

export interface AccountContext {
  outbox: Outbox;
  origin: string;
}

/**
 * The account a member signs in with: the one with the member's e-mail, or a new one (its
 * invitation e-mailed). It gets the participant role in the programme unless it has a role there.
 */
async function accountFor(db: Db, ctx: AccountContext, actor: Actor, programmeId: string, organisationId: string, input: { name: string; email: string; locale: MemberInput['locale'] }): Promise<string> {
  const existingId = await repo.userIdByEmail(db, input.email);
  if (!existingId) {
    const created = await createUser(db, ctx.outbox, actor, { email: input.email, name: input.name, organisationId, isPlatformAdmin: false, programmeId, role: 'participant', languages: [], locale: input.locale }, ctx.origin);
    return created.id;
  }
  const lineage = (await lineageOf(db, programmeId)).map((l) => l.id);
  const grants = await Promise.all(lineage.map((p) => usersRepo.findRole(db, existingId, p)));
  if (!grants.some(Boolean)) {
    await db.transaction(async (tx) => {
      const after = await usersRepo.upsertRole(tx, existingId, programmeId, 'participant');
      await recordAudit(tx, actor, { action: 'create', entityType: 'role', entityId: `${existingId}:${programmeId}`, programmeId, before: null, after });
    });
  }
  return existingId;
}

async function checkMember(tx: DbOrTx, groupId: string, memberId: string | null, values: { isContact: boolean; userId: string | null }) {
  const others = (await repo.membersOf(tx, [groupId])).filter((m) => m.id !== memberId);
  if (values.userId && others.some((m) => m.userId === values.userId)) throw invalidField('email', 'memberTwice', 'The account is already a member of the group');
  // One contact person: naming a new one takes the part from the one before.
  if (values.isContact) await repo.clearContact(tx, groupId);
  return others.length;
}

export async function addMember(db: Db, ctx: AccountContext, actor: Actor, groupId: string, input: MemberInput, now: Date): Promise<GroupMember> {
  const { cohort, group } = await groupAccess(db, actor, groupId, 'manage');
  if (input.giveAccess && !input.email) throw invalidField('email', 'required', 'Access needs the e-mail address of the account');
  const userId = input.giveAccess ? await accountFor(db, ctx, actor, cohort.programmeId, group.group.organisationId, input) : null;
  const row = await db.transaction(async (tx) => {
    const position = await checkMember(tx, groupId, null, { isContact: input.isContact, userId });
    const created = await repo.memberRows.insert(tx, { groupId, name: input.name, email: input.email, role: input.role, kind: input.kind, isContact: input.isContact, userId, locale: input.locale, position, updatedAt: now });
    await recordAudit(tx, actor, { action: 'create', entityType: 'group_member', entityId: created.id, programmeId: cohort.programmeId, after: created });
    return created;
  });
  return toMember(row);
}

async function memberInScope(db: Db, actor: Actor, memberId: string): Promise<{ member: GroupMemberRow; access: GroupAccess }> {
  const member = await repo.findMember(db, memberId);
  if (!member) throw notFound('The member');
  return { member, access: await groupAccess(db, actor, member.groupId, 'manage') };
}

export async function updateMember(db: Db, ctx: AccountContext, actor: Actor, memberId: string, input: MemberUpdate, now: Date): Promise<GroupMember> {
  const { member, access } = await memberInScope(db, actor, memberId);
  const email = input.email ?? member.email;
  if (input.giveAccess && !email) throw invalidField('email', 'required', 'Access needs the e-mail address of the account');
  const userId =
    input.giveAccess === true ? await accountFor(db, ctx, actor, access.cohort.programmeId, access.group.group.organisationId, { name: input.name ?? member.name, email, locale: input.locale ?? 'nb' })
    : input.giveAccess === false ? null
    : member.userId;
  const row = await db.transaction(async (tx) => {
    const before = (await repo.memberRows.lock(tx, memberId))!;
    await checkMember(tx, member.groupId, memberId, { isContact: input.isContact ?? before.isContact, userId });
    const after = (await repo.memberRows.update(tx, memberId, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.role !== undefined && { role: input.role }),
      ...(input.kind !== undefined && { kind: input.kind }),
      ...(input.isContact !== undefined && { isContact: input.isContact }),
      ...(input.locale !== undefined && { locale: input.locale }),
      userId,
      updatedAt: now,
    }))!;
    await recordAudit(tx, actor, { action: 'update', entityType: 'group_member', entityId: memberId, programmeId: access.cohort.programmeId, before, after });
    return after;
  });
  return toMember(row);
}

export async function removeMember(db: Db, actor: Actor, memberId: string): Promise<{ ok: true }> {
  const { access } = await memberInScope(db, actor, memberId);
  await db.transaction(async (tx) => {
    const before = await repo.memberRows.remove(tx, memberId);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'group_member', entityId: memberId, programmeId: access.cohort.programmeId, before });
  });
  return { ok: true };
}

/** Marks who came to a gathering, for members of the cohort's groups (others are refused at their line). */
export async function markAttendance(db: Db, actor: Actor, eventId: string, input: AttendanceMark, now: Date): Promise<{ marked: number }> {
  const gathering = await repo.findGathering(db, eventId);
  if (!gathering) throw notFound('The gathering');
  const { cohort } = await cohortAccess(db, actor, gathering.cohortId, 'manage');
  const groups = (await repo.groupsOf(db, [cohort.id])).map((g) => g.group.id);
  const ids = input.marks.map((m) => m.memberId);
  const known = await repo.membersAmong(db, ids, groups);
  const unknown = input.marks.map((m, i) => ({ m, i })).filter(({ m }) => !known.has(m.memberId));
  if (unknown.length > 0) throw invalidFields(unknown.map(({ i }) => ({ path: `marks.${i}.memberId`, code: 'notInCohort', message: 'notInCohort' })));
  await db.transaction(async (tx) => {
    for (const mark of input.marks) {
      const before = await repo.lockAttendance(tx, eventId, mark.memberId);
      if (before?.attended === mark.attended) continue;
      const after = await repo.upsertAttendance(tx, { eventId, memberId: mark.memberId, attended: mark.attended, updatedAt: now });
      await recordAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'gathering_attendance', entityId: `${eventId}:${mark.memberId}`, programmeId: cohort.programmeId, before: before ?? null, after });
    }
  });
  return { marked: input.marks.length };
}

/** The groups the signed-in user works in, as a member or as their facilitator. */
export async function myGroups(db: Db, actor: Actor) {
  const user = requireUser(actor);
  const rows = await repo.groupsOfUser(db, user.id);
  return {
    items: rows.map((r) => ({
      id: r.group.id,
      organisationName: r.organisationName,
      cohortName: r.cohort.name,
      programmeName: r.programmeName,
      programmeSlug: r.programmeSlug,
      as: r.group.facilitatorUserId === user.id ? ('facilitator' as const) : ('member' as const),
    })),
  };
}
