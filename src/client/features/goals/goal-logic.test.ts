import { describe, expect, it } from 'vitest';
import type { GoalTarget } from '../../../shared/contracts/goals';
import { emptyTargetValues, goalPayload, emptyGoalValues, parseNumber, targetPayload, withGoalMessages } from './goal-form-values';
import { countStatuses, headingLevel, nestGoals, progressShares, subtreeIds, type TreeGoal } from './goal-tree';
import { targetMessages } from './TargetForm';

const goal = (id: string, parentId: string | null, isInherited = false): TreeGoal => ({
  id,
  parentId,
  isInherited,
  programmeId: 'p',
  title: { nb: id },
  description: { nb: '' },
  periodFrom: null,
  periodTo: null,
  ownerBody: null,
  sortOrder: 0,
  targets: [],
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('goal tree helpers', () => {
  it('nests goals in the given order and gives each its depth; an orphan starts its own tree', () => {
    const roots = nestGoals([goal('main', null, true), goal('sub', 'main'), goal('a', 'sub'), goal('b', 'sub'), goal('orphan', 'gone')]);
    expect(roots.map((r) => r.goal.id)).toEqual(['main', 'orphan']);
    const sub = roots[0]!.children[0]!;
    expect(sub.depth).toBe(1);
    expect(sub.children.map((c) => [c.goal.id, c.depth])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
    expect(headingLevel(2, 0)).toBe(2);
    expect(headingLevel(3, 9)).toBe(6);
  });

  it('finds a goal and everything below it, which may not become its parent', () => {
    const goals = [goal('a', null), goal('b', 'a'), goal('c', 'b'), goal('d', null)];
    expect([...subtreeIds(goals, 'a')].sort()).toEqual(['a', 'b', 'c']);
    expect([...subtreeIds(goals, 'd')]).toEqual(['d']);
  });

  it('counts targets by status, every status present', () => {
    const t = (status: GoalTarget['progress']['status']) => ({ progress: { status, fraction: null, expected: null } });
    expect(countStatuses([t('behind'), t('behind'), t('no_data')])).toEqual({ achieved: 0, on_track: 0, behind: 2, no_data: 1 });
  });

  it('puts progress on a 0–100 bar, keeping the true share for the words', () => {
    const base = { baseline: { value: 60, period: '2016' }, target: { value: 80, period: '2026' } };
    expect(progressShares({ ...base, progress: { status: 'on_track', fraction: 0.5, expected: 68 } })).toEqual({ bar: 50, percent: 50, expectedBar: 40 });
    expect(progressShares({ ...base, progress: { status: 'achieved', fraction: 1.25, expected: 76 } })).toMatchObject({ bar: 100, percent: 125 });
    expect(progressShares({ ...base, progress: { status: 'behind', fraction: -0.2, expected: 70 } })).toMatchObject({ bar: 0, percent: -20 });
    expect(progressShares({ ...base, progress: { status: 'no_data', fraction: null, expected: null } })).toBeNull();
  });
});

describe('goal and target forms', () => {
  it('reads numbers written the Norwegian or the English way', () => {
    expect(parseNumber('72,5')).toBe(72.5);
    expect(parseNumber(' 1 250 ')).toBe(1250);
    expect(parseNumber('72.5')).toBe(72.5);
    expect(parseNumber('\u22123,5')).toBe(-3.5);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('sju')).toBeNaN();
    expect(parseNumber('1,2,3')).toBeNaN();
  });

  it('sends empty languages and an empty owner body as null, and a goal at the top without a parent', () => {
    const v = emptyGoalValues(null);
    v.title = { nb: ' Flere fullfører ', nn: '', en: 'More complete' };
    v.periodFrom = '2017';
    expect(goalPayload(v)).toEqual({
      parentId: null,
      title: { nb: 'Flere fullfører', nn: null, en: 'More complete' },
      description: { nb: '', nn: null, en: null },
      ownerBody: null,
      periodFrom: 2017,
      periodTo: null,
      sortOrder: 0,
    });
  });

  it('reports every problem of a target at once, period rules included, in this feature\'s words', () => {
    const v = emptyTargetValues();
    v.baselineValue = '64,6';
    v.baselinePeriod = '2026';
    v.targetValue = 'mye';
    v.targetPeriod = '2016';
    const result = targetMessages(v);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.messages).sort()).toEqual(['areaId', 'indicatorId', 'target.period', 'target.value']);
    expect(result.messages['target.period']!.keys[0]).toBe('goalsAdmin.validation.targetAfterBaseline');
    expect(result.messages.indicatorId!.keys).toContain('validation.required');
    expect(result.messages['target.value']!.keys[0]).toBe('goalsAdmin.validation.number');

    v.targetPeriod = 'neste år';
    const unreadable = targetMessages(v);
    expect(!unreadable.ok && unreadable.messages['target.period']!.keys[0]).toBe('goalsAdmin.validation.periodCode');
  });

  it('builds a valid target from the form', () => {
    const v = { ...emptyTargetValues(), indicatorId: '00000000-0000-4000-8000-000000000001', areaId: '00000000-0000-4000-8000-000000000002' };
    Object.assign(v, { baselineValue: '64,6', baselinePeriod: '2016', targetValue: '72', targetPeriod: '2026' });
    const result = targetMessages(v);
    expect(result).toMatchObject({ ok: true, data: { baseline: { value: 64.6, period: '2016' }, target: { value: 72, period: '2026' }, breakdown: '' } });
    expect(targetPayload(v).note).toEqual({ nb: '', nn: null, en: null });
  });

  it('puts its own message first only for its own rules', () => {
    const out = withGoalMessages({
      parentId: { path: 'parentId', keys: ['validation.parentScope', 'validation.invalid'] },
      title: { path: 'title.nb', keys: ['validation.required', 'validation.invalid'] },
    });
    expect(out.parentId!.keys[0]).toBe('goalsAdmin.validation.parentScope');
    expect(out.title!.keys[0]).toBe('validation.required');
  });
});
