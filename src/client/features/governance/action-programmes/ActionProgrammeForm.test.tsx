import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ActionProgramme } from '../../../../shared/contracts/action-programmes';
import type { GoalTree } from '../../../../shared/contracts/goals';
import { rememberCsrfToken } from '../../../app/api';
import { fakeApi, renderPage } from '../../../testing/render';
import { nestGoals } from '../../goals/goal-tree';
import { ActionProgrammeForm } from './ActionProgrammeForm';
import { useSaveActionProgramme } from './action-programmes.queries';
import { actionProgrammeValues } from './content-values';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const effort = (n: number, title: string, goalIds: number[] = []) => ({
  id: id(n),
  title: { nb: title },
  description: { nb: '' },
  responsibleOrganisation: null,
  fundingNeed: null,
  goals: goalIds.map((g) => ({ id: id(g), programmeId: id(2), title: { nb: `Mål ${g}` } })),
});
const ap = {
  id: id(1),
  programmeId: id(2),
  title: { nb: 'Handlingsprogram 2023–2026' },
  periodFrom: 2023,
  periodTo: 2026,
  status: 'draft',
  revision: 1,
  adoptedAt: null,
  adoptedBy: null,
  publishedAt: null,
  canManage: true,
  challenges: { nb: '' },
  priorities: [
    {
      id: id(10),
      title: { nb: 'Lesing' },
      description: { nb: '' },
      efforts: [effort(20, 'Lesestart', [40]), effort(21, 'Lesevenner')],
    },
    { id: id(11), title: { nb: 'Regning' }, description: { nb: '' }, efforts: [] },
  ],
} as ActionProgramme;
const goal = (n: number, parent: number | null, title: string) => ({
  id: id(n),
  programmeId: id(2),
  parentId: parent === null ? null : id(parent),
  title: { nb: title },
  isInherited: false,
  targets: [],
});
const goals = nestGoals([
  goal(40, null, 'Alle barn leser godt'),
  goal(41, 40, 'Flere leser i barnehagen'),
] as unknown as GoalTree['goals']);

function Editor() {
  const save = useSaveActionProgramme(ap.id);
  return (
    <ActionProgrammeForm
      formId="ap"
      initial={actionProgrammeValues(ap)}
      goals={goals}
      saving={save.isPending}
      onSave={(data) => save.mutateAsync(data)}
    />
  );
}

describe('ActionProgrammeForm', () => {
  beforeEach(() => rememberCsrfToken('token-1'));
  afterEach(() => vi.unstubAllGlobals());

  it('writes the priorities and efforts whole in the order shown, and shows a refused goal beside the effort', async () => {
    const api = fakeApi({
      'GET /api/organisations': { body: { items: [], total: 0 } },
      [`PATCH /api/action-programmes/${id(1)}`]: { body: ap },
      [`PUT /api/action-programmes/${id(1)}/content`]: {
        status: 400,
        body: {
          code: 'VALIDATION_FAILED',
          status: 400,
          errors: [
            {
              path: 'priorities.1.efforts.0.goalIds.1',
              code: 'notFound',
              message: 'The goal is not a goal of this programme or the programmes above it',
            },
          ],
        },
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<Editor />, { path: '/', url: '/' });

    // The second priority first; in it, Lesevenner before Lesestart; Lesevenner serves both goals of the tree.
    fireEvent.click(screen.getByRole('button', { name: 'Flytt Prioritering 2 opp' }));
    // At the top it has no "up" any more: focus stays on the moved priority, on its other arrow.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Flytt Prioritering 1 ned' }),
      ),
    );
    const lesing = screen.getByRole('region', { name: 'Prioritering 2' });
    fireEvent.click(within(lesing).getByRole('button', { name: 'Flytt Tiltak 2.2 opp' }));
    const lesevenner = within(lesing).getByRole('group', { name: 'Tiltak 2.1' });
    expect(within(lesevenner).getByLabelText('Tiltak (bokmål)')).toHaveProperty(
      'value',
      'Lesevenner',
    );
    fireEvent.click(within(lesevenner).getByLabelText('Alle barn leser godt'));
    fireEvent.click(within(lesevenner).getByLabelText('Flere leser i barnehagen'));
    fireEvent.change(within(lesevenner).getByLabelText('Finansieringsbehov (kroner)'), {
      target: { value: '250 000' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre handlingsprogrammet' }));

    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    const sent = api.calls.find((c) => c.method === 'PUT')!.body as {
      priorities: {
        title: { nb: string };
        efforts: { title: { nb: string }; goalIds: string[]; fundingNeed: number | null }[];
      }[];
    };
    expect(sent.priorities.map((p) => p.title.nb)).toEqual(['Regning', 'Lesing']);
    expect(sent.priorities[1]!.efforts.map((e) => [e.title.nb, e.goalIds, e.fundingNeed])).toEqual([
      ['Lesevenner', [id(40), id(41)], 250000],
      ['Lesestart', [id(40)], null],
    ]);

    // The server names the second goal chosen for the first effort of the second priority.
    const box = within(lesevenner).getByLabelText('Flere leser i barnehagen');
    // The error summary links to the goal named by its place in the list sent.
    expect(box.id).toBe('ap-priorities-1-efforts-0-goalIds-1');
    const fieldset = box.closest('fieldset')!;
    await waitFor(() =>
      expect(fieldset.querySelector('.ds-validation-message')?.textContent).toBeTruthy(),
    );
    expect(fieldset.getAttribute('aria-describedby')).toBe(
      fieldset.querySelector('.ds-validation-message')!.id,
    );
    expect(
      within(lesing)
        .getByRole('group', { name: 'Tiltak 2.2' })
        .querySelector('.ds-validation-message'),
    ).toBeNull();
  });
});
