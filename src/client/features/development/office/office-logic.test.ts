import { describe, expect, it } from 'vitest';
import { settingsPayload, settingsValues, topicsOf } from './settings-form-values';
import { defaultGathering, marksOf } from './Attendance';
import { homeworkCounts } from './Groups';

describe("the office's development forms", () => {
  it('pairs the topics of the three languages line by line, bokmål deciding which lines are topics', () => {
    expect(topicsOf({ nb: 'Globalisering\n\nVarige forbedringer', nn: 'Globalisering\n\nVarige forbetringar', en: 'Globalisation' })).toEqual({
      topics: [{ nb: 'Globalisering', nn: 'Globalisering', en: 'Globalisation' }, { nb: 'Varige forbedringer', nn: 'Varige forbetringar' }],
      strayIn: [],
    });
    expect(topicsOf({ nb: 'Ett', nn: 'Eitt\nTo', en: '' }).strayIn).toEqual(['nn']);
  });

  it('turns the settings into the form and back unchanged, an empty cycle question staying the standard wording', () => {
    const settings = {
      perspectives: [{ title: { nb: 'Framtidsbilder', nn: 'Framtidsbilete', en: 'Images of the future' }, question: { nb: 'Hvor vil vi?' }, topics: [{ nb: 'Å utvikle framtidsbilder', en: 'Developing images of the future' }] }],
      cycleQuestions: { where_are_we: { nb: 'Hvor er vi?', nn: 'Kvar er vi?' }, where_to_go: null, who_does_what: null, how_to_get_there: null },
      competenceGoals: [{ nb: 'Økt rolleforståelse', en: 'A better understanding of the role' }],
    };
    const { payload, stray } = settingsPayload(settingsValues(settings));
    expect(stray).toEqual([]);
    expect(payload).toEqual(settings);
  });

  it('marks attendance from what the groups recorded, and chooses the last gathering held', () => {
    const gathering = (eventId: string, isHeld: boolean) => ({ eventId, title: eventId, startsAt: '2026-01-01T08:00:00Z', endsAt: null, place: '', address: '', isHeld });
    expect(defaultGathering([gathering('a', true), gathering('b', true), gathering('c', false)])).toBe('b');
    expect(defaultGathering([gathering('c', false)])).toBe('c');
    expect(defaultGathering([])).toBe('');
    const group = {
      members: [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }],
      gatherings: [{ eventId: 'a', attendance: [{ memberId: 'm1', attended: true }, { memberId: 'm2', attended: false }] }],
    };
    expect(marksOf([group] as never, 'a')).toEqual({ m1: true, m2: false, m3: false });
    expect(marksOf([group] as never, 'b')).toEqual({ m1: false, m2: false, m3: false });
  });

  it('counts a late hand-in as handed in, and as late', () => {
    expect(homeworkCounts({ homework: [{ taskId: 'a', state: 'submitted' }, { taskId: 'b', state: 'late' }, { taskId: 'c', state: 'draft' }, { taskId: 'd', state: 'missing' }] })).toEqual({ handedIn: 2, late: 1, total: 4 });
  });
});
