import type { Readable } from 'node:stream';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { invalidField, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import type { FileStore } from '../../files/file-store';
import type { Jobs } from '../../jobs/jobs';
import * as repo from './documents.repo';
import { getDocument, scopedDocument } from './documents.service';
import { contentTypeOf, kindOfContentType, sniffFile } from '../../files/file-type';
import { extractInWorker, type ExtractionLimits } from './text-extraction';
import type { Document } from '../../../shared/contracts/documents';
import type { DocumentFileKind } from '../../../shared/domain/documents';
import { withUploadedFile, type UploadPart } from '../../files/upload-parts';

export const DOCUMENT_FILE_PURPOSE = 'document';
export const EXTRACT_QUEUE = 'document-text-extract';

/** File types whose text is read for search; the others (images, spreadsheets) are skipped. */
const READ_TEXT: ReadonlySet<DocumentFileKind> = new Set(['pdf', 'docx', 'odt']);

/** One part of a multipart request, as @fastify/multipart hands it over. */
export type DocumentPart = UploadPart;


/** A stored file's content in memory (at most the upload limit). */
export async function readWhole(files: FileStore, id: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await files.read(id)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Uploads a new version of the document (multipart field `file`): version n+1, the earlier ones
 * kept. The type is sniffed from the content (a zip is told apart by what it holds) and the size
 * limited; the text is read for search by a job afterwards.
 */
export async function addVersion(db: Db, files: FileStore, jobs: Jobs, actor: Actor, id: string, limit: number, parts: AsyncIterable<DocumentPart>): Promise<Document> {
  const { row: head } = await scopedDocument(db, actor, id, 'write');
  const tooLarge = () => invalidField('file', 'fileTooLarge', `The file is larger than the ${Math.round(limit / 1024 / 1024)} MB taken (DOCUMENT_UPLOAD_LIMIT_MB)`, { params: { maxSizeMb: Math.round(limit / 1024 / 1024) } });
  const missing = () => invalidField('file', 'fileRequired', 'Send the file in the multipart field "file"');
  return withUploadedFile(files, parts, { purpose: DOCUMENT_FILE_PURPOSE, fallbackName: 'dokument', missing, tooLarge }, async (file, name) => {
    if (file.size === 0) throw invalidField('file', 'fileEmpty', 'The file is empty');
    const kind = sniffFile(await readWhole(files, file.id));
    if (!kind) throw invalidField('file', 'documentFileType', 'Upload a PDF, DOCX, XLSX or ODT file, or a PNG, JPEG or WebP image (recognised by its content, not its name)');
    const version = await db.transaction(async (tx) => {
      const before = await repo.documentRows.lock(tx, id);
      if (!before) throw notFound('The document');
      const number = await repo.nextVersionNumber(tx, id);
      const created = await repo.versionRows.insert(tx, {
        documentId: id,
        version: number,
        fileId: file.id,
        fileName: name,
        contentType: contentTypeOf(kind),
        size: file.size,
        checksum: file.checksum,
        extractionStatus: READ_TEXT.has(kind) ? 'pending' : 'skipped',
        uploadedBy: actor.user?.id ?? null,
      });
      await repo.documentRows.update(tx, id, { revision: before.revision + 1, updatedAt: new Date() });
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'document',
        entityId: id,
        programmeId: head.programmeId,
        before: { version: number - 1, revision: before.revision },
        after: { version: number, revision: before.revision + 1, fileName: name, contentType: created.contentType, size: file.size, checksum: file.checksum },
      });
      return created;
    });
    if (version.extractionStatus === 'pending') await jobs.send(EXTRACT_QUEUE, { versionId: version.id });
    return getDocument(db, actor, id);
  });
}

/** A version's file to download, for those who may read its document. */
export async function readVersionFile(db: Db, files: FileStore, actor: Actor, versionId: string): Promise<{ name: string; contentType: string; size: number; stream: Readable }> {
  const version = await repo.findVersion(db, versionId);
  if (!version) throw notFound('The file');
  await scopedDocument(db, actor, version.documentId);
  return { name: version.fileName, contentType: version.contentType, size: version.size, stream: await files.read(version.fileId) };
}

/**
 * The extraction job: reads a version's text in a limited worker and records how it went; the
 * text of the document's newest version becomes its searchable content.
 */
export async function extractVersionText(db: Db, files: FileStore, limits: ExtractionLimits, versionId: string): Promise<void> {
  const version = await repo.findVersion(db, versionId);
  if (!version || version.extractionStatus !== 'pending') return;
  const kind = kindOfContentType(version.contentType);
  if (!kind || !READ_TEXT.has(kind)) {
    await repo.recordExtraction(db, versionId, { status: 'skipped', error: null, text: null });
    return;
  }
  const outcome = await extractInWorker(kind, await readWhole(files, version.fileId), limits);
  if (outcome.status === 'done') {
    await db.transaction((tx) => repo.recordExtraction(tx, versionId, { status: 'done', error: outcome.truncated ? 'The text was cut at the length kept for search' : null, text: outcome.text }));
  } else {
    await repo.recordExtraction(db, versionId, { status: outcome.status, error: outcome.reason.slice(0, 500), text: null });
  }
}
