import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import { findProgrammeBySlug } from '../programmes/programmes.repo';
import * as repo from './documents.repo';
import { documentYears, searchDocuments, type DocumentSearchFilter, type DocumentSearchRow } from './documents-search.repo';
import type { DocumentRow, DocumentVersionRow } from './documents.table';
import type { Document, DocumentCreate, DocumentSearchQuery, DocumentSearchResult, DocumentUpdate, ProgrammeDocumentQuery } from '../../../shared/contracts/documents';
import type { DocumentLinkKind } from '../../../shared/domain/documents';
import type { ProgrammeLink } from '../../../shared/domain/permissions';

const ids = (lineage: readonly ProgrammeLink[]) => lineage.map((l) => l.id);

/** Refuses a link to a meeting, case, project or event that is not in the document's programme. */
async function checkLink(db: DbOrTx, link: { kind: DocumentLinkKind; id: string } | null | undefined, programmeId: string): Promise<void> {
  if (!link) return;
  if (!(await repo.LINK_EXISTS[link.kind](db, link.id, programmeId))) throw invalidField('link.id', 'notFound', `No ${link.kind} with this id in the programme`);
}

function toVersion(v: DocumentVersionRow, manager: boolean): Document['versions'][number] {
  return {
    id: v.id,
    version: v.version,
    fileName: v.fileName,
    contentType: v.contentType,
    size: v.size,
    createdAt: v.createdAt.toISOString(),
    extraction: manager ? { status: v.extractionStatus, error: v.extractionError, chars: v.extractedChars } : null,
  };
}

export function toDocument(row: repo.DocumentWithSlug, versions: DocumentVersionRow[], manager: boolean): Document {
  return {
    id: row.id,
    programmeId: row.programmeId,
    programmeSlug: row.programmeSlug,
    type: row.type,
    title: row.title,
    description: row.description,
    date: row.documentDate,
    language: row.language,
    link: row.linkKind && row.linkId ? { kind: row.linkKind, id: row.linkId } : null,
    visibility: row.visibility,
    exemptionBasis: row.visibility === 'exempt' ? row.exemptionBasis : null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    isDemo: row.isDemo,
    versions: versions.map((v) => toVersion(v, manager)),
    revision: row.revision,
    canManage: manager,
  };
}

/**
 * The document as the actor may reach it: anyone a public document of a programme they can see;
 * the programme's own people every document. `write`: refused (FORBIDDEN) to those who see the
 * programme but may not manage its documents.
 */
export async function scopedDocument(db: DbOrTx, actor: Actor, id: string, need: 'read' | 'write' = 'read') {
  const row = await repo.findDocument(db, id);
  if (!row) throw notFound('The document');
  const lineage = await visibleLineage(db, actor, row.programmeId, 'The document');
  const manager = can(actor, 'document.manage', { programmeIds: ids(lineage) });
  const insider = can(actor, 'programme.readInternal', { programmeIds: ids(lineage) });
  if (need === 'write' && !manager) throw new AppError('FORBIDDEN', "Only the programme's secretariat manages its documents");
  if (!insider && row.visibility !== 'public') throw notFound('The document');
  return { row, lineage, manager };
}

const toHit = (r: DocumentSearchRow, manager: boolean): DocumentSearchResult['items'][number] => ({
  id: r.id,
  programmeSlug: r.programmeSlug,
  type: r.type,
  title: r.title,
  date: r.date,
  language: r.language,
  visibility: r.visibility,
  snippet: r.snippet ?? '',
  rank: Number(r.rank),
  latestVersion: r.versionId ? { id: r.versionId, version: r.version!, contentType: r.contentType!, size: r.size!, extractionStatus: manager ? r.extractionStatus : null } : null,
});

async function search(db: Db, filter: DocumentSearchFilter, canManage: boolean): Promise<DocumentSearchResult> {
  const [rows, years] = await Promise.all([searchDocuments(db, filter), documentYears(db, filter)]);
  return { items: rows.map((r) => toHit(r, canManage)), total: rows[0]?.total ?? 0, years, canManage };
}

/**
 * The public search: public documents only, of one programme (by slug) or of every published
 * programme; whoever asks, exempt and draft documents are never in it.
 */
export async function searchPublicDocuments(db: Db, actor: Actor, query: DocumentSearchQuery): Promise<DocumentSearchResult> {
  let programmeIds: string[] | undefined;
  if (query.programme) {
    const programme = await findProgrammeBySlug(db, query.programme);
    if (!programme) throw notFound('The programme');
    await visibleLineage(db, actor, programme.id);
    programmeIds = [programme.id];
  }
  return search(db, { ...query, q: query.q || undefined, programmeIds, visibilities: ['public'] }, false);
}

/** The programme's archive for its own people: drafts and exempt documents too. */
export async function listProgrammeDocuments(db: Db, actor: Actor, programmeId: string, query: ProgrammeDocumentQuery): Promise<DocumentSearchResult> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'programme.readInternal', { programmeIds: ids(lineage) });
  const manager = can(actor, 'document.manage', { programmeIds: ids(lineage) });
  return search(db, { ...query, q: query.q || undefined, programmeIds: [programmeId], visibilities: ['draft', 'public', 'exempt'] }, manager);
}

export async function getDocument(db: Db, actor: Actor, id: string): Promise<Document> {
  const { row, manager } = await scopedDocument(db, actor, id);
  return toDocument(row, await repo.versionsOf(db, id), manager);
}

/** Registers a document (a draft, without a file yet: its first version is uploaded next). */
export async function createDocument(db: Db, actor: Actor, programmeId: string, input: DocumentCreate): Promise<Document> {
  const lineage = await visibleLineage(db, actor, programmeId);
  const user = authorize(actor, 'document.manage', { programmeIds: ids(lineage) });
  await checkLink(db, input.link, programmeId);
  const row = await db.transaction(async (tx) => {
    const created = await repo.documentRows.insert(tx, {
      programmeId,
      type: input.type,
      title: input.title,
      description: input.description ?? '',
      documentDate: input.date,
      language: input.language,
      linkKind: input.link?.kind ?? null,
      linkId: input.link?.id ?? null,
      createdBy: user.id,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'document', entityId: created.id, programmeId, after: auditView(created) });
    return created;
  });
  return getDocument(db, actor, row.id);
}

/** What the audit trail keeps of a document: its facts, not its extracted text or search vector. */
export function auditView(row: DocumentRow): Record<string, unknown> {
  const { contentText: _text, search: _search, ...rest } = row;
  return rest;
}

/**
 * Changes the facts, or publishes or exempts the document. Exempt needs the legal basis;
 * publishing needs a file. A change made since the revision read is refused.
 */
export async function updateDocument(db: Db, actor: Actor, id: string, input: DocumentUpdate): Promise<Document> {
  const { row: head } = await scopedDocument(db, actor, id, 'write');
  const { revision, link, date, exemptionBasis, ...patch } = input;
  if (link !== undefined) await checkLink(db, link, head.programmeId);
  await db.transaction(async (tx) => {
    const before = await repo.documentRows.lock(tx, id);
    if (!before) throw notFound('The document');
    if (before.revision !== revision) throw new AppError('STATE_CHANGED', 'The document has changed since it was read');
    const values: Partial<DocumentRow> = {};
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) (values as Record<string, unknown>)[key] = value;
    if (date !== undefined) values.documentDate = date;
    if (link !== undefined) {
      values.linkKind = link?.kind ?? null;
      values.linkId = link?.id ?? null;
    }
    const visibility = values.visibility ?? before.visibility;
    if (visibility === 'exempt') {
      const basis = exemptionBasis !== undefined ? exemptionBasis : before.exemptionBasis;
      if (!basis) throw invalidField('exemptionBasis', 'required', 'An exempt document needs its legal basis');
      values.exemptionBasis = basis;
    } else values.exemptionBasis = null;
    if (visibility === 'public' && before.visibility !== 'public') {
      if ((await repo.versionsOf(tx, id)).length === 0) throw invalidField('visibility', 'documentWithoutFile', 'Upload the file before publishing the document');
      values.publishedAt = before.publishedAt ?? new Date();
    }
    const updated = await repo.documentRows.update(tx, id, { ...values, revision: before.revision + 1, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'document', entityId: id, programmeId: head.programmeId, before: auditView(before), after: auditView(updated!) });
  });
  return getDocument(db, actor, id);
}

/** Deletes the document with every version; returns the files to remove from the store. */
export async function removeDocument(db: Db, actor: Actor, id: string): Promise<string[]> {
  const { row: head } = await scopedDocument(db, actor, id, 'write');
  const fileIds = await repo.fileIdsOf(db, id);
  await db.transaction(async (tx) => {
    const before = await repo.documentRows.remove(tx, id);
    if (!before) throw notFound('The document');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'document', entityId: id, programmeId: head.programmeId, before: { ...auditView(before), files: fileIds }, after: null });
  });
  return fileIds;
}
