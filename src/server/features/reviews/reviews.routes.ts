import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { reviewsApi } from '../../../shared/contracts/reviews';
import * as svc from './reviews.service';

const tags = ['reviews'];
const manage = { action: 'portfolio.manage', scope: 'programme' } as const;
/** Reviewers are assigned per application; the service checks the assignment. */
const signedIn = 'authenticated' as const;

/** Reviews (vurderinger) of applications: assignment, scores, the secretariat's recommendation. */
export const reviewRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, clock }) => {
  const now = () => clock.now();
  route(app, reviewsApi.board, {
    tags,
    summary: "An application's reviews side by side, with weighted totals (0–100) and the secretariat's recommendation",
    description: 'For the secretariat and the deciding body (board members of the programme). Reviewers read their own review instead.',
    permission: signedIn,
  }, (req) => svc.getBoard(db, req.actor, req.params.id));
  route(app, reviewsApi.candidates, { tags, summary: 'Who may be assigned as reviewer, with what excludes each', permission: manage }, (req) => svc.reviewerCandidates(db, req.actor, req.params.id));
  route(app, reviewsApi.assign, {
    tags,
    summary: 'Assign a reviewer',
    description: 'Refused, naming `reviewerId`: notInProgramme, applicantOrganisation, partnerOrganisation, declaredConflict, alreadyAssigned.',
    permission: manage,
  }, async (req, reply) => reply.status(201).send(await svc.assignReviewer(db, req.actor, req.params.id, req.body.reviewerId)));
  route(app, reviewsApi.release, { tags, summary: "Let the reviewers see each other's submitted scores", permission: manage }, (req) => svc.releaseReviews(db, req.actor, req.params.id, now()));
  route(app, reviewsApi.recommend, { tags, summary: "The secretariat's recommendation to the deciding body", permission: manage }, (req) => svc.recommend(db, req.actor, req.params.id, req.body, now()));
  route(app, reviewsApi.unassign, { tags, summary: 'Take back an assignment that has not been submitted', permission: manage }, async (req) => {
    await svc.unassignReviewer(db, req.actor, req.params.id);
    return { ok: true as const };
  });
  route(app, reviewsApi.mine, { tags, summary: 'The reviews assigned to me', permission: signedIn }, (req) => svc.myReviews(db, req.actor));
  route(app, reviewsApi.get, { tags, summary: 'A review, for its reviewer (with the call’s criteria) or the secretariat', permission: signedIn }, (req) => svc.getReview(db, req.actor, req.params.id));
  route(app, reviewsApi.update, {
    tags,
    summary: "Save the reviewer's scores, comment and recommendation (a draft)",
    description: 'Refused, naming the field: scores.KEY (unknownCriterion), scores.KEY.score (outOfScale).',
    permission: signedIn,
  }, (req) => svc.updateReview(db, req.actor, req.params.id, req.body, now()));
  route(app, reviewsApi.submit, { tags, summary: 'Submit the review: every criterion scored and a recommendation given; then frozen', permission: signedIn }, (req) =>
    svc.submitReview(db, req.actor, req.params.id, req.body.revision, now()),
  );
  route(app, reviewsApi.conflict, { tags, summary: 'Declare a conflict of interest: the reviewer is excluded', permission: signedIn }, (req) =>
    svc.declareConflict(db, req.actor, req.params.id, req.body, now()),
  );
};
