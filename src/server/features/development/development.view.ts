import type { DbOrTx } from '../../db/client';
import * as repo from './development.repo';
import type { DevelopmentSettingsRow, GroupMemberRow, HomeworkSubmissionRow, HomeworkTaskRow } from './development.table';
import type { CohortSummary, DevelopmentSettings, Gathering, GroupMember, GroupSummary, HomeworkTask, Submission } from '../../../shared/contracts/development';
import { attendanceShare, homeworkState, PLAN_PARTS } from '../../../shared/domain/development';

export function toSettings(row: DevelopmentSettingsRow | undefined): DevelopmentSettings {
  return {
    perspectives: row?.perspectives ?? [],
    cycleQuestions: Object.fromEntries(PLAN_PARTS.map((p) => [p, row?.cycleQuestions[p] ?? null])) as DevelopmentSettings['cycleQuestions'],
    competenceGoals: row?.competenceGoals ?? [],
  };
}

export function toGathering(g: repo.GatheringRow, now: Date): Gathering {
  const e = g.event;
  return { eventId: e.id, title: e.title, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt?.toISOString() ?? null, place: e.place, address: e.address, isHeld: e.startsAt <= now };
}

export function toTask(t: HomeworkTaskRow): HomeworkTask {
  return { id: t.id, cohortId: t.cohortId, title: t.title, instructions: t.instructions, dueAt: t.dueAt.toISOString(), submissionKind: t.submissionKind, planPart: t.planPart };
}

export function toMember(m: GroupMemberRow): GroupMember {
  return { id: m.id, name: m.name, email: m.email, role: m.role, kind: m.kind, isContact: m.isContact, hasAccount: m.userId !== null };
}

export function toSubmission(s: HomeworkSubmissionRow): Submission {
  return { id: s.id, taskId: s.taskId, text: s.text, fileName: s.fileName, submittedAt: s.submittedAt?.toISOString() ?? null, isLate: s.isLate, updatedAt: s.updatedAt.toISOString() };
}

/** Everything the cohort pages show of some cohorts, read in a few queries. */
export async function loadCohorts(db: DbOrTx, cohortIds: readonly string[], now: Date) {
  const [gatherings, groups] = await Promise.all([repo.gatheringsOf(db, cohortIds), repo.groupsOf(db, cohortIds)]);
  const groupIds = groups.map((g) => g.group.id);
  const [members, attendance, submissions] = await Promise.all([
    repo.membersOf(db, groupIds),
    repo.attendanceOf(db, gatherings.map((g) => g.event.id)),
    repo.submissionsOf(db, groupIds),
  ]);
  return { gatherings, groups, members, attendance, submissions, now };
}
export type LoadedCohorts = Awaited<ReturnType<typeof loadCohorts>>;

/**
 * A group as the office's overview shows it: how much of the gatherings held it attended and
 * whether it is below its commitment (a member missed one, or was not marked), and the state of
 * its homework.
 */
export function toGroupSummary(g: repo.GroupWithNames, data: LoadedCohorts, tasks: readonly HomeworkTaskRow[]): GroupSummary {
  const members = data.members.filter((m) => m.groupId === g.group.id);
  const held = data.gatherings.filter((x) => x.cohortId === g.group.cohortId && x.event.startsAt <= data.now && x.event.status === 'published');
  const came = held.map((x) => members.filter((m) => data.attendance.some((a) => a.eventId === x.event.id && a.memberId === m.id && a.attended)).length);
  const share = attendanceShare(held.length, came, members.length);
  const submissions = data.submissions.filter((s) => s.groupId === g.group.id);
  return {
    id: g.group.id,
    cohortId: g.group.cohortId,
    organisationId: g.group.organisationId,
    organisationName: g.organisationName,
    areaCode: g.areaCode,
    status: g.group.status,
    hasCommitted: g.group.hasCommitted,
    memberCount: members.length,
    facilitator: g.group.facilitatorUserId && g.facilitatorName ? { id: g.group.facilitatorUserId, name: g.facilitatorName } : null,
    attendance: share,
    isBelowCommitment: g.group.status === 'accepted' && held.length > 0 && came.some((n) => n < members.length),
    homework: tasks
      .filter((t) => t.cohortId === g.group.cohortId)
      .map((t) => ({ taskId: t.id, state: homeworkState(t.dueAt, submissions.find((s) => s.taskId === t.id)) })),
  };
}

/** A cohort as the public reads it: its gatherings and the organisations that took part. */
export function toCohortSummary(c: repo.CohortRow, data: LoadedCohorts, publicPlans: ReadonlySet<string>): CohortSummary {
  return {
    id: c.id,
    programmeId: c.programmeId,
    name: c.name,
    region: c.region,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    isEvaluationOpen: c.isEvaluationOpen,
    gatherings: data.gatherings.filter((g) => g.cohortId === c.id && g.event.status === 'published').map((g) => toGathering(g, data.now)),
    organisations: data.groups
      .filter((g) => g.group.cohortId === c.id && g.group.status === 'accepted')
      .map((g) => ({ groupId: g.group.id, organisationId: g.group.organisationId, name: g.organisationName, areaCode: g.areaCode, hasPublicPlan: publicPlans.has(g.group.id) })),
  };
}
