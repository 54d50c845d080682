import type { CompletionReport, ReportEvent, ReportSchedule, StatusReport } from '../../../shared/contracts/reports';
import { isLate } from '../../../shared/domain/reports';
import type { EventRow, ScheduleWithNames } from './reports.repo';
import type { CompletionReportRow, StatusReportRow } from './reports.table';
import type { LessonKind } from '../../../shared/domain/reports';

export function toSchedule(s: ScheduleWithNames): ReportSchedule {
  return {
    id: s.id,
    programmeId: s.programmeId,
    project: s.projectId && s.projectTitle ? { id: s.projectId, title: s.projectTitle } : null,
    call: s.callId && s.callTitle ? { id: s.callId, title: s.callTitle } : null,
    firstDueOn: s.firstDueOn,
    intervalMonths: s.intervalMonths,
    dueDates: s.dueDates,
    remindDaysBefore: s.remindDaysBefore,
    remindDaysAfter: s.remindDaysAfter,
    revision: s.revision,
  };
}

const toEvent = (e: EventRow): ReportEvent => ({ kind: e.kind, at: e.at.toISOString(), by: e.by, comment: e.comment });

export function toStatusReport(r: StatusReportRow, events: readonly EventRow[], today: string): StatusReport {
  return {
    id: r.id,
    projectId: r.projectId,
    dueOn: r.dueOn,
    state: r.state,
    late: isLate(r.state, r.dueOn, today),
    rag: r.rag,
    narrative: r.narrative,
    spentToDate: r.spentToDate,
    currency: r.currency,
    risks: r.risks,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    revision: r.revision,
    history: events.filter((e) => e.reportId === r.id).map(toEvent),
  };
}

export function toCompletion(r: CompletionReportRow, lessons: { kind: LessonKind; text: string }[], events: readonly EventRow[]): CompletionReport {
  return {
    id: r.id,
    projectId: r.projectId,
    state: r.state,
    results: r.results,
    lessons,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    revision: r.revision,
    history: events.map(toEvent),
  };
}
