import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import { programmes } from '../programmes/programmes.table';
import { participations } from '../programmes/participations.table';
import { goals } from '../goals/goals.table';
import { actionPriorities, actionProgrammes, effortGoals, efforts } from '../governance/action-programmes.table';
import { programmeAreas, programmeIndicators } from '../indicators/indicators.table';
import { organisations } from '../organisations/organisations.table';
import { programmeRoles } from '../users/users.table';
import * as repo from './development.repo';
import { developmentPlans } from './development.table';
import { groupAccess } from './development.access';
import type { PlanConversion, PlanConverted } from '../../../shared/contracts/development';
import type { LocalizedText } from '../../../shared/domain/localized';

const nb = (text: string): LocalizedText => ({ nb: text });

/** The words the new programme's own records carry, in bokmål (the plan is written in one language). */
const PRIORITY_TITLE = nb('Hvordan kommer vi dit?');
const effortText = (e: { description: string; responsible: string; followUp: string }) =>
  [e.description, e.responsible && `Ansvarlig: ${e.responsible}`, e.followUp && `Varig forbedring følges opp slik: ${e.followUp}`].filter(Boolean).join('\n\n');

/**
 * Turns the group's development plan into the municipality's own programme, in one transaction:
 * the programme (unpublished, owned by the municipality), its goal tree from the plan's goals, an
 * action programme whose efforts are the plan's (each serving the goals it named), the
 * development programme's indicators with the municipality as focus area and the same reference
 * areas, and the group's members with accounts as its secretariat. When anything fails nothing
 * is left behind; a plan already converted is refused (CONFLICT).
 */
export async function convertPlan(db: Db, actor: Actor, groupId: string, input: PlanConversion, now: Date): Promise<PlanConverted> {
  const access = await groupAccess(db, actor, groupId);
  if (!access.canWrite && !access.canManage) throw new AppError('FORBIDDEN', 'Only the group and the programme office turn the plan into a programme');
  const [taken] = await db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, input.slug));
  if (taken) throw invalidField('slug', 'taken', 'Another programme has this address');
  const organisationId = access.group.group.organisationId;
  const developmentProgrammeId = access.cohort.programmeId;

  return db.transaction(async (tx) => {
    const plan = await repo.lockPlan(tx, groupId);
    if (!plan || (plan.goals.length === 0 && plan.efforts.length === 0)) throw new AppError('STATE_CHANGED', 'The plan has neither goals nor efforts yet');
    if (plan.programmeId) throw new AppError('CONFLICT', 'The plan has already become a programme');

    const [programme] = await tx
      .insert(programmes)
      .values({ slug: input.slug, kind: 'programme', name: input.name, summary: nb(plan.needs), purpose: nb(plan.futureImages), goalText: nb(plan.goals.map((g) => g.title).join('\n')), isPublished: false })
      .onConflictDoNothing()
      .returning();
    if (!programme) throw invalidField('slug', 'taken', 'Another programme has this address');
    await recordAudit(tx, actor, { action: 'create', entityType: 'programme', entityId: programme.id, programmeId: programme.id, after: { ...programme, fromPlanOf: groupId } });
    const [owner] = await tx.insert(participations).values({ programmeId: programme.id, organisationId, role: 'owner' }).returning();
    await recordAudit(tx, actor, { action: 'create', entityType: 'participation', entityId: owner!.id, programmeId: programme.id, after: owner });

    const years = plan.efforts.flatMap((e) => [e.fromYear, e.toYear]).filter((y): y is number => y !== null);
    const from = years.length ? Math.min(...years) : now.getUTCFullYear();
    const to = years.length ? Math.max(...years) : from + 3;

    const goalIds: string[] = [];
    for (const [i, g] of plan.goals.entries()) {
      const [row] = await tx.insert(goals).values({ programmeId: programme.id, title: nb(g.title), description: nb(g.description), periodFrom: from, periodTo: to, sortOrder: i }).returning();
      goalIds.push(row!.id);
      await recordAudit(tx, actor, { action: 'create', entityType: 'goal', entityId: row!.id, programmeId: programme.id, after: row });
    }

    if (plan.efforts.length > 0) {
      const [ap] = await tx.insert(actionProgrammes).values({ programmeId: programme.id, title: nb(`Handlingsprogram ${from}–${to}`), periodFrom: from, periodTo: to, challenges: nb(plan.needs) }).returning();
      const [priority] = await tx.insert(actionPriorities).values({ actionProgrammeId: ap!.id, position: 0, title: PRIORITY_TITLE }).returning();
      for (const [i, e] of plan.efforts.entries()) {
        const [effort] = await tx.insert(efforts).values({ priorityId: priority!.id, position: i, title: nb(e.title), description: nb(effortText(e)), responsibleOrganisationId: organisationId }).returning();
        const served = e.goals.filter((g) => goalIds[g]).map((g) => ({ effortId: effort!.id, goalId: goalIds[g]! }));
        if (served.length) await tx.insert(effortGoals).values(served);
      }
      await recordAudit(tx, actor, { action: 'create', entityType: 'action_programme', entityId: ap!.id, programmeId: programme.id, after: { ...ap, efforts: plan.efforts.length } });
    }

    const indicators = await copyKnowledgeBase(tx, developmentProgrammeId, programme.id, organisationId);

    const members = (await repo.membersOf(tx, [groupId])).filter((m) => m.userId);
    for (const m of members) {
      const [role] = await tx.insert(programmeRoles).values({ userId: m.userId!, programmeId: programme.id, role: 'secretariat' }).onConflictDoNothing().returning();
      if (role) await recordAudit(tx, actor, { action: 'create', entityType: 'role', entityId: `${m.userId}:${programme.id}`, programmeId: programme.id, after: role });
    }

    const [after] = await tx.update(developmentPlans).set({ programmeId: programme.id, updatedAt: now }).where(eq(developmentPlans.groupId, groupId)).returning();
    await recordAudit(tx, actor, { action: 'update', entityType: 'development_plan', entityId: groupId, programmeId: developmentProgrammeId, before: { programmeId: null }, after: { programmeId: after!.programmeId } });
    return { programmeId: programme.id, slug: programme.slug, goals: goalIds.length, efforts: plan.efforts.length, indicators };
  });
}

/** The development programme's indicators and reference areas, with the municipality's own area as the focus. */
async function copyKnowledgeBase(tx: DbOrTx, fromProgrammeId: string, toProgrammeId: string, organisationId: string): Promise<number> {
  const chosen = await tx.select().from(programmeIndicators).where(eq(programmeIndicators.programmeId, fromProgrammeId));
  if (chosen.length) await tx.insert(programmeIndicators).values(chosen.map((c) => ({ programmeId: toProgrammeId, indicatorId: c.indicatorId, sortOrder: c.sortOrder })));
  const references = await tx.select().from(programmeAreas).where(sql`${programmeAreas.programmeId} = ${fromProgrammeId} and ${programmeAreas.role} = 'reference'`);
  const [org] = await tx.select({ areaId: organisations.areaId }).from(organisations).where(eq(organisations.id, organisationId));
  const rows = [
    ...(org?.areaId ? [{ programmeId: toProgrammeId, areaId: org.areaId, role: 'focus' as const, sortOrder: 0 }] : []),
    ...references.filter((r) => r.areaId !== org?.areaId).map((r) => ({ programmeId: toProgrammeId, areaId: r.areaId, role: 'reference' as const, sortOrder: r.sortOrder })),
  ];
  if (rows.length) await tx.insert(programmeAreas).values(rows);
  return chosen.length;
}
