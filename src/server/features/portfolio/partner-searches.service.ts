import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, can, requireUser } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import type { PartnerSearchRow } from './partner-searches.table';
import * as repo from './partner-searches.repo';
import { projectRows, replacePartners } from './projects.repo';
import type { PartnerSearch, PartnerSearchCreate, PartnerSearchDecision, PartnerSearchList, PartnerSearchUpdate } from '../../../shared/contracts/partner-searches';
import { isOpenSearch } from '../../../shared/domain/partner-searches';
import type { ProgrammeLink } from '../../../shared/domain/permissions';

const rows = repo.searchRows;
const ids = (lineage: readonly ProgrammeLink[]) => lineage.map((l) => l.id);

/** The secretariat, or a contributor of the organisation invited: who assesses and decides. */
const canEdit = (actor: Actor, lineage: readonly ProgrammeLink[], organisationId: string) =>
  can(actor, 'portfolio.manage', { programmeIds: ids(lineage) }) || can(actor, 'project.update', { programmeIds: ids(lineage), organisationId });

function toView(row: repo.SearchWithNames, editable: boolean): PartnerSearch {
  return {
    id: row.id,
    programmeId: row.programmeId,
    programmeSlug: row.programmeSlug,
    organisation: { id: row.organisationId, name: row.organisationName },
    title: row.title,
    leadOrganisation: row.leadOrganisation,
    leadCountry: row.leadCountry,
    fundingProgramme: row.fundingProgramme,
    fundingProgrammeName: row.fundingProgrammeName,
    summary: row.summary,
    source: row.source,
    receivedOn: row.receivedOn,
    replyBy: row.replyBy,
    status: row.status,
    criteria: row.criteria,
    assessment: row.assessment,
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedByName,
    projectId: row.projectId,
    revision: row.revision,
    canEdit: editable && isOpenSearch(row.status),
  };
}

/** The programme's partner searches, newest first: for those who work in the programme. */
export async function listPartnerSearches(db: Db, actor: Actor, programmeId: string): Promise<PartnerSearchList> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'programme.readInternal', { programmeIds: ids(lineage) });
  const found = await repo.searchesOfProgramme(db, programmeId);
  const items = found.map((r) => toView(r, canEdit(actor, lineage, r.organisationId)));
  const user = actor.user;
  const canCreate = can(actor, 'portfolio.manage', { programmeIds: ids(lineage) }) || (!!user?.organisationId && can(actor, 'project.update', { programmeIds: ids(lineage), organisationId: user.organisationId }));
  return { items, canCreate };
}

const FORBIDDEN_CHANGE = "Only the secretariat and the invited organisation's contributors assess a partner search";

/** The search as the actor may reach it: hidden from those outside the programme, refused to change for those who may not. */
async function scoped(db: Db, actor: Actor, id: string, need: 'read' | 'write' = 'read') {
  const row = await repo.searchWithNames(db, id);
  if (!row) throw notFound('The partner search');
  const lineage = await visibleLineage(db, actor, row.programmeId, 'The partner search');
  const editable = canEdit(actor, lineage, row.organisationId);
  if (need === 'write' && !editable) throw new AppError('FORBIDDEN', FORBIDDEN_CHANGE);
  if (!can(actor, 'programme.readInternal', { programmeIds: ids(lineage) })) throw notFound('The partner search');
  return { row, lineage, editable };
}

export async function getPartnerSearch(db: Db, actor: Actor, id: string): Promise<PartnerSearch> {
  const { row, editable } = await scoped(db, actor, id);
  return toView(row, editable);
}

/** Registers a partner search received: by the secretariat for any organisation, by a contributor for their own. */
export async function createPartnerSearch(db: Db, actor: Actor, programmeId: string, input: PartnerSearchCreate): Promise<PartnerSearch> {
  const lineage = await visibleLineage(db, actor, programmeId);
  if (!canEdit(actor, lineage, input.organisationId)) authorize(actor, 'portfolio.manage', { programmeIds: ids(lineage) });
  if (!(await repo.organisationExists(db, input.organisationId))) throw invalidField('organisationId', 'notFound', 'The organisation is not in the register');
  if (input.replyBy && input.replyBy < input.receivedOn) throw invalidField('replyBy', 'periodOrder', 'The reply is due before the search was received');
  const row = await db.transaction(async (tx) => {
    const created = await rows.insert(tx, {
      programmeId,
      organisationId: input.organisationId,
      title: input.title,
      leadOrganisation: input.leadOrganisation,
      leadCountry: input.leadCountry ?? null,
      fundingProgramme: input.fundingProgramme,
      fundingProgrammeName: input.fundingProgrammeName ?? null,
      summary: input.summary ?? '',
      source: input.source ?? '',
      receivedOn: input.receivedOn,
      replyBy: input.replyBy ?? null,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'partner_search', entityId: created.id, programmeId, after: created });
    return created;
  });
  return toView((await repo.searchWithNames(db, row.id))!, true);
}

async function change(db: Db, actor: Actor, id: string, revision: number, apply: (tx: DbOrTx, before: PartnerSearchRow) => Promise<Partial<PartnerSearchRow>>): Promise<PartnerSearch> {
  const { row: head, editable } = await scoped(db, actor, id, 'write');
  const after = await db.transaction(async (tx) => {
    const before = await rows.lock(tx, id);
    if (!before) throw notFound('The partner search');
    if (before.revision !== revision) throw new AppError('STATE_CHANGED', 'The partner search has changed since it was read');
    if (!isOpenSearch(before.status)) throw new AppError('STATE_CHANGED', `The partner search is ${before.status}`);
    const values = await apply(tx, before);
    const updated = await rows.update(tx, id, { ...values, revision: before.revision + 1, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'partner_search', entityId: id, programmeId: head.programmeId, before, after: updated });
    return updated!;
  });
  return toView((await repo.searchWithNames(db, after.id))!, editable);
}

/** Changes the facts or the assessment; weighing a criterion or writing the assessment starts assessing. */
export function updatePartnerSearch(db: Db, actor: Actor, id: string, input: PartnerSearchUpdate): Promise<PartnerSearch> {
  const { revision, ...patch } = input;
  return change(db, actor, id, revision, async (_tx, before) => {
    const replyBy = patch.replyBy !== undefined ? patch.replyBy : before.replyBy;
    const receivedOn = patch.receivedOn ?? before.receivedOn;
    if (replyBy && replyBy < receivedOn) throw invalidField('replyBy', 'periodOrder', 'The reply is due before the search was received');
    const values: Partial<PartnerSearchRow> = {};
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) (values as Record<string, unknown>)[key] = value;
    if ((patch.criteria && Object.keys(patch.criteria).length > 0) || patch.assessment) values.status = 'assessing';
    return values;
  });
}

/**
 * Joins or declines. Joining creates the project in the same transaction: owned by the invited
 * organisation as partner, the lead abroad its coordinator, at the initiative phase; declining
 * needs the reason, kept as what was learned.
 */
export function decidePartnerSearch(db: Db, actor: Actor, id: string, input: PartnerSearchDecision): Promise<PartnerSearch> {
  const user = requireUser(actor);
  return change(db, actor, id, input.revision, async (tx, before) => {
    const now = new Date();
    if (input.decision === 'decline') {
      if (!input.note) throw invalidField('note', 'required', 'Say why the search is declined');
      return { status: 'declined', decisionNote: input.note, decidedAt: now, decidedBy: user.id };
    }
    const project = await projectRows.insert(tx, {
      programmeId: before.programmeId,
      ownerOrganisationId: before.organisationId,
      ownerRole: 'partner',
      title: { nb: before.title },
      summary: { nb: before.summary },
      fundingProgramme: before.fundingProgramme,
      fundingProgrammeName: before.fundingProgrammeName,
      currency: 'EUR',
      phase: 'initiative',
    });
    await replacePartners(tx, project.id, [{ organisationId: null, name: before.leadOrganisation, country: before.leadCountry, role: 'coordinator' }]);
    await recordAudit(tx, actor, { action: 'create', entityType: 'project', entityId: project.id, programmeId: before.programmeId, after: { ...project, partnerSearchId: before.id } });
    return { status: 'joined', decisionNote: input.note, decidedAt: now, decidedBy: user.id, projectId: project.id };
  });
}
