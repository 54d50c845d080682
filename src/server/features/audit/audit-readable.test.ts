import { describe, expect, it } from 'vitest';
import { changesNothing, describeChanges, labelOf } from './audit-readable';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const names = new Map([
  [A, 'Bydel Sagene (030103)'],
  [B, 'Bydel Alna (030112)'],
]);

describe('an audit entry in words', () => {
  it('tells each changed language of a text on its own line, and leaves the unchanged ones out', () => {
    const before = { name: 'X', summary: { nb: 'Samme', nn: 'Same', en: 'Old' }, updatedAt: '2026-01-01' };
    const after = { name: 'X', summary: { nb: 'Samme', nn: 'Same', en: 'New' }, updatedAt: '2026-12-02' };
    expect(describeChanges(before, after, names)).toEqual([{ field: 'summary.en', before: 'Old', after: 'New', added: [], removed: [] }]);
  });

  it('names ids, lists what a list gained and lost, and tells a list of ids once when its records are beside it', () => {
    expect(describeChanges({ parentId: A, areaIds: [A], areas: [{ id: A, name: 'Bydel Sagene', code: '030103' }] }, { parentId: B, areaIds: [B], areas: [{ id: B, name: 'Bydel Alna', code: '030112' }] }, names)).toEqual([
      { field: 'areas', before: null, after: null, added: ['Bydel Alna (030112)'], removed: ['Bydel Sagene (030103)'] },
      { field: 'parentId', before: 'Bydel Sagene (030103)', after: 'Bydel Alna (030112)', added: [], removed: [] },
    ]);
    expect(describeChanges({ memberIds: [A] }, { memberIds: [A, B] }, names)).toEqual([{ field: 'memberIds', before: null, after: null, added: ['Bydel Alna (030112)'], removed: [] }]);
  });

  it('sees a save of the same values as no change, whatever its time stamps', () => {
    expect(changesNothing({ name: 'X', updatedAt: 1 }, { name: 'X', updatedAt: 2 })).toBe(true);
    expect(changesNothing({ name: 'X' }, { name: 'Y' })).toBe(false);
    expect(changesNothing(['a'], ['a', 'b'])).toBe(false);
    expect(labelOf({ title: { nb: 'Mål 1' } })).toEqual({ nb: 'Mål 1' });
  });
});
