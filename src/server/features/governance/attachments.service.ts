import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { invalidField, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import type { FileStore } from '../../files/file-store';
import { bodyScope, managedBody } from './governance.access';
import * as repo from './meetings.repo';
import { onPublishedAgenda } from './meetings.view';
import type { CaseAttachment } from '../../../shared/contracts/governance-meetings';
import { firstBytes, withUploadedFile } from '../../files/upload-parts';

export const ATTACHMENT_PURPOSE = 'case_attachment';
/** The largest attachment taken, in bytes. */
export const ATTACHMENT_LIMIT = 25 * 1024 * 1024;

/** One part of a multipart request, as @fastify/multipart hands it over. */
export interface AttachmentPart {
  type: 'file' | 'field';
  fieldname: string;
  filename?: string;
  file?: Readable & { truncated?: boolean };
}

const OFFICE_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
};

/**
 * What the file is, from its first bytes, never from its name or the browser's word alone: PDF,
 * PNG, JPEG, or an Office/OpenDocument file (a zip archive, named by its extension). Anything
 * else is refused.
 */
export function sniffType(head: Buffer, fileName: string): string | undefined {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return OFFICE_TYPES[path.extname(fileName).toLowerCase()];
  return undefined;
}



const toAttachment = (a: { id: string; name: string; contentType: string; size: number; createdAt: Date }): CaseAttachment => ({
  id: a.id,
  name: a.name,
  contentType: a.contentType,
  size: a.size,
  createdAt: a.createdAt.toISOString(),
});

/** Attaches a file (multipart field `file`) to a case: type-sniffed, size-limited, audited. */
export async function addAttachment(db: Db, files: FileStore, actor: Actor, caseId: string, parts: AsyncIterable<AttachmentPart>): Promise<CaseAttachment> {
  const c = await repo.findCase(db, caseId);
  if (!c) throw notFound('The case');
  const { body } = await managedBody(db, actor, c.bodyId, 'The case');
  const missing = () => invalidField('file', 'required', 'Send the file in the multipart field "file"');
  return withUploadedFile(files, parts, { purpose: ATTACHMENT_PURPOSE, fallbackName: 'vedlegg', missing }, async (file, name) => {
    const contentType = sniffType(await firstBytes(files, file.id), name);
    if (!contentType) throw invalidField('file', 'fileType', 'Attach a PDF, a Word, Excel, PowerPoint or OpenDocument file, or a PNG or JPEG image');
    const row = await db.transaction(async (tx) => {
      const created = await repo.attachmentRows.insert(tx, { caseId, fileId: file.id, name, contentType, size: file.size, checksum: file.checksum });
      await recordAudit(tx, actor, { action: 'update', entityType: 'case', entityId: caseId, programmeId: body.programmeId, before: { attachment: null }, after: { attachment: { id: created.id, name, contentType, size: file.size, checksum: file.checksum } } });
      return created;
    });
    return toAttachment(row);
  });
}

export async function removeAttachment(db: Db, files: FileStore, actor: Actor, attachmentId: string): Promise<void> {
  const [a] = await repo.listAttachmentsById(db, [attachmentId]);
  if (!a) throw notFound('The attachment');
  const c = (await repo.findCase(db, a.caseId))!;
  const { body } = await managedBody(db, actor, c.bodyId, 'The attachment');
  await db.transaction(async (tx) => {
    const before = await repo.attachmentRows.remove(tx, attachmentId);
    if (!before) throw notFound('The attachment');
    await recordAudit(tx, actor, { action: 'update', entityType: 'case', entityId: c.id, programmeId: body.programmeId, before: { attachment: { id: before.id, name: before.name } }, after: { attachment: null } });
  });
  await files.remove([a.fileId]).catch(() => undefined);
}

/**
 * An attachment to download: the secretariat and the body's members always; others when its
 * case is on a published agenda and not exempt.
 */
export async function readAttachment(db: Db, files: FileStore, actor: Actor, attachmentId: string): Promise<{ name: string; contentType: string; size: number; stream: Readable }> {
  const [a] = await repo.listAttachmentsById(db, [attachmentId]);
  if (!a) throw notFound('The attachment');
  const c = (await repo.findCase(db, a.caseId))!;
  const scope = await bodyScope(db, actor, c.bodyId, 'The attachment');
  if (!scope.isInsider) {
    if (c.isExempt) throw notFound('The attachment');
    if (!onPublishedAgenda(await repo.listSteps(db, [c.id]))) throw notFound('The attachment');
  }
  return { name: a.name, contentType: a.contentType, size: a.size, stream: await files.read(a.fileId) };
}
