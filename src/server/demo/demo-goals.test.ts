import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { goals, goalTargets } from '../features/goals/goals.table';
import { loadDemoData } from './demo';
import { DEMO_GOALS } from './demo-goals';
import type { GoalTree } from '../../shared/contracts/goals';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db);
});
afterAll(() => t.close());

async function treeOf(slug: string): Promise<GoalTree> {
  const anon = await t.client();
  const programme = (await anon.get(`/api/programmes/by-slug/${slug}`)).json();
  const res = await anon.get(`/api/programmes/${programme.id}/goals`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('demo goals', () => {
  it('load idempotently: a second run adds no goal and no target', async () => {
    const count = async () => [(await t.db.select().from(goals)).length, (await t.db.select().from(goalTargets)).length];
    const first = await count();
    expect(first[0]).toBe(DEMO_GOALS.length);
    const summary = await loadDemoData(t.db);
    expect(summary.goals).toBe(DEMO_GOALS.length);
    expect(await count()).toEqual(first);
  });

  it("hang the sub-programme's goals under the Oslo initiative's main goal, in three languages", async () => {
    const tree = await treeOf('oppvekst-og-utdanning');
    const [main, own, ...subGoals] = tree.goals;
    expect(main).toMatchObject({ isInherited: true, parentId: null, periodFrom: 2017, periodTo: 2026 });
    expect(own).toMatchObject({ isInherited: false, parentId: main!.id, periodFrom: 2017, periodTo: 2026 });
    expect(own!.periodTo! - own!.periodFrom! + 1).toBe(10);
    expect(subGoals.map((g) => g.parentId)).toEqual(subGoals.map(() => own!.id));
    expect(subGoals.length).toBeGreaterThanOrEqual(2);
    for (const g of tree.goals) {
      expect(g.title.nn && g.title.en, g.title.nb).toBeTruthy();
      expect(g.ownerBody?.nn && g.ownerBody.en, g.title.nb).toBeTruthy();
    }
    const indicators = new Set(subGoals.flatMap((g) => g.targets.map((x) => x.indicator.code)));
    expect([...indicators].sort()).toEqual(['barn-lavinntekt', 'fullfort-vgo-5ar', 'grunnskolepoeng']);
    expect(subGoals.flatMap((g) => g.targets).every((x) => x.indicator.isIllustrative)).toBe(true);
  });

  it("give Kultur for læring its goal and three effects, the last without an indicator, with targets for Hedmark", async () => {
    const tree = await treeOf('kultur-for-laering');
    const [goal, ...effects] = tree.goals;
    expect(goal!.parentId).toBeNull();
    expect(effects).toHaveLength(3);
    expect(effects.every((e) => e.parentId === goal!.id)).toBe(true);
    expect(effects[2]!.targets).toEqual([]);
    expect(effects.slice(0, 2).every((e) => e.targets.some((x) => x.area.code === '04'))).toBe(true);
  });

  it('show every progress status somewhere, with no data where the latest figure is withheld', async () => {
    const targets = [...(await treeOf('oppvekst-og-utdanning')).goals, ...(await treeOf('kultur-for-laering')).goals].flatMap((g) => g.targets);
    const statuses = new Set(targets.map((x) => x.progress.status));
    expect([...statuses].sort()).toEqual(['achieved', 'behind', 'no_data', 'on_track']);
    const stovner = targets.find((x) => x.indicator.code === 'barn-lavinntekt' && x.area.code === '030111');
    expect(stovner).toMatchObject({ latest: { status: 'not_available', value: null }, progress: { status: 'no_data' } });
  });
});
