import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidFields } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import * as repo from './development.repo';
import type { DevelopmentPlanRow } from './development.table';
import { groupAccess, programmeAccess, type GroupAccess } from './development.access';
import type { Plan, PlanComment, PlanInput } from '../../../shared/contracts/development';
import type { PlanPart } from '../../../shared/domain/development';
import type { Locale } from '../../../shared/domain/localized';
import { getAreaProfile } from '../profiles/profiles.service';
import { PLAN_EXPORT_TYPES, planDocx, planExportFileName, planPdf, type PlanExportContext } from './plan-export';

const EMPTY_PLAN = { strengths: '', weaknesses: '', needs: '', futureImages: '', goals: [], actors: [], efforts: [], isPublic: false, programmeId: null, revision: 0, updatedAt: null } as const;

/**
 * Who reads the plan: the group, its facilitator and the office; everyone when the group has
 * made it public (without the comments, which stay within the group).
 */
async function planAccess(db: Db, actor: Actor, groupId: string): Promise<{ access: GroupAccess | null; group: repo.GroupWithNames; cohort: repo.CohortRow; plan: DevelopmentPlanRow | undefined }> {
  try {
    const access = await groupAccess(db, actor, groupId);
    return { access, group: access.group, cohort: access.cohort, plan: await repo.findPlan(db, groupId) };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
    const group = await repo.findGroup(db, groupId);
    const plan = group ? await repo.findPlan(db, groupId) : undefined;
    if (!group || !plan?.isPublic) throw error;
    const cohort = (await repo.findCohort(db, group.group.cohortId))!;
    await programmeAccess(db, actor, cohort.programmeId, 'The group');
    return { access: null, group, cohort, plan };
  }
}

async function toPlan(db: Db, access: GroupAccess | null, group: repo.GroupWithNames, cohort: repo.CohortRow, plan: DevelopmentPlanRow | undefined): Promise<Plan> {
  const p = plan ?? EMPTY_PLAN;
  const comments = access ? await repo.commentsOf(db, group.group.id) : [];
  const converted = p.programmeId ? ((await repo.programmeSlug(db, p.programmeId)) ?? null) : null;
  return {
    groupId: group.group.id,
    organisationName: group.organisationName,
    programmeId: cohort.programmeId,
    areaCode: group.areaCode,
    strengths: p.strengths,
    weaknesses: p.weaknesses,
    needs: p.needs,
    futureImages: p.futureImages,
    goals: [...p.goals],
    actors: [...p.actors],
    efforts: [...p.efforts],
    isPublic: p.isPublic,
    revision: p.revision,
    updatedAt: p.updatedAt ? p.updatedAt.toISOString() : null,
    comments: comments.map((c) => ({ id: c.comment.id, part: c.comment.part, body: c.comment.body, authorName: c.authorName, createdAt: c.comment.createdAt.toISOString() })),
    convertedProgramme: converted,
    canWrite: access?.canWrite ?? false,
    canComment: access?.canComment ?? false,
  };
}

export async function getPlan(db: Db, actor: Actor, groupId: string): Promise<Plan> {
  const { access, group, cohort, plan } = await planAccess(db, actor, groupId);
  return toPlan(db, access, group, cohort, plan);
}

/**
 * The plan as a PDF or DOCX, for those who may read it: "Where are we?" opens with the area
 * profile, as on the page; the facilitator's comments go with it only for the group's own.
 */
export async function exportPlan(db: Db, actor: Actor, groupId: string, format: 'pdf' | 'docx', locale: Locale): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const { access, group, cohort, plan } = await planAccess(db, actor, groupId);
  const [settings, programme, view] = await Promise.all([repo.findSettings(db, cohort.programmeId), repo.programmeOf(db, cohort.programmeId), toPlan(db, access, group, cohort, plan)]);
  const areaProfile = view.areaCode ? await getAreaProfile(db, actor, cohort.programmeId, view.areaCode).catch((e: unknown) => (e instanceof AppError && e.code === 'NOT_FOUND' ? null : Promise.reject(e))) : null;
  const context: PlanExportContext = { programmeName: programme!.name, cohortName: cohort.name, cycleQuestions: settings?.cycleQuestions ?? {}, includeComments: view.canWrite || view.canComment, areaProfile };
  const body = format === 'pdf' ? await planPdf(view, context, locale) : planDocx(view, context, locale);
  return { body, fileName: planExportFileName(view, locale, format), contentType: PLAN_EXPORT_TYPES[format] };
}

/**
 * Saves the plan (all four parts at once). The revision read must still be the plan's: two
 * members writing at once do not overwrite each other (STATE_CHANGED). An effort may only serve
 * goals the plan has.
 */
export async function savePlan(db: Db, actor: Actor, groupId: string, input: PlanInput, now: Date): Promise<Plan> {
  const access = await groupAccess(db, actor, groupId, 'write');
  const badGoals = input.efforts.flatMap((e, i) => e.goals.filter((g) => g >= input.goals.length).map(() => ({ path: `efforts.${i}.goals`, code: 'unknownGoal', message: 'unknownGoal' })));
  if (badGoals.length > 0) throw invalidFields(badGoals);
  await db.transaction(async (tx) => {
    const before = await repo.lockPlan(tx, groupId);
    if ((before?.revision ?? 0) !== input.revision) throw new AppError('STATE_CHANGED', 'The plan has changed since it was read');
    const { revision: _r, ...values } = input;
    const row = { ...values, efforts: values.efforts.map((e) => ({ ...e, goals: [...new Set(e.goals)].sort((a, b) => a - b) })), revision: (before?.revision ?? 0) + 1, updatedBy: actor.user!.id, updatedAt: now };
    const after = await repo.writePlan(tx, groupId, !!before, row);
    await recordAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'development_plan', entityId: groupId, programmeId: access.cohort.programmeId, before: before ?? null, after });
  });
  return toPlan(db, access, access.group, access.cohort, await repo.findPlan(db, groupId));
}

/** A facilitator's (or the office's) comment on one part of the plan. */
export async function commentPlan(db: Db, actor: Actor, groupId: string, part: PlanPart, body: string): Promise<PlanComment> {
  const access = await groupAccess(db, actor, groupId, 'comment');
  const row = await db.transaction(async (tx) => {
    const created = await repo.commentRows.insert(tx, { groupId, part, body, authorUserId: actor.user!.id });
    await recordAudit(tx, actor, { action: 'create', entityType: 'plan_comment', entityId: created.id, programmeId: access.cohort.programmeId, after: created });
    return created;
  });
  return { id: row.id, part: row.part, body: row.body, authorName: actor.user!.name, createdAt: row.createdAt.toISOString() };
}
