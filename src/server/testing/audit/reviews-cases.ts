import { asc, eq } from 'drizzle-orm';
import type { TestApp } from '../test-app';
import { buildApplication, buildCall, buildOrganisation, buildProgramme, buildUser } from '../factories';
import { reviews } from '../../features/reviews/reviews.table';
import { users } from '../../features/users/users.table';
import type { GovernanceArranged } from './governance-cases';

const CRITERIA = [{ key: 'relevans', title: { nb: 'Relevans' }, weight: 1, scale: { min: 1, max: 6 } }];

/**
 * One audit case per state-changing route of reviews, each on records of its own. The coverage
 * test acts as its platform administrator; a reviewer's own changes are made on a review
 * assigned to that administrator.
 */
export function reviewsAuditCases(app: () => TestApp): Record<string, () => Promise<GovernanceArranged>> {
  const fixture = async () => {
    const db = app().db;
    const programme = await buildProgramme(db);
    const call = await buildCall(db, { programmeId: programme.id, criteria: CRITERIA });
    const organisation = await buildOrganisation(db, { kind: 'city_district' });
    const application = await buildApplication(db, { callId: call.id, organisationId: organisation.id, versions: 1 });
    return { p: programme.id, application };
  };
  /** A review assigned to `reviewerId`, by default the administrator the coverage test acts as. */
  const withReview = async (reviewerId?: string, values: Partial<typeof reviews.$inferInsert> = {}) => {
    const f = await fixture();
    const db = app().db;
    const id = reviewerId ?? (await db.select({ id: users.id }).from(users).where(eq(users.isPlatformAdmin, true)).orderBy(asc(users.createdAt)).limit(1))[0]!.id;
    const [review] = await db.insert(reviews).values({ applicationId: f.application.id, reviewerId: id, applicationVersion: 1, ...values }).returning();
    return { ...f, review: review! };
  };
  return {
    'POST /api/applications/:id/reviews': async () => {
      const { p, application } = await fixture();
      const reviewer = await buildUser(app().db, { name: 'Rita Vurderer', roles: [[p, 'contributor']] });
      return { url: `/api/applications/${application.id}/reviews`, body: { reviewerId: reviewer.id }, entry: (r) => ({ action: 'create', entityType: 'review', entityId: (r as unknown as { reviews: { id: string }[] }).reviews[0]!.id, programmeId: p, before: null, after: { reviewer: 'Rita Vurderer' } }) };
    },
    'POST /api/applications/:id/reviews/release': async () => {
      const { p, application } = await fixture();
      return { url: `/api/applications/${application.id}/reviews/release`, entry: () => ({ action: 'update', entityType: 'application', entityId: application.id, programmeId: p, before: { reviewsReleasedAt: null }, after: {} }) };
    },
    'PUT /api/applications/:id/recommendation': async () => {
      const { p, application } = await fixture();
      return {
        url: `/api/applications/${application.id}/recommendation`,
        body: { outcome: 'granted', text: 'Anbefales.', revision: 1 },
        entry: () => ({ action: 'update', entityType: 'application', entityId: application.id, programmeId: p, before: { status: 'submitted', recommendation: null }, after: { status: 'recommended', recommendation: 'granted', recommendationText: 'Anbefales.' } }),
      };
    },
    'DELETE /api/reviews/:id': async () => {
      const reviewer = await buildUser(app().db, { name: 'Rune Vurderer' });
      const { p, review } = await withReview(reviewer.id);
      return { url: `/api/reviews/${review.id}`, entry: () => ({ action: 'delete', entityType: 'review', entityId: review.id, programmeId: p, before: { reviewer: 'Rune Vurderer', status: 'assigned' }, after: null }) };
    },
    'PATCH /api/reviews/:id': async () => {
      const { p, review } = await withReview();
      return {
        url: `/api/reviews/${review.id}`,
        body: { revision: 1, scores: { relevans: { score: 5, comment: 'God' } }, recommendation: 'granted' },
        entry: () => ({ action: 'update', entityType: 'review', entityId: review.id, programmeId: p, before: { scores: {}, recommendation: null }, after: { scores: { relevans: { score: 5, comment: 'God' } }, recommendation: 'granted' } }),
      };
    },
    'POST /api/reviews/:id/submit': async () => {
      const { p, review } = await withReview(undefined, { scores: { relevans: { score: 4, comment: '' } }, recommendation: 'rejected' });
      return { url: `/api/reviews/${review.id}/submit`, body: { revision: 1 }, entry: () => ({ action: 'update', entityType: 'review', entityId: review.id, programmeId: p, before: { status: 'assigned' }, after: { status: 'submitted', recommendation: 'rejected' } }) };
    },
    'POST /api/reviews/:id/conflict': async () => {
      const { p, review } = await withReview();
      return { url: `/api/reviews/${review.id}/conflict`, body: { reason: 'Nær familie i prosjektet.' }, entry: () => ({ action: 'update', entityType: 'review', entityId: review.id, programmeId: p, before: { status: 'assigned' }, after: { status: 'conflict', conflictReason: 'Nær familie i prosjektet.' } }) };
    },
  };
}
