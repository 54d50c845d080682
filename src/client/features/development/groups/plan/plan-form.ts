import type { Plan } from '../../../../../shared/contracts/development';
import type { Arena } from '../../../../../shared/domain/development';
import type { TFunction } from '../../../../../shared/i18n/translator';

/**
 * The plan's form state. Rows carry a key of their own, so that an effort keeps serving the same
 * goals when goals are moved or removed: the positions the contract wants are worked out only
 * when the plan is saved.
 */
export interface GoalRow {
  key: string;
  title: string;
  description: string;
}
export interface ActorRow {
  key: string;
  name: string;
  role: string;
  arena: Arena | '';
}
export interface EffortRow {
  key: string;
  title: string;
  description: string;
  responsible: string;
  fromYear: string;
  toYear: string;
  /** The keys of the goals the effort serves. */
  goals: string[];
  followUp: string;
}
export interface PlanValues {
  strengths: string;
  weaknesses: string;
  needs: string;
  futureImages: string;
  goals: GoalRow[];
  actors: ActorRow[];
  efforts: EffortRow[];
  isPublic: boolean;
}

let counter = 0;
/** A key for a new row, unique in the page. */
export const newKey = (prefix: string) => `${prefix}-${++counter}`;

export const emptyGoal = (): GoalRow => ({ key: newKey('goal'), title: '', description: '' });
export const emptyActor = (): ActorRow => ({ key: newKey('actor'), name: '', role: '', arena: '' });
export const emptyEffort = (): EffortRow => ({
  key: newKey('effort'),
  title: '',
  description: '',
  responsible: '',
  fromYear: '',
  toYear: '',
  goals: [],
  followUp: '',
});

export function valuesOf(plan: Plan): PlanValues {
  const goals = plan.goals.map((g) => ({
    key: newKey('goal'),
    title: g.title,
    description: g.description,
  }));
  return {
    strengths: plan.strengths,
    weaknesses: plan.weaknesses,
    needs: plan.needs,
    futureImages: plan.futureImages,
    goals,
    actors: plan.actors.map((a) => ({
      key: newKey('actor'),
      name: a.name,
      role: a.role,
      arena: a.arena,
    })),
    efforts: plan.efforts.map((e) => ({
      key: newKey('effort'),
      title: e.title,
      description: e.description,
      responsible: e.responsible,
      fromYear: e.fromYear === null ? '' : String(e.fromYear),
      toYear: e.toYear === null ? '' : String(e.toYear),
      goals: e.goals.flatMap((i) => (goals[i] ? [goals[i].key] : [])),
      followUp: e.followUp,
    })),
    isPublic: plan.isPublic,
  };
}

/** A year field: empty is "not set"; anything else is sent as a number for the contract to judge. */
const year = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** What is sent to save the plan (validated against PlanInput before it is sent). */
export function inputOf(values: PlanValues, revision: number) {
  const position = new Map(values.goals.map((g, i) => [g.key, i]));
  return {
    revision,
    strengths: values.strengths,
    weaknesses: values.weaknesses,
    needs: values.needs,
    futureImages: values.futureImages,
    goals: values.goals.map(({ title, description }) => ({ title, description })),
    actors: values.actors.map(({ name, role, arena }) => ({ name, role, arena })),
    efforts: values.efforts.map((e) => ({
      title: e.title,
      description: e.description,
      responsible: e.responsible,
      fromYear: year(e.fromYear),
      toYear: year(e.toYear),
      goals: e.goals.flatMap((k) => (position.has(k) ? [position.get(k)!] : [])),
      followUp: e.followUp,
    })),
    isPublic: values.isPublic,
  };
}

/** The path of a row's field, as the contract reports errors on it: `efforts.2.toYear`. */
export const rowPath = (list: 'goals' | 'actors' | 'efforts', index: number, field: string) =>
  [list, index, field].join('.');

/** Moves the row at `from` one step up (-1) or down (+1). */
export function move<T>(rows: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (to < 0 || to >= rows.length) return [...rows];
  const out = [...rows];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/**
 * The name of every field by its path (`efforts.2.toYear` → "Tiltak 3: Til år"), so that the error
 * summary says which row and field each problem is in, in the order of the form.
 */
export function fieldLabels(values: PlanValues, t: TFunction): Record<string, string> {
  const labels: Record<string, string> = {
    strengths: t('developmentGroups.plan.strengths'),
    weaknesses: t('developmentGroups.plan.weaknesses'),
    needs: t('developmentGroups.plan.needs'),
    futureImages: t('developmentGroups.plan.futureImages'),
  };
  const row = (kind: 'goals' | 'actors' | 'efforts', i: number, field: string, label: string) => {
    labels[rowPath(kind, i, field)] = t('developmentGroups.plan.rowField', {
      row: t(`developmentGroups.plan.${kind}Row`, { n: i + 1 }),
      field: label,
    });
  };
  values.goals.forEach((_, i) => {
    row('goals', i, 'title', t('developmentGroups.plan.goalTitle'));
    row('goals', i, 'description', t('developmentGroups.plan.goalDescription'));
  });
  labels.goals = t('developmentGroups.plan.goals');
  values.actors.forEach((_, i) => {
    row('actors', i, 'name', t('developmentGroups.plan.actorName'));
    row('actors', i, 'role', t('developmentGroups.plan.actorRole'));
    row('actors', i, 'arena', t('developmentGroups.plan.actorArena'));
  });
  labels.actors = t('developmentGroups.plan.actors');
  values.efforts.forEach((_, i) => {
    row('efforts', i, 'title', t('developmentGroups.plan.effortTitle'));
    row('efforts', i, 'description', t('developmentGroups.plan.effortDescription'));
    row('efforts', i, 'responsible', t('developmentGroups.plan.responsible'));
    row('efforts', i, 'fromYear', t('developmentGroups.plan.fromYear'));
    row('efforts', i, 'toYear', t('developmentGroups.plan.toYear'));
    row('efforts', i, 'goals', t('developmentGroups.plan.effortGoals'));
    row('efforts', i, 'followUp', t('developmentGroups.plan.followUp'));
  });
  labels.efforts = t('developmentGroups.plan.efforts');
  return labels;
}
