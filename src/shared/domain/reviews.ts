/**
 * The words and arithmetic of reviews (vurderinger) of applications: a reviewer's state, what a
 * reviewer recommends, and the weighted total the secretariat reads. Plain, without Zod: the
 * client shows the same totals the server computes. See DOMAIN.md, "Portfolio".
 */
import { APPLICATION_OUTCOMES, type ApplicationOutcome } from './calls';

/** A reviewer's way: assigned, then either submitted (scores frozen) or excluded by a declared conflict. */
export const REVIEW_STATUSES = ['assigned', 'submitted', 'conflict'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A reviewer recommends one of the outcomes a body may decide. */
export const REVIEW_RECOMMENDATIONS = APPLICATION_OUTCOMES;
export type ReviewRecommendation = ApplicationOutcome;

/** Why a user may not review an application. */
export const REVIEWER_EXCLUSIONS = ['applicantOrganisation', 'partnerOrganisation', 'declaredConflict'] as const;
export type ReviewerExclusion = (typeof REVIEWER_EXCLUSIONS)[number];

/** Statuses of an application in which reviewers may be assigned and may score. */
export const REVIEWABLE_STATUSES = ['submitted', 'in_review', 'recommended'] as const;

export const REVIEW_LIMITS = { comment: 5000, conflictReason: 1000, recommendationText: 10_000, reviewers: 20 } as const;

export interface CriterionScale {
  key: string;
  weight: number;
  scale: { min: number; max: number };
}

/**
 * A review's weighted total, 0–100: each score placed on its criterion's scale (min → 0, max → 1),
 * weighted, and the weights' sum made 100. Null until every criterion is scored.
 */
export function weightedTotal(criteria: readonly CriterionScale[], scores: Readonly<Record<string, { score?: number | null } | undefined>>): number | null {
  if (criteria.length === 0) return null;
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const score = scores[c.key]?.score;
    if (score === undefined || score === null) return null;
    sum += (c.weight * (score - c.scale.min)) / (c.scale.max - c.scale.min);
    weights += c.weight;
  }
  return round1((100 * sum) / weights);
}

/** The mean of the numbers that are there, to one decimal; null when none are. */
export function meanOf(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  if (present.length === 0) return null;
  return round1(present.reduce((a, b) => a + b, 0) / present.length);
}

const round1 = (n: number) => Math.round(n * 10) / 10;
