/**
 * Development programmes for municipal leaders (the KS ABSOLUTT model): cohorts per region and
 * period, each municipality's or county's participant group, gatherings, homework between them,
 * and each group's development plan through the improvement cycle. See
 * src/server/features/development.
 */
import type { LocalizedText } from './localized';

/** The parts a member plays in the participant group (the seed's list, and youth). */
export const MEMBER_ROLES = [
  'mayor',
  'committee_leader',
  'chief_executive',
  'head_of_education',
  'adviser',
  'principal',
  'kindergarten_head',
  'union_representative',
  'youth_representative',
  'other',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Both elected and administrative leaders take part: each member is one or the other. */
export const MEMBER_KINDS = ['elected', 'administrative'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** The roles that are elected by default (the form proposes the kind from the role). */
export const ELECTED_ROLES: ReadonlySet<MemberRole> = new Set<MemberRole>(['mayor', 'committee_leader']);

/** Invited by the office; accepted with a committed group; declined; or withdrawn later. */
export const GROUP_STATUSES = ['invited', 'accepted', 'declined', 'withdrawn'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** The four questions of the improvement cycle: the parts of the development plan, in order. */
export const PLAN_PARTS = ['where_are_we', 'where_to_go', 'who_does_what', 'how_to_get_there'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

/** What a homework task asks to be handed in. */
export const SUBMISSION_KINDS = ['text', 'document', 'plan_part'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** The state of one group's homework: nothing yet, a draft, handed in (on time or late). */
export const HOMEWORK_STATES = ['missing', 'draft', 'submitted', 'late'] as const;
export type HomeworkState = (typeof HOMEWORK_STATES)[number];

/** The meeting places between gatherings that a group writes notes from. */
export const NOTE_KINDS = ['local_meeting', 'reference_group', 'other'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The arenas the seed names for the work between gatherings (who does what). */
export const ARENAS = ['reference_group', 'principals_group', 'kindergarten_heads_group', 'health_cooperation', 'participant_group', 'other'] as const;
export type Arena = (typeof ARENAS)[number];

/** Each competence goal is rated 1 (not at all) to 5 (to a great extent). */
export const EVALUATION_SCALE = [1, 2, 3, 4, 5] as const;

/**
 * Below this many answers a group's evaluation is never shown by itself: its answers count only
 * in the cohort's totals, so no one's answer can be told from the others'.
 */
export const EVALUATION_ANONYMITY_THRESHOLD = 5;

/** A perspective the programme takes on the sector, with its question and its topics. */
export interface Perspective {
  title: LocalizedText;
  question: LocalizedText;
  topics: LocalizedText[];
}

/**
 * How much of the gatherings held so far the group attended: a group is below its commitment
 * when one of its members missed a gathering the group had committed to attend (the seed asks
 * every member to attend every gathering), or when nobody from the group came.
 */
export function attendanceShare(held: number, attendedBy: readonly number[], members: number): number | null {
  if (held === 0 || members === 0) return null;
  const present = attendedBy.reduce((sum, n) => sum + Math.min(n, members), 0);
  return present / (held * members);
}

/** Whether a hand-in at `submittedAt` is late for a task due at `dueAt`. */
export function isLate(dueAt: Date | string, submittedAt: Date | string): boolean {
  return new Date(submittedAt).getTime() > new Date(dueAt).getTime();
}

/** The state of a group's homework for a task. */
export function homeworkState(dueAt: Date | string, submission: { submittedAt: Date | string | null } | null | undefined): HomeworkState {
  if (!submission) return 'missing';
  if (!submission.submittedAt) return 'draft';
  return isLate(dueAt, submission.submittedAt) ? 'late' : 'submitted';
}
