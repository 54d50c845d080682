import { and, eq, ilike, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { ancestorIds, containsPattern, countRows, fetchPage, norwegianOrder } from '../../db/query-kit';
import { organisations } from './organisations.table';
import type { Organisation, OrganisationQuery } from '../../../shared/contracts/organisations';
import type { Page } from '../../../shared/contracts/common';

const parent = alias(organisations, 'parent');
const organisationTree = { table: organisations, id: organisations.id, parentId: organisations.parentId };

function selectOrganisations(db: DbOrTx) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      kind: organisations.kind,
      orgNumber: organisations.orgNumber,
      parentId: organisations.parentId,
      parentName: parent.name,
      areaId: organisations.areaId,
      website: organisations.website,
      ownerProgrammeId: organisations.ownerProgrammeId,
      updatedAt: organisations.updatedAt,
    })
    .from(organisations)
    .leftJoin(parent, eq(parent.id, organisations.parentId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectOrganisations>['execute']>>[number];
const toOrganisation = (r: Selected): Organisation => ({ ...r, updatedAt: r.updatedAt.toISOString() });

/** Organisations by kind and by name, short name or organisation number, in Norwegian order. */
export function listOrganisationPage(db: DbOrTx, q: OrganisationQuery): Promise<Page<Organisation>> {
  const where: SQL[] = [];
  if (q.kind) where.push(eq(organisations.kind, q.kind));
  if (q.q) {
    const like = containsPattern(q.q);
    where.push(or(ilike(organisations.name, like), ilike(organisations.shortName, like), eq(organisations.orgNumber, q.q.replace(/\s/g, '')))!);
  }
  const cond = where.length ? and(...where) : undefined;
  return fetchPage(
    selectOrganisations(db).where(cond).orderBy(norwegianOrder(organisations.name)).limit(q.limit).offset(q.offset),
    countRows(db, organisations, cond),
    toOrganisation,
  );
}

export async function findOrganisation(db: DbOrTx, id: string): Promise<Organisation | undefined> {
  const [row] = await selectOrganisations(db).where(eq(organisations.id, id));
  return row && toOrganisation(row);
}

/** The organisation and every organisation above it, nearest first; empty when it does not exist. */
export function organisationAncestorIds(db: DbOrTx, id: string): Promise<string[]> {
  return ancestorIds(db, organisationTree, id);
}
