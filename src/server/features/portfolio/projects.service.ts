import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, invalidFields, notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import * as repo from './projects.repo';
import { toProject } from './projects.view';
import type { ProgrammeLink } from '../../../shared/domain/permissions';
import { budgetTotal, type BudgetLine } from '../../../shared/domain/portfolio';
import type { FieldError } from '../../../shared/errors';
import { thresholdBreaches, type ProjectTerms } from '../../../shared/domain/project-changes';
import type { Project, ProjectBudget, ProjectCreate, ProjectLinks, ProjectMilestones, ProjectPartners, ProjectUpdate } from '../../../shared/contracts/projects';

const EMPTY = { nb: '' };
const ids = (lineage: readonly ProgrammeLink[]) => lineage.map((l) => l.id);

/** What the actor may do with a project: keep the portfolio (publish, delete), or change the project. */
export function projectAccess(actor: Actor, lineage: readonly ProgrammeLink[], ownerOrganisationId: string) {
  const programmeIds = ids(lineage);
  const canManage = can(actor, 'portfolio.manage', { programmeIds });
  return {
    canManage,
    canEdit: canManage || can(actor, 'project.update', { programmeIds, organisationId: ownerOrganisationId }),
    /** Those who work in the programme read its whole portfolio, published or not. */
    isInsider: can(actor, 'programme.readInternal', { programmeIds }),
  };
}

/** The project as the visitor may read it: NOT_FOUND when it is not published and the visitor is outside. */
export async function scoped(db: DbOrTx, actor: Actor, id: string) {
  const head = await repo.findProject(db, id);
  if (!head) throw notFound('The project');
  const lineage = await visibleLineage(db, actor, head.programmeId, 'The project');
  const access = projectAccess(actor, lineage, head.ownerOrganisationId);
  if (!head.publishedAt && !access.isInsider && !access.canEdit) throw notFound('The project');
  return { head, lineage, access };
}

async function load(db: DbOrTx, actor: Actor, id: string): Promise<Project> {
  const { head, access } = await scoped(db, actor, id);
  return toProject(head, await repo.loadParts(db, id), access);
}

export const getProject = load;

/** The organisation named must be in the register. */
async function checkOrganisations(db: DbOrTx, entries: { path: string; id: string }[]): Promise<void> {
  const found = await repo.existingIds(db, 'organisations', entries.map((e) => e.id));
  const missing = entries.filter((e) => !found.has(e.id));
  if (missing.length) throw invalidFields(missing.map((m) => ({ path: m.path, code: 'notFound', message: 'notFound' })));
}

export async function createProject(db: Db, actor: Actor, programmeId: string, input: ProjectCreate): Promise<Project> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'portfolio.manage', { programmeIds: ids(lineage) });
  await checkOrganisations(db, [{ path: 'ownerOrganisationId', id: input.ownerOrganisationId }]);
  const created = await db.transaction(async (tx) => {
    const row = await repo.projectRows.insert(tx, {
      programmeId,
      ownerOrganisationId: input.ownerOrganisationId,
      ownerRole: input.ownerRole ?? 'coordinator',
      title: input.title,
      summary: input.summary ?? EMPTY,
      results: input.results ?? EMPTY,
      fundingProgramme: input.fundingProgramme,
      fundingProgrammeName: input.fundingProgrammeName ?? null,
      currency: input.currency ?? 'NOK',
      phase: input.phase ?? 'initiative',
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'project', entityId: row.id, programmeId, after: row });
    return row;
  });
  return load(db, actor, created.id);
}

/**
 * Changes a project the actor may change, under a lock, with its audit entry: `change` returns
 * the row's new values (and may write the project's other tables in the same transaction).
 */
async function changeProject(
  db: Db,
  actor: Actor,
  id: string,
  change: (tx: DbOrTx, before: repo.ProjectHead, access: ReturnType<typeof projectAccess>) => Promise<Partial<repo.ProjectHead>>,
  parts?: (tx: DbOrTx) => Promise<unknown>,
): Promise<Project> {
  const { head, lineage, access } = await scoped(db, actor, id);
  authorize(actor, 'project.update', { programmeIds: ids(lineage), organisationId: head.ownerOrganisationId });
  await db.transaction(async (tx) => {
    const before = await repo.projectRows.lock(tx, id);
    if (!before) throw notFound('The project');
    const partsBefore = parts ? await parts(tx) : undefined;
    const values = await change(tx, { ...head, ...before }, access);
    const { ownerName: _o, programme: _p, thresholds: _t, hasPendingChange: _c, ...columns } = values as repo.ProjectHead;
    const after = await repo.projectRows.update(tx, id, { ...columns, revision: before.revision + 1, updatedAt: new Date() });
    const partsAfter = parts ? await parts(tx) : undefined;
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'project',
      entityId: id,
      programmeId: before.programmeId,
      before: partsBefore ? { ...before, ...(partsBefore as object) } : before,
      after: partsAfter ? { ...after!, ...(partsAfter as object) } : after!,
    });
  });
  return load(db, actor, id);
}

/**
 * Refuses a change of a granted project's granted total or period beyond the programme's
 * thresholds: that change is asked of the board as a change request (project-changes.service).
 */
export function refuseAboveThreshold(before: repo.ProjectHead, after: ProjectTerms): void {
  const breaches = thresholdBreaches(before, after, before.thresholds);
  if (breaches.length) {
    throw invalidFields(
      breaches.map((b) => ({ path: b.field, code: b.code, message: b.code, params: { threshold: b.threshold } })),
      `The change goes beyond the programme's threshold (${breaches.map((b) => b.field).join(', ')}); ask the board with a change request`,
    );
  }
}

export function updateProject(db: Db, actor: Actor, id: string, patch: ProjectUpdate): Promise<Project> {
  return changeProject(db, actor, id, async (tx, before, access) => {
    if ((patch.isPublished !== undefined || patch.ownerOrganisationId !== undefined) && !access.canManage) {
      throw new AppError('FORBIDDEN', 'Only the secretariat publishes a project or hands it to another organisation');
    }
    if (patch.ownerOrganisationId) await checkOrganisations(tx, [{ path: 'ownerOrganisationId', id: patch.ownerOrganisationId }]);
    const startsOn = patch.startsOn !== undefined ? patch.startsOn : before.startsOn;
    const endsOn = patch.endsOn !== undefined ? patch.endsOn : before.endsOn;
    if (startsOn && endsOn && endsOn < startsOn) throw invalidField('endsOn', 'periodOrder', 'The project cannot end before it starts');
    refuseAboveThreshold(before, { grantedTotal: before.grantedTotal, startsOn, endsOn });
    const { isPublished, ...rest } = patch;
    const values: Partial<repo.ProjectHead> = {};
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) (values as Record<string, unknown>)[key] = value;
    if (isPublished !== undefined) values.publishedAt = isPublished ? (before.publishedAt ?? new Date()) : null;
    return values;
  });
}

export async function deleteProject(db: Db, actor: Actor, id: string): Promise<void> {
  const { head, lineage } = await scoped(db, actor, id);
  authorize(actor, 'portfolio.manage', { programmeIds: ids(lineage) });
  await db.transaction(async (tx) => {
    const before = await repo.projectRows.remove(tx, id);
    if (!before) throw notFound('The project');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'project', entityId: id, programmeId: head.programmeId, before });
  });
}

const partnersOf = async (tx: DbOrTx, id: string) => ({ partners: (await repo.loadParts(tx, id)).partners.map((p) => `${p.organisationName ?? p.name}${p.country ? ` (${p.country})` : ''}: ${p.role}`) });

export async function setPartners(db: Db, actor: Actor, id: string, input: ProjectPartners): Promise<Project> {
  const { partners } = input;
  const registered = partners.flatMap((p, i) => (p.organisationId ? [{ path: `partners.${i}.organisationId`, id: p.organisationId }] : []));
  await checkOrganisations(db, registered);
  const names = new Map((await repo.organisationNames(db, registered.map((r) => r.id))).map((o) => [o.id, o.name]));
  return changeProject(
    db,
    actor,
    id,
    async (tx) => {
      await repo.replacePartners(
        tx,
        id,
        partners.map((p) => ({ organisationId: p.organisationId ?? null, name: p.organisationId ? names.get(p.organisationId)! : p.name!, country: p.country ?? null, role: p.role })),
      );
      return {};
    },
    (tx) => partnersOf(tx, id),
  );
}

/** The budget's rules: one line per year, source and kind; the granted lines add up to the granted total. */
export function checkBudget(lines: readonly BudgetLine[], grantedTotal: number | null, period: { startsOn: string | null; endsOn: string | null }): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    const key = `${l.year}|${l.source}|${l.kind}`;
    if (seen.has(key)) errors.push({ path: `lines.${i}`, code: 'duplicateLine', message: 'duplicateLine' });
    seen.add(key);
    const from = period.startsOn ? Number(period.startsOn.slice(0, 4)) : null;
    const to = period.endsOn ? Number(period.endsOn.slice(0, 4)) : null;
    if ((from !== null && l.year < from) || (to !== null && l.year > to)) {
      errors.push({ path: `lines.${i}.year`, code: 'outsidePeriod', message: 'outsidePeriod', params: { ...(from !== null ? { minimum: from } : {}), ...(to !== null ? { maximum: to } : {}) } });
    }
  });
  if (grantedTotal !== null) {
    const granted = budgetTotal(lines, 'granted');
    if (granted !== grantedTotal) errors.push({ path: 'grantedTotal', code: 'budgetSum', message: 'budgetSum', values: [String(grantedTotal), String(granted)] });
  }
  return errors;
}

const budgetOf = async (tx: DbOrTx, id: string) => ({ budget: (await repo.loadParts(tx, id)).budget.map((l) => `${l.year} ${l.source} ${l.kind}: ${l.amount}`) });

export function setBudget(db: Db, actor: Actor, id: string, budget: ProjectBudget): Promise<Project> {
  return changeProject(
    db,
    actor,
    id,
    async (tx, before) => {
      const grantedTotal = budget.grantedTotal !== undefined ? budget.grantedTotal : before.grantedTotal;
      const errors = checkBudget(budget.lines, grantedTotal, before);
      if (errors.length) throw invalidFields(errors);
      refuseAboveThreshold(before, { grantedTotal, startsOn: before.startsOn, endsOn: before.endsOn });
      await repo.replaceBudget(tx, id, budget.lines);
      return { grantedTotal };
    },
    (tx) => budgetOf(tx, id),
  );
}

export function setMilestones(db: Db, actor: Actor, id: string, input: ProjectMilestones): Promise<Project> {
  const { milestones } = input;
  return changeProject(
    db,
    actor,
    id,
    async (tx) => {
      await repo.replaceMilestones(tx, id, milestones.map((m) => ({ title: m.title, dueOn: m.dueOn, doneOn: m.doneOn ?? null })));
      return {};
    },
    async (tx) => ({ milestones: (await repo.loadParts(tx, id)).milestones.map((m) => `${m.dueOn} ${m.title.nb}${m.doneOn ? ` ✓ ${m.doneOn}` : ''}`) }),
  );
}

/** Goals of the programme or those above it, efforts of their action programmes, areas of the register. */
export async function setLinks(db: Db, actor: Actor, id: string, links: ProjectLinks): Promise<Project> {
  const { lineage } = await scoped(db, actor, id);
  const programmeIds = ids(lineage);
  const areaIds = links.reach.flatMap((r) => (r.areaId ? [r.areaId] : []));
  const [goalsFound, effortsFound, areasFound] = await Promise.all([
    repo.existingIds(db, 'goals', links.goalIds, programmeIds),
    repo.effortsOfProgrammes(db, programmeIds, links.effortIds),
    repo.existingIds(db, 'areas', areaIds),
  ]);
  const errors: FieldError[] = [
    ...links.goalIds.flatMap((g, i) => (goalsFound.has(g) ? [] : [{ path: `goalIds.${i}`, code: 'notInProgramme', message: 'notInProgramme' }])),
    ...links.effortIds.flatMap((e, i) => (effortsFound.has(e) ? [] : [{ path: `effortIds.${i}`, code: 'notInProgramme', message: 'notInProgramme' }])),
    ...links.reach.flatMap((r, i) => (!r.areaId || areasFound.has(r.areaId) ? [] : [{ path: `reach.${i}.areaId`, code: 'notFound', message: 'notFound' }])),
  ];
  if (errors.length) throw invalidFields(errors);
  return changeProject(
    db,
    actor,
    id,
    async (tx) => {
      await repo.replaceLinks(tx, id, { goalIds: [...new Set(links.goalIds)], effortIds: [...new Set(links.effortIds)], reach: links.reach.map((r) => ({ areaId: r.areaId ?? null, targetGroup: r.targetGroup, count: r.count })) });
      return {};
    },
    async (tx) => {
      const parts = await repo.loadParts(tx, id);
      return { goals: parts.goals.map((g) => g.title.nb), efforts: parts.efforts.map((e) => e.title.nb), reach: parts.reach.map((r) => `${r.areaName ?? '–'}: ${r.count} ${r.targetGroup.nb}`) };
    },
  );
}
