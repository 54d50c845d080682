import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Me } from '../../../../shared/contracts/auth';
import type { Indicator } from '../../../../shared/contracts/indicators';
import type { InspectDimension, SavedMapping, Upload } from '../../../../shared/contracts/imports';
import { rememberCsrfToken } from '../../../app/api';
import { fakeApi, renderPage } from '../../../testing/render';
import { draftFromMapping, type MappingDraft } from '../mapping-draft';
import { StepMapping } from './StepMapping';

const dim = (
  id: string,
  label: string,
  role: InspectDimension['role'],
  codes: string[],
): InspectDimension => ({
  id,
  label,
  role,
  size: codes.length,
  timeUnit: null,
  categories: codes.map((code) => ({
    code,
    label: code === 'SYNTHratePer1000' ? 'Synthetic measure' : code,
  })),
  isTruncated: false,
});

const upload: Upload = {
  id: '00000000-0000-4000-8000-000000000301',
  fileName: 'kostra-bydel.json',
  size: 1800,
  checksum: 'ab'.repeat(32),
  format: 'jsonstat',
  encoding: 'utf-8',
  title: 'KOSTRA bydel',
  languages: ['no'],
  datasets: [{ index: 0, label: 'KOSTRA bydel' }],
  dataset: 0,
  dimensions: [
    dim('KOKbydelsregion0000', 'region', 'geo', ['EAB', '030101', '030112']),
    dim('ContentsCode', 'statistikkvariabel', 'metric', ['SYNTHratePer1000']),
    dim('Tid', 'år', 'time', ['2022', '2023', '2024']),
  ],
  cells: 9,
  values: 7,
  symbols: { '..': 1, ':': 1 },
  symbolStatuses: [
    { symbol: '..', figures: 0, empty: 1, status: 'not_available', text: null },
    { symbol: ':', figures: 0, empty: 1, status: 'suppressed', text: null },
  ],
  warnings: [],
  suggestedMapping: {
    version: 1,
    dataset: 0,
    area: { dimension: 'KOKbydelsregion0000', codes: {}, skipUnknown: false, acrossClassifications: false },
    period: { dimension: 'Tid' },
    indicator: { dimension: 'ContentsCode', categories: {} },
    breakdowns: [],
    filters: [],
    source: {},
    statuses: {},
    confirmOutliers: false,
  },
  sourceUrl: null,
  createdAt: '2026-01-01T00:00:00Z',
  draft: null,
};

const indicator: Indicator = {
  id: '00000000-0000-4000-8000-000000000101',
  code: 'barn-lavinntekt',
  name: { nb: 'Barn i lavinntekt' },
  unit: 'percent',
  decimals: 1,
  direction: 'lower_is_better',
  topic: 'living_conditions',
  isIllustrative: true,
  description: { nb: '' },
  ageFrom: 0,
  ageTo: 17,
  maxAgeYears: null,
  source: { publisher: 'SSB', tableId: null, url: null, licence: null, isIllustrative: true },
  notes: { nb: '' },
  ownerProgrammeId: null,
  observationCount: 0,
  firstPeriod: null,
  lastPeriod: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const saved: SavedMapping = {
  id: '00000000-0000-4000-8000-000000000401',
  name: 'KOSTRA bydel',
  mapping: {
    ...upload.suggestedMapping,
    indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: 'barn-lavinntekt' } },
    filters: [{ dimension: 'Alder', category: '0-17' }],
  },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

function Harness({ onNext }: { onNext(): void }) {
  const [draft, setDraft] = useState<MappingDraft>(
    () => draftFromMapping(upload, upload.suggestedMapping).draft,
  );
  return (
    <StepMapping
      upload={upload}
      draft={draft}
      onChange={setDraft}
      announce={() => undefined}
      onBack={() => undefined}
      onNext={onNext}
    />
  );
}

describe('the mapping step', () => {
  beforeEach(() => rememberCsrfToken(undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('explains what is missing, applies a saved mapping, and replaces a saved mapping whose name is taken', async () => {
    const api = fakeApi({
      'GET /api/auth/me': {
        body: { user: null, csrfToken: 'token-1', oidcEnabled: false } satisfies Me,
      },
      'GET /api/indicators': { body: { items: [indicator], total: 1 } },
      'GET /api/statistics/mappings': { body: { items: [{ ...saved, mapping: undefined }], total: 1 } },
      [`GET /api/statistics/mappings/${saved.id}`]: { body: saved },
      'POST /api/statistics/mappings': {
        status: 409,
        body: {
          type: 'x',
          title: 'CONFLICT',
          status: 409,
          code: 'CONFLICT',
          detail: 'taken',
          field: 'name',
        },
      },
      [`PUT /api/statistics/mappings/${saved.id}`]: (body) => ({
        body: { ...saved, ...(body as object) },
      }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const onNext = vi.fn();
    renderPage(<Harness onNext={onNext} />, { path: '/admin/import/ny', url: '/admin/import/ny' });

    fireEvent.click(await screen.findByRole('button', { name: 'Neste: forhåndsvisning' }));
    expect(
      await screen.findByRole('link', {
        name: 'Måltall: Koble minst ett måltall i «statistikkvariabel» til en indikator.',
      }),
    ).toBeTruthy();
    expect(onNext).not.toHaveBeenCalled();

    await screen.findByRole('option', { name: saved.name });
    fireEvent.change(await screen.findByLabelText('Lagret kobling'), {
      target: { value: saved.id },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bruk koblingen' }));
    await waitFor(() =>
      expect(
        (screen.getByLabelText('Synthetic measure (SYNTHratePer1000)') as HTMLSelectElement).value,
      ).toBe('barn-lavinntekt'),
    );
    expect(
      screen.getByText(/nevner en dimensjon som ikke finnes i denne filen: Alder/),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Navn på koblingen'), {
      target: { value: 'KOSTRA bydel' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre koblingen' }));
    expect(
      await screen.findByRole('link', {
        name: 'Navn på koblingen: Det finnes allerede en lagret kobling med dette navnet.',
      }),
    ).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Erstatt den lagrede koblingen «KOSTRA bydel» med denne',
      }),
    );
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toMatchObject({
      name: 'KOSTRA bydel',
      mapping: {
        area: { dimension: 'KOKbydelsregion0000' },
        indicator: { categories: { SYNTHratePer1000: 'barn-lavinntekt' } },
        filters: [],
      },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Neste: forhåndsvisning' }));
    expect(onNext).toHaveBeenCalledTimes(1);
  });
});
