import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import { authorize, can, PLATFORM } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { inProgramme, visibleLineage, visibleProgrammes } from './programmes.access';
import type { ProgrammeRow } from './programmes.table';
import * as repo from './programmes.repo';
import type {
  ContactCreate,
  Programme,
  ProgrammeCreate,
  ProgrammeSummary,
  ProgrammeUpdate,
  ParticipationCreate,
} from '../../../shared/contracts/programmes';
import type { ProgrammeLink } from '../../../shared/domain/permissions';

const EMPTY = { nb: '' };

export function toProgrammeSummary(r: ProgrammeRow): ProgrammeSummary {
  return {
    id: r.id,
    slug: r.slug,
    kind: r.kind,
    parentId: r.parentId,
    name: r.name,
    summary: r.summary ?? EMPTY,
    isPublished: r.isPublished,
  };
}

/** Published programmes, plus unpublished ones the actor works in. */
export async function listProgrammes(db: Db, actor: Actor): Promise<ProgrammeSummary[]> {
  const [rows, visible] = await Promise.all([repo.listProgrammeRows(db), visibleProgrammes(db, actor)]);
  return rows.filter((r) => visible.has(r.id)).map(toProgrammeSummary);
}

async function assemble(db: Db, actor: Actor, row: ProgrammeRow): Promise<Programme> {
  const [children, parts, cts, parent] = await Promise.all([
    repo.listChildren(db, row.id),
    repo.listParticipations(db, row.id),
    repo.listContacts(db, row.id),
    row.parentId ? repo.findProgrammeById(db, row.parentId) : Promise.resolve(undefined),
  ]);
  const visible = await visibleProgrammes(db, actor, children.map((c) => c.id));
  const visibleChildren = children.filter((c) => visible.has(c.id)).map(toProgrammeSummary);
  return {
    ...toProgrammeSummary(row),
    purpose: row.purpose ?? EMPTY,
    goalText: row.goalText ?? EMPTY,
    parent: parent ? { id: parent.id, slug: parent.slug, name: parent.name } : null,
    children: visibleChildren,
    participations: parts,
    contacts: cts,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A programme by slug; an unpublished one is NOT_FOUND for anyone who does not work in it. */
export async function getProgrammeBySlug(db: Db, actor: Actor, slug: string): Promise<Programme> {
  return assemble(db, actor, await getVisibleProgrammeBySlug(db, actor, slug));
}

/** The programme row if the actor may see it; NOT_FOUND otherwise (unpublished and not theirs). */
export async function getVisibleProgramme(db: Db, actor: Actor, id: string): Promise<ProgrammeRow> {
  return (await getVisibleRow(db, actor, id)).row;
}

/** Like getVisibleProgramme, by the programme's slug. */
export async function getVisibleProgrammeBySlug(db: Db, actor: Actor, slug: string): Promise<ProgrammeRow> {
  const row = await repo.findProgrammeBySlug(db, slug);
  if (!row) throw notFound('The programme');
  await visibleLineage(db, actor, row.id);
  return row;
}

/** The programme row and its lineage (for the permission check that follows) if the actor may see it. */
async function getVisibleRow(db: Db, actor: Actor, id: string): Promise<{ row: ProgrammeRow; lineage: ProgrammeLink[] }> {
  const [row, lineage] = await Promise.all([repo.findProgrammeById(db, id), visibleLineage(db, actor, id)]);
  if (!row) throw notFound('The programme');
  return { row, lineage };
}

export async function getProgrammeById(db: Db, actor: Actor, id: string): Promise<Programme> {
  return assemble(db, actor, await getVisibleProgramme(db, actor, id));
}

/** Only platform admins create top-level programmes; a secretariat creates sub-programmes under its own. */
async function authorizeParent(db: Db, actor: Actor, parentId: string | null | undefined): Promise<void> {
  if (!parentId) {
    authorize(actor, 'programme.create');
    if (!can(actor, 'programme.create', PLATFORM)) throw new AppError('FORBIDDEN', 'Only platform administrators create top-level programmes');
    return;
  }
  const { lineage } = await getVisibleRow(db, actor, parentId);
  authorize(actor, 'programme.create', inProgramme(lineage));
}

/** Creates a programme (or a sub-programme) and records it in the audit trail. */
export async function createProgramme(db: Db, actor: Actor, input: ProgrammeCreate): Promise<Programme> {
  await authorizeParent(db, actor, input.parentId);
  const row = await db.transaction(async (tx) => {
    const created = await repo.programmeRows.insert(tx, {
        slug: input.slug,
        kind: input.kind,
        parentId: input.parentId ?? null,
        name: input.name,
        summary: input.summary ?? EMPTY,
        purpose: input.purpose ?? EMPTY,
        goalText: input.goalText ?? EMPTY,
        isPublished: input.isPublished,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'programme', entityId: created.id, programmeId: created.id, after: created });
    return created;
  });
  return assemble(db, actor, row);
}

/** Updates a programme; moving it under another parent needs rights there too and may not form a cycle. */
export async function updateProgramme(db: Db, actor: Actor, id: string, patch: ProgrammeUpdate): Promise<Programme> {
  const { row: before, lineage } = await getVisibleRow(db, actor, id);
  authorize(actor, 'programme.update', inProgramme(lineage));
  if (patch.parentId !== undefined && patch.parentId !== before.parentId) {
    if (patch.parentId) {
      const chain = await repo.lineageOf(db, patch.parentId);
      if (chain.some((l) => l.id === id)) throw new AppError('CYCLE', 'A programme cannot be placed under itself or its own sub-programme', { field: 'parentId' });
    }
    await authorizeParent(db, actor, patch.parentId);
  }
  const row = await db.transaction(async (tx) => {
    const after = await repo.programmeRows.update(tx, id, { ...patch, parentId: patch.parentId === undefined ? undefined : patch.parentId, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'programme', entityId: id, programmeId: id, before, after });
    return after!;
  });
  return assemble(db, actor, row);
}

/** Deletes a programme without sub-programmes (platform admins only). */
export async function deleteProgramme(db: Db, actor: Actor, id: string): Promise<void> {
  const { row: before, lineage } = await getVisibleRow(db, actor, id);
  authorize(actor, 'programme.delete', inProgramme(lineage));
  await db.transaction(async (tx) => {
    await repo.programmeRows.remove(tx, id);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'programme', entityId: id, programmeId: id, before });
  });
}

async function authorizeUpdate(db: Db, actor: Actor, programmeId: string): Promise<void> {
  const { lineage } = await getVisibleRow(db, actor, programmeId);
  authorize(actor, 'programme.update', inProgramme(lineage));
}

export async function addParticipation(db: Db, actor: Actor, programmeId: string, input: ParticipationCreate): Promise<Programme> {
  await authorizeUpdate(db, actor, programmeId);
  await db.transaction(async (tx) => {
    const row = await repo.participationRows.insert(tx, { programmeId, organisationId: input.organisationId, role: input.role, note: input.note ?? null, noteNn: input.noteNn || null, noteEn: input.noteEn || null });
    await recordAudit(tx, actor, { action: 'create', entityType: 'participation', entityId: row.id, programmeId, after: row });
  });
  return getProgrammeById(db, actor, programmeId);
}

export async function removeParticipation(db: Db, actor: Actor, programmeId: string, participationId: string): Promise<void> {
  await authorizeUpdate(db, actor, programmeId);
  await db.transaction(async (tx) => {
    const row = await repo.removeParticipation(tx, programmeId, participationId);
    if (!row) throw notFound('The participation');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'participation', entityId: row.id, programmeId, before: row });
  });
}

export async function addContact(db: Db, actor: Actor, programmeId: string, input: ContactCreate): Promise<Programme> {
  await authorizeUpdate(db, actor, programmeId);
  await db.transaction(async (tx) => {
    const row = await repo.contactRows.insert(tx, { programmeId, personId: input.personId, role: input.role, sortOrder: input.sortOrder });
    await recordAudit(tx, actor, { action: 'create', entityType: 'contact', entityId: row.id, programmeId, after: row });
  });
  return getProgrammeById(db, actor, programmeId);
}

export async function removeContact(db: Db, actor: Actor, programmeId: string, contactId: string): Promise<void> {
  await authorizeUpdate(db, actor, programmeId);
  await db.transaction(async (tx) => {
    const row = await repo.removeContact(tx, programmeId, contactId);
    if (!row) throw notFound('The contact');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'contact', entityId: row.id, programmeId, before: row });
  });
}
