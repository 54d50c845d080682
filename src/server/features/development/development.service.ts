import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import * as repo from './development.repo';
import type { HomeworkTaskRow } from './development.table';
import { queueHomeworkMails, type DevelopmentMail } from './development-mail';
import { cohortAccess, programmeAccess, requireOffice } from './development.access';
import { loadCohorts, toCohortSummary, toGathering, toGroupSummary, toSettings, toTask } from './development.view';
import type {
  CohortCreate,
  CohortDetail,
  CohortUpdate,
  DevelopmentOverview,
  DevelopmentSettingsInput,
  Gathering,
  GatheringCreate,
  GroupSummary,
  HomeworkCreate,
  HomeworkTask,
  HomeworkUpdate,
} from '../../../shared/contracts/development';

/** The organisations that take part in a development programme: municipalities, counties and city districts. */
const PARTICIPANT_KINDS = new Set(['municipality', 'county_authority', 'city_district']);

/** The programme's content and its cohorts, as the public reads them (the office may also edit). */
export async function getOverview(db: Db, actor: Actor, programmeId: string, now: Date): Promise<DevelopmentOverview> {
  const access = await programmeAccess(db, actor, programmeId);
  const programme = await repo.programmeOf(db, programmeId);
  if (programme?.kind !== 'development_programme') throw notFound('The development programme');
  const [settings, cohortRows] = await Promise.all([repo.findSettings(db, programmeId), repo.cohortsOfProgramme(db, programmeId)]);
  const data = await loadCohorts(db, cohortRows.map((c) => c.id), now);
  const publicPlans = await repo.publicPlanGroups(db, data.groups.map((g) => g.group.id));
  return { programmeId, settings: toSettings(settings), cohorts: cohortRows.map((c) => toCohortSummary(c, data, publicPlans)), canManage: access.canManage };
}

/** Saves the programme's content: perspectives, the cycle's questions and the competence goals. */
export async function updateSettings(db: Db, actor: Actor, programmeId: string, input: DevelopmentSettingsInput, now: Date): Promise<DevelopmentOverview> {
  const access = await programmeAccess(db, actor, programmeId);
  requireOffice(actor, access);
  const programme = await repo.programmeOf(db, programmeId);
  if (programme?.kind !== 'development_programme') throw new AppError('STATE_CHANGED', 'Only a development programme has this content');
  await db.transaction(async (tx) => {
    const before = await repo.findSettings(tx, programmeId);
    const values = { perspectives: input.perspectives, cycleQuestions: Object.fromEntries(Object.entries(input.cycleQuestions).filter(([, v]) => v !== null)), competenceGoals: input.competenceGoals, updatedAt: now };
    const after = await repo.upsertSettings(tx, programmeId, values);
    await recordAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'development_settings', entityId: programmeId, programmeId, before: before ?? null, after });
  });
  return getOverview(db, actor, programmeId, now);
}

/**
 * A cohort with what the actor may see of it: the public its gatherings and organisations; a
 * participant or facilitator also the homework and their own groups; the office every group.
 */
export async function getCohort(db: Db, actor: Actor, cohortId: string, now: Date): Promise<CohortDetail> {
  const { cohort, canManage } = await cohortAccess(db, actor, cohortId);
  const [programme, tasks, data] = await Promise.all([repo.programmeOf(db, cohort.programmeId), repo.tasksOf(db, cohortId), loadCohorts(db, [cohortId], now)]);
  const userId = actor.user?.id;
  const own = data.groups.filter((g) => canManage || (userId && (g.group.facilitatorUserId === userId || data.members.some((m) => m.groupId === g.group.id && m.userId === userId))));
  const publicPlans = await repo.publicPlanGroups(db, data.groups.map((g) => g.group.id));
  return {
    ...toCohortSummary(cohort, data, publicPlans),
    programmeSlug: programme!.slug,
    homework: canManage || own.length > 0 ? tasks.map(toTask) : [],
    groups: own.map((g) => toGroupSummary(g, data, tasks)),
    canManage,
  };
}

export async function createCohort(db: Db, actor: Actor, programmeId: string, input: CohortCreate, now: Date): Promise<CohortDetail> {
  const access = await programmeAccess(db, actor, programmeId);
  requireOffice(actor, access);
  const programme = await repo.programmeOf(db, programmeId);
  if (programme?.kind !== 'development_programme') throw new AppError('STATE_CHANGED', 'Cohorts belong to development programmes');
  const created = await db.transaction(async (tx) => {
    const row = await repo.cohortRows.insert(tx, { programmeId, name: input.name, region: input.region, startsOn: input.startsOn, endsOn: input.endsOn });
    await recordAudit(tx, actor, { action: 'create', entityType: 'cohort', entityId: row.id, programmeId, after: row });
    return row;
  });
  return getCohort(db, actor, created.id, now);
}

export async function updateCohort(db: Db, actor: Actor, cohortId: string, input: CohortUpdate, now: Date): Promise<CohortDetail> {
  await cohortAccess(db, actor, cohortId, 'manage');
  await db.transaction(async (tx) => {
    const before = (await repo.cohortRows.lock(tx, cohortId))!;
    const startsOn = input.startsOn ?? before.startsOn;
    const endsOn = input.endsOn ?? before.endsOn;
    if (endsOn < startsOn) throw invalidField(input.endsOn ? 'endsOn' : 'startsOn', 'periodOrder', 'The cohort ends before it starts');
    const after = await repo.cohortRows.update(tx, cohortId, { ...input, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'cohort', entityId: cohortId, programmeId: before.programmeId, before, after });
  });
  return getCohort(db, actor, cohortId, now);
}

/**
 * Adds a gathering: a published event of kind gathering in the cohort's programme (its talks,
 * video and materials are then kept as for any event), linked to the cohort.
 */
export async function addGathering(db: Db, actor: Actor, cohortId: string, input: GatheringCreate, now: Date): Promise<Gathering> {
  const { cohort } = await cohortAccess(db, actor, cohortId, 'manage');
  const row = await db.transaction(async (tx) => {
    const event = await repo.insertGathering(tx, cohortId, {
        programmeId: cohort.programmeId,
        kind: 'gathering',
        status: 'published',
        publishedAt: now,
        title: input.title,
        lead: input.lead,
        talks: input.talks,
        startsAt: new Date(input.startsAt),
        endsAt: input.endsAt ? new Date(input.endsAt) : null,
        place: input.place,
      address: input.address,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'event', entityId: event.id, programmeId: cohort.programmeId, after: { ...event, cohortId } });
    return event;
  });
  return toGathering({ cohortId, event: row }, now);
}

function checkPlanPart(kind: HomeworkTaskRow['submissionKind'], part: HomeworkTaskRow['planPart']) {
  if (kind === 'plan_part' && !part) throw invalidField('planPart', 'required', 'Choose the part of the plan the task hands in');
}

/** Sets homework for the cohort; the members with access of its accepted groups are told by e-mail. */
export async function addHomework(db: Db, mail: DevelopmentMail, actor: Actor, cohortId: string, input: HomeworkCreate): Promise<HomeworkTask> {
  const { cohort } = await cohortAccess(db, actor, cohortId, 'manage');
  const row = await db.transaction(async (tx) => {
    const created = await repo.taskRows.insert(tx, {
      cohortId,
      title: input.title,
      instructions: input.instructions,
      dueAt: new Date(input.dueAt),
      submissionKind: input.submissionKind,
      planPart: input.submissionKind === 'plan_part' ? input.planPart : null,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'homework_task', entityId: created.id, programmeId: cohort.programmeId, after: created });
    await queueHomeworkMails(tx, mail, created, 'homeworkSet');
    return created;
  });
  await mail.outbox.wake();
  return toTask(row);
}

export async function updateHomework(db: Db, actor: Actor, taskId: string, input: HomeworkUpdate, now: Date): Promise<HomeworkTask> {
  const task = await repo.findTask(db, taskId);
  if (!task) throw notFound('The homework task');
  const { cohort } = await cohortAccess(db, actor, task.cohortId, 'manage');
  const row = await db.transaction(async (tx) => {
    const before = (await repo.taskRows.lock(tx, taskId))!;
    const kind = input.submissionKind ?? before.submissionKind;
    const part = kind === 'plan_part' ? (input.planPart !== undefined ? input.planPart : before.planPart) : null;
    checkPlanPart(kind, part);
    const after = (await repo.taskRows.update(tx, taskId, {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.instructions !== undefined && { instructions: input.instructions }),
      ...(input.dueAt !== undefined && { dueAt: new Date(input.dueAt) }),
      submissionKind: kind,
      planPart: part,
      updatedAt: now,
    }))!;
    await recordAudit(tx, actor, { action: 'update', entityType: 'homework_task', entityId: taskId, programmeId: cohort.programmeId, before, after });
    return after;
  });
  return toTask(row);
}

/** Invites a municipality, county or city district to the cohort: its group, not yet answered. */
export async function inviteGroup(db: Db, actor: Actor, cohortId: string, organisationId: string, now: Date): Promise<GroupSummary> {
  const { cohort } = await cohortAccess(db, actor, cohortId, 'manage');
  const org = await repo.organisationKind(db, organisationId);
  if (!org) throw invalidField('organisationId', 'notFound', 'No such organisation');
  if (!PARTICIPANT_KINDS.has(org.kind)) throw invalidField('organisationId', 'participantKind', 'Invite a municipality, a county authority or a city district');
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertGroup(tx, { cohortId, organisationId, invitedAt: now });
    if (!row) throw new AppError('CONFLICT', 'The organisation is already invited to the cohort', { field: 'organisationId' });
    await recordAudit(tx, actor, { action: 'create', entityType: 'participant_group', entityId: row.id, programmeId: cohort.programmeId, after: row });
    return row.id;
  });
  const [tasks, data] = await Promise.all([repo.tasksOf(db, cohortId), loadCohorts(db, [cohortId], now)]);
  return toGroupSummary(data.groups.find((g) => g.group.id === id)!, data, tasks);
}
