import { z } from './zod';
import { Id, IdParams, LocalizedText, OkResponse, Timestamp } from './common';
import { endpoint } from './endpoint';
import { NamedRef } from './governance-bodies';
import { ApplicationStatus, CallCriterion } from './calls';
import { APPLICATION_OUTCOMES } from '../domain/calls';
import { REVIEW_LIMITS, REVIEW_STATUSES, REVIEWER_EXCLUSIONS } from '../domain/reviews';

const L = REVIEW_LIMITS;

export const ReviewStatus = z.enum(REVIEW_STATUSES);
export const Recommendation = z.enum(APPLICATION_OUTCOMES);
export const ReviewerExclusion = z.enum(REVIEWER_EXCLUSIONS);

const Revision = z.number().int().min(1).describe('The revision the change was made on: a change to an older revision is refused (STATE_CHANGED)');
const Kroner = z.number().int().min(0).max(1e12);

export const CriterionScore = z.object({
  score: z.number().int().nullable().describe("A score on the criterion's scale; null while not yet given"),
  comment: z.string().max(L.comment).default(''),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

/** Scores by criterion key. */
export const Scores = z.record(z.string(), CriterionScore);
export type Scores = z.infer<typeof Scores>;

/** A review as the secretariat (and the deciding body) reads it: who, and what they gave. */
export const ReviewView = z.object({
  id: Id,
  applicationId: Id,
  reviewer: NamedRef.describe('The reviewer'),
  reviewerOrganisation: NamedRef.nullable(),
  status: ReviewStatus,
  conflictReason: z.string().nullable(),
  scores: Scores,
  recommendation: Recommendation.nullable(),
  recommendedAmount: z.number().int().nullable(),
  comment: z.string(),
  weightedTotal: z.number().nullable().describe('0–100; null until every criterion is scored'),
  assignedAt: Timestamp,
  submittedAt: Timestamp.nullable(),
  revision: z.number().int(),
});
export type ReviewView = z.infer<typeof ReviewView>;

/** The secretariat's recommendation to the deciding body. */
export const SecretariatRecommendation = z.object({
  outcome: Recommendation,
  amount: z.number().int().nullable(),
  text: z.string(),
  at: Timestamp,
  by: z.string().nullable(),
});

/** All the reviews of an application side by side, with the totals. */
export const ReviewBoard = z.object({
  applicationId: Id,
  applicationTitle: z.string(),
  applicationStatus: ApplicationStatus,
  organisation: NamedRef,
  criteria: z.array(CallCriterion),
  reviews: z.array(ReviewView).describe('In the order they were assigned'),
  criterionMeans: z.record(z.string(), z.number().nullable()).describe('Mean score per criterion over the submitted reviews'),
  meanTotal: z.number().nullable().describe('Mean weighted total (0–100) over the submitted reviews; conflicts are left out'),
  releasedAt: Timestamp.nullable().describe('When the secretariat let the reviewers see each other’s scores'),
  recommendation: SecretariatRecommendation.nullable(),
  revision: z.number().int().describe("The application's revision"),
  programmeId: Id,
  decisionCases: z
    .array(z.object({ caseId: Id, body: z.object({ id: Id, name: LocalizedText }), title: LocalizedText, applied: z.boolean() }))
    .describe('The cases that propose a decision on the application, and whether the decision was made'),
  canManage: z.boolean(),
});
export type ReviewBoard = z.infer<typeof ReviewBoard>;

export const ReviewerCandidate = z.object({
  user: NamedRef,
  organisation: NamedRef.nullable(),
  excludedBy: ReviewerExclusion.nullable().describe('Why the user may not review this application'),
  assigned: z.boolean(),
});
export const ReviewerCandidates = z.object({ items: z.array(ReviewerCandidate) });
export type ReviewerCandidates = z.infer<typeof ReviewerCandidates>;

export const ReviewAssign = z.object({ reviewerId: Id.describe('The user to assign') });
export type ReviewAssign = z.infer<typeof ReviewAssign>;

export const RecommendationInput = z.object({
  outcome: Recommendation,
  amount: Kroner.nullable().optional().describe('Whole kroner; required for a grant in part'),
  text: z.string().trim().max(L.recommendationText).default(''),
  revision: Revision,
});
export type RecommendationInput = z.infer<typeof RecommendationInput>;

/** A reviewer's own assignment, in their list. */
export const MyReview = z.object({
  id: Id,
  applicationId: Id,
  applicationTitle: z.string(),
  organisation: NamedRef,
  callId: Id,
  callTitle: LocalizedText,
  status: ReviewStatus,
  assignedAt: Timestamp,
  submittedAt: Timestamp.nullable(),
});
export const MyReviews = z.object({ items: z.array(MyReview) });
export type MyReviews = z.infer<typeof MyReviews>;

/** Another reviewer's finished review, as a reviewer sees it once the secretariat has released them. */
export const PeerReview = z.object({
  reviewer: z.string(),
  scores: Scores,
  recommendation: Recommendation.nullable(),
  weightedTotal: z.number().nullable(),
});

/** A reviewer's own review, with what they need to score: the call's criteria. */
export const Review = ReviewView.extend({
  applicationTitle: z.string(),
  organisation: NamedRef,
  callId: Id,
  callTitle: LocalizedText,
  criteria: z.array(CallCriterion),
  applicationVersion: z.number().int().describe('The submitted version under review'),
  peers: z.array(PeerReview).nullable().describe("The other reviewers' submitted reviews; null until the secretariat releases them"),
  canScore: z.boolean().describe('The reader is the reviewer and may still change the review'),
});
export type Review = z.infer<typeof Review>;

export const ReviewUpdate = z.object({
  scores: Scores.optional(),
  recommendation: Recommendation.nullable().optional(),
  recommendedAmount: Kroner.nullable().optional(),
  comment: z.string().max(L.comment).optional(),
  revision: Revision,
});
export type ReviewUpdate = z.infer<typeof ReviewUpdate>;

export const ReviewSubmit = z.object({ revision: Revision });
export const ConflictDeclaration = z.object({
  reason: z.string().trim().min(1, { message: 'required' }).max(L.conflictReason).describe('Why the reviewer cannot judge the application impartially'),
});
export type ConflictDeclaration = z.infer<typeof ConflictDeclaration>;

export const reviewsApi = {
  board: endpoint({ method: 'GET', path: '/api/applications/:id/reviews', params: IdParams, response: ReviewBoard }),
  candidates: endpoint({ method: 'GET', path: '/api/applications/:id/reviewer-candidates', params: IdParams, response: ReviewerCandidates }),
  assign: endpoint({ method: 'POST', path: '/api/applications/:id/reviews', params: IdParams, body: ReviewAssign, response: ReviewBoard, status: 201 }),
  release: endpoint({ method: 'POST', path: '/api/applications/:id/reviews/release', params: IdParams, response: ReviewBoard }),
  recommend: endpoint({ method: 'PUT', path: '/api/applications/:id/recommendation', params: IdParams, body: RecommendationInput, response: ReviewBoard }),
  unassign: endpoint({ method: 'DELETE', path: '/api/reviews/:id', params: IdParams, response: OkResponse }),
  mine: endpoint({ method: 'GET', path: '/api/reviews', response: MyReviews }),
  get: endpoint({ method: 'GET', path: '/api/reviews/:id', params: IdParams, response: Review }),
  update: endpoint({ method: 'PATCH', path: '/api/reviews/:id', params: IdParams, body: ReviewUpdate, response: Review }),
  submit: endpoint({ method: 'POST', path: '/api/reviews/:id/submit', params: IdParams, body: ReviewSubmit, response: Review }),
  conflict: endpoint({ method: 'POST', path: '/api/reviews/:id/conflict', params: IdParams, body: ConflictDeclaration, response: Review }),
};
