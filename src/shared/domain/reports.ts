/**
 * The words and rules of project reporting: status reports on a schedule (RAG, narrative,
 * spending, risks), their states, and the completion report with its lessons learned. Plain
 * lists and pure functions: the public pages and the server read them alike. See DOMAIN.md,
 * "Portfolio" (status report, completion report).
 */

/** Red, amber, green: how the project stands, as its owner sees it. */
export const RAG_STATUSES = ['green', 'amber', 'red'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

/**
 * A project's RAG in the portfolio: the RAG of its status report with the latest due date among
 * those submitted or approved. A draft is not yet the owner's word and a returned report was sent
 * back, so neither counts; a project without a submitted or approved report has none (`none` in
 * the portfolio's filter).
 */
export const PROJECT_RAG_FILTERS = [...RAG_STATUSES, 'none'] as const;
export type ProjectRagFilter = (typeof PROJECT_RAG_FILTERS)[number];

/**
 * A status report's way: `due` (nothing written yet) → `draft` → `submitted` → `approved`, or
 * `returned` with the secretariat's comment, then changed and submitted again.
 */
export const STATUS_REPORT_STATES = ['due', 'draft', 'submitted', 'approved', 'returned'] as const;
export type StatusReportState = (typeof STATUS_REPORT_STATES)[number];
/** The states a stored report can be in (`due` is a report not yet begun). */
export type StoredReportState = Exclude<StatusReportState, 'due'>;

/** A completion report is drafted, submitted and approved (or returned, then submitted again). */
export const COMPLETION_REPORT_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type CompletionReportState = (typeof COMPLETION_REPORT_STATES)[number];

/** The kinds of lesson a completion report holds (seed 004's "erfaringer så langt"). */
export const LESSON_KINDS = ['worked', 'did_not_work', 'advice'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/** How a risk is rated: its likelihood and its impact. */
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The reminders a report due gets: one before the due date, one after it while not submitted. */
export const REMINDER_KINDS = ['before', 'after'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How many due dates a schedule yields at most (an open-ended project is cut off here). */
export const MAX_DUE_DATES = 60;

const isMonthEnd = (date: string) => addDays(date, 1).endsWith('-01');

/** The date (YYYY-MM-DD) `months` calendar months after `date`, kept within the month (15 Jan + 1 → 15 Feb; 31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // The last day of a month stays the last day (30 June + 6 → 31 December).
  if (isMonthEnd(date)) return new Date(Date.UTC(y, m + months, 0)).toISOString().slice(0, 10);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** The date (YYYY-MM-DD) `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface ScheduleRule {
  /** The first due date; with an interval, the next ones follow every `intervalMonths` months. */
  firstDueOn: string | null;
  intervalMonths: number | null;
  /** An explicit list of due dates instead of (or beside) the interval. */
  dueDates: readonly string[];
}

/**
 * A project's due dates under a schedule: the explicit dates, and from the first due date every
 * `intervalMonths` months up to the project's end (inclusive); an open-ended project gets at most
 * MAX_DUE_DATES. Sorted, without repeats.
 */
export function dueDatesFor(rule: ScheduleRule, projectEndsOn: string | null): string[] {
  const dates = new Set(rule.dueDates);
  if (rule.firstDueOn) {
    dates.add(rule.firstDueOn);
    if (rule.intervalMonths && rule.intervalMonths > 0) {
      for (let i = 1; i < MAX_DUE_DATES; i++) {
        const next = addMonths(rule.firstDueOn, i * rule.intervalMonths);
        if (projectEndsOn && next > projectEndsOn) break;
        dates.add(next);
      }
    }
  }
  return [...dates].sort().slice(0, MAX_DUE_DATES);
}

/** A report is late when its due date has passed and it is neither submitted nor approved. */
export function isLate(state: StatusReportState, dueOn: string, today: string): boolean {
  return dueOn < today && (state === 'due' || state === 'draft' || state === 'returned');
}
