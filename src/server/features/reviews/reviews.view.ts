import type { ApplicationHead } from '../calls/calls.repo';
import type { CallRow } from '../calls/calls.table';
import type { decisionCasesOf, ReviewWithPeople } from './reviews.repo';
import type { CallCriterion } from '../../../shared/contracts/calls';
import type { Review, ReviewBoard, ReviewView } from '../../../shared/contracts/reviews';
import { meanOf, weightedTotal } from '../../../shared/domain/reviews';

export function toReviewView(r: ReviewWithPeople, criteria: readonly CallCriterion[]): ReviewView {
  return {
    id: r.id,
    applicationId: r.applicationId,
    reviewer: { id: r.reviewerId, name: r.reviewerName },
    reviewerOrganisation: r.reviewerOrganisationId && r.reviewerOrganisationName ? { id: r.reviewerOrganisationId, name: r.reviewerOrganisationName } : null,
    status: r.status,
    conflictReason: r.conflictReason,
    scores: r.scores,
    recommendation: r.recommendation,
    recommendedAmount: r.recommendedAmount,
    comment: r.comment,
    weightedTotal: r.status === 'conflict' ? null : weightedTotal(criteria, r.scores),
    assignedAt: r.createdAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    revision: r.revision,
  };
}

type DecisionCaseRow = Awaited<ReturnType<typeof decisionCasesOf>>[number];

export function toBoard(head: ApplicationHead, criteria: readonly CallCriterion[], rows: readonly ReviewWithPeople[], recommender: string | null, decisionCases: readonly DecisionCaseRow[], canManage: boolean): ReviewBoard {
  const reviews = rows.map((r) => toReviewView(r, criteria));
  const submitted = reviews.filter((r) => r.status === 'submitted');
  return {
    applicationId: head.id,
    applicationTitle: head.title,
    applicationStatus: head.status,
    organisation: { id: head.organisationId, name: head.organisationName },
    criteria: [...criteria],
    reviews,
    criterionMeans: Object.fromEntries(criteria.map((c) => [c.key, meanOf(submitted.map((r) => r.scores[c.key]?.score))])),
    meanTotal: meanOf(submitted.map((r) => r.weightedTotal)),
    releasedAt: head.reviewsReleasedAt?.toISOString() ?? null,
    recommendation:
      head.recommendation && head.recommendedAt
        ? { outcome: head.recommendation, amount: head.recommendedAmount, text: head.recommendationText ?? '', at: head.recommendedAt.toISOString(), by: recommender }
        : null,
    revision: head.revision,
    programmeId: head.programmeId,
    decisionCases: decisionCases.map((c) => ({ caseId: c.caseId, body: { id: c.bodyId, name: c.bodyName }, title: c.title, applied: c.appliedAt !== null })),
    canManage,
  };
}

/** The reviewer's own review; the others' only once released, and only the submitted ones. */
export function toReview(r: ReviewWithPeople, head: ApplicationHead, call: CallRow, peers: readonly ReviewWithPeople[] | null, canScore: boolean): Review {
  return {
    ...toReviewView(r, call.criteria),
    applicationTitle: head.title,
    organisation: { id: head.organisationId, name: head.organisationName },
    callId: call.id,
    callTitle: call.title,
    criteria: call.criteria,
    applicationVersion: r.applicationVersion,
    peers: peers && peers.map((p) => ({ reviewer: p.reviewerName, scores: p.scores, recommendation: p.recommendation, weightedTotal: weightedTotal(call.criteria, p.scores) })),
    canScore,
  };
}
