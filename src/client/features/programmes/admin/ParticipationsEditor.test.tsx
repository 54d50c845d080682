import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Programme } from '../../../../shared/contracts/programmes';
import { rememberCsrfToken } from '../../../app/api';
import { fakeApi, renderPage } from '../../../testing/render';
import { ParticipationsEditor } from './ParticipationsEditor';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const programme: Programme = {
  id: id(1),
  slug: 'oppvekst',
  kind: 'sub_programme',
  parentId: null,
  name: { nb: 'Oppvekst', nn: null, en: null },
  summary: { nb: '', nn: null, en: null },
  isPublished: true,
  purpose: { nb: '', nn: null, en: null },
  goalText: { nb: '', nn: null, en: null },
  parent: null,
  children: [],
  contacts: [],
  participations: [
    { id: id(2), organisationId: id(3), organisationName: 'Bydel Sagene', organisationKind: 'city_district', role: 'strategic_board_member', note: 'Bydelsdirektør', noteNn: null, noteEn: null },
    { id: id(5), organisationId: id(6), organisationName: 'Redd Barna', organisationKind: 'ngo', role: 'partner', note: null, noteNn: null, noteEn: null },
    { id: id(7), organisationId: id(8), organisationName: 'Bydel Bjerke', organisationKind: 'city_district', role: 'strategic_board_member', note: null, noteNn: null, noteEn: null },
  ],
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const udir = { id: id(4), name: 'Utdanningsdirektoratet', shortName: 'Udir', kind: 'directorate', orgNumber: null, parentId: null, parentName: null, website: null, areaId: null, areaName: null, updatedAt: '2026-01-01T00:00:00.000Z' };

function setup() {
  const api = fakeApi({
    'GET /api/organisations': { body: { items: [udir], total: 1 } },
    [`GET /api/organisations/${udir.id}`]: { body: udir },
    [`POST /api/programmes/${programme.id}/participations`]: { status: 201, body: programme },
    [`DELETE /api/programmes/${programme.id}/participations/${id(2)}`]: { body: { ok: true } },
  });
  vi.stubGlobal('fetch', api.fetch);
  renderPage(<ParticipationsEditor programme={programme} />, { path: '/', url: '/' });
  return { api };
}

describe('the organisations taking part in a programme', () => {
  beforeEach(() => rememberCsrfToken('token-1'));
  afterEach(() => vi.unstubAllGlobals());

  it('groups them by their part, in the order of the governance model, each group a compact table with a heading', async () => {
    setup();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(['Strategisk styre – medlemmer (2)', 'Samarbeidspartnere (1)', 'Legg til organisasjon']);
    const board = screen.getByRole('region', { name: 'Tabell: Strategisk styre – medlemmer' });
    expect(within(board).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'OrganisasjonMerknadHandlinger',
      'Bydel SageneBydelsdirektørFjern',
      'Bydel BjerkeFjern',
    ]);
    const partners = screen.getByRole('region', { name: 'Tabell: Samarbeidspartnere' });
    expect(within(partners).getAllByRole('row')).toHaveLength(2);
  });

  it('removes one by its named button, then says so under the heading, which takes focus', async () => {
    const { api } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Bydel Sagene (Medlem av strategisk styre)' }));
    const heading = screen.getByRole('heading', { level: 2, name: 'Organisasjoner som deltar' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const status = document.getElementById('participations-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Bydel Sagene er fjernet.');
    // Right under the heading, not at the top of the page.
    expect(heading.nextElementSibling).toBe(status);
    expect(api.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });

  it('adds an organisation with its part and a note, after saying what is missing', async () => {
    const { api } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Legg til organisasjonen' }));
    const organisation = await screen.findByLabelText('Organisasjon', { exact: true });
    await waitFor(() => expect(organisation.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('Rolle i programmet').getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    await waitFor(() => expect(within(organisation).getByRole('option', { name: /Utdanningsdirektoratet/ })).toBeTruthy());
    fireEvent.change(organisation, { target: { value: udir.id } });
    fireEvent.change(screen.getByLabelText('Rolle i programmet'), { target: { value: 'partner' } });
    fireEvent.change(screen.getByLabelText('Merknad'), { target: { value: 'Fagdirektør' } });
    fireEvent.change(screen.getByLabelText('Merknad på engelsk'), { target: { value: 'Director' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til organisasjonen' }));
    // Said beside the button that was pressed.
    const button = screen.getByRole('button', { name: 'Legg til organisasjonen' });
    await waitFor(() => expect(button.nextElementSibling?.textContent).toBe('Organisasjonen er lagt til.'));
    expect(button.nextElementSibling?.getAttribute('role')).toBe('status');
    // The note in the languages written; the one left empty is not sent.
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ organisationId: udir.id, role: 'partner', note: 'Fagdirektør', noteNn: null, noteEn: 'Director' });
    expect((screen.getByLabelText('Merknad') as HTMLInputElement).value).toBe('');
  });
});
