import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { findProgrammeById, programmeRows } from '../programmes/programmes.repo';
import { visibleLineage } from '../programmes/programmes.access';
import { bodyScope, managedBody, mySeats, osloToday } from './governance.access';
import type { BodyRow } from './governance.table';
import * as repo from './bodies.repo';
import { toBody, toBodyRef, toListedBody, toMandateVersion, toMembership } from './bodies.view';
import type { Body, BodyCreate, BodyDetail, BodyDetailQuery, BodyList, BodyUpdate, GovernanceSettings } from '../../../shared/contracts/governance-bodies';

/**
 * The programme's bodies: the public ones for everyone; one that is not public only for those
 * who keep the programme's bodies or sit in it.
 */
export async function listBodies(db: Db, actor: Actor, programmeId: string): Promise<BodyList> {
  const lineage = await visibleLineage(db, actor, programmeId);
  const today = osloToday();
  const rows = await repo.listBodies(db, programmeId, today);
  const canManage = can(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) });
  const seats = canManage ? new Map<string, string[]>() : await mySeats(db, actor, rows.filter((r) => !r.isPublic).map((r) => r.id));
  const programme = await findProgrammeById(db, programmeId);
  return {
    programmeId,
    noticeDays: programme!.noticeDays,
    bodies: rows.filter((r) => r.isPublic || canManage || seats.has(r.id)).map((r) => toListedBody(r, today)),
    canManage,
  };
}

/** Checks a parent body: in the same programme, and not the body itself or one under it. */
async function checkParentBody(db: DbOrTx, programmeId: string, parentId: string, selfId?: string): Promise<void> {
  const parent = await repo.findBodyWithSecretariat(db, parentId);
  if (!parent || parent.programmeId !== programmeId) throw invalidField('parentId', 'notFound', 'The parent body is not a body of this programme');
  let at: BodyRow | undefined = parent;
  for (let depth = 0; at && depth < 50; depth++) {
    if (at.id === selfId) throw new AppError('CYCLE', 'A body cannot be placed under itself or one of its own groups', { field: 'parentId' });
    at = at.parentId ? await repo.findBodyWithSecretariat(db, at.parentId) : undefined;
  }
}

async function checkSecretariat(db: DbOrTx, organisationId: string | null | undefined): Promise<void> {
  if (organisationId && !(await repo.findOrganisation(db, organisationId))) throw invalidField('secretariatOrganisationId', 'notFound', 'The organisation does not exist');
}

async function loadBody(db: DbOrTx, id: string): Promise<Body> {
  return toBody((await repo.findBodyWithSecretariat(db, id))!, osloToday());
}

export async function createBody(db: Db, actor: Actor, programmeId: string, input: BodyCreate): Promise<Body> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) });
  if (input.parentId) await checkParentBody(db, programmeId, input.parentId);
  await checkSecretariat(db, input.secretariatOrganisationId);
  const row = await db.transaction(async (tx) => {
    const created = await repo.bodyRows.insert(tx, {
      programmeId,
      kind: input.kind,
      name: input.name,
      description: input.description ?? { nb: '' },
      parentId: input.parentId ?? null,
      meetingFrequency: input.meetingFrequency ?? null,
      secretariatOrganisationId: input.secretariatOrganisationId ?? null,
      activeFrom: input.activeFrom ?? null,
      activeTo: input.activeTo ?? null,
      isPublic: input.isPublic ?? true,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'body', entityId: created.id, programmeId, after: created });
    return created;
  });
  return loadBody(db, row.id);
}

export async function getBody(db: Db, actor: Actor, bodyId: string, query: BodyDetailQuery): Promise<BodyDetail> {
  const scope = await bodyScope(db, actor, bodyId);
  const today = osloToday();
  const [row, related, members, versions, programme] = await Promise.all([
    repo.findBodyWithSecretariat(db, bodyId),
    repo.listRelatedBodies(db, scope.body),
    repo.listMemberships(db, bodyId, { today, history: query.history ?? false }),
    repo.listMandateVersions(db, bodyId),
    findProgrammeById(db, scope.body.programmeId),
  ]);
  const visibleRelated = related.filter((b) => b.isPublic || scope.isInsider);
  return {
    body: toBody(row!, today),
    programme: { id: programme!.id, slug: programme!.slug, name: programme!.name },
    parent: visibleRelated.find((b) => b.id === scope.body.parentId) ? toBodyRef(visibleRelated.find((b) => b.id === scope.body.parentId)!) : null,
    children: visibleRelated.filter((b) => b.parentId === bodyId).map(toBodyRef),
    members: members.map((m) => toMembership(m, today)),
    mandate: versions.filter((v) => v.adoptedAt || scope.isInsider).map(toMandateVersion),
    access: scope.access,
  };
}

export async function updateBody(db: Db, actor: Actor, bodyId: string, patch: BodyUpdate): Promise<Body> {
  const { body } = await managedBody(db, actor, bodyId);
  const from = patch.activeFrom === undefined ? body.activeFrom : patch.activeFrom;
  const to = patch.activeTo === undefined ? body.activeTo : patch.activeTo;
  if (from && to && to < from) throw invalidField('activeTo', 'periodOrder', 'The body\'s period ends before it begins');
  if (patch.parentId) await checkParentBody(db, body.programmeId, patch.parentId, bodyId);
  await checkSecretariat(db, patch.secretariatOrganisationId);
  await db.transaction(async (tx) => {
    const before = await repo.lockBody(tx, bodyId);
    if (!before) throw notFound('The body');
    const values: Partial<BodyRow> = { updatedAt: new Date() };
    if (patch.kind !== undefined) values.kind = patch.kind;
    if (patch.name !== undefined) values.name = patch.name;
    if (patch.description !== undefined) values.description = patch.description;
    if (patch.parentId !== undefined) values.parentId = patch.parentId;
    if (patch.meetingFrequency !== undefined) values.meetingFrequency = patch.meetingFrequency;
    if (patch.secretariatOrganisationId !== undefined) values.secretariatOrganisationId = patch.secretariatOrganisationId;
    if (patch.activeFrom !== undefined) values.activeFrom = patch.activeFrom;
    if (patch.activeTo !== undefined) values.activeTo = patch.activeTo;
    if (patch.isPublic !== undefined) values.isPublic = patch.isPublic;
    const after = await repo.bodyRows.update(tx, bodyId, values);
    await recordAudit(tx, actor, { action: 'update', entityType: 'body', entityId: bodyId, programmeId: before.programmeId, before, after });
  });
  return loadBody(db, bodyId);
}

/** Deletes a body that nothing refers to yet (no meetings, cases, groups under it or decisions). */
export async function deleteBody(db: Db, actor: Actor, bodyId: string): Promise<void> {
  await managedBody(db, actor, bodyId);
  await db.transaction(async (tx) => {
    const before = await repo.lockBody(tx, bodyId);
    if (!before) throw notFound('The body');
    if (await repo.bodyIsUsed(tx, bodyId)) throw new AppError('IN_USE', 'The body has meetings, cases, groups or decisions; dissolve it by a decision instead');
    await repo.bodyRows.remove(tx, bodyId);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'body', entityId: bodyId, programmeId: before.programmeId, before });
  });
}


/** Sets how many days before a meeting the programme's notices should be out. */
export async function updateSettings(db: Db, actor: Actor, programmeId: string, input: GovernanceSettings): Promise<GovernanceSettings> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'governance.manage', { programmeIds: lineage.map((l) => l.id) });
  return db.transaction(async (tx) => {
    const before = await programmeRows.lock(tx, programmeId);
    if (!before) throw notFound('The programme');
    const after = await programmeRows.update(tx, programmeId, { noticeDays: input.noticeDays, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'programme', entityId: programmeId, programmeId, before: { noticeDays: before.noticeDays }, after: { noticeDays: after!.noticeDays } });
    return { noticeDays: after!.noticeDays };
  });
}
