import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildApplication, buildBody, buildCall, buildOrganisation, buildProgramme, buildUser } from '../../testing/factories';
import { applicationPartners, applications } from '../calls/calls.table';
import { reviews } from './reviews.table';

let t: TestApp;
let secretariat: TestClient;
let applicant: TestClient;
let programmeId: string;
let callId: string;
let district: { id: string };
let partner: { id: string };
let neutral: { id: string };

const CRITERIA = [
  { key: 'relevans', title: { nb: 'Relevans' }, weight: 60, scale: { min: 1, max: 6 } },
  { key: 'gjennomforing', title: { nb: 'Gjennomføring' }, weight: 40, scale: { min: 1, max: 6 } },
];

beforeAll(async () => {
  t = await buildTestApp();
  programmeId = (await buildProgramme(t.db, { isPublished: true })).id;
  district = await buildOrganisation(t.db, { name: 'Bydel Stovner', kind: 'city_district' });
  partner = await buildOrganisation(t.db, { name: 'Stovner skole', kind: 'agency' });
  neutral = await buildOrganisation(t.db, { name: 'Utdanningsetaten', kind: 'agency' });
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
  applicant = await t.signIn((await buildUser(t.db, { organisationId: district.id, roles: [[programmeId, 'contributor']] })).email);
  callId = (await buildCall(t.db, { programmeId, criteria: CRITERIA })).id;
});
afterAll(() => t.close());

const errors = (res: { json(): { errors?: { path: string; code: string }[] } }) => res.json().errors?.map((e) => `${e.path}:${e.code}`);

async function reviewer(organisationId: string, role: 'contributor' | 'board_member' = 'contributor') {
  const user = await buildUser(t.db, { organisationId, roles: [[programmeId, role]] });
  return { user, client: await t.signIn(user.email) };
}

/** A submitted application of the district, with a partner, to a call of its own (one application per organisation and call). */
async function submittedApplication() {
  const call = await buildCall(t.db, { programmeId, criteria: CRITERIA });
  const app = await buildApplication(t.db, { callId: call.id, organisationId: district.id, versions: 1 });
  await t.db.insert(applicationPartners).values({ applicationId: app.id, organisationId: partner.id, position: 1 });
  return app;
}

const assign = (applicationId: string, reviewerId: string) => secretariat.post(`/api/applications/${applicationId}/reviews`, { reviewerId });

describe('assigning reviewers', () => {
  it('excludes a reviewer from the applicant organisation or a partner, and one without a role in the programme', async () => {
    const app = await submittedApplication();
    const own = await reviewer(district.id);
    const fromPartner = await reviewer(partner.id);
    const outsider = await buildUser(t.db, { organisationId: neutral.id });
    expect(errors(await assign(app.id, own.user.id))).toEqual(['reviewerId:applicantOrganisation']);
    expect(errors(await assign(app.id, fromPartner.user.id))).toEqual(['reviewerId:partnerOrganisation']);
    expect(errors(await assign(app.id, outsider.id))).toEqual(['reviewerId:notInProgramme']);

    const candidates = (await secretariat.get(`/api/applications/${app.id}/reviewer-candidates`)).json().items as { user: { id: string }; excludedBy: string | null }[];
    expect(candidates.find((c) => c.user.id === own.user.id)?.excludedBy).toBe('applicantOrganisation');
    expect(candidates.find((c) => c.user.id === fromPartner.user.id)?.excludedBy).toBe('partnerOrganisation');
    expect(candidates.some((c) => c.user.id === outsider.id)).toBe(false);
  });

  it('puts a submitted application in review and refuses a second assignment of the same person', async () => {
    const app = await submittedApplication();
    const r = await reviewer(neutral.id);
    const res = await assign(app.id, r.user.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ applicationStatus: 'in_review', reviews: [{ reviewer: { id: r.user.id }, status: 'assigned' }] });
    expect(errors(await assign(app.id, r.user.id))).toEqual(['reviewerId:alreadyAssigned']);
  });

  it('refuses to assign reviewers to a draft', async () => {
    const draft = await buildApplication(t.db, { callId, organisationId: neutral.id });
    const r = await reviewer(partner.id);
    expect((await assign(draft.id, r.user.id)).json().code).toBe('STATE_CHANGED');
  });
});

describe('scoring', () => {
  it('weighs the scores, keeps them from other reviewers until released, and freezes a submitted review', async () => {
    const app = await submittedApplication();
    const a = await reviewer(neutral.id);
    const b = await reviewer(neutral.id);
    await assign(app.id, a.user.id);
    const board = (await assign(app.id, b.user.id)).json();
    const [ra, rb] = board.reviews as { id: string; reviewer: { id: string } }[];
    expect(ra!.reviewer.id).toBe(a.user.id);

    // A reviewer sees the list of their own assignments only, and not another reviewer's review.
    expect((await a.client.get('/api/reviews')).json().items.map((i: { id: string }) => i.id)).toEqual([ra!.id]);
    expect((await a.client.get(`/api/reviews/${rb!.id}`)).statusCode).toBe(404);
    expect((await a.client.patch(`/api/reviews/${rb!.id}`, { revision: 1, comment: 'x' })).statusCode).toBe(403);
    expect((await a.client.get(`/api/applications/${app.id}/reviews`)).statusCode).toBe(404);
    // …but reads the submitted version under review.
    expect((await a.client.get(`/api/applications/${app.id}/versions/1`)).statusCode).toBe(200);

    const off = await a.client.patch(`/api/reviews/${ra!.id}`, { revision: 1, scores: { relevans: { score: 7, comment: '' }, ukjent: { score: 1, comment: '' } } });
    expect(errors(off)).toEqual(['scores.relevans.score:outOfScale', 'scores.ukjent:unknownCriterion']);
    const early = await a.client.post(`/api/reviews/${ra!.id}/submit`, { revision: 1 });
    expect(errors(early)).toEqual(['scores.relevans.score:required', 'scores.gjennomforing.score:required', 'recommendation:required']);

    const saved = await a.client.patch(`/api/reviews/${ra!.id}`, {
      revision: 1,
      scores: { relevans: { score: 6, comment: 'Treffer målene godt' }, gjennomforing: { score: 1, comment: 'Uklar plan' } },
      recommendation: 'partly_granted',
      recommendedAmount: 200000,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // (6-1)/5·60 + (1-1)/5·40 = 60 of 100.
    expect(saved.json()).toMatchObject({ weightedTotal: 60, canScore: true, peers: null });
    expect((await a.client.patch(`/api/reviews/${ra!.id}`, { revision: 1, comment: 'stale' })).json().code).toBe('STATE_CHANGED');
    expect((await a.client.post(`/api/reviews/${ra!.id}/submit`, { revision: 2 })).json()).toMatchObject({ status: 'submitted', canScore: false });
    expect((await a.client.patch(`/api/reviews/${ra!.id}`, { revision: 3, comment: 'after' })).json().code).toBe('STATE_CHANGED');

    await b.client.patch(`/api/reviews/${rb!.id}`, { revision: 1, scores: { relevans: { score: 4, comment: '' }, gjennomforing: { score: 4, comment: '' } }, recommendation: 'granted' });
    await b.client.post(`/api/reviews/${rb!.id}/submit`, { revision: 2 });

    const side = (await secretariat.get(`/api/applications/${app.id}/reviews`)).json();
    // b: (3/5)·60 + (3/5)·40 = 60; mean 60. Relevans mean (6+4)/2 = 5.
    expect(side).toMatchObject({ meanTotal: 60, criterionMeans: { relevans: 5, gjennomforing: 2.5 }, releasedAt: null });
    expect(side.reviews.map((r: { weightedTotal: number }) => r.weightedTotal)).toEqual([60, 60]);
    // The applicant never reads the scores.
    expect((await applicant.get(`/api/applications/${app.id}/reviews`)).statusCode).toBe(404);

    expect((await a.client.get(`/api/reviews/${ra!.id}`)).json().peers).toBeNull();
    await secretariat.post(`/api/applications/${app.id}/reviews/release`);
    expect((await a.client.get(`/api/reviews/${ra!.id}`)).json().peers).toMatchObject([{ reviewer: b.user.name, recommendation: 'granted', weightedTotal: 60 }]);
  });

  it('excludes a reviewer who declares a conflict: scores dropped, not counted, and not assignable again', async () => {
    const app = await submittedApplication();
    const r = await reviewer(neutral.id);
    const reviewId = (await assign(app.id, r.user.id)).json().reviews[0].id as string;
    await r.client.patch(`/api/reviews/${reviewId}`, { revision: 1, scores: { relevans: { score: 5, comment: '' } } });
    expect(errors(await r.client.post(`/api/reviews/${reviewId}/conflict`, { reason: '' }))).toEqual(['reason:required']);
    const declared = await r.client.post(`/api/reviews/${reviewId}/conflict`, { reason: 'Min søster leder prosjektet.' });
    expect(declared.json()).toMatchObject({ status: 'conflict', scores: {}, weightedTotal: null, canScore: false });
    expect((await r.client.get(`/api/applications/${app.id}/versions/1`)).statusCode).toBe(404);
    expect((await secretariat.get(`/api/applications/${app.id}/reviews`)).json()).toMatchObject({ meanTotal: null, reviews: [{ status: 'conflict', conflictReason: 'Min søster leder prosjektet.' }] });
    expect(errors(await assign(app.id, r.user.id))).toEqual(['reviewerId:declaredConflict']);
  });

  it('lets the deciding body read the scores, and nobody else of the programme', async () => {
    const app = await submittedApplication();
    const board = await reviewer(neutral.id, 'board_member');
    const contributor = await reviewer(neutral.id);
    expect((await board.client.get(`/api/applications/${app.id}/reviews`)).statusCode).toBe(200);
    expect((await board.client.post(`/api/applications/${app.id}/reviews/release`)).statusCode).toBe(403);
    expect((await contributor.client.get(`/api/applications/${app.id}/reviews`)).statusCode).toBe(404);
  });
});

describe("the secretariat's recommendation", () => {
  it('makes the application recommended, and a grant in part needs its amount', async () => {
    const app = await submittedApplication();
    expect(errors(await secretariat.put(`/api/applications/${app.id}/recommendation`, { outcome: 'partly_granted', revision: 1 }))).toEqual(['amount:required']);
    const res = await secretariat.put(`/api/applications/${app.id}/recommendation`, { outcome: 'partly_granted', amount: 150000, text: 'Anbefales delvis.', revision: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applicationStatus: 'recommended', recommendation: { outcome: 'partly_granted', amount: 150000, text: 'Anbefales delvis.' } });
    expect((await secretariat.put(`/api/applications/${app.id}/recommendation`, { outcome: 'rejected', revision: 1 })).json().code).toBe('STATE_CHANGED');

    // The recommendation goes to the board as a case that proposes it; the board lists the case.
    const body = await buildBody(t.db, { programmeId, kind: 'operative_board', name: { nb: 'Operativt styre' } });
    const kase = await secretariat.post(`/api/bodies/${body.id}/cases`, { type: 'decision', title: { nb: 'Søknad' }, effects: [{ kind: 'decide_application', targetId: app.id, decision: { outcome: 'partly_granted', amount: 150000 } }] });
    expect(kase.statusCode, kase.body).toBe(201);
    expect((await secretariat.get(`/api/applications/${app.id}/reviews`)).json().decisionCases).toEqual([{ caseId: kase.json().id, body: { id: body.id, name: { nb: 'Operativt styre' } }, title: { nb: 'Søknad' }, applied: false }]);
  });

  it('keeps a submitted review when an assignment is taken back, and removes an open one', async () => {
    const app = await submittedApplication();
    const r = await reviewer(neutral.id);
    const reviewId = (await assign(app.id, r.user.id)).json().reviews[0].id as string;
    expect((await secretariat.delete(`/api/reviews/${reviewId}`)).statusCode).toBe(200);
    expect(await t.db.select().from(reviews).where(eq(reviews.id, reviewId))).toEqual([]);
    const again = (await assign(app.id, r.user.id)).json().reviews[0].id as string;
    await r.client.patch(`/api/reviews/${again}`, { revision: 1, scores: { relevans: { score: 3, comment: '' }, gjennomforing: { score: 3, comment: '' } }, recommendation: 'rejected' });
    await r.client.post(`/api/reviews/${again}/submit`, { revision: 2 });
    expect((await secretariat.delete(`/api/reviews/${again}`)).json().code).toBe('STATE_CHANGED');
    const [row] = await t.db.select().from(applications).where(eq(applications.id, app.id));
    expect(row!.status).toBe('in_review');
  });
});
