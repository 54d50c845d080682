import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Indicator } from '../../../shared/contracts/indicators';
import type { ProgrammeSummary } from '../../../shared/contracts/programmes';
import { rememberCsrfToken } from '../../app/api';
import type { MeUser } from '../../app/permissions';
import { fakeApi, renderPage, type FakeResponse } from '../../testing/render';
import { IndicatorEditPage } from './IndicatorEditPage';
import { analystOf, meOf } from '../../testing/fixtures/users';

const analyst = analystOf();
const me = meOf(analyst);

const programme = (n: string, name: string): ProgrammeSummary => ({
  id: `00000000-0000-4000-8000-0000000000${n}`,
  slug: name.toLowerCase(),
  kind: 'area_initiative',
  parentId: null,
  name: { nb: name, nn: null, en: null },
  summary: { nb: '', nn: null, en: null },
  isPublished: true,
});
/** The analyst's programme, which keeps `existing`, and another one. */
const PROGRAMMES = { 'GET /api/programmes': { body: [programme('aa', 'Oppvekst'), programme('bb', 'Hedmark')] } };

const existing: Indicator = {
  id: '00000000-0000-4000-8000-000000000010',
  code: 'sosialhjelp-andel',
  name: { nb: 'Sosialhjelpsmottakere', nn: null, en: 'Social assistance recipients' },
  unit: 'percent',
  decimals: 1,
  direction: 'lower_is_better',
  topic: 'living_conditions',
  isIllustrative: false,
  description: { nb: '' },
  ageFrom: 18,
  ageTo: 66,
  maxAgeYears: 3,
  source: {
    publisher: 'SSB',
    tableId: '12210',
    url: null,
    licence: 'CC BY 4.0',
    isIllustrative: false,
  },
  notes: { nb: '' },
  ownerProgrammeId: '00000000-0000-4000-8000-0000000000aa',
  observationCount: 0,
  firstPeriod: null,
  lastPeriod: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

async function setupNew(create: FakeResponse | ((body: unknown) => FakeResponse)) {
  const api = fakeApi({ ...PROGRAMMES, 'GET /api/auth/me': { body: me }, 'POST /api/indicators': create });
  vi.stubGlobal('fetch', api.fetch);
  renderPage(<IndicatorEditPage user={analyst} />, {
    path: '/admin/indikatorer/ny',
    url: '/admin/indikatorer/ny',
  });
  await screen.findByLabelText('Kode');
  return api;
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });
}

function fillValid() {
  fill('Kode', 'barnehage-andel');
  fill('Navn (bokmål)', 'Barn i barnehage');
  fireEvent.change(screen.getByLabelText('Enhet'), { target: { value: 'percent' } });
  fireEvent.change(screen.getByLabelText('Retning'), { target: { value: 'higher_is_better' } });
  fill('Utgiver', 'Statistisk sentralbyrå (SSB)');
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Opprett indikatoren' }));

describe('indicator form', () => {
  beforeEach(() => rememberCsrfToken(undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('shows a taken code beside the code field in words about indicators, not areas', async () => {
    await setupNew({
      status: 409,
      body: {
        type: 'x',
        title: 'CONFLICT',
        status: 409,
        code: 'CONFLICT',
        detail: 'exists',
        field: 'code',
      },
    });
    fillValid();
    submit();
    const message = 'Det finnes allerede en indikator med denne koden.';
    expect(await screen.findByRole('link', { name: `Kode: ${message}` })).toBeTruthy();
    const field = screen.getByLabelText('Kode');
    const beside = screen.getByText(message, { selector: '[data-field="validation"]' });
    await waitFor(() =>
      expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(beside.id),
    );
    expect(screen.queryByText(/område/)).toBeNull();
  });

  it('checks the code format and the age band before sending anything', async () => {
    const api = await setupNew({ status: 201, body: existing });
    fillValid();
    fill('Kode', 'Barnehage Andel');
    fill('Fra alder', '16');
    fill('Til og med alder', '6');
    submit();
    expect(await screen.findByRole('link', { name: /^Kode: Bruk små bokstaver/ })).toBeTruthy();
    expect(
      screen.getByRole('link', {
        name: 'Til og med alder: Til-alderen kan ikke være lavere enn fra-alderen.',
      }),
    ).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('sends the indicator as the contract wants it: empty translations as null, numbers as numbers', async () => {
    const api = await setupNew({ status: 201, body: existing });
    fillValid();
    fill('Fra alder', '0');
    fill('Til og med alder', '5');
    fill('Desimaler', '0');
    submit();
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({
      code: 'barnehage-andel',
      name: { nb: 'Barn i barnehage', nn: null, en: null },
      unit: 'percent',
      decimals: 0,
      direction: 'higher_is_better',
      topic: 'other',
      ageFrom: 0,
      ageTo: 5,
      ownerProgrammeId: '00000000-0000-4000-8000-0000000000aa',
      source: {
        publisher: 'Statistisk sentralbyrå (SSB)',
        tableId: null,
        url: null,
        licence: null,
        isIllustrative: false,
      },
    });
    expect(post.headers['x-csrf-token']).toBe('token-1');
  });

  it('says clearly why an indicator in use cannot be deleted', async () => {
    const secretariat: MeUser = {
      ...analyst,
      roles: [{ ...analyst.roles[0]!, role: 'secretariat' }],
    };
    const api = fakeApi({
      ...PROGRAMMES,
      'GET /api/auth/me': { body: { ...me, user: secretariat } },
      'GET /api/indicators/sosialhjelp-andel': { body: existing },
      'DELETE /api/indicators/sosialhjelp-andel': {
        status: 409,
        body: { type: 'x', title: 'IN_USE', status: 409, code: 'IN_USE', detail: 'in use' },
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<IndicatorEditPage user={secretariat} />, {
      path: '/admin/indikatorer/:code',
      url: '/admin/indikatorer/sosialhjelp-andel',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Slett' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, slett' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /kan ikke slettes fordi den har tall eller brukes i målverdier/,
    );
  });

  it('shows the definition read-only to those who may not edit', async () => {
    const member: MeUser = { ...analyst, roles: [{ ...analyst.roles[0]!, role: 'board_member' }] };
    const api = fakeApi({ ...PROGRAMMES, 'GET /api/indicators/sosialhjelp-andel': { body: existing } });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<IndicatorEditPage user={member} />, {
      path: '/admin/indikatorer/:code',
      url: '/admin/indikatorer/sosialhjelp-andel',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sosialhjelpsmottakere' }),
    ).toBeTruthy();
    expect(screen.getByText('18–66 år')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Slett' })).toBeNull();
  });

  it('shows an indicator another programme keeps read-only, and says who keeps it', async () => {
    const theirs = { ...existing, ownerProgrammeId: '00000000-0000-4000-8000-0000000000bb' };
    const api = fakeApi({ ...PROGRAMMES, 'GET /api/indicators/sosialhjelp-andel': { body: theirs } });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<IndicatorEditPage user={analyst} />, {
      path: '/admin/indikatorer/:code',
      url: '/admin/indikatorer/sosialhjelp-andel',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sosialhjelpsmottakere' })).toBeTruthy();
    expect(screen.getByText('Forvaltes av').nextElementSibling?.textContent).toBe('Hedmark');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('lets an administrator hand a shared indicator over to a programme', async () => {
    const admin: MeUser = { ...analyst, isPlatformAdmin: true, roles: [] };
    const shared = { ...existing, ownerProgrammeId: null };
    const api = fakeApi({
      ...PROGRAMMES,
      'GET /api/auth/me': { body: meOf(admin) },
      'GET /api/indicators/sosialhjelp-andel': { body: shared },
      'PATCH /api/indicators/sosialhjelp-andel': (body) => ({ body: { ...shared, ...(body as object) } }),
    });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<IndicatorEditPage user={admin} />, { path: '/admin/indikatorer/:code', url: '/admin/indikatorer/sosialhjelp-andel' });
    const owner = (await screen.findByLabelText('Forvaltes av')) as HTMLSelectElement;
    expect(owner.value).toBe('');
    fireEvent.change(owner, { target: { value: '00000000-0000-4000-8000-0000000000bb' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(api.calls.find((c) => c.method === 'PATCH')!.body).toMatchObject({ ownerProgrammeId: '00000000-0000-4000-8000-0000000000bb' });
  });
});

