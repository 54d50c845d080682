import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { applications } from '../features/calls/calls.table';
import { loadDemoData } from './demo';
import { DEMO_PASSWORD } from './demo-data';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db);
});
afterAll(() => t.close());

describe('demo reviews', () => {
  it("shows the secretariat two reviews of the Education Agency's application, one submitted with its weighted total", async () => {
    const [application] = await t.db.select().from(applications).where(eq(applications.title, 'Overgangen fra ungdomsskole til videregående'));
    const secretariat = await t.signIn('sekretariat.oppvekst@samordna.test', DEMO_PASSWORD);
    const board = (await secretariat.get(`/api/applications/${application!.id}/reviews`)).json();
    expect(board.reviews.map((r: { reviewer: { name: string }; status: string }) => [r.reviewer.name, r.status])).toEqual([
      ['Hanne Lie', 'submitted'],
      ['Sofie Bakke', 'assigned'],
    ]);
    // (5/5)·40 + (4/5)·35 + (3/5)·25 = 83 of 100.
    expect(board.meanTotal).toBe(83);
  });

  it('gives the demo reviewer her open review, and lets the deciding body read the reviews', async () => {
    const reviewer = await t.signIn('vurderer.oppvekst@samordna.test', DEMO_PASSWORD);
    const all = (await reviewer.get('/api/reviews')).json().items as { id: string; applicationId: string; applicationTitle: string; status: string }[];
    // Besides the open one, her submitted reviews of the applications the operative board decided.
    expect(all.filter((r) => r.status === 'submitted')).toHaveLength(3);
    const mine = all.filter((r) => r.status === 'assigned');
    expect(mine).toMatchObject([{ applicationTitle: 'Overgangen fra ungdomsskole til videregående', status: 'assigned' }]);
    const review = (await reviewer.get(`/api/reviews/${mine[0]!.id}`)).json();
    expect(review).toMatchObject({ canScore: true, peers: null, criteria: [{ key: 'relevance' }, { key: 'cooperation' }, { key: 'feasibility' }] });
    const boardMember = await t.signIn('styremedlem.oppvekst@samordna.test', DEMO_PASSWORD);
    expect((await boardMember.get(`/api/applications/${mine[0]!.applicationId}/reviews`)).statusCode).toBe(200);
  });
});
