import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Programme } from '../../../../shared/contracts/programmes';
import { rememberCsrfToken } from '../../../app/api';
import type { MeUser } from '../../../app/permissions';
import { fakeApi, renderPage } from '../../../testing/render';
import { ProgrammeEditPage } from './ProgrammeEditPage';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const programme: Programme = {
  id: id(1),
  slug: 'oppvekst',
  kind: 'sub_programme',
  parentId: null,
  name: { nb: 'Oppvekst', nn: null, en: null },
  summary: { nb: 'Kort om programmet', nn: null, en: null },
  isPublished: false,
  purpose: { nb: 'Formålet', nn: null, en: null },
  goalText: { nb: '', nn: null, en: null },
  parent: null,
  children: [],
  contacts: [],
  participations: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const admin: MeUser = { id: id(9), name: 'Ada Administrator', email: 'admin@samordna.test', organisationId: null, isPlatformAdmin: true, roles: [] };
const emptyPage = { body: { items: [], total: 0 } };

function setup() {
  const api = fakeApi({
    'GET /api/programmes/by-slug/oppvekst': { body: programme },
    'GET /api/programmes': { body: [programme] },
    'GET /api/organisations': emptyPage,
    'GET /api/people': emptyPage,
    [`PATCH /api/programmes/${programme.id}`]: (body) => ({ body: { ...programme, ...(body as object) } }),
  });
  vi.stubGlobal('fetch', api.fetch);
  renderPage(<ProgrammeEditPage user={admin} />, { path: '/admin/program/:slug', url: '/admin/program/oppvekst' });
  return api;
}

describe("the programme's edit page", () => {
  beforeEach(() => {
    rememberCsrfToken('token-1');
    // jsdom lays nothing out and has no scrolling.
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is in parts, each with a heading, each reached from the links to the parts', async () => {
    setup();
    const nav = await screen.findByRole('navigation', { name: 'Deler av siden' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Grunnopplysninger',
      'Tekster på den offentlige siden',
      'Organisasjoner som deltar',
      'Kontaktpersoner',
      'Mål og statistikk',
      'Delprogrammer',
      'Publisering',
      'Slett programmet',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(links.map((l) => l.textContent));
    // A link moves focus to its part's heading, so the keyboard goes on from there.
    fireEvent.click(within(nav).getByRole('link', { name: 'Publisering' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Publisering' }));
  });

  it('saves one part with only its fields, and says so beside the button that was pressed', async () => {
    const api = setup();
    const purpose = await screen.findByLabelText('Formål (bokmål)');
    fireEvent.change(purpose, { target: { value: 'Nytt formål' } });
    const save = screen.getByRole('button', { name: 'Lagre formålet' });
    fireEvent.click(save);
    await waitFor(() => expect(save.nextElementSibling?.textContent).toBe('Endringene er lagret.'));
    expect(save.nextElementSibling?.getAttribute('role')).toBe('status');
    const patch = api.calls.filter((c) => c.method === 'PATCH');
    expect(patch).toHaveLength(1);
    // Nothing of the other parts goes along: not the publication, not the other texts.
    expect(patch[0]!.body).toEqual({ purpose: { nb: 'Nytt formål', nn: null, en: null } });
    // No other part says it was saved.
    const others = screen.getAllByRole('status').filter((s) => s !== save.nextElementSibling && s.textContent !== '');
    expect(others).toEqual([]);
  });

  it('keeps focus on the button while saving and shows field errors in that part only', async () => {
    const api = setup();
    const name = await screen.findByLabelText('Navn (bokmål)');
    fireEvent.change(name, { target: { value: '' } });
    const save = screen.getByRole('button', { name: 'Lagre grunnopplysningene' });
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('link', { name: 'Navn (bokmål): Feltet må fylles ut.' })).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'PATCH')).toBe(false);
    expect(screen.getByLabelText('Sammendrag (bokmål)').getAttribute('aria-invalid')).not.toBe('true');
    expect(save.hasAttribute('disabled')).toBe(false);
  });

  it('publishes through its own part, sending only that', async () => {
    const api = setup();
    fireEvent.click(await screen.findByLabelText('Publisert'));
    const save = screen.getByRole('button', { name: 'Lagre publiseringen' });
    fireEvent.click(save);
    await waitFor(() => expect(save.nextElementSibling?.textContent).toBe('Endringene er lagret.'));
    expect(api.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ isPublished: true });
  });
});
