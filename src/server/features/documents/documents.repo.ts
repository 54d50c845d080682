import { and, desc, eq, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowWrites } from '../../db/row-writes';
import { programmes } from '../programmes/programmes.table';
import { projects } from '../portfolio/projects.table';
import { bodies, cases, meetings } from '../governance/governance.table';
import { events } from '../events/events.table';
import type { DocumentLinkKind } from '../../../shared/domain/documents';
import { documents, documentVersions, type DocumentRow, type DocumentVersionRow } from './documents.table';

export const documentRows = rowWrites(documents);
export const versionRows = rowWrites(documentVersions);

export type DocumentWithSlug = DocumentRow & { programmeSlug: string };

export async function findDocument(db: DbOrTx, id: string): Promise<DocumentWithSlug | undefined> {
  const [row] = await db
    .select({ d: documents, slug: programmes.slug })
    .from(documents)
    .innerJoin(programmes, eq(programmes.id, documents.programmeId))
    .where(eq(documents.id, id));
  return row ? { ...row.d, programmeSlug: row.slug } : undefined;
}

/** A document's versions, newest first. */
export function versionsOf(db: DbOrTx, documentId: string): Promise<DocumentVersionRow[]> {
  return db.select().from(documentVersions).where(eq(documentVersions.documentId, documentId)).orderBy(desc(documentVersions.version));
}

export async function findVersion(db: DbOrTx, id: string): Promise<DocumentVersionRow | undefined> {
  const [row] = await db.select().from(documentVersions).where(eq(documentVersions.id, id));
  return row;
}

/** The number the next version of the document gets (call with the document locked). */
export async function nextVersionNumber(tx: DbOrTx, documentId: string): Promise<number> {
  const [row] = await tx.select({ last: max(documentVersions.version) }).from(documentVersions).where(eq(documentVersions.documentId, documentId));
  return (row?.last ?? 0) + 1;
}

/** File ids of every version of the document (for removing the files with it). */
export async function fileIdsOf(db: DbOrTx, documentId: string): Promise<string[]> {
  return (await db.select({ fileId: documentVersions.fileId }).from(documentVersions).where(eq(documentVersions.documentId, documentId))).map((r) => r.fileId);
}

/** Which of these file ids a version names (the file store's sweep keeps them). */
export async function keptDocumentFiles(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ fileId: documentVersions.fileId }).from(documentVersions).where(sql`${documentVersions.fileId} in ${ids}`);
  return new Set(rows.map((r) => r.fileId));
}

/**
 * Records how reading a version's text went; when it was read and the version is still the
 * document's newest, its text becomes the document's searchable content. Returns false when the
 * version is gone (the document was deleted meanwhile).
 */
export async function recordExtraction(
  tx: DbOrTx,
  versionId: string,
  outcome: { status: DocumentVersionRow['extractionStatus']; error: string | null; text: string | null },
): Promise<boolean> {
  const [version] = await tx
    .update(documentVersions)
    .set({ extractionStatus: outcome.status, extractionError: outcome.error, extractedChars: outcome.text?.length ?? null, extractedAt: new Date() })
    .where(eq(documentVersions.id, versionId))
    .returning();
  if (!version) return false;
  if (outcome.text !== null) {
    await tx
      .update(documents)
      .set({ contentText: outcome.text })
      .where(and(eq(documents.id, version.documentId), sql`${version.version} = (select max(v.version) from document_versions v where v.document_id = ${version.documentId})`));
  }
  return true;
}

/** Whether the record a document links to exists in the programme (meetings and cases through their body). */
export const LINK_EXISTS: Record<DocumentLinkKind, (db: DbOrTx, id: string, programmeId: string) => Promise<boolean>> = {
  meeting: async (db, id, programmeId) =>
    (await db.select({ id: meetings.id }).from(meetings).innerJoin(bodies, eq(bodies.id, meetings.bodyId)).where(and(eq(meetings.id, id), eq(bodies.programmeId, programmeId)))).length > 0,
  case: async (db, id, programmeId) => (await db.select({ id: cases.id }).from(cases).where(and(eq(cases.id, id), eq(cases.programmeId, programmeId)))).length > 0,
  project: async (db, id, programmeId) => (await db.select({ id: projects.id }).from(projects).where(and(eq(projects.id, id), eq(projects.programmeId, programmeId)))).length > 0,
  event: async (db, id, programmeId) => (await db.select({ id: events.id }).from(events).where(and(eq(events.id, id), eq(events.programmeId, programmeId)))).length > 0,
};
