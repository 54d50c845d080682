import type { Db } from '../../db/client';
import { auditedWrites } from '../../db/audited';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize } from '../../http/permissions';
import { checkedOwner, checkOwnerChange, ownerScope } from '../programmes/programmes.access';
import { organisations } from './organisations.table';
import * as repo from './organisations.repo';
import type { Page } from '../../../shared/contracts/common';
import type { Organisation, OrganisationCreate, OrganisationQuery, OrganisationUpdate } from '../../../shared/contracts/organisations';

const writes = auditedWrites(organisations, 'organisation', 'The organisation');

/** The register of organisations is public: it names who takes part, nothing more. */
export function listOrganisations(db: Db, q: OrganisationQuery): Promise<Page<Organisation>> {
  return repo.listOrganisationPage(db, q);
}

export async function getOrganisation(db: Db, id: string): Promise<Organisation> {
  const row = await repo.findOrganisation(db, id);
  if (!row) throw notFound('The organisation');
  return row;
}

async function checkParent(db: Db, id: string | null, parentId: string | null | undefined): Promise<void> {
  if (!parentId) return;
  if (parentId === id) throw new AppError('CYCLE', 'An organisation cannot be its own parent', { field: 'parentId' });
  const up = await repo.organisationAncestorIds(db, parentId);
  if (up.length === 0) {
    throw invalidField('parentId', 'notFound', 'The parent organisation does not exist');
  }
  if (id && up.includes(id)) {
    throw new AppError('CYCLE', 'An organisation cannot be placed under one of its own units', { field: 'parentId' });
  }
}

/** Adds an organisation, kept by one of the actor's programmes (or, made by an administrator, by the platform). */
export async function createOrganisation(db: Db, actor: Actor, input: OrganisationCreate): Promise<Organisation> {
  const ownerProgrammeId = await checkedOwner(db, actor, 'organisation.create', input.ownerProgrammeId);
  await checkParent(db, null, input.parentId);
  const row = await writes.create(db, actor, {
    name: input.name,
    shortName: input.shortName ?? null,
    kind: input.kind,
    orgNumber: input.orgNumber ?? null,
    parentId: input.parentId ?? null,
    areaId: input.areaId ?? null,
    website: input.website ?? null,
    ownerProgrammeId,
  });
  return getOrganisation(db, row.id);
}

/**
 * An organisation is changed by those who keep it: the secretariat of the programme that owns it,
 * the organisation's own contributors, and platform administrators.
 */
export async function updateOrganisation(db: Db, actor: Actor, id: string, patch: OrganisationUpdate): Promise<Organisation> {
  const current = await getOrganisation(db, id);
  authorize(actor, 'organisation.update', await ownerScope(db, current.ownerProgrammeId, id));
  await checkOwnerChange(db, actor, 'organisation.create', current.ownerProgrammeId, patch.ownerProgrammeId);
  await checkParent(db, id, patch.parentId);
  await writes.update(db, actor, id, patch);
  return getOrganisation(db, id);
}

export async function deleteOrganisation(db: Db, actor: Actor, id: string): Promise<void> {
  const current = await getOrganisation(db, id);
  authorize(actor, 'organisation.delete', await ownerScope(db, current.ownerProgrammeId, id));
  await writes.remove(db, actor, id);
}
