import { and, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { auditedWrites } from '../../db/audited';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize } from '../../http/permissions';
import { organisations } from './organisations.table';
import type {
  Organisation,
  OrganisationCreate,
  OrganisationUpdate,
} from '../../../shared/contracts/organisations';
import type { z } from 'zod';
import type { OrganisationQuery } from '../../../shared/contracts/organisations';

const writes = auditedWrites(organisations, 'organisation', 'The organisation');
const parent = alias(organisations, 'parent');

function selectOrganisations(db: Db) {
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
      updatedAt: organisations.updatedAt,
    })
    .from(organisations)
    .leftJoin(parent, eq(parent.id, organisations.parentId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectOrganisations>['execute']>>[number];
const toOrganisation = (r: Selected): Organisation => ({ ...r, updatedAt: r.updatedAt.toISOString() });

/** The register of organisations is public: it names who takes part, nothing more. */
export async function listOrganisations(db: Db, q: z.infer<typeof OrganisationQuery>) {
  const where: SQL[] = [];
  if (q.kind) where.push(eq(organisations.kind, q.kind));
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(or(ilike(organisations.name, like), ilike(organisations.shortName, like), eq(organisations.orgNumber, q.q.replace(/\s/g, '')))!);
  }
  const cond = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    selectOrganisations(db).where(cond).orderBy(sql`${organisations.name} collate "nb-NO-x-icu"`).limit(q.limit).offset(q.offset),
    db.select({ n: count() }).from(organisations).where(cond),
  ]);
  return { items: rows.map(toOrganisation), total: total?.n ?? 0 };
}

export async function getOrganisation(db: Db, id: string): Promise<Organisation> {
  const [row] = await selectOrganisations(db).where(eq(organisations.id, id));
  if (!row) throw notFound('The organisation');
  return toOrganisation(row);
}

async function checkParent(db: Db, id: string | null, parentId: string | null | undefined): Promise<void> {
  if (!parentId) return;
  if (parentId === id) throw new AppError('CYCLE', 'An organisation cannot be its own parent', { field: 'parentId' });
  const res = await db.execute<{ id: string }>(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from organisations where id = ${parentId}
      union all select o.id, o.parent_id, up.depth + 1 from organisations o join up on o.id = up.parent_id where up.depth < 50
    ) select id from up`);
  if (res.rows.length === 0) {
    throw invalidField('parentId', 'notFound', 'The parent organisation does not exist');
  }
  if (id && res.rows.some((r) => r.id === id)) {
    throw new AppError('CYCLE', 'An organisation cannot be placed under one of its own units', { field: 'parentId' });
  }
}

export async function createOrganisation(db: Db, actor: Actor, input: OrganisationCreate): Promise<Organisation> {
  authorize(actor, 'organisation.create');
  await checkParent(db, null, input.parentId);
  const row = await writes.create(db, actor, {
    name: input.name,
    shortName: input.shortName ?? null,
    kind: input.kind,
    orgNumber: input.orgNumber ?? null,
    parentId: input.parentId ?? null,
    areaId: input.areaId ?? null,
    website: input.website ?? null,
  });
  return getOrganisation(db, row.id);
}

/** Secretariats edit the register; a contributor edits only its own organisation. */
export async function updateOrganisation(db: Db, actor: Actor, id: string, patch: OrganisationUpdate): Promise<Organisation> {
  await getOrganisation(db, id);
  authorize(actor, 'organisation.update', { organisationId: id });
  await checkParent(db, id, patch.parentId);
  await writes.update(db, actor, id, patch);
  return getOrganisation(db, id);
}

export async function deleteOrganisation(db: Db, actor: Actor, id: string): Promise<void> {
  await getOrganisation(db, id);
  authorize(actor, 'organisation.delete', { organisationId: id });
  await writes.remove(db, actor, id);
}
