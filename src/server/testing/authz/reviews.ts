import type { AuthzCases } from './cases';
import { buildApplication, buildCall } from '../factories';
import { reviews } from '../../features/reviews/reviews.table';

const CRITERIA = [{ key: 'relevans', title: { nb: 'Relevans' }, weight: 1, scale: { min: 1, max: 6 } }];

/**
 * Reviews are the secretariat's to assign and read (and the deciding body's to read); a review is
 * its reviewer's alone to change. The application here is organisation X's, reviewed by someone
 * else than the actors: the contributor of organisation Y and the reviewer assigned to another
 * application of the programme are both refused it.
 */
export const reviewsAuthz: AuthzCases = {
  async setupInProgramme({ t, ids }) {
    const call = await buildCall(t.db, { programmeId: ids.programme!, criteria: CRITERIA });
    const application = await buildApplication(t.db, { callId: call.id, organisationId: ids.orgX!, versions: 1, status: 'in_review' });
    ids.reviewedApplication = application.id;
    const [review] = await t.db.insert(reviews).values({ applicationId: application.id, reviewerId: ids.assignedReviewer!, applicationVersion: 1 }).returning();
    ids.review = review!.id;
    // The other reviewer's own assignment, on another application of the programme.
    const other = await buildApplication(t.db, { callId: (await buildCall(t.db, { programmeId: ids.programme!, criteria: CRITERIA })).id, organisationId: ids.orgX!, versions: 1, status: 'in_review' });
    await t.db.insert(reviews).values({ applicationId: other.id, reviewerId: ids.notAssignedReviewer!, applicationVersion: 1 });
  },
  cases: (ids) => {
    const refused = { otherProgramme: 'refused', otherOrgContributor: 'refused', notAssignedReviewer: 'refused' } as const;
    const app = () => `/api/applications/${ids.reviewedApplication}`;
    return {
      'GET /api/applications/:id/reviews': { url: () => `${app()}/reviews`, ...refused },
      'GET /api/applications/:id/reviewer-candidates': { url: () => `${app()}/reviewer-candidates`, ...refused },
      'POST /api/applications/:id/reviews': { url: () => `${app()}/reviews`, body: () => ({ reviewerId: ids.notAssignedReviewer }), ...refused },
      'POST /api/applications/:id/reviews/release': { url: () => `${app()}/reviews/release`, ...refused },
      'PUT /api/applications/:id/recommendation': { url: () => `${app()}/recommendation`, body: () => ({ outcome: 'granted', revision: 1 }), ...refused },
      'DELETE /api/reviews/:id': { url: () => `/api/reviews/${ids.review}`, ...refused },
      // Everyone signed in has a (possibly empty) list of their own assignments.
      'GET /api/reviews': { url: () => '/api/reviews', otherProgramme: 'allowed', otherOrgContributor: 'allowed', notAssignedReviewer: 'allowed' },
      'GET /api/reviews/:id': { url: () => `/api/reviews/${ids.review}`, ...refused },
      'PATCH /api/reviews/:id': { url: () => `/api/reviews/${ids.review}`, body: () => ({ revision: 1, comment: 'Overtatt' }), ...refused },
      'POST /api/reviews/:id/submit': { url: () => `/api/reviews/${ids.review}/submit`, body: () => ({ revision: 1 }), ...refused },
      'POST /api/reviews/:id/conflict': { url: () => `/api/reviews/${ids.review}/conflict`, body: () => ({ reason: 'Overtatt' }), ...refused },
    };
  },
};
