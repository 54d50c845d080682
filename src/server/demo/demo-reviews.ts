import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { applications } from '../features/calls/calls.table';
import { reviews } from '../features/reviews/reviews.table';
import { users } from '../features/users/users.table';

/**
 * Reviews of the Education Agency's application to Oslo's 2026 call, which is in review: one
 * reviewer (from Bydel Sagene) has submitted, the other (from Bydel Gamle Oslo) has begun. Both
 * come from outside the applicant and its partner (Bydel Alna). Scores and comments are
 * illustrative.
 */
export async function loadDemoReviews(tx: Tx): Promise<number> {
  const [application] = await tx.select().from(applications).where(and(eq(applications.title, 'Overgangen fra ungdomsskole til videregående'), eq(applications.status, 'in_review')));
  if (!application) return 0;
  if ((await tx.select({ id: reviews.id }).from(reviews).where(eq(reviews.applicationId, application.id)).limit(1)).length) return 0;
  const people = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, ['bidragsyter.sagene@samordna.test', 'vurderer.oppvekst@samordna.test', 'sekretariat.oppvekst@samordna.test']));
  const idOf = (email: string) => people.find((p) => p.email === email)?.id;
  const [sagene, gamleOslo, secretariat] = [idOf('bidragsyter.sagene@samordna.test'), idOf('vurderer.oppvekst@samordna.test'), idOf('sekretariat.oppvekst@samordna.test')];
  if (!sagene || !gamleOslo) return 0;
  const assignedAt = new Date('2026-03-10T09:00:00+01:00');
  await tx.insert(reviews).values([
    {
      applicationId: application.id,
      reviewerId: sagene,
      assignedBy: secretariat ?? null,
      applicationVersion: application.currentVersion,
      status: 'submitted',
      scores: {
        relevance: { score: 6, comment: 'Svarer direkte på målet om at flere fullfører videregående.' },
        cooperation: { score: 5, comment: 'Bydel Alna og skolene er med fra starten; helsetjenesten kunne vært nevnt.' },
        feasibility: { score: 4, comment: 'Mentorene må rekrutteres før skolestart; planen er stram.' },
      },
      recommendation: 'partly_granted',
      recommendedAmount: 500_000,
      comment: 'Godt prosjekt. Anbefaler delvis tilskudd det første året, med rapport før videre støtte.',
      submittedAt: new Date('2026-03-20T14:30:00+01:00'),
      revision: 4,
      createdAt: assignedAt,
    },
    {
      applicationId: application.id,
      reviewerId: gamleOslo,
      assignedBy: secretariat ?? null,
      applicationVersion: application.currentVersion,
      scores: { relevance: { score: 5, comment: '' } },
      revision: 2,
      // Assigned a minute after the first: the board lists reviews in the order they were assigned.
      createdAt: new Date(assignedAt.getTime() + 60_000),
    },
  ]);
  return 2;
}
