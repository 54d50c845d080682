import { Readable } from 'node:stream';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidFields } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import type { FileStore, StoredFile } from '../../files/file-store';
import { sniffType, type AttachmentPart } from '../governance/attachments.service';
import * as repo from './calls.repo';
import { fieldErrors, readableApplication, writableApplication } from './applications.service';
import type { ApplicationForm, AttachmentRef } from '../../../shared/contracts/application-form';
import { fieldByKey } from '../../../shared/domain/application-form';
import type { AttachmentType } from '../../../shared/domain/application-form-limits';
import { EDITABLE_APPLICATION_STATUSES } from '../../../shared/domain/calls';
import type { Locale } from '../../../shared/domain/localized';
import type { FormIssue } from '../../../shared/domain/application-form';
import { uploadFileName } from '../../files/upload-parts';

export const APPLICATION_FILE_PURPOSE = 'application_attachment';
const MB = 1024 * 1024;
/** Room for the multipart boundaries and headers around the file. */
const MULTIPART_OVERHEAD = 16 * 1024;

/** The attachment types, by the content type the sniffing finds. */
const TYPE_OF: Record<string, AttachmentType> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};
export const CONTENT_TYPE: Record<AttachmentType, string> = Object.fromEntries(Object.entries(TYPE_OF).map(([mime, type]) => [type, mime])) as Record<AttachmentType, string>;


/**
 * Reads the first `n` bytes of a stream, and gives back those bytes and a stream of the whole
 * content that fails as soon as it grows past `limit` bytes (calling `onTooLarge` first).
 */
async function peek(input: Readable, n: number, limit: number, onTooLarge: () => void): Promise<{ head: Buffer; whole: Readable }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  while (size < n) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest() {
    let seen = head.length;
    if (seen > limit) {
      onTooLarge();
      throw new Error('The file is larger than the field takes');
    }
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      seen += next.value.length;
      if (seen > limit) {
        onTooLarge();
        throw new Error('The file is larger than the field takes');
      }
      yield next.value;
    }
  }
  return { head, whole: Readable.from(rest(), { objectMode: false }) };
}

/**
 * Uploads a file to an attachment field of an application (multipart field `file`): the type is
 * found by sniffing the content and must be one the field accepts, and the file must fit the
 * field's size; both are checked before anything is kept (a body announced larger than the
 * field takes is refused before it is read). The answers then name the file by its id.
 */
export async function uploadAttachment(
  db: Db,
  files: FileStore,
  actor: Actor,
  id: string,
  fieldKey: string,
  locale: Locale,
  contentLength: number | undefined,
  parts: AsyncIterable<AttachmentPart>,
): Promise<AttachmentRef> {
  const { head, user } = await writableApplication(db, actor, id);
  if (!EDITABLE_APPLICATION_STATUSES.includes(head.status)) throw new AppError('STATE_CHANGED', `The application is ${head.status}`);
  const call = await repo.findCall(db, head.callId);
  const form: ApplicationForm | null = call?.form ?? null;
  const field = form ? fieldByKey(form, fieldKey) : undefined;
  const refuse = (issue: FormIssue) => invalidFields(fieldErrors([issue], form, locale));
  if (!field || field.kind !== 'attachment') throw refuse({ path: 'querystring.field', code: 'notAttachmentField' });
  const limit = field.maxSizeMb * MB;
  const at = `answers.${field.key}`;
  const tooLarge = () => refuse({ path: at, code: 'fileTooLarge', params: { maxSizeMb: field.maxSizeMb } });
  if (contentLength !== undefined && contentLength > limit + MULTIPART_OVERHEAD) throw tooLarge();

  let stored: StoredFile | undefined;
  let overLimit = false;
  try {
    let name = '';
    let type: AttachmentType | undefined;
    for await (const part of parts) {
      if (part.type !== 'file' || !part.file) continue;
      if (part.fieldname !== 'file' || stored) {
        part.file.resume();
        continue;
      }
      const file = part.file;
      name = uploadFileName(part.filename, 'vedlegg');
      const { head: first, whole } = await peek(file, 16, limit, () => (overLimit = true));
      if (first.length === 0) throw refuse({ path: at, code: 'fileEmpty' });
      const mime = sniffType(first, name);
      type = mime ? TYPE_OF[mime] : undefined;
      const accept: readonly string[] = field.accept;
      if (!type || !accept.includes(type)) {
        file.resume();
        throw refuse({ path: at, code: 'fileType', params: { accept: field.accept.join(', ') } });
      }
      stored = await files.write(whole, { purpose: APPLICATION_FILE_PURPOSE, isTooLarge: () => overLimit || file.truncated === true });
    }
    if (!stored || !type) throw refuse({ path: 'file', code: 'fileRequired' });
    const file = stored;
    const kind = type;
    await db.transaction(async (tx) => {
      await repo.insertFile(tx, { applicationId: id, fieldKey: field.key, fileId: file.id, name, type: kind, size: file.size, checksum: file.checksum, uploadedBy: user.id });
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'application',
        entityId: id,
        programmeId: head.programmeId,
        before: { attachment: null },
        after: { attachment: { field: field.key, fileId: file.id, name, type: kind, size: file.size, checksum: file.checksum } },
      });
    });
    return { fileId: file.id, name, size: file.size, type: kind };
  } catch (error) {
    if (stored) await files.remove([stored.id]).catch(() => undefined);
    if (overLimit) throw tooLarge();
    if (error instanceof AppError) throw error;
    const e = error as { statusCode?: unknown; code?: unknown };
    if (e.code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (typeof e.statusCode === 'number' || typeof e.code === 'string') throw error;
    throw refuse({ path: 'file', code: 'multipart' });
  }
}

/**
 * A file uploaded to the application, for its applicant and the secretariat; for an assigned
 * reviewer only a file a submitted version names (not one of a draft in progress).
 */
export async function readAttachment(db: Db, files: FileStore, actor: Actor, id: string, fileId: string) {
  const { access } = await readableApplication(db, actor, id, { reviewers: true });
  const file = await repo.findFile(db, id, fileId);
  if (!file || (!access.isApplicant && !access.canManage && !(await repo.versionNamesFile(db, id, fileId)))) throw new AppError('NOT_FOUND', 'The attachment was not found');
  return { name: file.name, contentType: CONTENT_TYPE[file.type], size: file.size, stream: await files.read(file.fileId) };
}
