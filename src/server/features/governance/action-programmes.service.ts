import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import * as repo from './action-programmes.repo';
import type { ActionProgrammeRow } from './action-programmes.table';
import { caseNumber } from '../../../shared/domain/governance';
import type { ProgrammeLink } from '../../../shared/domain/permissions';
import type {
  ActionProgramme,
  ActionProgrammeContent,
  ActionProgrammeCreate,
  ActionProgrammeList,
  ActionProgrammeSummary,
  ActionProgrammeUpdate,
  GoalEfforts,
} from '../../../shared/contracts/action-programmes';

const EMPTY = { nb: '' };
const text = (t: { nb?: string | null; nn?: string | null; en?: string | null }) => ({ nb: t.nb ?? '', nn: t.nn, en: t.en });

function statusOf(r: ActionProgrammeRow): ActionProgrammeSummary['status'] {
  return r.publishedAt ? 'published' : r.adoptedAt ? 'adopted' : 'draft';
}

function toSummary(r: ActionProgrammeRow, adoptions: Map<string, repo.AdoptionRow>): ActionProgrammeSummary {
  const a = r.adoptedByItemId ? adoptions.get(r.adoptedByItemId) : undefined;
  return {
    id: r.id,
    programmeId: r.programmeId,
    title: r.title,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    status: statusOf(r),
    revision: r.revision,
    adoptedAt: r.adoptedAt?.toISOString() ?? null,
    adoptedBy: a ? { itemId: a.itemId, meetingId: a.meetingId, caseNumber: caseNumber(a.numberSeq, a.numberYear), bodyName: a.bodyName } : null,
    publishedAt: r.publishedAt?.toISOString() ?? null,
  };
}

const canManage = (actor: Actor, lineage: readonly ProgrammeLink[]) => can(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) });

async function load(db: DbOrTx, row: ActionProgrammeRow, manage: boolean): Promise<ActionProgramme> {
  const [content, adoptions] = await Promise.all([repo.loadContent(db, row.id), repo.adoptions(db, row.adoptedByItemId ? [row.adoptedByItemId] : [])]);
  return {
    ...toSummary(row, adoptions),
    challenges: text(row.challenges),
    canManage: manage,
    priorities: content.priorities.map((p) => ({
      id: p.id,
      title: p.title,
      description: text(p.description),
      efforts: content.efforts
        .filter((e) => e.priorityId === p.id)
        .map((e) => ({
          id: e.id,
          title: e.title,
          description: text(e.description),
          responsibleOrganisation: e.responsibleOrganisationId ? { id: e.responsibleOrganisationId, name: e.organisationName ?? '' } : null,
          fundingNeed: e.fundingNeed,
          goals: content.goals.filter((g) => g.effortId === e.id).map((g) => ({ id: g.goalId, programmeId: g.programmeId, title: g.title })),
        })),
    })),
  };
}

/** The programme's action programmes: the published ones for everyone, drafts for the secretariat. */
export async function listActionProgrammes(db: Db, actor: Actor, programmeId: string): Promise<ActionProgrammeList> {
  const lineage = await visibleLineage(db, actor, programmeId);
  const manage = canManage(actor, lineage);
  const rows = (await repo.listActionProgrammes(db, programmeId)).filter((r) => manage || r.publishedAt);
  const adoptions = await repo.adoptions(db, rows.map((r) => r.adoptedByItemId).filter((x): x is string => !!x));
  return { items: rows.map((r) => toSummary(r, adoptions)), canManage: manage };
}

async function scoped(db: Db, actor: Actor, id: string) {
  const row = await repo.findActionProgramme(db, id);
  if (!row) throw notFound('The action programme');
  const lineage = await visibleLineage(db, actor, row.programmeId, 'The action programme');
  const manage = canManage(actor, lineage);
  if (!row.publishedAt && !manage) throw notFound('The action programme');
  return { row, lineage, manage };
}

export async function getActionProgramme(db: Db, actor: Actor, id: string): Promise<ActionProgramme> {
  const { row, manage } = await scoped(db, actor, id);
  return load(db, row, manage);
}

export async function createActionProgramme(db: Db, actor: Actor, programmeId: string, input: ActionProgrammeCreate): Promise<ActionProgramme> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) });
  const row = await db.transaction(async (tx) => {
    const created = await repo.actionProgrammeRows.insert(tx, { programmeId, title: input.title, periodFrom: input.periodFrom, periodTo: input.periodTo, challenges: input.challenges ?? EMPTY });
    await recordAudit(tx, actor, { action: 'create', entityType: 'action_programme', entityId: created.id, programmeId, after: created });
    return created;
  });
  return load(db, row, true);
}

/** A draft the actor keeps, locked for a change; an adopted action programme never changes. */
async function changeDraft(db: Db, actor: Actor, id: string, change: (tx: DbOrTx, before: ActionProgrammeRow) => Promise<Partial<ActionProgrammeRow>>): Promise<ActionProgramme> {
  const { lineage } = await scoped(db, actor, id);
  authorize(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) });
  const row = await db.transaction(async (tx) => {
    const before = await repo.actionProgrammeRows.lock(tx, id);
    if (!before) throw notFound('The action programme');
    if (before.adoptedAt) throw new AppError('STATE_CHANGED', 'An adopted action programme is never changed; write a new one for the next period');
    const values = await change(tx, before);
    const after = await repo.actionProgrammeRows.update(tx, id, { ...values, revision: before.revision + 1, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'action_programme', entityId: id, programmeId: before.programmeId, before, after });
    return after!;
  });
  return load(db, row, true);
}

export function updateActionProgramme(db: Db, actor: Actor, id: string, patch: ActionProgrammeUpdate): Promise<ActionProgramme> {
  return changeDraft(db, actor, id, async (_tx, before) => {
    const from = patch.periodFrom ?? before.periodFrom;
    const to = patch.periodTo ?? before.periodTo;
    if (to < from) throw invalidField('periodTo', 'periodOrder', 'The period ends before it begins');
    return { title: patch.title ?? before.title, periodFrom: from, periodTo: to, challenges: patch.challenges ?? before.challenges };
  });
}

/**
 * Writes a draft's priorities and efforts whole. Each effort's goals must be goals of the
 * programme's tree (its own or an ancestor's), its responsible organisation one of the register.
 */
export async function setContent(db: Db, actor: Actor, id: string, input: ActionProgrammeContent): Promise<ActionProgramme> {
  const { lineage } = await scoped(db, actor, id);
  const goalIds = input.priorities.flatMap((p) => p.efforts.flatMap((e) => e.goalIds));
  const goalProgrammes = await repo.goalProgrammes(db, goalIds);
  const orgs = await repo.organisationsExist(db, input.priorities.flatMap((p) => p.efforts.map((e) => e.responsibleOrganisationId).filter((x): x is string => !!x)));
  input.priorities.forEach((p, i) =>
    p.efforts.forEach((e, j) => {
      e.goalIds.forEach((g, k) => {
        const at = goalProgrammes.get(g);
        if (!at || !lineage.some((l) => l.id === at)) throw invalidField(`priorities.${i}.efforts.${j}.goalIds.${k}`, 'notFound', 'The goal is not a goal of this programme or the programmes above it');
      });
      if (e.responsibleOrganisationId && !orgs.has(e.responsibleOrganisationId)) throw invalidField(`priorities.${i}.efforts.${j}.responsibleOrganisationId`, 'notFound', 'The organisation does not exist');
    }),
  );
  return changeDraft(db, actor, id, async (tx) => {
    await repo.replaceContent(
      tx,
      id,
      input.priorities.map((p) => ({
        title: p.title,
        description: p.description ?? EMPTY,
        efforts: p.efforts.map((e) => ({ title: e.title, description: e.description ?? EMPTY, responsibleOrganisationId: e.responsibleOrganisationId ?? null, fundingNeed: e.fundingNeed ?? null, goalIds: e.goalIds })),
      })),
    );
    return {};
  });
}

export async function deleteActionProgramme(db: Db, actor: Actor, id: string): Promise<void> {
  const { lineage } = await scoped(db, actor, id);
  authorize(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) });
  await db.transaction(async (tx) => {
    const before = await repo.actionProgrammeRows.lock(tx, id);
    if (!before) throw notFound('The action programme');
    if (before.adoptedAt) throw new AppError('STATE_CHANGED', 'An adopted action programme is kept');
    if (await repo.isPrepared(tx, id)) throw new AppError('IN_USE', 'A case proposes to adopt this action programme');
    await repo.actionProgrammeRows.remove(tx, id);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'action_programme', entityId: id, programmeId: before.programmeId, before });
  });
}

/** Publishes an adopted action programme on the programme's site. */
export async function publishActionProgramme(db: Db, actor: Actor, id: string): Promise<ActionProgramme> {
  const { lineage } = await scoped(db, actor, id);
  authorize(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) });
  const row = await db.transaction(async (tx) => {
    const before = await repo.actionProgrammeRows.lock(tx, id);
    if (!before) throw notFound('The action programme');
    if (!before.adoptedAt) throw new AppError('STATE_CHANGED', 'Only an adopted action programme is published; a decision adopts it');
    if (before.publishedAt) throw new AppError('STATE_CHANGED', 'The action programme is already published');
    const after = await repo.actionProgrammeRows.update(tx, id, { publishedAt: new Date(), updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'action_programme', entityId: id, programmeId: before.programmeId, before, after });
    return after!;
  });
  return load(db, row, true);
}

/** For each goal, the efforts of the programme's published action programmes that serve it. */
export async function listGoalEfforts(db: Db, actor: Actor, programmeId: string): Promise<GoalEfforts> {
  await visibleLineage(db, actor, programmeId);
  const rows = await repo.publishedEffortsByGoal(db, programmeId);
  const byGoal = new Map<string, GoalEfforts['goals'][number]['efforts']>();
  for (const r of rows) byGoal.set(r.goalId, [...(byGoal.get(r.goalId) ?? []), { id: r.effortId, title: r.effortTitle, actionProgramme: { id: r.apId, title: r.apTitle } }]);
  return { goals: [...byGoal].map(([goalId, list]) => ({ goalId, efforts: list })) };
}
