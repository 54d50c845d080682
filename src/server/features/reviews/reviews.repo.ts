import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { uuidArray } from '../../db/query-kit';
import { rowWrites } from '../../db/row-writes';
import { applications, calls } from '../calls/calls.table';
import { organisations } from '../organisations/organisations.table';
import { programmeRoles, users } from '../users/users.table';
import { reviews, type ReviewRow } from './reviews.table';
import { bodies, cases, effects } from '../governance/governance.table';
import type { LocalizedText } from '../../../shared/domain/localized';

export const reviewRows = rowWrites(reviews);

export interface ReviewWithPeople extends ReviewRow {
  reviewerName: string;
  reviewerOrganisationId: string | null;
  reviewerOrganisationName: string | null;
}

const reviewerOrg = alias(organisations, 'reviewer_org');

function withPeople(db: DbOrTx) {
  return db
    .select({ r: reviews, reviewerName: users.name, reviewerOrganisationId: users.organisationId, reviewerOrganisationName: reviewerOrg.name })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.reviewerId))
    .leftJoin(reviewerOrg, eq(reviewerOrg.id, users.organisationId))
    .$dynamic();
}

type Joined = { r: ReviewRow; reviewerName: string; reviewerOrganisationId: string | null; reviewerOrganisationName: string | null };
const flat = (j: Joined): ReviewWithPeople => ({ ...j.r, reviewerName: j.reviewerName, reviewerOrganisationId: j.reviewerOrganisationId, reviewerOrganisationName: j.reviewerOrganisationName });

/** The application's reviews, in the order they were assigned. */
export async function reviewsOf(db: DbOrTx, applicationId: string): Promise<ReviewWithPeople[]> {
  const rows = await withPeople(db).where(eq(reviews.applicationId, applicationId)).orderBy(asc(reviews.createdAt), asc(reviews.id));
  return rows.map(flat);
}

export async function findReview(db: DbOrTx, id: string): Promise<ReviewWithPeople | undefined> {
  const [row] = await withPeople(db).where(eq(reviews.id, id));
  return row && flat(row);
}

/** The user's review of the application, if assigned. */
export const reviewBy = (db: DbOrTx, applicationId: string, reviewerId: string) =>
  db.select().from(reviews).where(and(eq(reviews.applicationId, applicationId), eq(reviews.reviewerId, reviewerId))).then((r) => r[0]);

/** The reviews assigned to the user, the open ones first. */
export function reviewsAssignedTo(db: DbOrTx, reviewerId: string) {
  return db
    .select({
      id: reviews.id,
      applicationId: reviews.applicationId,
      status: reviews.status,
      assignedAt: reviews.createdAt,
      submittedAt: reviews.submittedAt,
      applicationTitle: applications.title,
      organisationId: organisations.id,
      organisationName: organisations.name,
      callId: calls.id,
      callTitle: calls.title,
    })
    .from(reviews)
    .innerJoin(applications, eq(applications.id, reviews.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .where(eq(reviews.reviewerId, reviewerId))
    .orderBy(sql`${reviews.status} = 'assigned' desc`, desc(reviews.createdAt), asc(reviews.id)) as Promise<
    { id: string; applicationId: string; status: ReviewRow['status']; assignedAt: Date; submittedAt: Date | null; applicationTitle: string; organisationId: string; organisationName: string; callId: string; callTitle: LocalizedText }[]
  >;
}

/** Users holding a role in one of these programmes (the call's and those above it), with their organisation. */
export function usersWithRoleIn(db: DbOrTx, programmeIds: readonly string[]) {
  return db
    .selectDistinctOn([users.id], { id: users.id, name: users.name, organisationId: users.organisationId, organisationName: organisations.name })
    .from(programmeRoles)
    .innerJoin(users, eq(users.id, programmeRoles.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(sql`${programmeRoles.programmeId} = any(${uuidArray(programmeIds)})`, eq(users.isDisabled, false)))
    .orderBy(users.id);
}

export const findUser = (db: DbOrTx, id: string) =>
  db.select({ id: users.id, name: users.name, organisationId: users.organisationId, isDisabled: users.isDisabled }).from(users).where(eq(users.id, id)).then((r) => r[0]);

export const recommenderName = (db: DbOrTx, id: string | null) =>
  id ? db.select({ name: users.name }).from(users).where(eq(users.id, id)).then((r) => r[0]?.name ?? null) : Promise.resolve(null);

/** The cases that propose a decision on the application, with their body. */
export function decisionCasesOf(db: DbOrTx, applicationId: string) {
  return db
    .select({ caseId: cases.id, bodyId: bodies.id, bodyName: bodies.name, title: cases.title, appliedAt: effects.appliedAt })
    .from(effects)
    .innerJoin(cases, eq(cases.id, effects.caseId))
    .innerJoin(bodies, eq(bodies.id, cases.bodyId))
    .where(and(eq(effects.targetId, applicationId), eq(effects.kind, 'decide_application')))
    .orderBy(asc(effects.createdAt));
}
