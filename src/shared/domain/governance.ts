/**
 * The words of governance: the kinds of body, the seats in one, what becomes of a meeting and of
 * an agenda item. Plain lists, without Zod: the public pages read them, and the contracts build
 * their enums from them. See DOMAIN.md, "Governance".
 */
export const BODY_KINDS = [
  'strategic_board',
  'operative_board',
  'steering_group',
  'expert_group',
  'working_group',
  'reference_group',
  'mayors_meeting',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** The seat a member holds; a personal deputy stands in for one named member. */
export const MEMBER_ROLES = ['chair', 'deputy_chair', 'member', 'personal_deputy', 'observer', 'secretary'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Roles only one person holds at a time in a body. */
export const SINGLE_SEAT_ROLES: ReadonlySet<MemberRole> = new Set<MemberRole>(['chair', 'deputy_chair']);

/**
 * A meeting's way from planned to published minutes; `cancelled` stops it. The order is the
 * order of the steps: a meeting never goes back.
 */
export const MEETING_STATUSES = ['planned', 'notice_published', 'held', 'minutes_approved', 'minutes_published', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const CASE_TYPES = ['decision', 'orientation', 'discussion', 'minutes_approval', 'referat'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** What the body made of an agenda item. */
export const ITEM_OUTCOMES = ['adopted', 'adopted_as_amended', 'rejected', 'postponed', 'forwarded', 'noted', 'withdrawn'] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];

/** Outcomes that adopt what the case proposed, and so apply its effects. */
export const ADOPTING_OUTCOMES: ReadonlySet<ItemOutcome> = new Set<ItemOutcome>(['adopted', 'adopted_as_amended']);

export const ATTENDANCE_STATUSES = ['present', 'absent_notified', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const VOTES = ['for', 'against', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

/** The body's ruling on a declared conflict of interest (inhabilitet). */
export const CONFLICT_RULINGS = ['disqualified', 'not_disqualified'] as const;
export type ConflictRuling = (typeof CONFLICT_RULINGS)[number];

/** What a decision changes when it is recorded (DOMAIN.md: decision effects). */
export const EFFECT_KINDS = ['adopt_mandate_version', 'establish_body', 'dissolve_body', 'adopt_action_programme', 'decide_application', 'decide_project_change'] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Days before a meeting its notice should be published, unless the programme sets another. */
export const DEFAULT_NOTICE_DAYS = 7;

/** "Sak 12/2026": a case's number in the body's series for the year. */
export function caseNumber(seq: number, year: number): string {
  return `${seq}/${year}`;
}

/** Whether a meeting has reached a step (a cancelled meeting reaches none after planned). */
export function meetingReached(status: MeetingStatus, step: MeetingStatus): boolean {
  if (status === 'cancelled') return step === 'planned';
  return MEETING_STATUSES.indexOf(status) >= MEETING_STATUSES.indexOf(step);
}
