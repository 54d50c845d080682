import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Pool } from 'pg';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildOrganisation, buildProgramme, buildUser, buildArea, buildGoal, buildGoalTarget, buildIndicator, buildObservation } from '../../testing/factories';
import { auditEntries } from '../audit/audit.table';
import { goals, goalTargets } from './goals.table';

let t: TestApp;
let anon: TestClient;
let admin: TestClient;
let initiativeSecretariat: TestClient;
let subSecretariat: TestClient;
let otherSecretariat: TestClient;
let analyst: TestClient;
let contributor: TestClient;
let initiativeId: string;
let subId: string;
let otherId: string;
let hiddenId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const initiative = await buildProgramme(t.db, { kind: 'area_initiative' });
  const sub = await buildProgramme(t.db, { kind: 'sub_programme', parentId: initiative.id });
  const other = await buildProgramme(t.db);
  const hidden = await buildProgramme(t.db, { isPublished: false });
  initiativeId = initiative.id;
  subId = sub.id;
  otherId = other.id;
  hiddenId = hidden.id;
  const org = await buildOrganisation(t.db);
  anon = await t.client();
  admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
  initiativeSecretariat = await t.signIn((await buildUser(t.db, { roles: [[initiative.id, 'secretariat']] })).email);
  subSecretariat = await t.signIn((await buildUser(t.db, { roles: [[sub.id, 'secretariat']] })).email);
  otherSecretariat = await t.signIn((await buildUser(t.db, { roles: [[other.id, 'secretariat']] })).email);
  analyst = await t.signIn((await buildUser(t.db, { roles: [[sub.id, 'analyst']] })).email);
  contributor = await t.signIn((await buildUser(t.db, { organisationId: org.id, roles: [[sub.id, 'contributor']] })).email);
});
afterAll(() => t.close());

type TreeGoal = { id: string; parentId: string | null; isInherited: boolean; title: { nb: string }; targets: unknown[] };
const titles = (res: { json(): { goals: TreeGoal[] } }) => res.json().goals.map((g) => g.title.nb);

describe('goal tree', () => {
  it("shows a sub-programme's goals under the initiative's main goal, flat in tree order, to anyone", async () => {
    const main = await buildGoal(t.db, { programmeId: initiativeId, title: { nb: 'Hovedmål' } });
    await buildGoal(t.db, { programmeId: initiativeId, title: { nb: 'Et annet delprograms mål' }, parentId: main.id });
    const subGoal = await buildGoal(t.db, { programmeId: subId, title: { nb: 'Delprogrammets mål' }, parentId: main.id });
    await buildGoal(t.db, { programmeId: subId, title: { nb: 'B: bedre skoleresultater' }, parentId: subGoal.id, sortOrder: 2 });
    await buildGoal(t.db, { programmeId: subId, title: { nb: 'A: flere fullfører' }, parentId: subGoal.id, sortOrder: 1 });
    await buildGoal(t.db, { programmeId: subId, title: { nb: 'Eget toppmål' }, sortOrder: 5 });

    const res = await anon.get(`/api/programmes/${subId}/goals`);
    expect(res.statusCode).toBe(200);
    expect(res.json().programmeId).toBe(subId);
    expect(titles(res)).toEqual(['Hovedmål', 'Delprogrammets mål', 'A: flere fullfører', 'B: bedre skoleresultater', 'Eget toppmål']);
    const inherited = res.json().goals.filter((g: TreeGoal) => g.isInherited).map((g: TreeGoal) => g.title.nb);
    expect(inherited).toEqual(['Hovedmål']);

    // The initiative's own tree holds both of its goals and none of the sub-programme's.
    const top = await anon.get(`/api/programmes/${initiativeId}/goals`);
    expect(titles(top)).toEqual(['Hovedmål', 'Et annet delprograms mål']);
    expect(top.json().goals.every((g: TreeGoal) => !g.isInherited)).toBe(true);
  });

  it('hides the goals of an unpublished programme from outsiders', async () => {
    await buildGoal(t.db, { programmeId: hiddenId });
    const res = await anon.get(`/api/programmes/${hiddenId}/goals`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    expect((await otherSecretariat.get(`/api/programmes/${hiddenId}/goals`)).statusCode).toBe(404);
    expect((await admin.get(`/api/programmes/${hiddenId}/goals`)).json().goals).toHaveLength(1);
  });

  it('reads the tree in the same number of queries however many goals and targets there are', async () => {
    const p = await buildProgramme(t.db);
    const indicator = await buildIndicator(t.db);
    const areas = await Promise.all([1, 2, 3, 4].map(() => buildArea(t.db)));
    const first = await buildGoal(t.db, { programmeId: p.id });
    await buildGoalTarget(t.db, { goalId: first.id, indicatorId: indicator.id, areaId: areas[0]!.id });

    // The pool hands out a connection per query: counting hand-outs counts queries.
    const pool = (t.db as typeof t.db & { $client: Pool }).$client;
    let queries = 0;
    const count = () => queries++;
    const measure = async () => {
      queries = 0;
      pool.on('acquire', count);
      const res = await anon.get(`/api/programmes/${p.id}/goals`);
      pool.off('acquire', count);
      expect(res.statusCode).toBe(200);
      return queries;
    };
    const small = await measure();

    for (let g = 0; g < 5; g++) {
      const goal = await buildGoal(t.db, { programmeId: p.id, parentId: first.id });
      for (const area of areas) {
        await buildGoalTarget(t.db, { goalId: goal.id, indicatorId: indicator.id, areaId: area.id });
        await buildObservation(t.db, { indicatorId: indicator.id, areaId: area.id, period: `20${20 + g}`, value: 55 });
      }
    }
    const large = await measure();
    const tree = (await anon.get(`/api/programmes/${p.id}/goals`)).json();
    expect(tree.goals).toHaveLength(6);
    expect(tree.goals.flatMap((g: TreeGoal) => g.targets)).toHaveLength(21);
    expect(large).toBe(small);
    // The lineage, the goals, the targets with their latest figures (and the visitor's session).
    expect(small).toBeGreaterThanOrEqual(3);
    expect(small).toBeLessThanOrEqual(4);
  });
});

describe('writing goals', () => {
  it('adds a sub-programme goal under the main goal, with an audit entry', async () => {
    const main = await buildGoal(t.db, { programmeId: initiativeId });
    const res = await subSecretariat.post(`/api/programmes/${subId}/goals`, {
      parentId: main.id,
      title: { nb: 'Flere fullfører videregående', nn: 'Fleire fullfører vidaregåande', en: 'More complete upper secondary' },
      description: { nb: 'Målt fem år etter start.' },
      periodFrom: 2017,
      periodTo: 2026,
      ownerBody: { nb: 'Strategisk styre' },
      sortOrder: 3,
    });
    expect(res.statusCode).toBe(201);
    const goal = res.json();
    expect(goal).toMatchObject({ programmeId: subId, parentId: main.id, periodFrom: 2017, periodTo: 2026, sortOrder: 3, targets: [] });
    expect(goal.ownerBody).toMatchObject({ nb: 'Strategisk styre' });

    const [entry] = await t.db.select().from(auditEntries).where(and(eq(auditEntries.entityType, 'goal'), eq(auditEntries.entityId, goal.id)));
    expect(entry).toMatchObject({ action: 'create', programmeId: subId });
    expect(entry!.after).toMatchObject({ title: { nb: 'Flere fullfører videregående' } });
  });

  it('changes only what a change names: a new title keeps the goal in its place', async () => {
    const goal = await buildGoal(t.db, { programmeId: subId, sortOrder: 4 });
    const res = await subSecretariat.patch(`/api/goals/${goal.id}`, { title: { nb: 'Nytt navn' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ title: { nb: 'Nytt navn' }, sortOrder: 4 });
  });

  it('refuses a parent outside the programme and its ancestors, naming parentId', async () => {
    const otherGoal = await buildGoal(t.db, { programmeId: otherId });
    const subGoal = await buildGoal(t.db, { programmeId: subId });
    for (const [client, programme, parentId] of [
      [subSecretariat, subId, otherGoal.id],
      // A parent programme's goal may not hang under its sub-programme's goal.
      [initiativeSecretariat, initiativeId, subGoal.id],
    ] as const) {
      const res = await client.post(`/api/programmes/${programme}/goals`, { parentId, title: { nb: 'Feil plass' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().errors).toEqual([expect.objectContaining({ path: 'parentId', code: 'parentScope' })]);
    }
    const missing = await subSecretariat.post(`/api/programmes/${subId}/goals`, { parentId: '00000000-0000-4000-8000-000000000000', title: { nb: 'x' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'parentId', code: 'notFound' })]);
  });

  it('names the field when the title is missing or the period runs backwards', async () => {
    const res = await subSecretariat.post(`/api/programmes/${subId}/goals`, { title: { nb: ' ' }, periodFrom: 2026, periodTo: 2017 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['periodTo', 'title.nb']);

    const goal = await buildGoal(t.db, { programmeId: subId, periodFrom: 2017, periodTo: 2026 });
    const patch = await subSecretariat.patch(`/api/goals/${goal.id}`, { periodFrom: 2030 });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().errors).toEqual([expect.objectContaining({ path: 'periodTo', code: 'periodOrder' })]);
  });

  it('refuses to place a goal under itself or its own sub-goal (CYCLE)', async () => {
    const a = await buildGoal(t.db, { programmeId: subId });
    const b = await buildGoal(t.db, { programmeId: subId, parentId: a.id });
    const c = await buildGoal(t.db, { programmeId: subId, parentId: b.id });
    for (const parentId of [a.id, c.id]) {
      const res = await subSecretariat.patch(`/api/goals/${a.id}`, { parentId });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'CYCLE', field: 'parentId' });
    }
    const [stored] = await t.db.select().from(goals).where(eq(goals.id, a.id));
    expect(stored!.parentId).toBeNull();

    // Moving to the top and back under another goal is fine.
    const top = await subSecretariat.patch(`/api/goals/${c.id}`, { parentId: null, title: { nb: 'Flyttet' } });
    expect(top.statusCode).toBe(200);
    expect(top.json()).toMatchObject({ parentId: null, title: { nb: 'Flyttet' } });
  });

  it('refuses to delete a goal with sub-goals (IN_USE) and deletes a leaf with its targets', async () => {
    const parent = await buildGoal(t.db, { programmeId: subId });
    const child = await buildGoal(t.db, { programmeId: subId, parentId: parent.id });
    const indicator = await buildIndicator(t.db);
    const area = await buildArea(t.db);
    const target = await buildGoalTarget(t.db, { goalId: child.id, indicatorId: indicator.id, areaId: area.id });

    const refused = await subSecretariat.delete(`/api/goals/${parent.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('IN_USE');

    const ok = await subSecretariat.delete(`/api/goals/${child.id}`);
    expect(ok.statusCode).toBe(200);
    expect(await t.db.select().from(goalTargets).where(eq(goalTargets.id, target.id))).toEqual([]);
    const [entry] = await t.db.select().from(auditEntries).where(and(eq(auditEntries.entityType, 'goal'), eq(auditEntries.entityId, child.id)));
    expect(entry).toMatchObject({ action: 'delete', programmeId: subId });
    expect((entry!.before as { targets: { id: string }[] }).targets.map((x) => x.id)).toEqual([target.id]);

    expect((await subSecretariat.delete(`/api/goals/${parent.id}`)).statusCode).toBe(200);
    expect((await subSecretariat.delete(`/api/goals/${parent.id}`)).statusCode).toBe(404);
  });

  it("records an update's before and after", async () => {
    const goal = await buildGoal(t.db, { programmeId: subId, title: { nb: 'Før' } });
    const res = await subSecretariat.patch(`/api/goals/${goal.id}`, { title: { nb: 'Etter', en: 'After' } });
    expect(res.statusCode).toBe(200);
    const [entry] = await t.db.select().from(auditEntries).where(and(eq(auditEntries.entityId, goal.id), eq(auditEntries.action, 'update')));
    expect(entry!.before).toMatchObject({ title: { nb: 'Før' } });
    expect(entry!.after).toMatchObject({ title: { nb: 'Etter', en: 'After' } });
  });
});

describe('who may manage goals', () => {
  it("lets the initiative's secretariat manage a sub-programme's goals, not the other way round", async () => {
    const main = await buildGoal(t.db, { programmeId: initiativeId });
    const subGoal = await buildGoal(t.db, { programmeId: subId, parentId: main.id });
    expect((await initiativeSecretariat.patch(`/api/goals/${subGoal.id}`, { sortOrder: 4 })).statusCode).toBe(200);
    const refused = await subSecretariat.patch(`/api/goals/${main.id}`, { title: { nb: 'Overtatt' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN');
    expect((await admin.patch(`/api/goals/${main.id}`, { sortOrder: 1 })).statusCode).toBe(200);
  });

  it('refuses analysts, contributors, other secretariats and anonymous visitors', async () => {
    const goal = await buildGoal(t.db, { programmeId: subId });
    for (const client of [analyst, contributor, otherSecretariat]) {
      const created = await client.post(`/api/programmes/${subId}/goals`, { title: { nb: 'Ikke lov' } });
      expect(created.statusCode).toBe(403);
      expect(created.json().code).toBe('FORBIDDEN');
      const changed = await client.patch(`/api/goals/${goal.id}`, { title: { nb: 'Ikke lov' } });
      expect(changed.statusCode).toBe(403);
    }
    const res = await anon.delete(`/api/goals/${goal.id}`);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
    // A goal of an unpublished programme does not exist for an outsider.
    const hiddenGoal = await buildGoal(t.db, { programmeId: hiddenId });
    const hidden = await otherSecretariat.patch(`/api/goals/${hiddenGoal.id}`, { sortOrder: 1 });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('NOT_FOUND');
  });
});
