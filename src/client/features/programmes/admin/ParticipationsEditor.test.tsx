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
  participations: [{ id: id(2), organisationId: id(3), organisationName: 'Bydel Sagene', organisationKind: 'city_district', role: 'strategic_board_member', note: 'Bydelsdirektør' }],
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
  const onMessage = vi.fn();
  renderPage(<ParticipationsEditor programme={programme} onMessage={onMessage} />, { path: '/', url: '/' });
  return { api, onMessage };
}

describe('the organisations taking part in a programme', () => {
  beforeEach(() => rememberCsrfToken('token-1'));
  afterEach(() => vi.unstubAllGlobals());

  it('lists each with its part and note, and removes one by its named button', async () => {
    const { api, onMessage } = setup();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'OrganisasjonRolle i programmetMerknadHandlinger',
      'Bydel SageneMedlem av strategisk styreBydelsdirektørFjern',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Bydel Sagene (Medlem av strategisk styre)' }));
    await waitFor(() => expect(onMessage).toHaveBeenCalledWith('Bydel Sagene er fjernet.'));
    expect(api.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });

  it('adds an organisation with its part and a note, after saying what is missing', async () => {
    const { api, onMessage } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Legg til organisasjonen' }));
    const organisation = await screen.findByLabelText('Organisasjon', { exact: true });
    await waitFor(() => expect(organisation.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('Rolle i programmet').getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    await waitFor(() => expect(within(organisation).getByRole('option', { name: /Utdanningsdirektoratet/ })).toBeTruthy());
    fireEvent.change(organisation, { target: { value: udir.id } });
    fireEvent.change(screen.getByLabelText('Rolle i programmet'), { target: { value: 'partner' } });
    fireEvent.change(screen.getByLabelText('Merknad'), { target: { value: 'Fagdirektør' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til organisasjonen' }));
    await waitFor(() => expect(onMessage).toHaveBeenCalledWith('Organisasjonen er lagt til.'));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ organisationId: udir.id, role: 'partner', note: 'Fagdirektør' });
    expect((screen.getByLabelText('Merknad') as HTMLInputElement).value).toBe('');
  });
});
