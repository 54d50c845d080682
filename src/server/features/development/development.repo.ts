import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowWrites } from '../../db/row-writes';
import { programmes } from '../programmes/programmes.table';
import { organisations } from '../organisations/organisations.table';
import { areas } from '../areas/areas.table';
import { programmeRoles, users } from '../users/users.table';
import { events } from '../events/events.table';
import {
  cohortGatherings,
  cohorts,
  developmentPlans,
  developmentSettings,
  evaluationAnswerers,
  evaluationAnswers,
  gatheringAttendance,
  groupMembers,
  groupNotes,
  homeworkSubmissions,
  homeworkTasks,
  participantGroups,
  planComments,
  type CohortRow,
  type ParticipantGroupRow,
} from './development.table';

export const cohortRows = rowWrites(cohorts);
export const taskRows = rowWrites(homeworkTasks);
export const groupRows = rowWrites(participantGroups);
export const memberRows = rowWrites(groupMembers);
export const submissionRows = rowWrites(homeworkSubmissions);
export const noteRows = rowWrites(groupNotes);
export const commentRows = rowWrites(planComments);

export const findSettings = (db: DbOrTx, programmeId: string) =>
  db.select().from(developmentSettings).where(eq(developmentSettings.programmeId, programmeId)).then((r) => r[0]);

export const cohortsOfProgramme = (db: DbOrTx, programmeId: string) =>
  db.select().from(cohorts).where(eq(cohorts.programmeId, programmeId)).orderBy(asc(cohorts.startsOn), asc(cohorts.createdAt));

export const findCohort = (db: DbOrTx, id: string) => db.select().from(cohorts).where(eq(cohorts.id, id)).then((r) => r[0]);

/** The cohorts' gatherings (published or cancelled events; never drafts), by start. */
export async function gatheringsOf(db: DbOrTx, cohortIds: readonly string[]) {
  if (cohortIds.length === 0) return [];
  return db
    .select({ cohortId: cohortGatherings.cohortId, event: events })
    .from(cohortGatherings)
    .innerJoin(events, eq(events.id, cohortGatherings.eventId))
    .where(and(inArray(cohortGatherings.cohortId, [...cohortIds]), sql`${events.status} <> 'draft'`))
    .orderBy(asc(events.startsAt));
}
export type GatheringRow = Awaited<ReturnType<typeof gatheringsOf>>[number];

export const findGathering = (db: DbOrTx, eventId: string) =>
  db
    .select({ cohortId: cohortGatherings.cohortId, event: events })
    .from(cohortGatherings)
    .innerJoin(events, eq(events.id, cohortGatherings.eventId))
    .where(eq(cohortGatherings.eventId, eventId))
    .then((r) => r[0]);

/** The cohorts' groups with their organisation, its area and the facilitator's name. */
export async function groupsOf(db: DbOrTx, cohortIds: readonly string[]) {
  if (cohortIds.length === 0) return [];
  return db
    .select({ group: participantGroups, organisationName: organisations.name, areaCode: areas.code, facilitatorName: users.name })
    .from(participantGroups)
    .innerJoin(organisations, eq(organisations.id, participantGroups.organisationId))
    .leftJoin(areas, eq(areas.id, organisations.areaId))
    .leftJoin(users, eq(users.id, participantGroups.facilitatorUserId))
    .where(inArray(participantGroups.cohortId, [...cohortIds]))
    .orderBy(sql`${organisations.name} collate "nb-NO-x-icu"`);
}
export type GroupWithNames = Awaited<ReturnType<typeof groupsOf>>[number];

export const findGroup = (db: DbOrTx, id: string) =>
  db
    .select({ group: participantGroups, organisationName: organisations.name, areaCode: areas.code, facilitatorName: users.name })
    .from(participantGroups)
    .innerJoin(organisations, eq(organisations.id, participantGroups.organisationId))
    .leftJoin(areas, eq(areas.id, organisations.areaId))
    .leftJoin(users, eq(users.id, participantGroups.facilitatorUserId))
    .where(eq(participantGroups.id, id))
    .then((r) => r[0]);

export async function membersOf(db: DbOrTx, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  return db.select().from(groupMembers).where(inArray(groupMembers.groupId, [...groupIds])).orderBy(asc(groupMembers.position), asc(groupMembers.createdAt));
}

export async function attendanceOf(db: DbOrTx, eventIds: readonly string[]) {
  if (eventIds.length === 0) return [];
  return db.select().from(gatheringAttendance).where(inArray(gatheringAttendance.eventId, [...eventIds]));
}

export const tasksOf = (db: DbOrTx, cohortId: string) => db.select().from(homeworkTasks).where(eq(homeworkTasks.cohortId, cohortId)).orderBy(asc(homeworkTasks.dueAt), asc(homeworkTasks.createdAt));

export const findTask = (db: DbOrTx, id: string) => db.select().from(homeworkTasks).where(eq(homeworkTasks.id, id)).then((r) => r[0]);

export async function submissionsOf(db: DbOrTx, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  return db.select().from(homeworkSubmissions).where(inArray(homeworkSubmissions.groupId, [...groupIds]));
}

export const findSubmission = (db: DbOrTx, taskId: string, groupId: string) =>
  db.select().from(homeworkSubmissions).where(and(eq(homeworkSubmissions.taskId, taskId), eq(homeworkSubmissions.groupId, groupId))).then((r) => r[0]);

export const lockSubmission = (tx: DbOrTx, taskId: string, groupId: string) =>
  tx.select().from(homeworkSubmissions).where(and(eq(homeworkSubmissions.taskId, taskId), eq(homeworkSubmissions.groupId, groupId))).for('update').then((r) => r[0]);

export const notesOf = (db: DbOrTx, groupId: string) =>
  db
    .select({ note: groupNotes, authorName: users.name })
    .from(groupNotes)
    .leftJoin(users, eq(users.id, groupNotes.authorUserId))
    .where(eq(groupNotes.groupId, groupId))
    .orderBy(sql`${groupNotes.metOn} desc`, sql`${groupNotes.createdAt} desc`);

export const findPlan = (db: DbOrTx, groupId: string) => db.select().from(developmentPlans).where(eq(developmentPlans.groupId, groupId)).then((r) => r[0]);
export const lockPlan = (tx: DbOrTx, groupId: string) => tx.select().from(developmentPlans).where(eq(developmentPlans.groupId, groupId)).for('update').then((r) => r[0]);

export const commentsOf = (db: DbOrTx, groupId: string) =>
  db
    .select({ comment: planComments, authorName: users.name })
    .from(planComments)
    .leftJoin(users, eq(users.id, planComments.authorUserId))
    .where(eq(planComments.groupId, groupId))
    .orderBy(asc(planComments.createdAt));

/** The programme a cohort belongs to, with its slug and name. */
export const programmeOf = (db: DbOrTx, programmeId: string) =>
  db.select({ id: programmes.id, slug: programmes.slug, name: programmes.name, kind: programmes.kind }).from(programmes).where(eq(programmes.id, programmeId)).then((r) => r[0]);

/** Whether the user is a member of the group. */
export const isMemberOf = (db: DbOrTx, groupId: string, userId: string) =>
  db
    .select({ id: groupMembers.id })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
    .then((r) => r[0]?.id);

/** The groups a user works in: as a member or as the facilitator. */
export async function groupsOfUser(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ group: participantGroups, cohort: cohorts, organisationName: organisations.name, programmeSlug: programmes.slug, programmeName: programmes.name })
    .from(participantGroups)
    .innerJoin(cohorts, eq(cohorts.id, participantGroups.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .innerJoin(organisations, eq(organisations.id, participantGroups.organisationId))
    .where(
      sql`${participantGroups.facilitatorUserId} = ${userId} or exists (select 1 from ${groupMembers} m where m.group_id = ${participantGroups.id} and m.user_id = ${userId})`,
    )
    .orderBy(sql`${cohorts.startsOn} desc`, sql`${organisations.name} collate "nb-NO-x-icu"`);
  return rows;
}

export type { CohortRow, ParticipantGroupRow };

/** The groups (of those given) whose plan is public. */
export async function publicPlanGroups(db: DbOrTx, groupIds: readonly string[]): Promise<Set<string>> {
  if (groupIds.length === 0) return new Set();
  const rows = await db
    .select({ groupId: developmentPlans.groupId })
    .from(developmentPlans)
    .where(and(inArray(developmentPlans.groupId, [...groupIds]), eq(developmentPlans.isPublic, true)));
  return new Set(rows.map((r) => r.groupId));
}

// ---------------------------------------------------------------------------------------------
// Writes and look-ups the services run in their transactions

export const organisationKind = (db: DbOrTx, id: string) =>
  db.select({ id: organisations.id, kind: organisations.kind }).from(organisations).where(eq(organisations.id, id)).then((r) => r[0]);

export async function upsertSettings(tx: DbOrTx, programmeId: string, values: Omit<typeof developmentSettings.$inferInsert, 'programmeId'>) {
  const [row] = await tx.insert(developmentSettings).values({ programmeId, ...values }).onConflictDoUpdate({ target: developmentSettings.programmeId, set: values }).returning();
  return row!;
}

/** A gathering: the event, and its link to the cohort. */
export async function insertGathering(tx: DbOrTx, cohortId: string, values: typeof events.$inferInsert) {
  const [event] = await tx.insert(events).values(values).returning();
  await tx.insert(cohortGatherings).values({ eventId: event!.id, cohortId });
  return event!;
}

/** The invited group, or undefined when the organisation already has one in the cohort. */
export const insertGroup = (tx: DbOrTx, values: typeof participantGroups.$inferInsert) =>
  tx.insert(participantGroups).values(values).onConflictDoNothing().returning().then((r) => r[0]);

export const hasAnswered = (db: DbOrTx, cohortId: string, userId: string) =>
  db.select().from(evaluationAnswerers).where(and(eq(evaluationAnswerers.cohortId, cohortId), eq(evaluationAnswerers.userId, userId))).then((r) => r.length > 0);

/** Records that the user answered; false when they had already. */
export const markAnswered = (tx: DbOrTx, cohortId: string, userId: string) =>
  tx.insert(evaluationAnswerers).values({ cohortId, userId }).onConflictDoNothing().returning().then((r) => r.length > 0);

export const insertAnswer = (tx: DbOrTx, values: typeof evaluationAnswers.$inferInsert) => tx.insert(evaluationAnswers).values(values);
export const answersOf = (db: DbOrTx, cohortId: string) => db.select().from(evaluationAnswers).where(eq(evaluationAnswers.cohortId, cohortId));

export const rolesOfUser = (db: DbOrTx, userId: string) => db.select().from(programmeRoles).where(eq(programmeRoles.userId, userId));
export const userIdByEmail = (db: DbOrTx, email: string) =>
  db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).then((r) => r[0]?.id);

/** The group no longer has a contact person (before another is named). */
export const clearContact = (tx: DbOrTx, groupId: string) => tx.update(groupMembers).set({ isContact: false }).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.isContact, true)));

export const findMember = (db: DbOrTx, id: string) => db.select().from(groupMembers).where(eq(groupMembers.id, id)).then((r) => r[0]);

/** Of the member ids given, those in one of the groups given. */
export async function membersAmong(db: DbOrTx, memberIds: readonly string[], groupIds: readonly string[]): Promise<Set<string>> {
  if (memberIds.length === 0 || groupIds.length === 0) return new Set();
  const rows = await db.select({ id: groupMembers.id }).from(groupMembers).where(and(inArray(groupMembers.id, [...memberIds]), inArray(groupMembers.groupId, [...groupIds])));
  return new Set(rows.map((r) => r.id));
}

export const lockAttendance = (tx: DbOrTx, eventId: string, memberId: string) =>
  tx.select().from(gatheringAttendance).where(and(eq(gatheringAttendance.eventId, eventId), eq(gatheringAttendance.memberId, memberId))).for('update').then((r) => r[0]);

export const upsertAttendance = (tx: DbOrTx, values: typeof gatheringAttendance.$inferInsert) =>
  tx
    .insert(gatheringAttendance)
    .values(values)
    .onConflictDoUpdate({ target: [gatheringAttendance.eventId, gatheringAttendance.memberId], set: { attended: values.attended, updatedAt: values.updatedAt } })
    .returning()
    .then((r) => r[0]!);

export const findNote = (db: DbOrTx, id: string) => db.select().from(groupNotes).where(eq(groupNotes.id, id)).then((r) => r[0]);

/** Of the stored files given, those a hand-in still names. */
export async function keptHomeworkFiles(db: DbOrTx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: homeworkSubmissions.fileId }).from(homeworkSubmissions).where(inArray(homeworkSubmissions.fileId, [...ids]));
  return new Set(rows.map((r) => r.id!));
}

export const programmeSlug = (db: DbOrTx, id: string) => db.select({ id: programmes.id, slug: programmes.slug }).from(programmes).where(eq(programmes.id, id)).then((r) => r[0]);

export async function writePlan(tx: DbOrTx, groupId: string, exists: boolean, values: Omit<typeof developmentPlans.$inferInsert, 'groupId'>) {
  const [row] = exists
    ? await tx.update(developmentPlans).set(values).where(eq(developmentPlans.groupId, groupId)).returning()
    : await tx.insert(developmentPlans).values({ groupId, ...values }).returning();
  return row!;
}

/** Tasks due between the two moments that have not been reminded of. */
export const tasksToRemind = (db: DbOrTx, from: Date, to: Date) =>
  db.select().from(homeworkTasks).where(and(sql`${homeworkTasks.remindedAt} is null`, sql`${homeworkTasks.dueAt} > ${from}`, sql`${homeworkTasks.dueAt} <= ${to}`));

export const submissionsOfTask = (db: DbOrTx, taskId: string) => db.select().from(homeworkSubmissions).where(eq(homeworkSubmissions.taskId, taskId));

/**
 * Marks the task reminded and runs `send` in the same transaction, unless another node did it
 * first (the row is locked and checked again): each reminder goes out once.
 */
export async function claimReminder(db: DbOrTx, taskId: string, now: Date, send: (tx: DbOrTx) => Promise<number>): Promise<number> {
  return db.transaction(async (tx) => {
    const [task] = await tx.select().from(homeworkTasks).where(eq(homeworkTasks.id, taskId)).for('update');
    if (!task || task.remindedAt) return 0;
    await tx.update(homeworkTasks).set({ remindedAt: now }).where(eq(homeworkTasks.id, taskId));
    return send(tx);
  });
}
