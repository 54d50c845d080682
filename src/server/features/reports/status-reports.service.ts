import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, invalidFields, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import { authorize, requireUser } from '../../http/permissions';
import type { Clock } from '../../jobs/clock';
import * as repo from './reports.repo';
import { idsOf, projectsWithDueDates, reportingScope, todayOf } from './reports.access';
import { toStatusReport } from './reports.view';
import type { StatusReportRow } from './reports.table';
import type { ProjectStatusReports, ReportDecision, ReportOverview, ReportOverviewQuery, StatusReport, StatusReportDraft } from '../../../shared/contracts/reports';
import { isLate, type StatusReportState } from '../../../shared/domain/reports';
import type { FieldError } from '../../../shared/errors';

async function view(db: DbOrTx, row: StatusReportRow, today: string): Promise<StatusReport> {
  return toStatusReport(row, await repo.eventsOf(db, 'status', [row.id]), today);
}

/** The project's due dates, each with its report when begun; the reports of dates no schedule names any more are kept too. */
export async function projectReports(db: Db, clock: Clock, actor: Actor, projectId: string): Promise<ProjectStatusReports> {
  const { access } = await reportingScope(db, actor, projectId, 'read');
  const today = todayOf(clock);
  const [[scheduled], reports] = await Promise.all([projectsWithDueDates(db, { projectId }), repo.reportsOfProjects(db, [projectId])]);
  const events = await repo.eventsOf(db, 'status', reports.map((r) => r.id));
  const dates = new Set([...(scheduled?.dueDates.map((d) => d.dueOn) ?? []), ...reports.map((r) => r.dueOn)]);
  const items = [...dates].sort().map((dueOn) => {
    const row = reports.find((r) => r.dueOn === dueOn);
    const state: StatusReportState = row?.state ?? 'due';
    return { dueOn, state, late: isLate(state, dueOn, today), report: row ? toStatusReport(row, events, today) : null };
  });
  return { items, canWrite: access.canEdit, canDecide: access.canManage };
}

export async function getReport(db: Db, clock: Clock, actor: Actor, id: string): Promise<StatusReport> {
  const row = await repo.findStatusReport(db, id);
  if (!row) throw notFound('The report');
  await reportingScope(db, actor, row.projectId, 'read');
  return view(db, row, todayOf(clock));
}

const checkRevision = (row: { revision: number }, revision: number | undefined) => {
  if (revision !== undefined && row.revision !== revision) throw new AppError('STATE_CHANGED', 'The report has changed since it was read');
};

/** Begins or changes the report for a due date: the owner's contributors (or the secretariat), while it is a draft or returned. */
export async function saveReport(db: Db, clock: Clock, actor: Actor, projectId: string, dueOn: string, input: StatusReportDraft): Promise<StatusReport> {
  const { project } = await reportingScope(db, actor, projectId, 'write');
  const [scheduled] = await projectsWithDueDates(db, { projectId });
  const saved = await db.transaction(async (tx) => {
    const before = await repo.reportByDue(tx, projectId, dueOn);
    if (!before && !scheduled?.dueDates.some((d) => d.dueOn === dueOn)) throw invalidField('dueOn', 'notDue', 'No schedule names a report due on this date');
    const values = { rag: input.rag ?? null, narrative: input.narrative, spentToDate: input.spentToDate ?? null, risks: input.risks };
    if (!before) {
      const row = await repo.statusReportRows.insert(tx, { projectId, dueOn, currency: project.currency, ...values });
      await recordAudit(tx, actor, { action: 'create', entityType: 'status_report', entityId: row.id, programmeId: project.programmeId, after: row });
      return row;
    }
    checkRevision(before, input.revision);
    if (before.state !== 'draft' && before.state !== 'returned') throw new AppError('STATE_CHANGED', `A ${before.state} report is not changed`);
    const after = (await repo.statusReportRows.update(tx, before.id, { ...values, revision: before.revision + 1, updatedAt: new Date() }))!;
    await recordAudit(tx, actor, { action: 'update', entityType: 'status_report', entityId: before.id, programmeId: project.programmeId, before, after });
    return after;
  });
  return view(db, saved, todayOf(clock));
}

type Move = 'submit' | 'approve' | 'return';
const FROM: Record<Move, StatusReportState[]> = { submit: ['draft', 'returned'], approve: ['submitted'], return: ['submitted'] };
const TO = { submit: 'submitted', approve: 'approved', return: 'returned' } as const;
const EVENT = { submit: 'submitted', approve: 'approved', return: 'returned' } as const;

/** What a report must hold to be submitted: a RAG status and a narrative. */
export function missingForSubmit(r: { rag: string | null; narrative: string }): FieldError[] {
  return [
    ...(r.rag ? [] : [{ path: 'rag', code: 'required', message: 'required' }]),
    ...(r.narrative.trim() ? [] : [{ path: 'narrative', code: 'required', message: 'required' }]),
  ];
}

/** Submits (the owner), approves or returns with a comment (the secretariat); every move is kept in the report's history. */
export async function moveReport(db: Db, clock: Clock, actor: Actor, id: string, move: Move, input: ReportDecision): Promise<StatusReport> {
  const head = await repo.findStatusReport(db, id);
  if (!head) throw notFound('The report');
  const { project } = await reportingScope(db, actor, head.projectId, move === 'submit' ? 'write' : 'decide');
  const user = requireUser(actor);
  if (move === 'return' && !input.comment?.trim()) throw invalidField('comment', 'required', 'Say why the report is returned');
  const now = clock.now();
  const saved = await db.transaction(async (tx) => {
    const before = await repo.statusReportRows.lock(tx, id);
    if (!before) throw notFound('The report');
    checkRevision(before, input.revision);
    if (!FROM[move].includes(before.state)) throw new AppError('STATE_CHANGED', `A ${before.state} report cannot be ${TO[move]}`);
    if (move === 'submit') {
      const missing = missingForSubmit(before);
      if (missing.length) throw invalidFields(missing);
    }
    const after = (await repo.statusReportRows.update(tx, id, {
      state: TO[move],
      ...(move === 'submit' ? { submittedAt: now, decidedAt: null } : { decidedAt: now }),
      revision: before.revision + 1,
      updatedAt: now,
    }))!;
    const content = move === 'submit' ? { rag: before.rag, narrative: before.narrative, spentToDate: before.spentToDate, currency: before.currency, risks: before.risks } : null;
    await repo.insertEvent(tx, { statusReportId: id, kind: EVENT[move], comment: input.comment?.trim() || null, content, byUserId: user.id, at: now });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'status_report',
      entityId: id,
      programmeId: project.programmeId,
      before: { state: before.state, revision: before.revision },
      after: { state: after.state, revision: after.revision, ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}) },
    });
    return after;
  });
  return view(db, saved, todayOf(clock));
}

/** Every due date of the programme's projects with where its report stands: the secretariat's table. */
export async function reportOverview(db: Db, clock: Clock, actor: Actor, programmeId: string, q: ReportOverviewQuery): Promise<ReportOverview> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'programme.readInternal', { programmeIds: idsOf(lineage) });
  const today = todayOf(clock);
  const scheduled = await projectsWithDueDates(db, { programmeId });
  const reports = await repo.reportsOfProjects(db, scheduled.map((s) => s.project.id));
  const byKey = new Map(reports.map((r) => [`${r.projectId}|${r.dueOn}`, r]));
  const all = scheduled.flatMap(({ project, dueDates }) =>
    dueDates.map((d) => {
      const r = byKey.get(`${project.id}|${d.dueOn}`);
      const state: StatusReportState = r?.state ?? 'due';
      return {
        project: { id: project.id, title: project.title },
        owner: { id: project.ownerOrganisationId, name: project.ownerName },
        dueOn: d.dueOn,
        state,
        late: isLate(state, d.dueOn, today),
        rag: r?.rag ?? null,
        submittedAt: r?.submittedAt?.toISOString() ?? null,
        reportId: r?.id ?? null,
      };
    }),
  );
  const inRange = all.filter((r) => (!q.from || r.dueOn >= q.from) && (!q.to || r.dueOn <= q.to));
  const counts = { due: 0, draft: 0, submitted: 0, approved: 0, returned: 0, late: 0 };
  for (const r of inRange) {
    counts[r.state] += 1;
    if (r.late) counts.late += 1;
  }
  const items = inRange
    .filter((r) => (!q.state || r.state === q.state) && (q.late === undefined || r.late === (q.late === 'true')))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.project.title.nb.localeCompare(b.project.title.nb, 'nb'));
  return { items, counts, today };
}
