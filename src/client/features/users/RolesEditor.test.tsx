import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../../shared/contracts/auth';
import type { ProgrammeSummary } from '../../../shared/contracts/programmes';
import type { User } from '../../../shared/contracts/users';
import { rememberCsrfToken } from '../../app/api';
import type { MeUser } from '../../app/permissions';
import { fakeApi, renderPage } from '../../testing/render';
import { RolesEditor } from './RolesEditor';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const programme = (n: number, name: string, parentId: string | null = null): ProgrammeSummary => ({
  id: id(n),
  slug: name.toLowerCase(),
  kind: parentId ? 'sub_programme' : 'area_initiative',
  parentId,
  name: { nb: name, nn: null, en: null },
  summary: { nb: '', nn: null, en: null },
  isPublished: true,
});
const OSLO = programme(1, 'Oslo');
const OPPVEKST = programme(2, 'Oppvekst', OSLO.id);
const HEDMARK = programme(3, 'Hedmark');

/** A secretariat of the Oslo initiative: it manages roles there and in Oppvekst below, not in Hedmark. */
const secretariat: MeUser = { id: id(10), name: 'Siri Sekretariat', email: 's@samordna.test', organisationId: null, isPlatformAdmin: false, roles: [{ programmeId: OSLO.id, programmeSlug: 'oslo', programmeName: { nb: 'Oslo' }, role: 'secretariat' }] };
const viewer: MeUser = { ...secretariat, id: id(11), roles: [{ programmeId: OSLO.id, programmeSlug: 'oslo', programmeName: { nb: 'Oslo' }, role: 'viewer' }] };
const user: User = {
  id: id(20),
  email: 'kari@samordna.test',
  name: 'Kari Nordmann',
  organisationId: null,
  organisationName: null,
  isPlatformAdmin: false,
  isDisabled: false,
  hasPassword: true,
  oidcSubject: null,
  lastLoginAt: null,
  roles: [
    { programmeId: OPPVEKST.id, programmeSlug: 'oppvekst', programmeName: { nb: 'Oppvekst', en: 'Childhood' }, role: 'board_member' },
    { programmeId: HEDMARK.id, programmeSlug: 'hedmark', programmeName: { nb: 'Hedmark' }, role: 'viewer' },
  ],
};

function setup(me: MeUser, locale: 'nb' | 'nn' | 'en' = 'nb') {
  const api = fakeApi({
    'GET /api/auth/me': { body: { user: me, csrfToken: 'token-1', oidcEnabled: false } satisfies Me },
    'GET /api/programmes': { body: [OSLO, OPPVEKST, HEDMARK] },
    [`PUT /api/users/${user.id}/roles`]: { body: user },
    [`DELETE /api/users/${user.id}/roles/${OPPVEKST.id}`]: { body: { ok: true } },
  });
  vi.stubGlobal('fetch', api.fetch);
  const onMessage = vi.fn();
  renderPage(<RolesEditor me={me} user={user} onMessage={onMessage} />, { path: '/', url: '/', locale });
  return { api, onMessage };
}

describe('the roles of a user', () => {
  beforeEach(() => rememberCsrfToken(undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('lets a secretariat revoke a role only in a programme it manages, inherited down the tree', async () => {
    const { api, onMessage } = setup(secretariat);
    await screen.findByRole('button', { name: 'Fjern rollen i Oppvekst' });
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['ProgramRolleHandlinger', 'OppvekstStyremedlemFjern rollen', 'HedmarkLeser']);
    expect(screen.queryByRole('button', { name: 'Fjern rollen i Hedmark' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fjern rollen i Oppvekst' }));
    await waitFor(() => expect(onMessage).toHaveBeenCalledWith('Rollen er fjernet.'));
    expect(api.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([`/api/users/${user.id}/roles/${OPPVEKST.id}`]);
  });

  it('names each programme in the reader’s language, and marks a name kept only in bokmål as such', async () => {
    setup(secretariat, 'en');
    await screen.findByRole('button', { name: 'Revoke the role in Childhood' });
    const cells = within(screen.getByRole('table')).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toContain('Childhood');
    const hedmark = within(screen.getByRole('table')).getByText('Hedmark');
    expect(hedmark.getAttribute('lang')).toBe('nb');
    expect(within(screen.getByRole('table')).getByText('Childhood').getAttribute('lang')).toBeNull();
  });

  it('grants a role in a managed programme, and says what is missing first', async () => {
    const { api, onMessage } = setup(secretariat);
    const grant = await screen.findByRole('button', { name: 'Gi rollen' });
    fireEvent.click(grant);
    expect(await screen.findAllByText(/Velg/)).not.toHaveLength(0);
    expect(api.calls.some((c) => c.method === 'PUT')).toBe(false);
    const select = screen.getByLabelText('Program', { exact: true }) as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((o) => o.textContent)).toEqual(expect.arrayContaining(['Oslo', expect.stringContaining('Oppvekst')])));
    expect([...select.options].some((o) => o.textContent?.includes('Hedmark'))).toBe(false);
    fireEvent.change(select, { target: { value: OPPVEKST.id } });
    fireEvent.change(screen.getByLabelText('Rolle', { exact: true }), { target: { value: 'analyst' } });
    fireEvent.click(grant);
    await waitFor(() => expect(onMessage).toHaveBeenCalledWith('Rollen er gitt.'));
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ programmeId: OPPVEKST.id, role: 'analyst', languages: [] });
  });

  it("grants the translator role with the languages chosen, each named in itself", async () => {
    const { api, onMessage } = setup(secretariat);
    const grant = await screen.findByRole('button', { name: 'Gi rollen' });
    const select = screen.getByLabelText('Program', { exact: true }) as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((o) => o.textContent)).toEqual(expect.arrayContaining(['Oslo'])));
    fireEvent.change(select, { target: { value: OSLO.id } });
    fireEvent.change(screen.getByLabelText('Rolle', { exact: true }), { target: { value: 'translator' } });
    const languages = screen.getByRole('group', { name: /Språk/ });
    expect(within(languages).getByText('العربية').getAttribute('dir')).toBe('rtl');
    fireEvent.click(within(languages).getByLabelText('العربية'));
    fireEvent.click(within(languages).getByLabelText('اردو'));
    fireEvent.click(grant);
    await waitFor(() => expect(onMessage).toHaveBeenCalledWith('Rollen er gitt.'));
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ programmeId: OSLO.id, role: 'translator', languages: ['ar', 'ur'] });
  });

  it('offers neither removal nor a new role to a user who manages no roles', async () => {
    setup(viewer);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /Fjern rollen/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gi rollen' })).toBeNull();
  });
});
