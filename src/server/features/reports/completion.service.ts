import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidFields, invalidField, notFound } from '../../http/errors';
import { can, requireUser } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import type { Clock } from '../../jobs/clock';
import * as repo from './reports.repo';
import { idsOf, reportingScope } from './reports.access';
import { toCompletion } from './reports.view';
import type { CompletionReportRow } from './reports.table';
import type { CompletionReport, CompletionReportDraft, LessonsAnswer, LessonsQuery, ProjectCompletionReport, ReportDecision } from '../../../shared/contracts/reports';
import type { CompletionReportState } from '../../../shared/domain/reports';

async function view(db: DbOrTx, row: CompletionReportRow): Promise<CompletionReport> {
  return toCompletion(row, await repo.lessonsOf(db, row.id), await repo.eventsOf(db, 'completion', [row.id]));
}

/** Public: approved, of a published project that shows its lessons. */
const isPublic = (row: CompletionReportRow, project: { publishedAt: Date | null; publicFields: string[] }) =>
  row.state === 'approved' && project.publishedAt !== null && project.publicFields.includes('lessons');

/** The project's completion report: whole for those who work in the programme; to others only once it is public. */
export async function getCompletion(db: Db, actor: Actor, projectId: string): Promise<ProjectCompletionReport> {
  const { project, access, canRead } = await reportingScope(db, actor, projectId, 'public');
  const row = await repo.findCompletion(db, projectId);
  const visible = row && (canRead || isPublic(row, project));
  if (visible) {
    const report = await view(db, row);
    return { report: canRead ? report : { ...report, history: [] }, canWrite: access.canEdit, canDecide: access.canManage };
  }
  return { report: null, canWrite: access.canEdit, canDecide: access.canManage };
}

const checkRevision = (row: { revision: number }, revision: number | undefined) => {
  if (revision !== undefined && row.revision !== revision) throw new AppError('STATE_CHANGED', 'The report has changed since it was read');
};

const auditedLessons = (lessons: { kind: string; text: string }[]) => lessons.map((l) => `${l.kind}: ${l.text}`);

export async function saveCompletion(db: Db, actor: Actor, projectId: string, input: CompletionReportDraft): Promise<CompletionReport> {
  const { project } = await reportingScope(db, actor, projectId, 'write');
  const saved = await db.transaction(async (tx) => {
    const before = await repo.findCompletion(tx, projectId, true);
    if (!before) {
      const row = await repo.completionRows.insert(tx, { projectId, results: input.results });
      await repo.replaceLessons(tx, row.id, input.lessons);
      await recordAudit(tx, actor, { action: 'create', entityType: 'completion_report', entityId: row.id, programmeId: project.programmeId, after: { ...row, lessons: auditedLessons(input.lessons) } });
      return row;
    }
    checkRevision(before, input.revision);
    if (before.state !== 'draft' && before.state !== 'returned') throw new AppError('STATE_CHANGED', `A ${before.state} report is not changed`);
    const lessonsBefore = await repo.lessonsOf(tx, before.id);
    await repo.replaceLessons(tx, before.id, input.lessons);
    const after = (await repo.completionRows.update(tx, before.id, { results: input.results, revision: before.revision + 1, updatedAt: new Date() }))!;
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'completion_report',
      entityId: before.id,
      programmeId: project.programmeId,
      before: { ...before, lessons: auditedLessons(lessonsBefore) },
      after: { ...after, lessons: auditedLessons(input.lessons) },
    });
    return after;
  });
  return view(db, saved);
}

type Move = 'submit' | 'approve' | 'return';
const FROM: Record<Move, CompletionReportState[]> = { submit: ['draft', 'returned'], approve: ['submitted'], return: ['submitted'] };
const TO = { submit: 'submitted', approve: 'approved', return: 'returned' } as const;

export async function moveCompletion(db: Db, clock: Clock, actor: Actor, projectId: string, move: Move, input: ReportDecision): Promise<CompletionReport> {
  const { project } = await reportingScope(db, actor, projectId, move === 'submit' ? 'write' : 'decide');
  const user = requireUser(actor);
  if (move === 'return' && !input.comment?.trim()) throw invalidField('comment', 'required', 'Say why the report is returned');
  const now = clock.now();
  const saved = await db.transaction(async (tx) => {
    const before = await repo.findCompletion(tx, projectId, true);
    if (!before) throw notFound('The completion report');
    checkRevision(before, input.revision);
    if (!FROM[move].includes(before.state)) throw new AppError('STATE_CHANGED', `A ${before.state} report cannot be ${TO[move]}`);
    const lessons = await repo.lessonsOf(tx, before.id);
    if (move === 'submit') {
      const missing = [...(before.results.trim() ? [] : [{ path: 'results', code: 'required', message: 'required' }]), ...(lessons.length ? [] : [{ path: 'lessons', code: 'required', message: 'required' }])];
      if (missing.length) throw invalidFields(missing);
    }
    const after = (await repo.completionRows.update(tx, before.id, {
      state: TO[move],
      ...(move === 'submit' ? { submittedAt: now } : move === 'approve' ? { approvedAt: now } : {}),
      revision: before.revision + 1,
      updatedAt: now,
    }))!;
    await repo.insertEvent(tx, { completionReportId: before.id, kind: TO[move], comment: input.comment?.trim() || null, content: move === 'submit' ? { results: before.results, lessons } : null, byUserId: user.id, at: now });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'completion_report',
      entityId: before.id,
      programmeId: project.programmeId,
      before: { state: before.state, revision: before.revision },
      after: { state: after.state, revision: after.revision, ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}) },
    });
    return after;
  });
  return view(db, saved);
}

/** Lessons learned across the programme's projects: all for those who work in it, the published ones for others. */
export async function searchLessons(db: Db, actor: Actor, programmeId: string, q: LessonsQuery): Promise<LessonsAnswer> {
  const lineage = await visibleLineage(db, actor, programmeId);
  const insider = can(actor, 'programme.readInternal', { programmeIds: idsOf(lineage) });
  const { rows, total } = await repo.searchLessons(db, programmeId, { q: q.q || undefined, kind: q.kind, limit: q.limit, publishedOnly: !insider });
  return { items: rows.map((r) => ({ project: { id: r.project_id, title: r.title }, kind: r.kind, text: r.text, snippet: r.snippet })), total };
}
