import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Me } from '../../../shared/contracts/auth';
import type { IndicatorSummary, ProgrammeStatistics } from '../../../shared/contracts/indicators';
import type { Programme, ProgrammeSummary } from '../../../shared/contracts/programmes';
import { rememberCsrfToken } from '../../app/api';
import type { MeUser } from '../../app/permissions';
import { fakeApi, renderPage } from '../../testing/render';
import { analystOf } from '../../testing/fixtures/users';
import { ProgrammeStatisticsPage } from './ProgrammeStatisticsPage';

const programmeId = '00000000-0000-4000-8000-0000000000aa';
const summary: ProgrammeSummary = {
  id: programmeId,
  slug: 'oppvekst-og-utdanning',
  kind: 'sub_programme',
  parentId: null,
  name: { nb: 'Delprogram oppvekst og utdanning' },
  summary: { nb: '' },
  isPublished: true,
};
const programme: Programme = {
  ...summary,
  purpose: { nb: '' },
  goalText: { nb: '' },
  parent: null,
  children: [],
  participations: [],
  contacts: [],
  updatedAt: '2026-01-01T00:00:00Z',
};

const indicator = (n: number, name: string): IndicatorSummary => ({
  id: `00000000-0000-4000-8000-00000000010${n}`,
  code: `ind-${n}`,
  name: { nb: name },
  unit: 'percent',
  decimals: 1,
  direction: 'higher_is_better',
  topic: 'education',
  isIllustrative: false,
});
const oslo = {
  id: '00000000-0000-4000-8000-000000000201',
  code: '0301',
  name: 'Oslo',
  kind: 'municipality' as const,
};
const norway = {
  id: '00000000-0000-4000-8000-000000000202',
  code: 'NO',
  name: 'Norge',
  kind: 'country' as const,
};
const settings: ProgrammeStatistics = {
  programmeId,
  indicators: [
    indicator(1, 'Fullført'),
    indicator(2, 'Grunnskolepoeng'),
    indicator(3, 'Lavinntekt'),
  ],
  focusAreas: [],
  referenceAreas: [oslo, norway],
};

function setup(user: MeUser) {
  const api = fakeApi({
    'GET /api/auth/me': { body: { user, csrfToken: 'token-1', oidcEnabled: false } satisfies Me },
    'GET /api/programmes/by-slug/oppvekst-og-utdanning': { body: programme },
    'GET /api/programmes': { body: [summary] },
    [`GET /api/programmes/${programmeId}/statistics`]: { body: settings },
    [`PUT /api/programmes/${programmeId}/statistics`]: () => ({ body: settings }),
    'GET /api/indicators': { body: { items: [], total: 0 } },
    'GET /api/areas': { body: { items: [], total: 0 } },
  });
  vi.stubGlobal('fetch', api.fetch);
  renderPage(<ProgrammeStatisticsPage user={user} />, {
    path: '/admin/program/:slug/statistikk',
    url: '/admin/program/oppvekst-og-utdanning/statistikk',
  });
  return api;
}

const analyst = analystOf(programmeId, summary.slug);

const itemsOf = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.ordered-content')!.textContent);

describe('programme statistics settings', () => {
  beforeEach(() => rememberCsrfToken(undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('reorders and removes by keyboard-operable buttons, keeps focus on a usable control, and saves the order in one PUT', async () => {
    const api = setup(analyst);
    await screen.findByRole('heading', {
      level: 1,
      name: 'Statistikk for Delprogram oppvekst og utdanning',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Flytt opp: Lavinntekt (ind-3)' }));
    expect(itemsOf('Indikatorer programmet følger')).toEqual([
      'Fullført ind-1',
      'Lavinntekt ind-3',
      'Grunnskolepoeng ind-2',
    ]);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Flytt opp: Lavinntekt (ind-3)' }),
      ),
    );
    await waitFor(() =>
      expect(screen.getByText('Lavinntekt (ind-3) er flyttet til plass 2 av 3.')).toBeTruthy(),
    );

    // Moving into first place disables "up": focus goes to "down" on the same item.
    fireEvent.click(screen.getByRole('button', { name: 'Flytt opp: Lavinntekt (ind-3)' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Flytt ned: Lavinntekt (ind-3)' }),
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Fjern: Norge (NO)' }));
    expect(itemsOf('Sammenligningsområder')).toEqual(['Oslo (0301) Kommune']);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Fjern: Oslo (0301)' }),
      ),
    );
    expect(screen.getByText('Du har endringer som ikke er lagret.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Lagre statistikkoppsettet' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      indicatorIds: [
        settings.indicators[2]!.id,
        settings.indicators[0]!.id,
        settings.indicators[1]!.id,
      ],
      focusAreaIds: [],
      referenceAreaIds: [oslo.id],
    });
  });

  it('shows the settings without controls to those who may not change them', async () => {
    setup({ ...analyst, roles: [{ ...analyst.roles[0]!, role: 'board_member' }] });
    await screen.findByText(
      'Bare programmets sekretariat og analytikere kan endre dette oppsettet.',
    );
    expect(itemsOf('Indikatorer programmet følger')).toHaveLength(3);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
