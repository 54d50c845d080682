import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { StatisticsImport } from '../../../shared/contracts/imports';
import { rememberCsrfToken } from '../../app/api';
import { fakeApi, renderPage } from '../../testing/render';
import { ImportStatusPage } from './ImportStatusPage';
import { analystOf, meOf } from '../../testing/fixtures/users';

const analyst = analystOf();
const me = meOf(analyst);

const interrupted: StatisticsImport = {
  id: '00000000-0000-4000-8000-000000000099',
  state: 'interrupted',
  fileName: 'kostra.json',
  checksum: 'abc',
  size: 1234,
  format: 'jsonstat',
  title: 'KOSTRA',
  sourceUrl: null,
  mapping: { version: 1, dataset: 0, area: { dimension: 'Region', codes: {}, skipUnknown: false, acrossClassifications: false }, period: { dimension: 'Tid' }, indicator: { fixed: 'barn-lavinntekt', categories: {} }, breakdowns: [], filters: [], source: {}, statuses: {}, confirmOutliers: false },
  createdBy: { id: analyst.id, name: analyst.name },
  createdAt: '2026-12-01T10:00:00Z',
  startedAt: '2026-12-01T10:00:01Z',
  finishedAt: '2026-12-01T10:05:00Z',
  progress: { done: 500, total: 1000 },
  result: null,
  error: { code: 'INTERRUPTED', message: 'stopped', position: null, reason: null, problems: [] },
};

describe('the page of an interrupted import', () => {
  beforeEach(() => rememberCsrfToken(undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('says what happened and starts it again at the user’s word', async () => {
    const api = fakeApi({
      'GET /api/auth/me': { body: me },
      'GET /api/indicators': { body: { items: [], total: 0 } },
      [`GET /api/statistics/imports/${interrupted.id}`]: { body: interrupted },
      [`POST /api/statistics/imports/${interrupted.id}/restart`]: { body: { ...interrupted, state: 'queued', error: null, progress: { done: 0, total: 1000 } } },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<ImportStatusPage user={analyst} />, { path: '/admin/import/:id', url: `/admin/import/${interrupted.id}` });
    expect(await screen.findByText(/Importen stoppet da serveren den gikk på stoppet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Avbryt importen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start importen på nytt' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST' && c.path.endsWith('/restart'))).toBe(true));
    expect(await screen.findByText('I kø')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start importen på nytt' })).toBeNull();
  });
});
