import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Me } from '../../../shared/contracts/auth';
import { rememberCsrfToken } from '../../app/api';
import type { MeUser } from '../../app/permissions';
import { fakeApi, renderPage, type FakeResponse } from '../../testing/render';
import { OrganisationEditPage } from './OrganisationEditPage';

const admin: MeUser = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Ada Administrator',
  email: 'admin@samordna.test',
  organisationId: null,
  isPlatformAdmin: true,
  roles: [],
};
const me: Me = { user: admin, csrfToken: 'token-1', oidcEnabled: false };
const emptyPage = { body: { items: [], total: 0 } };

async function setup(create: FakeResponse | ((body: unknown) => FakeResponse)) {
  const api = fakeApi({
    'GET /api/auth/me': { body: me },
    'GET /api/organisations': emptyPage,
    'GET /api/areas': emptyPage,
    'GET /api/programmes': { body: [] },
    'POST /api/organisations': create,
  });
  vi.stubGlobal('fetch', api.fetch);
  renderPage(<OrganisationEditPage user={admin} />, { path: '/admin/organisasjoner/ny', url: '/admin/organisasjoner/ny' });
  await screen.findByLabelText('Navn', { exact: true });
  return api;
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Opprett organisasjonen' }));
}

describe('organisation form', () => {
  beforeEach(() => rememberCsrfToken(undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('checks the organisation number on the client and shows the error beside the field and in the summary', async () => {
    const api = await setup({ status: 201, body: {} });
    fill('Navn', 'Foreldrenettverket');
    fireEvent.change(screen.getByLabelText('Type organisasjon'), { target: { value: 'ngo' } });
    fill('Organisasjonsnummer', '974760674');
    submit();

    const field = await screen.findByLabelText('Organisasjonsnummer');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const messages = screen.getAllByText(/Organisasjonsnummeret er ikke gyldig/);
    expect(messages.length).toBe(2);
    const link = screen.getByRole('link', { name: /^Organisasjonsnummer: Organisasjonsnummeret er ikke gyldig/ });
    expect(link.getAttribute('href')).toBe(`#${field.id}`);
    expect(screen.getByRole('heading', { name: 'Du må rette disse feilene før du kan gå videre:' })).toBeTruthy();
    // Nothing was sent: the shared contract refused the number before the server saw it.
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('says a missing name is required rather than too short', async () => {
    await setup({ status: 201, body: {} });
    fireEvent.change(screen.getByLabelText('Type organisasjon'), { target: { value: 'ngo' } });
    submit();
    expect(await screen.findByRole('link', { name: 'Navn: Feltet må fylles ut.' })).toBeTruthy();
  });

  it("shows the server's field errors from a problem response, in the user's language", async () => {
    const api = await setup({
      status: 400,
      body: {
        type: 'https://samordna.no/problems/validation-failed',
        title: 'VALIDATION_FAILED',
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: '2 field(s) are not valid: name, parentId',
        errors: [
          { path: 'name', code: 'too_big', message: 'Too big', params: { maximum: 200 } },
          { path: 'parentId', code: 'notFound', message: 'notFound' },
        ],
      },
    });
    fill('Navn', 'Foreldrenettverket');
    fireEvent.change(screen.getByLabelText('Type organisasjon'), { target: { value: 'ngo' } });
    fill('Organisasjonsnummer', '974 760 673');
    submit();

    expect(await screen.findByRole('link', { name: 'Navn: Skriv høyst 200 tegn.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Overordnet organisasjon: Finner ikke det du valgte. Det kan være slettet.' })).toBeTruthy();
    expect(screen.getByLabelText('Navn', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    const post = api.calls.find((c) => c.method === 'POST')!;
    // The number is sent as the contract normalises it, and with the session's CSRF token.
    expect(post.body).toMatchObject({ name: 'Foreldrenettverket', kind: 'ngo', orgNumber: '974760673' });
    expect(post.headers['x-csrf-token']).toBe('token-1');
  });

  it('shows a clash (409) beside the field that clashed', async () => {
    await setup({
      status: 409,
      body: { type: 'x', title: 'CONFLICT', status: 409, code: 'CONFLICT', detail: 'exists', field: 'orgNumber' },
    });
    fill('Navn', 'Oslo kommune');
    fireEvent.change(screen.getByLabelText('Type organisasjon'), { target: { value: 'municipality' } });
    fill('Organisasjonsnummer', '958935420');
    submit();

    const message = 'Det finnes allerede en organisasjon med dette organisasjonsnummeret.';
    expect(await screen.findByRole('link', { name: `Organisasjonsnummer: ${message}` })).toBeTruthy();
    // Beside the field, and tied to it so a screen reader reads it with the field.
    const field = screen.getByLabelText('Organisasjonsnummer');
    const beside = screen.getByText(message, { selector: '[data-field="validation"]' });
    await waitFor(() => expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(beside.id));
  });

  it('shows a failure that belongs to no field as an alert', async () => {
    await setup({ status: 403, body: { type: 'x', title: 'FORBIDDEN', status: 403, code: 'FORBIDDEN', detail: 'no' } });
    fill('Navn', 'Foreldrenettverket');
    fireEvent.change(screen.getByLabelText('Type organisasjon'), { target: { value: 'ngo' } });
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('Du har ikke tilgang til å gjøre dette.');
  });
});
