import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { buildProgramme, buildUser, buildArea, buildGoal, buildGoalTarget, buildIndicator, buildObservation } from '../../testing/factories';
import { auditEntries } from '../audit/audit.table';
import { goalTargets } from './goals.table';

let t: TestApp;
let anon: TestClient;
let secretariat: TestClient;
let otherSecretariat: TestClient;
let programmeId: string;
let goalId: string;
let indicatorId: string;
let lowerIsBetterId: string;
let areaId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const programme = await buildProgramme(t.db);
  const other = await buildProgramme(t.db);
  programmeId = programme.id;
  goalId = (await buildGoal(t.db, { programmeId })).id;
  indicatorId = (await buildIndicator(t.db, { direction: 'higher_is_better', isIllustrative: true })).id;
  lowerIsBetterId = (await buildIndicator(t.db, { direction: 'lower_is_better' })).id;
  areaId = (await buildArea(t.db, { kind: 'city_district', code: '030111', name: 'Bydel Stovner' })).id;
  anon = await t.client();
  secretariat = await t.signIn((await buildUser(t.db, { roles: [[programme.id, 'secretariat']] })).email);
  otherSecretariat = await t.signIn((await buildUser(t.db, { roles: [[other.id, 'secretariat']] })).email);
});
afterAll(() => t.close());

const valid = () => ({
  indicatorId,
  areaId,
  baseline: { value: 64.6, period: '2016' },
  target: { value: 72, period: '2026' },
  note: { nb: 'Fra handlingsprogrammet' },
});

type Target = { id: string; progress: { status: string; fraction: number | null }; latest: { period: string; value: number | null; status: string } | null };

async function targetsOf(id: string): Promise<Target[]> {
  const tree = (await anon.get(`/api/programmes/${programmeId}/goals`)).json();
  return tree.goals.find((g: { id: string }) => g.id === id).targets;
}

describe('goal targets', () => {
  it('adds a target and shows it with its indicator, area, latest figure and progress', async () => {
    await buildObservation(t.db, { indicatorId, areaId, period: '2023', value: 66 });
    await buildObservation(t.db, { indicatorId, areaId, period: '2024', value: 71.5 });
    const res = await secretariat.post(`/api/goals/${goalId}/targets`, valid());
    expect(res.statusCode).toBe(201);
    const target = res.json();
    expect(target).toMatchObject({
      goalId,
      breakdown: '',
      indicator: { id: indicatorId, direction: 'higher_is_better', isIllustrative: true },
      area: { id: areaId, code: '030111', name: 'Bydel Stovner', kind: 'city_district' },
      baseline: { value: 64.6, period: '2016' },
      target: { value: 72, period: '2026' },
      note: { nb: 'Fra handlingsprogrammet' },
      latest: { period: '2024', value: 71.5, status: 'none', symbol: null },
      progress: { status: 'on_track' },
    });
    expect((await targetsOf(goalId)).map((x) => x.id)).toContain(target.id);

    const [entry] = await t.db.select().from(auditEntries).where(and(eq(auditEntries.entityType, 'goal_target'), eq(auditEntries.entityId, target.id)));
    expect(entry).toMatchObject({ action: 'create', programmeId });
  });

  it('stores periods in canonical form', async () => {
    const res = await secretariat.post(`/api/goals/${goalId}/targets`, { ...valid(), baseline: { value: 1, period: '2023K4' }, target: { value: 2, period: '2026/2027' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ baseline: { period: '2023Q4' }, target: { period: '2026-27' } });
  });

  it('names each field that is wrong: unreadable periods, a target before its baseline, unknown indicator and area', async () => {
    const unreadable = await secretariat.post(`/api/goals/${goalId}/targets`, { ...valid(), baseline: { value: 1, period: 'i fjor' }, target: { value: 2, period: 'snart' } });
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().code).toBe('VALIDATION_FAILED');
    expect(unreadable.json().errors).toEqual([
      expect.objectContaining({ path: 'baseline.period', code: 'periodCode' }),
      expect.objectContaining({ path: 'target.period', code: 'periodCode' }),
    ]);

    const backwards = await secretariat.post(`/api/goals/${goalId}/targets`, { ...valid(), target: { value: 72, period: '2015' } });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: 'target.period', code: 'targetAfterBaseline' })]);

    const unknown = await secretariat.post(`/api/goals/${goalId}/targets`, {
      ...valid(),
      indicatorId: '00000000-0000-4000-8000-000000000001',
      areaId: '00000000-0000-4000-8000-000000000002',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ path: 'indicatorId', code: 'notFound' }),
      expect.objectContaining({ path: 'areaId', code: 'notFound' }),
    ]);

    const missing = await secretariat.post(`/api/goals/${goalId}/targets`, { indicatorId, areaId, baseline: { period: '2016' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['baseline.value', 'target']));
  });

  it('checks an update against the stored values, and records before and after', async () => {
    const target = await buildGoalTarget(t.db, { goalId, indicatorId, areaId, baselinePeriod: '2016', targetPeriod: '2026' });
    const refused = await secretariat.patch(`/api/goal-targets/${target.id}`, { target: { value: 80, period: '2010' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'target.period', code: 'targetAfterBaseline' })]);

    const ok = await secretariat.patch(`/api/goal-targets/${target.id}`, { target: { value: 80, period: '2030' }, breakdown: 'kjonn=2' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ target: { value: 80, period: '2030' }, baseline: { period: '2016' }, breakdown: 'kjonn=2' });
    const [entry] = await t.db.select().from(auditEntries).where(and(eq(auditEntries.entityId, target.id), eq(auditEntries.action, 'update')));
    expect(entry!.before).toMatchObject({ targetValue: 70, targetPeriod: '2026', breakdown: '' });
    expect(entry!.after).toMatchObject({ targetValue: 80, breakdown: 'kjonn=2' });
  });

  it('changes only what a change names: a new note keeps the breakdown', async () => {
    const target = await buildGoalTarget(t.db, { goalId, indicatorId, areaId, breakdown: 'kjonn=2' });
    const res = await secretariat.patch(`/api/goal-targets/${target.id}`, { note: { nb: 'Ny merknad' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ breakdown: 'kjonn=2', note: { nb: 'Ny merknad' } });
  });

  it('deletes a target; only the secretariat may', async () => {
    const target = await buildGoalTarget(t.db, { goalId, indicatorId, areaId });
    const refused = await otherSecretariat.delete(`/api/goal-targets/${target.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN');
    expect((await otherSecretariat.post(`/api/goals/${goalId}/targets`, valid())).statusCode).toBe(403);
    expect((await secretariat.delete(`/api/goal-targets/${target.id}`)).statusCode).toBe(200);
    expect(await t.db.select().from(goalTargets).where(eq(goalTargets.id, target.id))).toEqual([]);
    const again = await secretariat.delete(`/api/goal-targets/${target.id}`);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('NOT_FOUND');
  });
});

describe('progress', () => {
  it('is no data when the latest figure is suppressed, even with an older published one', async () => {
    const area = await buildArea(t.db);
    const goal = await buildGoal(t.db, { programmeId });
    await buildObservation(t.db, { indicatorId, areaId: area.id, period: '2022', value: 90 });
    await buildObservation(t.db, { indicatorId, areaId: area.id, period: '2023', value: null, status: 'suppressed', symbol: ':' });
    await buildGoalTarget(t.db, { goalId: goal.id, indicatorId, areaId: area.id, baselineValue: 50, baselinePeriod: '2020', targetValue: 70, targetPeriod: '2030' });
    const [target] = await targetsOf(goal.id);
    expect(target!.latest).toEqual({ period: '2023', value: null, status: 'suppressed', symbol: ':' });
    expect(target!.progress).toEqual({ status: 'no_data', fraction: null, expected: null });
  });

  it('is achieved, on track or behind in the indicator direction, for the right breakdown; no data without figures', async () => {
    const goal = await buildGoal(t.db, { programmeId });
    const areas = await Promise.all([1, 2, 3, 4].map(() => buildArea(t.db)));
    const [achieved, onTrack, behind] = areas.map((a) => a.id) as [string, string, string];
    // Lower is better: from 25 in 2016 towards 20 in 2026; the line stands at 21 in 2024.
    const cells: [string, number][] = [[achieved, 19.5], [onTrack, 20.8], [behind, 24]];
    for (const [area, value] of cells) {
      await buildObservation(t.db, { indicatorId: lowerIsBetterId, areaId: area, period: '2024', value });
      // A breakdown's figure is not the total's.
      await buildObservation(t.db, { indicatorId: lowerIsBetterId, areaId: area, period: '2025', value: 30, breakdown: 'kjonn=1' });
    }
    for (const area of areas) {
      await buildGoalTarget(t.db, { goalId: goal.id, indicatorId: lowerIsBetterId, areaId: area.id, baselineValue: 25, baselinePeriod: '2016', targetValue: 20, targetPeriod: '2026' });
    }
    const targets = await targetsOf(goal.id);
    expect(targets.map((x) => x.progress.status)).toEqual(['achieved', 'on_track', 'behind', 'no_data']);
    expect(targets.map((x) => x.latest?.period ?? null)).toEqual(['2024', '2024', '2024', null]);
    expect(targets[2]!.progress.fraction).toBeCloseTo(0.2);
  });
});
