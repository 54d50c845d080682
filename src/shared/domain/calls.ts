/**
 * The words of calls for applications and of applications: their statuses, and which kinds of
 * organisation count as a municipal unit (an NGO may be asked to apply together with one). Plain
 * lists, without Zod: the public pages read them, and the contracts build their enums from them.
 * See DOMAIN.md, "Portfolio".
 */
import type { OrganisationKind } from '../contracts/organisations';

/** A call's way: written, open for applications, closed, and its applications decided. */
export const CALL_STATUSES = ['draft', 'open', 'closed', 'decided'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/**
 * An application's way: a draft, submitted (a version frozen), in review, recommended, decided;
 * or withdrawn by the applicant, or returned by the secretariat for changes (then submitted again
 * as a new version).
 */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'in_review', 'recommended', 'decided', 'withdrawn', 'returned'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses in which the applicant may change the answers and submit. */
export const EDITABLE_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['draft', 'returned'];
/** Statuses from which the applicant may withdraw the application. */
export const WITHDRAWABLE_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['draft', 'submitted', 'returned', 'in_review'];
/** Statuses in which the secretariat may return an application for changes. */
export const RETURNABLE_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['submitted', 'in_review'];

/** Kinds of organisation that are units of a municipality. */
export const MUNICIPAL_KINDS: readonly OrganisationKind[] = ['municipality', 'city_district', 'agency'];
/** Kinds of organisation that a call may let apply only together with a municipal unit. */
export const NGO_KINDS: readonly OrganisationKind[] = ['ngo'];

/** Limits of a call's parts. */
export const CALL_LIMITS = {
  deadlines: 12,
  criteria: 30,
  partners: 20,
  weight: { min: 1, max: 100 },
  scale: { min: 0, max: 100 },
  returnComment: 5000,
  applicationTitle: 300,
} as const;

/** What a body decides on an application; a grant, whole or in part, creates the project. */
export const APPLICATION_OUTCOMES = ['granted', 'partly_granted', 'rejected', 'deferred'] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

/** Outcomes that grant money and so create the project. */
export const GRANTING_OUTCOMES: ReadonlySet<ApplicationOutcome> = new Set<ApplicationOutcome>(['granted', 'partly_granted']);

/** The statuses in which an application may be decided on. */
export const DECIDABLE_STATUSES: ReadonlySet<ApplicationStatus> = new Set<ApplicationStatus>(['submitted', 'in_review', 'recommended']);

/** The decision a case proposes for an application (kept with the decision effect). */
export interface ApplicationDecision {
  outcome: ApplicationOutcome;
  /** Whole kroner granted; for a grant, whole or in part. */
  amount?: number | null;
  /** The conditions of the grant, in the languages written. */
  conditions?: { nb: string; nn?: string | null; en?: string | null } | null;
}
