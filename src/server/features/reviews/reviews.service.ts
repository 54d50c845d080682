import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, invalidFields, notFound } from '../../http/errors';
import { authorize, can, requireUser } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { lineageOf } from '../programmes/programmes.repo';
import * as calls from '../calls/calls.repo';
import { applicationRows } from '../calls/calls.repo';
import * as repo from './reviews.repo';
import { toBoard, toReview } from './reviews.view';
import type { ConflictDeclaration, MyReviews, RecommendationInput, Review, ReviewBoard, ReviewerCandidates, ReviewUpdate, Scores } from '../../../shared/contracts/reviews';
import type { CallCriterion } from '../../../shared/contracts/calls';
import { REVIEWABLE_STATUSES, type ReviewerExclusion } from '../../../shared/domain/reviews';
import type { ApplicationStatus } from '../../../shared/domain/calls';
import type { FieldError } from '../../../shared/errors';

const stateChanged = (detail: string) => new AppError('STATE_CHANGED', detail);
const reviewable = (status: ApplicationStatus) => (REVIEWABLE_STATUSES as readonly string[]).includes(status);

/** The application and what the actor may do with its reviews: keep them (the secretariat), or read them (also the deciding body). */
async function applicationAccess(db: DbOrTx, actor: Actor, applicationId: string) {
  requireUser(actor);
  const head = await calls.findApplication(db, applicationId);
  if (!head) throw notFound('The application');
  const programmeIds = (await lineageOf(db, head.programmeId)).map((l) => l.id);
  const canManage = can(actor, 'portfolio.manage', { programmeIds });
  return { head, programmeIds, canManage, canRead: canManage || can(actor, 'review.read', { programmeIds }) };
}

async function managedApplication(db: DbOrTx, actor: Actor, applicationId: string) {
  const access = await applicationAccess(db, actor, applicationId);
  const user = authorize(actor, 'portfolio.manage', { programmeIds: access.programmeIds });
  return { ...access, user };
}

/** Why the user may not review the application, if a reason holds. */
function exclusionOf(reviewer: { organisationId: string | null }, applicant: string, partnerIds: readonly string[], existing?: { status: string }): ReviewerExclusion | null {
  if (existing?.status === 'conflict') return 'declaredConflict';
  if (!reviewer.organisationId) return null;
  if (reviewer.organisationId === applicant) return 'applicantOrganisation';
  if (partnerIds.includes(reviewer.organisationId)) return 'partnerOrganisation';
  return null;
}

async function board(db: DbOrTx, applicationId: string, canManage: boolean): Promise<ReviewBoard> {
  const head = await calls.findApplication(db, applicationId);
  if (!head) throw notFound('The application');
  const [call, rows, recommender, decisionCases] = await Promise.all([
    calls.findCall(db, head.callId),
    repo.reviewsOf(db, applicationId),
    repo.recommenderName(db, head.recommendedBy),
    repo.decisionCasesOf(db, applicationId),
  ]);
  return toBoard(head, call?.criteria ?? [], rows, recommender, decisionCases, canManage);
}

/** The reviews of an application side by side, with weighted totals: for the secretariat and the deciding body. */
export async function getBoard(db: Db, actor: Actor, applicationId: string): Promise<ReviewBoard> {
  const access = await applicationAccess(db, actor, applicationId);
  if (!access.canRead) throw notFound('The application');
  return board(db, applicationId, access.canManage);
}

/** Who may be assigned: those holding a role in the call's programme (or above it), each with what excludes them. */
export async function reviewerCandidates(db: Db, actor: Actor, applicationId: string): Promise<ReviewerCandidates> {
  const { head, programmeIds } = await managedApplication(db, actor, applicationId);
  const [people, partners, existing] = await Promise.all([repo.usersWithRoleIn(db, programmeIds), calls.partnersOf(db, applicationId), repo.reviewsOf(db, applicationId)]);
  const partnerIds = partners.map((p) => p.id);
  const items = people
    .map((u) => {
      const review = existing.find((r) => r.reviewerId === u.id);
      return {
        user: { id: u.id, name: u.name },
        organisation: u.organisationId && u.organisationName ? { id: u.organisationId, name: u.organisationName } : null,
        excludedBy: exclusionOf(u, head.organisationId, partnerIds, review),
        assigned: !!review && review.status !== 'conflict',
      };
    })
    .sort((a, b) => a.user.name.localeCompare(b.user.name, 'nb'));
  return { items };
}

/** Locks the application and checks it may be reviewed. */
async function lockReviewable(tx: DbOrTx, applicationId: string) {
  const row = await applicationRows.lock(tx, applicationId);
  if (!row) throw notFound('The application');
  if (!reviewable(row.status)) throw stateChanged(`The application is ${row.status}: only a submitted application is reviewed`);
  return row;
}

/**
 * Assigns a reviewer. Refused, naming `reviewerId`: a user without a role in the programme, one
 * from the applicant organisation or a partner, one who declared a conflict, one already assigned.
 * The first assignment puts a submitted application in review.
 */
export async function assignReviewer(db: Db, actor: Actor, applicationId: string, reviewerId: string): Promise<ReviewBoard> {
  const { head, programmeIds, user } = await managedApplication(db, actor, applicationId);
  await db.transaction(async (tx) => {
    const app = await lockReviewable(tx, applicationId);
    const [reviewer, inProgramme, partners, existing] = await Promise.all([
      repo.findUser(tx, reviewerId),
      repo.usersWithRoleIn(tx, programmeIds),
      calls.partnersOf(tx, applicationId),
      repo.reviewBy(tx, applicationId, reviewerId),
    ]);
    if (!reviewer || reviewer.isDisabled || !inProgramme.some((u) => u.id === reviewerId)) throw invalidField('reviewerId', 'notInProgramme', 'The reviewer holds no role in the programme');
    const excluded = exclusionOf(reviewer, head.organisationId, partners.map((p) => p.id), existing);
    if (excluded) throw invalidField('reviewerId', excluded, `The reviewer is excluded: ${excluded}`);
    if (existing) throw invalidField('reviewerId', 'alreadyAssigned', 'The reviewer is already assigned');
    const row = await repo.reviewRows.insert(tx, { applicationId, reviewerId, assignedBy: user.id, applicationVersion: app.currentVersion });
    if (app.status === 'submitted') await applicationRows.update(tx, applicationId, { status: 'in_review', revision: app.revision + 1, updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'create', entityType: 'review', entityId: row.id, programmeId: head.programmeId, after: { application: head.title, reviewer: reviewer.name } });
  });
  return board(db, applicationId, true);
}

/** Takes an assignment back; a submitted review is kept (it is part of the record). */
export async function unassignReviewer(db: Db, actor: Actor, reviewId: string): Promise<void> {
  const found = await repo.findReview(db, reviewId);
  if (!found) throw notFound('The review');
  const { head } = await managedApplication(db, actor, found.applicationId);
  await db.transaction(async (tx) => {
    const row = await repo.reviewRows.lock(tx, reviewId);
    if (!row) throw notFound('The review');
    if (row.status === 'submitted') throw stateChanged('A submitted review is kept');
    await repo.reviewRows.remove(tx, reviewId);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'review', entityId: reviewId, programmeId: head.programmeId, before: { application: head.title, reviewer: found.reviewerName, status: row.status } });
  });
}

/** Lets the assigned reviewers see each other's submitted scores (with names). */
export async function releaseReviews(db: Db, actor: Actor, applicationId: string, now: Date): Promise<ReviewBoard> {
  const { head } = await managedApplication(db, actor, applicationId);
  await db.transaction(async (tx) => {
    const app = await applicationRows.lock(tx, applicationId);
    if (!app) throw notFound('The application');
    if (app.reviewsReleasedAt) return;
    await applicationRows.update(tx, applicationId, { reviewsReleasedAt: now, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'application', entityId: applicationId, programmeId: head.programmeId, before: { reviewsReleasedAt: null }, after: { reviewsReleasedAt: now } });
  });
  return board(db, applicationId, true);
}

/** The secretariat's recommendation to the deciding body; the application becomes recommended. */
export async function recommend(db: Db, actor: Actor, applicationId: string, input: RecommendationInput, now: Date): Promise<ReviewBoard> {
  const { head, user } = await managedApplication(db, actor, applicationId);
  if (input.outcome === 'partly_granted' && !input.amount) throw invalidField('amount', 'required', 'A grant in part names its amount');
  await db.transaction(async (tx) => {
    const app = await lockReviewable(tx, applicationId);
    if (app.revision !== input.revision) throw stateChanged('The application changed meanwhile');
    const grants = input.outcome === 'granted' || input.outcome === 'partly_granted';
    const values = { recommendation: input.outcome, recommendedAmount: grants ? (input.amount ?? null) : null, recommendationText: input.text, recommendedAt: now, recommendedBy: user.id };
    await applicationRows.update(tx, applicationId, { ...values, status: 'recommended', revision: app.revision + 1, updatedAt: now });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'application',
      entityId: applicationId,
      programmeId: head.programmeId,
      before: { status: app.status, recommendation: app.recommendation, recommendedAmount: app.recommendedAmount, recommendationText: app.recommendationText },
      after: { status: 'recommended', recommendation: values.recommendation, recommendedAmount: values.recommendedAmount, recommendationText: values.recommendationText },
    });
  });
  return board(db, applicationId, true);
}

/** The reviews assigned to the signed-in user. */
export async function myReviews(db: Db, actor: Actor): Promise<MyReviews> {
  const user = requireUser(actor);
  const rows = await repo.reviewsAssignedTo(db, user.id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      applicationId: r.applicationId,
      applicationTitle: r.applicationTitle,
      organisation: { id: r.organisationId, name: r.organisationName },
      callId: r.callId,
      callTitle: r.callTitle,
      status: r.status,
      assignedAt: r.assignedAt.toISOString(),
      submittedAt: r.submittedAt?.toISOString() ?? null,
    })),
  };
}

/** A review for its reviewer (and the secretariat): NOT_FOUND for anyone else, other reviewers included. */
async function readableReview(db: DbOrTx, actor: Actor, reviewId: string) {
  const user = requireUser(actor);
  const review = await repo.findReview(db, reviewId);
  if (!review) throw notFound('The review');
  const access = await applicationAccess(db, actor, review.applicationId);
  const isReviewer = review.reviewerId === user.id;
  if (!isReviewer && !access.canManage) throw notFound('The review');
  return { review, ...access, isReviewer };
}

async function loadReview(db: DbOrTx, actor: Actor, reviewId: string): Promise<Review> {
  const { review, head, isReviewer } = await readableReview(db, actor, reviewId);
  const [call, all] = await Promise.all([calls.findCall(db, head.callId), repo.reviewsOf(db, head.id)]);
  const peers = head.reviewsReleasedAt ? all.filter((r) => r.id !== review.id && r.status === 'submitted') : null;
  return toReview(review, head, call!, peers, isReviewer && review.status === 'assigned' && reviewable(head.status));
}

export const getReview = (db: Db, actor: Actor, reviewId: string) => loadReview(db, actor, reviewId);

/** The scores as given, checked against the call's criteria: unknown keys and scores off the scale name their field. */
function checkScores(criteria: readonly CallCriterion[], scores: Scores): FieldError[] {
  const errors: FieldError[] = [];
  for (const [key, given] of Object.entries(scores)) {
    const criterion = criteria.find((c) => c.key === key);
    if (!criterion) errors.push({ path: `scores.${key}`, code: 'unknownCriterion', message: 'unknownCriterion' });
    else if (given.score !== null && (given.score < criterion.scale.min || given.score > criterion.scale.max))
      errors.push({ path: `scores.${key}.score`, code: 'outOfScale', message: 'outOfScale', params: { min: criterion.scale.min, max: criterion.scale.max } });
  }
  return errors;
}

/** The review and its application, for a change (who may make it is checked under the lock). */
async function changing(db: DbOrTx, actor: Actor, reviewId: string) {
  requireUser(actor);
  const review = await repo.findReview(db, reviewId);
  if (!review) throw notFound('The review');
  const head = await calls.findApplication(db, review.applicationId);
  if (!head) throw notFound('The application');
  return { review, head };
}

/** The reviewer's own review, locked, for a change: FORBIDDEN for anyone else, STATE_CHANGED once submitted or excluded. */
async function ownOpenReview(tx: DbOrTx, actor: Actor, reviewId: string, revision: number) {
  const user = requireUser(actor);
  const row = await repo.reviewRows.lock(tx, reviewId);
  if (!row) throw notFound('The review');
  if (row.reviewerId !== user.id) throw new AppError('FORBIDDEN', 'Only the assigned reviewer may change the review');
  if (row.status !== 'assigned') throw stateChanged(`The review is ${row.status}`);
  if (row.revision !== revision) throw stateChanged('The review changed meanwhile');
  const app = await applicationRows.lock(tx, row.applicationId);
  if (!app || !reviewable(app.status)) throw stateChanged('The application is no longer in review');
  return row;
}

/** Saves the reviewer's scores, comment and recommendation as a draft. */
export async function updateReview(db: Db, actor: Actor, reviewId: string, input: ReviewUpdate, now: Date): Promise<Review> {
  const { head } = await changing(db, actor, reviewId);
  const call = await calls.findCall(db, head.callId);
  await db.transaction(async (tx) => {
    const row = await ownOpenReview(tx, actor, reviewId, input.revision);
    const scores = input.scores ? { ...row.scores, ...input.scores } : row.scores;
    const errors = checkScores(call?.criteria ?? [], scores);
    if (errors.length) throw invalidFields(errors);
    const values = {
      scores,
      recommendation: input.recommendation === undefined ? row.recommendation : input.recommendation,
      recommendedAmount: input.recommendedAmount === undefined ? row.recommendedAmount : input.recommendedAmount,
      comment: input.comment ?? row.comment,
    };
    await repo.reviewRows.update(tx, reviewId, { ...values, revision: row.revision + 1, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'review', entityId: reviewId, programmeId: head.programmeId, before: pick(row), after: values });
  });
  return loadReview(db, actor, reviewId);
}

const pick = (r: { scores: Scores; recommendation: string | null; recommendedAmount: number | null; comment: string }) => ({ scores: r.scores, recommendation: r.recommendation, recommendedAmount: r.recommendedAmount, comment: r.comment });

/** Submits the review: every criterion scored and a recommendation given; then it is frozen. */
export async function submitReview(db: Db, actor: Actor, reviewId: string, revision: number, now: Date): Promise<Review> {
  const { head } = await changing(db, actor, reviewId);
  const call = await calls.findCall(db, head.callId);
  await db.transaction(async (tx) => {
    const row = await ownOpenReview(tx, actor, reviewId, revision);
    const criteria = call?.criteria ?? [];
    const errors: FieldError[] = criteria
      .filter((c) => row.scores[c.key]?.score === null || row.scores[c.key]?.score === undefined)
      .map((c) => ({ path: `scores.${c.key}.score`, code: 'required', message: 'required' }));
    if (!row.recommendation) errors.push({ path: 'recommendation', code: 'required', message: 'required' });
    if (row.recommendation === 'partly_granted' && !row.recommendedAmount) errors.push({ path: 'recommendedAmount', code: 'required', message: 'required' });
    errors.push(...checkScores(criteria, row.scores));
    if (errors.length) throw invalidFields(errors);
    await repo.reviewRows.update(tx, reviewId, { status: 'submitted', submittedAt: now, revision: row.revision + 1, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'review', entityId: reviewId, programmeId: head.programmeId, before: { status: 'assigned' }, after: { status: 'submitted', ...pick(row) } });
  });
  return loadReview(db, actor, reviewId);
}

/** The reviewer declares a conflict of interest: excluded from the application's reviews, their scores dropped. */
export async function declareConflict(db: Db, actor: Actor, reviewId: string, input: ConflictDeclaration, now: Date): Promise<Review> {
  const { head } = await changing(db, actor, reviewId);
  await db.transaction(async (tx) => {
    const current = await repo.reviewRows.lock(tx, reviewId);
    if (!current) throw notFound('The review');
    const row = await ownOpenReview(tx, actor, reviewId, current.revision);
    await repo.reviewRows.update(tx, reviewId, { status: 'conflict', conflictReason: input.reason, scores: {}, recommendation: null, recommendedAmount: null, revision: row.revision + 1, updatedAt: now });
    await recordAudit(tx, actor, { action: 'update', entityType: 'review', entityId: reviewId, programmeId: head.programmeId, before: { status: 'assigned', ...pick(row) }, after: { status: 'conflict', conflictReason: input.reason } });
  });
  return loadReview(db, actor, reviewId);
}
