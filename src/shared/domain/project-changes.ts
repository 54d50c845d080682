/**
 * When a change to a granted project goes to the board (DOMAIN.md, "Portfolio": "a change of
 * budget or period above a threshold goes to the board as a case"). The programme sets two
 * thresholds: how far the granted total may move, in per cent of what was granted, and how many
 * months the start or the end may move. A project holds to them once it has a granted total: the
 * board controls what it granted; a project funded from elsewhere keeps its own budget and period.
 * Plain functions, shared by the server (which enforces them) and the pages (which say so first).
 */

export const CHANGE_REQUEST_STATUSES = ['pending', 'on_agenda', 'approved', 'rejected', 'withdrawn'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

export interface ChangeThresholds {
  /** The most the granted total may move without a decision, in per cent of it; null: no rule. */
  percent: number | null;
  /** The most the start or the end may move without a decision, in months; null: no rule. */
  months: number | null;
}

export const DEFAULT_THRESHOLDS: ChangeThresholds = { percent: 10, months: 3 };

export interface ProjectTerms {
  grantedTotal: number | null;
  startsOn: string | null;
  endsOn: string | null;
}

/** Why a change needs the board: the field, and the threshold it passes. */
export interface ThresholdBreach {
  field: 'grantedTotal' | 'startsOn' | 'endsOn';
  code: 'budgetAboveThreshold' | 'periodAboveThreshold';
  threshold: number;
}

/** The date `months` calendar months after (or, negative, before) the day, clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whether a date moved further than `months` from where it was (a date set or cleared counts as moved beyond). */
function movedBeyond(before: string | null, after: string | null, months: number): boolean {
  if (before === after || before === null) return false;
  if (after === null) return true;
  return after > addMonths(before, months) || after < addMonths(before, -months);
}

/**
 * The ways a change of a project's granted total or period passes the programme's thresholds;
 * empty when the owner may make it alone. Only a project with a granted total is held to them.
 */
export function thresholdBreaches(before: ProjectTerms, after: ProjectTerms, thresholds: ChangeThresholds): ThresholdBreach[] {
  if (before.grantedTotal === null) return [];
  const breaches: ThresholdBreach[] = [];
  const { percent, months } = thresholds;
  if (percent !== null && after.grantedTotal !== before.grantedTotal) {
    const moved = Math.abs((after.grantedTotal ?? 0) - before.grantedTotal);
    // Whole units both sides: compare moved × 100 with total × percent, without rounding.
    if (moved * 100 > before.grantedTotal * percent) breaches.push({ field: 'grantedTotal', code: 'budgetAboveThreshold', threshold: percent });
  }
  if (months !== null) {
    for (const field of ['startsOn', 'endsOn'] as const) {
      if (movedBeyond(before[field], after[field], months)) breaches.push({ field, code: 'periodAboveThreshold', threshold: months });
    }
  }
  return breaches;
}
