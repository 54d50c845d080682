import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import { applicationsRoutes, reviewsRoutes } from '../../../shared/contracts/routes';
import type { ConflictDeclaration, RecommendationInput, Review, ReviewBoard, ReviewUpdate } from '../../../shared/contracts/reviews';

/** The cache of reviews: a reviewer's list and reviews, and an application's board. */
export const reviewKeys = {
  all: ['reviews'] as const,
  mine: ['reviews', 'mine'] as const,
  one: (id: string) => ['reviews', 'one', id] as const,
  board: (applicationId: string) => ['reviews', 'board', applicationId] as const,
  candidates: (applicationId: string) => ['reviews', 'candidates', applicationId] as const,
};

export const useMyReviews = () => useQuery({ queryKey: reviewKeys.mine, queryFn: () => call(reviewsRoutes.mine, {}) });

export const useReview = (id: string) => useQuery({ queryKey: reviewKeys.one(id), queryFn: () => call(reviewsRoutes.get, { params: { id } }) });

/** The submitted version under review (its call's form comes from the calls' own query). */
export const useApplicationVersion = (applicationId: string | undefined, version: number | undefined) =>
  useQuery({
    queryKey: ['applications', 'version', applicationId ?? '', version ?? 0],
    queryFn: () => call(applicationsRoutes.version, { params: { id: applicationId!, version: version! } }),
    enabled: applicationId !== undefined && !!version,
  });

function useReviewAnswer() {
  const qc = useQueryClient();
  return (review: Review) => {
    qc.setQueryData(reviewKeys.one(review.id), review);
    return qc.invalidateQueries({ queryKey: reviewKeys.mine });
  };
}

export function useUpdateReview(id: string) {
  const answer = useReviewAnswer();
  return useMutation({ mutationFn: (body: ReviewUpdate) => call(reviewsRoutes.update, { params: { id }, body }), onSuccess: answer });
}

export function useSubmitReview(id: string) {
  const answer = useReviewAnswer();
  return useMutation({ mutationFn: (revision: number) => call(reviewsRoutes.submit, { params: { id }, body: { revision } }), onSuccess: answer });
}

export function useDeclareReviewConflict(id: string) {
  const answer = useReviewAnswer();
  return useMutation({ mutationFn: (body: ConflictDeclaration) => call(reviewsRoutes.conflict, { params: { id }, body }), onSuccess: answer });
}

export const useReviewBoard = (applicationId: string) =>
  useQuery({ queryKey: reviewKeys.board(applicationId), queryFn: () => call(reviewsRoutes.board, { params: { id: applicationId } }) });

export const useReviewerCandidates = (applicationId: string, enabled: boolean) =>
  useQuery({ queryKey: reviewKeys.candidates(applicationId), queryFn: () => call(reviewsRoutes.candidates, { params: { id: applicationId } }), enabled });

function useBoardAnswer(applicationId: string) {
  const qc = useQueryClient();
  return (board: ReviewBoard) => {
    qc.setQueryData(reviewKeys.board(applicationId), board);
    void qc.invalidateQueries({ queryKey: reviewKeys.candidates(applicationId) });
    // The application's status follows its reviews (in review, recommended).
    return qc.invalidateQueries({ queryKey: ['applications'] });
  };
}

export function useAssignReviewer(applicationId: string) {
  const answer = useBoardAnswer(applicationId);
  return useMutation({ mutationFn: (reviewerId: string) => call(reviewsRoutes.assign, { params: { id: applicationId }, body: { reviewerId } }), onSuccess: answer });
}

export function useUnassignReviewer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (reviewId: string) => call(reviewsRoutes.unassign, { params: { id: reviewId } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}

export function useReleaseReviews(applicationId: string) {
  const answer = useBoardAnswer(applicationId);
  return useMutation({ mutationFn: () => call(reviewsRoutes.release, { params: { id: applicationId } }), onSuccess: answer });
}

export function useRecommend(applicationId: string) {
  const answer = useBoardAnswer(applicationId);
  return useMutation({ mutationFn: (body: RecommendationInput) => call(reviewsRoutes.recommend, { params: { id: applicationId }, body }), onSuccess: answer });
}
