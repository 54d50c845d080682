import type { AuthzCases } from './cases';
import { buildArea, buildGoal, buildGoalTarget, buildIndicator } from '../factories';

/**
 * Goals are managed by the secretariat of the goal's programme (or of an ancestor) and platform
 * admins: a secretariat of another programme and a contributor are refused every write.
 */
export const goalAuthz: AuthzCases = {
  async setup({ t, ids }) {
    const indicator = await buildIndicator(t.db);
    const area = await buildArea(t.db);
    Object.assign(ids, { goalIndicator: indicator.id, goalArea: area.id });
  },
  async setupInProgramme({ t, ids }) {
    const goal = await buildGoal(t.db, { programmeId: ids.programme! });
    const target = await buildGoalTarget(t.db, { goalId: goal.id, indicatorId: ids.goalIndicator!, areaId: ids.goalArea! });
    Object.assign(ids, { goal: goal.id, goalTarget: target.id });
  },
  cases: (ids) => ({
    'POST /api/programmes/:id/goals': {
      url: () => `/api/programmes/${ids.programme}/goals`,
      body: () => ({ title: { nb: 'Nytt mål' } }),
      otherProgramme: 'refused',
      otherOrgContributor: 'refused',
    },
    'PATCH /api/goals/:id': { url: () => `/api/goals/${ids.goal}`, body: () => ({ title: { nb: 'Endret' } }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'DELETE /api/goals/:id': { url: () => `/api/goals/${ids.goal}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'POST /api/goals/:id/targets': {
      url: () => `/api/goals/${ids.goal}/targets`,
      body: () => ({ indicatorId: ids.goalIndicator, areaId: ids.goalArea, baseline: { value: 1, period: '2020' }, target: { value: 2, period: '2030' } }),
      otherProgramme: 'refused',
      otherOrgContributor: 'refused',
    },
    'PATCH /api/goal-targets/:id': { url: () => `/api/goal-targets/${ids.goalTarget}`, body: () => ({ breakdown: '' }), otherProgramme: 'refused', otherOrgContributor: 'refused' },
    'DELETE /api/goal-targets/:id': { url: () => `/api/goal-targets/${ids.goalTarget}`, otherProgramme: 'refused', otherOrgContributor: 'refused' },
    // The target form's look-ups into the statistics are for those who manage the goals.
    'GET /api/programmes/:id/target-breakdowns': {
      url: () => `/api/programmes/${ids.programme}/target-breakdowns?indicatorId=${ids.goalIndicator}&areaId=${ids.goalArea}`,
      otherProgramme: 'refused',
      otherOrgContributor: 'refused',
    },
    'GET /api/programmes/:id/target-observations': {
      url: () => `/api/programmes/${ids.programme}/target-observations?indicatorId=${ids.goalIndicator}&areaId=${ids.goalArea}&breakdown=`,
      otherProgramme: 'refused',
      otherOrgContributor: 'refused',
    },
  }),
};
