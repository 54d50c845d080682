import { describe, expect, it } from 'vitest';
import { ActionProgrammeContent } from '../../../../shared/contracts/action-programmes';
import type { ActionProgramme } from '../../../../shared/contracts/action-programmes';
import {
  actionProgrammeMessages,
  actionProgrammeValues,
  contentPayload,
  emptyEffort,
  fieldsPayload,
  goalErrorPath,
  toggledGoal,
} from './content-values';
import { formatKroner, formatYears } from './action-programme-format';
import { effortsByGoal } from '../../goals/goal-efforts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const ap = {
  id: id(1),
  programmeId: id(2),
  title: { nb: 'Handlingsprogram 2023–2026', nn: null, en: null },
  periodFrom: 2023,
  periodTo: 2026,
  status: 'draft',
  revision: 3,
  adoptedAt: null,
  adoptedBy: null,
  publishedAt: null,
  canManage: true,
  challenges: { nb: 'For mange barn leser dårlig.', nn: 'For mange born les dårleg.', en: null },
  priorities: [
    {
      id: id(10),
      title: { nb: 'Lesing' },
      description: { nb: '' },
      efforts: [
        {
          id: id(20),
          title: { nb: 'Lesestart' },
          description: { nb: 'Bøker til alle.' },
          responsibleOrganisation: { id: id(30), name: 'Hamar kommune' },
          fundingNeed: 1500000,
          goals: [{ id: id(40), programmeId: id(2), title: { nb: 'Alle leser' } }],
        },
        {
          id: id(21),
          title: { nb: 'Lesevenner' },
          description: { nb: '' },
          responsibleOrganisation: null,
          fundingNeed: null,
          goals: [],
        },
      ],
    },
  ],
} as ActionProgramme;

describe('action programme form values', () => {
  it('gives back the content the API holds, in the same order, ready for the contract', () => {
    const body = contentPayload(actionProgrammeValues(ap));
    expect(body).toEqual({
      priorities: [
        {
          title: { nb: 'Lesing' },
          description: { nb: '' },
          efforts: [
            {
              title: { nb: 'Lesestart' },
              description: { nb: 'Bøker til alle.' },
              responsibleOrganisationId: id(30),
              fundingNeed: 1500000,
              goalIds: [id(40)],
            },
            {
              title: { nb: 'Lesevenner' },
              description: { nb: '' },
              responsibleOrganisationId: null,
              fundingNeed: null,
              goalIds: [],
            },
          ],
        },
      ],
    });
    expect(ActionProgrammeContent.safeParse(body).success).toBe(true);
  });

  it('reads a funding need written with spaces, leaves an empty one out, and lets the contract refuse words', () => {
    const v = actionProgrammeValues(ap);
    const effort = (fundingNeed: string) =>
      contentPayload({
        ...v,
        priorities: [
          {
            ...v.priorities[0]!,
            efforts: [{ ...emptyEffort(), title: { nb: 'Tiltak', nn: '', en: '' }, fundingNeed }],
          },
        ],
      });
    expect(effort('1 500 000').priorities[0]!.efforts[0]!.fundingNeed).toBe(1500000);
    expect(effort('2\u00a0000').priorities[0]!.efforts[0]!.fundingNeed).toBe(2000);
    expect(effort('  ').priorities[0]!.efforts[0]!.fundingNeed).toBeNull();
    const words = effort('mye');
    expect(words.priorities[0]!.efforts[0]!.fundingNeed).toBe('mye');
    const parsed = ActionProgrammeContent.safeParse(words);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['priorities', 0, 'efforts', 0, 'fundingNeed']);
  });

  it('sends the title, period and challenges with the languages written', () => {
    const v = { ...actionProgrammeValues(ap), periodTo: '2027' };
    expect(fieldsPayload(v)).toEqual({
      title: { nb: 'Handlingsprogram 2023–2026' },
      periodFrom: 2023,
      periodTo: 2027,
      challenges: { nb: 'For mange barn leser dårlig.', nn: 'For mange born les dårleg.' },
    });
    expect(fieldsPayload({ ...v, periodFrom: '' }).periodFrom).toBeUndefined();
  });

  it('chooses and leaves out goals in the order chosen', () => {
    expect(toggledGoal(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggledGoal(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggledGoal(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
  });

  it("finds the refusal of an effort's goals, and only that effort's", () => {
    const paths = [
      'title.nb',
      'priorities.0.efforts.10.goalIds.0',
      'priorities.0.efforts.1.goalIds.2',
    ];
    expect(goalErrorPath(paths, 0, 1)).toBe('priorities.0.efforts.1.goalIds.2');
    expect(goalErrorPath(paths, 0, 10)).toBe('priorities.0.efforts.10.goalIds.0');
    expect(goalErrorPath(paths, 1, 1)).toBeUndefined();
    expect(goalErrorPath(['priorities.0.efforts.0.goalIds'], 0, 0)).toBe(
      'priorities.0.efforts.0.goalIds',
    );
  });
});

describe('action programme formats', () => {
  it('writes kroner as the language does', () => {
    expect(formatKroner(1500000, 'nb').replace(/\s/g, ' ')).toBe('1 500 000 kr');
    expect(formatKroner(1500000, 'en').replace(/\s/g, ' ')).toBe('NOK 1,500,000');
    expect(formatYears(2023, 2026)).toBe('2023–2026');
    expect(formatYears(2024, 2024)).toBe('2024');
  });

  it('lists the efforts by the goal they serve, leaving out goals none serves', () => {
    const effort = (n: number) => ({
      id: id(n),
      title: { nb: `Tiltak ${n}` },
      actionProgramme: { id: id(1), title: { nb: 'HP' } },
    });
    const map = effortsByGoal({
      goals: [
        { goalId: id(40), efforts: [effort(1), effort(2)] },
        { goalId: id(41), efforts: [] },
      ],
    });
    expect(map.get(id(40))!.map((e) => e.id)).toEqual([id(1), id(2)]);
    expect(map.has(id(41))).toBe(false);
    expect(effortsByGoal(undefined).size).toBe(0);
  });
});

describe('action programme messages', () => {
  it('tells a period that ends before it begins in years, before the words of dates', () => {
    const out = actionProgrammeMessages({
      periodTo: {
        path: 'periodTo',
        keys: ['validation.periodOrder', 'validation.custom', 'validation.invalid'],
      },
      'title.nb': { path: 'title.nb', keys: ['validation.required'] },
    });
    expect(out.periodTo!.keys.slice(0, 2)).toEqual([
      'governanceAdmin.actionProgramme.periodOrder',
      'governanceAdmin.validation.periodOrder',
    ]);
    expect(out['title.nb']!.keys[0]).toBe('governanceAdmin.validation.required');
  });
});
