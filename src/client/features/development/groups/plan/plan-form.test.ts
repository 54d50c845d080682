import { describe, expect, it } from 'vitest';
import { PlanInput, type Plan } from '../../../../../shared/contracts/development';
import { emptyGoal, inputOf, move, valuesOf } from './plan-form';
import { slugOf } from './PlanConversion';

const plan: Plan = {
  groupId: '00000000-0000-4000-8000-000000000001',
  organisationName: 'Hamar kommune',
  programmeId: '00000000-0000-4000-8000-000000000002',
  areaCode: '3403',
  strengths: 'S',
  weaknesses: 'W',
  needs: 'N',
  futureImages: 'F',
  goals: [
    { title: 'A', description: '' },
    { title: 'B', description: '' },
    { title: 'C', description: '' },
  ],
  actors: [],
  efforts: [{ title: 'E', description: '', responsible: '', fromYear: 2025, toYear: null, goals: [0, 2], followUp: '' }],
  isPublic: false,
  revision: 7,
  updatedAt: null,
  comments: [],
  convertedProgramme: null,
  canWrite: true,
  canComment: false,
};

describe('the plan form', () => {
  it('sends back what it was filled with, with the revision read', () => {
    const input = inputOf(valuesOf(plan), plan.revision);
    expect(input.revision).toBe(7);
    expect(input.goals.map((g) => g.title)).toEqual(['A', 'B', 'C']);
    expect(input.efforts[0]).toMatchObject({ fromYear: 2025, toYear: null, goals: [0, 2] });
    expect(PlanInput.safeParse(input).success).toBe(true);
  });

  it('keeps an effort serving the same goals when goals are moved or removed', () => {
    const values = valuesOf(plan);
    // C moves up above B: the effort still serves A and C, now at 0 and 1.
    const moved = { ...values, goals: move(values.goals, 2, -1) };
    expect(inputOf(moved, 7).efforts[0]!.goals).toEqual([0, 1]);
    // A is removed: only C is left, now at 1 (B is at 0).
    const removed = { ...values, goals: values.goals.filter((g) => g.title !== 'A') };
    expect(inputOf(removed, 7).efforts[0]!.goals).toEqual([1]);
    // A new goal at the end changes nothing for the effort.
    expect(inputOf({ ...values, goals: [...values.goals, emptyGoal()] }, 7).efforts[0]!.goals).toEqual([0, 2]);
  });

  it('sends an empty year as not set and a wrong one for the contract to refuse at its field', () => {
    const values = valuesOf(plan);
    const wrong = { ...values, efforts: [{ ...values.efforts[0]!, fromYear: '', toYear: 'snart' }] };
    const input = inputOf(wrong, 7);
    expect(input.efforts[0]!.fromYear).toBeNull();
    const parsed = PlanInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['efforts.0.toYear']);
  });

  it('does not move a row past either end', () => {
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });
});

describe('slugOf', () => {
  it('proposes an address the contract takes', () => {
    expect(slugOf('Oppvekst i Hamar kommune')).toBe('oppvekst-i-hamar-kommune');
    expect(slugOf('  Løten – Åsnes / Ærlig  ')).toBe('loten-asnes-aerlig');
  });
});
