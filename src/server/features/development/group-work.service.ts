import type { Readable } from 'node:stream';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import type { FileStore } from '../../files/file-store';
import { contentTypeOf, sniffFile } from '../../files/file-type';
import { withUploadedFile, type UploadPart } from '../../files/upload-parts';
import { readWhole } from '../documents/document-files.service';
import * as repo from './development.repo';
import type { GroupNoteRow } from './development.table';
import { cohortAccess, groupAccess } from './development.access';
import { toSubmission } from './development.view';
import { isLate, EVALUATION_ANONYMITY_THRESHOLD } from '../../../shared/domain/development';
import type { EvaluationAnswer, EvaluationResults, Note, NoteInput, Submission, SubmissionInput } from '../../../shared/contracts/development';

export const HOMEWORK_FILE_PURPOSE = 'homework_submission';

async function taskOfGroup(db: Db, actor: Actor, groupId: string, taskId: string, need: 'read' | 'write') {
  const access = await groupAccess(db, actor, groupId, need);
  const task = await repo.findTask(db, taskId);
  if (!task || task.cohortId !== access.cohort.id) throw notFound('The homework task');
  return { access, task };
}

/**
 * Saves the group's hand-in as a draft, or hands it in. A hand-in after the due date is taken and
 * marked late; one handed in no longer changes (STATE_CHANGED). A document task needs its file.
 */
export async function saveSubmission(db: Db, actor: Actor, groupId: string, taskId: string, input: SubmissionInput, now: Date): Promise<Submission> {
  const { access, task } = await taskOfGroup(db, actor, groupId, taskId, 'write');
  const row = await db.transaction(async (tx) => {
    const before = await repo.lockSubmission(tx, taskId, groupId);
    if (before?.submittedAt) throw new AppError('STATE_CHANGED', 'The homework is already handed in');
    if (input.submit) {
      if (task.submissionKind === 'document' && !before?.fileId) throw invalidField('file', 'fileRequired', 'Attach the document before handing in');
      if (task.submissionKind !== 'document' && !input.text) throw invalidField('text', 'required', 'Write the answer before handing in');
    }
    const values = {
      text: input.text,
      updatedBy: actor.user!.id,
      updatedAt: now,
      ...(input.submit && { submittedAt: now, submittedBy: actor.user!.id, isLate: isLate(task.dueAt, now) }),
    };
    const after = before
      ? (await repo.submissionRows.update(tx, before.id, values))!
      : await repo.submissionRows.insert(tx, { taskId, groupId, ...values });
    await recordAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'homework_submission', entityId: after.id, programmeId: access.cohort.programmeId, before: before ?? null, after });
    return after;
  });
  return toSubmission(row);
}

/** Attaches the document of a hand-in (multipart field `file`), type-sniffed and size-limited; it replaces an earlier one. */
export async function uploadSubmission(db: Db, files: FileStore, actor: Actor, groupId: string, taskId: string, limit: number, parts: AsyncIterable<UploadPart>, now: Date): Promise<Submission> {
  const { access } = await taskOfGroup(db, actor, groupId, taskId, 'write');
  const tooLarge = () => invalidField('file', 'fileTooLarge', `The file is larger than the ${Math.round(limit / 1024 / 1024)} MB taken`, { params: { maxSizeMb: Math.round(limit / 1024 / 1024) } });
  const missing = () => invalidField('file', 'fileRequired', 'Send the file in the multipart field "file"');
  return withUploadedFile(files, parts, { purpose: HOMEWORK_FILE_PURPOSE, fallbackName: 'innlevering', missing, tooLarge }, async (file, name) => {
    if (file.size === 0) throw invalidField('file', 'fileEmpty', 'The file is empty');
    const kind = sniffFile(await readWhole(files, file.id));
    if (!kind) throw invalidField('file', 'documentFileType', 'Upload a PDF, DOCX, XLSX or ODT file, or a PNG, JPEG or WebP image (recognised by its content, not its name)');
    const { row, replaced } = await db.transaction(async (tx) => {
      const before = await repo.lockSubmission(tx, taskId, groupId);
      if (before?.submittedAt) throw new AppError('STATE_CHANGED', 'The homework is already handed in');
      const values = { fileId: file.id, fileName: name, fileType: contentTypeOf(kind), updatedBy: actor.user!.id, updatedAt: now };
      const after = before ? (await repo.submissionRows.update(tx, before.id, values))! : await repo.submissionRows.insert(tx, { taskId, groupId, ...values });
      await recordAudit(tx, actor, { action: before ? 'update' : 'create', entityType: 'homework_submission', entityId: after.id, programmeId: access.cohort.programmeId, before: before ?? null, after: { ...after, size: file.size, checksum: file.checksum } });
      return { row: after, replaced: before?.fileId ?? null };
    });
    if (replaced) await files.remove([replaced]).catch(() => undefined);
    return toSubmission(row);
  });
}

/** The document of a hand-in, for the group, its facilitator and the office. */
export async function readSubmissionFile(db: Db, files: FileStore, actor: Actor, groupId: string, taskId: string): Promise<{ name: string; contentType: string; stream: Readable }> {
  await taskOfGroup(db, actor, groupId, taskId, 'read');
  const s = await repo.findSubmission(db, taskId, groupId);
  if (!s?.fileId) throw notFound('The file');
  return { name: s.fileName ?? 'innlevering', contentType: s.fileType ?? 'application/octet-stream', stream: await files.read(s.fileId) };
}

// ---------------------------------------------------------------------------------------------
// Notes

function toNote(n: GroupNoteRow, authorName: string | null): Note {
  return { id: n.id, kind: n.kind, metOn: n.metOn, title: n.title, body: n.body, authorName, updatedAt: n.updatedAt.toISOString() };
}

export async function addNote(db: Db, actor: Actor, groupId: string, input: NoteInput, now: Date): Promise<Note> {
  const { cohort } = await groupAccess(db, actor, groupId, 'write');
  const row = await db.transaction(async (tx) => {
    const created = await repo.noteRows.insert(tx, { groupId, ...input, authorUserId: actor.user!.id, updatedAt: now });
    await recordAudit(tx, actor, { action: 'create', entityType: 'group_note', entityId: created.id, programmeId: cohort.programmeId, after: created });
    return created;
  });
  return toNote(row, actor.user!.name);
}

async function noteInScope(db: Db, actor: Actor, noteId: string) {
  const note = await repo.findNote(db, noteId);
  if (!note) throw notFound('The note');
  return { note, access: await groupAccess(db, actor, note.groupId, 'write') };
}

export async function updateNote(db: Db, actor: Actor, noteId: string, input: NoteInput, now: Date): Promise<Note> {
  const { access } = await noteInScope(db, actor, noteId);
  const row = await db.transaction(async (tx) => {
    const before = (await repo.noteRows.lock(tx, noteId))!;
    const after = (await repo.noteRows.update(tx, noteId, { ...input, updatedAt: now }))!;
    await recordAudit(tx, actor, { action: 'update', entityType: 'group_note', entityId: noteId, programmeId: access.cohort.programmeId, before, after });
    return after;
  });
  const [author] = await repo.notesOf(db, row.groupId).then((rows) => rows.filter((r) => r.note.id === noteId));
  return toNote(row, author?.authorName ?? null);
}

export async function removeNote(db: Db, actor: Actor, noteId: string): Promise<{ ok: true }> {
  const { access } = await noteInScope(db, actor, noteId);
  await db.transaction(async (tx) => {
    const before = await repo.noteRows.remove(tx, noteId);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'group_note', entityId: noteId, programmeId: access.cohort.programmeId, before });
  });
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// The evaluation

/**
 * A member's answer to the evaluation, once, while the cohort's evaluation is open. Who answered
 * and what was answered are written to two tables that share nothing but the cohort, so the
 * answer cannot be traced back to its author; the audit entry records that the member answered,
 * never the answer.
 */
export async function answerEvaluation(db: Db, actor: Actor, groupId: string, input: EvaluationAnswer): Promise<{ ok: true }> {
  const { cohort } = await groupAccess(db, actor, groupId, 'write');
  if (!cohort.isEvaluationOpen) throw new AppError('STATE_CHANGED', 'The evaluation is not open');
  const goals = (await repo.findSettings(db, cohort.programmeId))?.competenceGoals ?? [];
  if (input.ratings.length !== goals.length) throw invalidField('ratings', 'oneRatingPerGoal', `Give one rating for each of the ${goals.length} competence goals`, { params: { count: goals.length } });
  await db.transaction(async (tx) => {
    if (!(await repo.markAnswered(tx, cohort.id, actor.user!.id))) throw new AppError('CONFLICT', 'You have already answered the evaluation');
    await repo.insertAnswer(tx, { cohortId: cohort.id, groupId, ratings: input.ratings, comment: input.comment });
    // The entry names the cohort, not the answer: the answer's id would lead back to the person.
    await recordAudit(tx, actor, { action: 'create', entityType: 'evaluation_answer', entityId: cohort.id, programmeId: cohort.programmeId, after: { cohortId: cohort.id, answered: true } });
  });
  return { ok: true };
}

function figures(rows: { ratings: number[] }[], goals: number) {
  const distribution = Array.from({ length: goals }, (_, g) => [1, 2, 3, 4, 5].map((v) => rows.filter((r) => r.ratings[g] === v).length));
  const averages = distribution.map((d) => {
    const n = d.reduce((a, b) => a + b, 0);
    return n === 0 ? null : Math.round((d.reduce((sum, c, i) => sum + c * (i + 1), 0) / n) * 100) / 100;
  });
  return { answers: rows.length, averages, distribution };
}

/**
 * The cohort's evaluation for the office: totals for the cohort; a group's own figures only when
 * it has at least EVALUATION_ANONYMITY_THRESHOLD answers. The comments come sorted by their text,
 * so their order tells nothing of who wrote them or when.
 */
export async function evaluationResults(db: Db, actor: Actor, cohortId: string): Promise<EvaluationResults> {
  const { cohort } = await cohortAccess(db, actor, cohortId, 'manage');
  const goals = (await repo.findSettings(db, cohort.programmeId))?.competenceGoals ?? [];
  const [answers, groups] = await Promise.all([repo.answersOf(db, cohortId), repo.groupsOf(db, [cohortId])]);
  return {
    cohortId,
    competenceGoals: goals,
    threshold: EVALUATION_ANONYMITY_THRESHOLD,
    cohort: figures(answers, goals.length),
    comments: answers.map((a) => a.comment).filter((c) => c.trim() !== '').sort((a, b) => a.localeCompare(b, 'nb')),
    groups: groups.map((g) => {
      const own = answers.filter((a) => a.groupId === g.group.id);
      return { groupId: g.group.id, organisationName: g.organisationName, answers: own.length, figures: own.length >= EVALUATION_ANONYMITY_THRESHOLD ? figures(own, goals.length) : null };
    }),
  };
}
