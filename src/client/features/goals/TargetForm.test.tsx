import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { GoalTargetCreate, TargetBreakdowns, TargetObservations } from '../../../shared/contracts/goals';
import type { IndicatorSummary } from '../../../shared/contracts/indicators';
import { rememberCsrfToken } from '../../app/api';
import type { Locale } from '../../app/locale';
import { fakeApi, renderPage } from '../../testing/render';
import { emptyTargetValues } from './goal-form-values';
import { TargetForm } from './TargetForm';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const programmeId = id(1);
const indicator: IndicatorSummary = {
  id: id(2),
  code: 'fullfort-vgo',
  name: { nb: 'Fullført videregående', nn: 'Fullført vidaregåande', en: 'Completed upper secondary' },
  unit: 'percent',
  decimals: 1,
  direction: 'higher_is_better',
  topic: 'education',
  isIllustrative: false,
} as IndicatorSummary;
const stovner = { id: id(3), code: '030111', kind: 'city_district', name: 'Bydel Stovner', parentId: null, parentName: null };

const breakdowns: TargetBreakdowns = {
  breakdowns: [
    { key: '', label: { nb: 'Totalt', nn: 'Totalt', en: 'Total' }, observed: true },
    { key: 'kjonn=1', label: { nb: 'Kjønn: Gutter', nn: 'Kjønn: Gutar', en: 'Sex: Boys' }, observed: true },
    { key: 'kjonn=2', label: { nb: 'Kjønn: Jenter', nn: 'Kjønn: Jenter', en: 'Sex: Girls' }, observed: true },
  ],
};
const observations: TargetObservations = {
  unit: 'percent',
  decimals: 1,
  points: [
    { period: '2015', value: 17.6, status: 'none', symbol: null },
    { period: '2016', value: 18.1, status: 'none', symbol: null },
    { period: '2017', value: null, status: 'suppressed', symbol: ':' },
  ],
};

function setup(locale: Locale = 'nb', breakdown = '') {
  const api = fakeApi({
    [`GET /api/programmes/${programmeId}/statistics`]: { body: { programmeId, indicators: [indicator], focusAreas: [], referenceAreas: [] } },
    'GET /api/indicators': { body: { items: [indicator], total: 1 } },
    'GET /api/areas': { body: { items: [stovner], total: 1 } },
    [`GET /api/areas/${stovner.id}`]: { body: stovner },
    [`GET /api/programmes/${programmeId}/target-breakdowns`]: { body: breakdowns },
    [`GET /api/programmes/${programmeId}/target-observations`]: { body: observations },
    'POST /api/goals/x/targets': { status: 201, body: {} },
  });
  vi.stubGlobal('fetch', api.fetch);
  const saved: GoalTargetCreate[] = [];
  renderPage(
    <TargetForm
      formId="t"
      programmeId={programmeId}
      initial={{ ...emptyTargetValues(), indicatorId: indicator.id, areaId: stovner.id, breakdown }}
      submitLabel="Legg til målverdien"
      saving={false}
      onSave={async (data) => void saved.push(data)}
      onCancel={() => {}}
    />,
    { path: '/', url: '/', locale },
  );
  return { api, saved };
}

describe('a target from the statistics', () => {
  beforeEach(() => rememberCsrfToken('token-1'));
  afterEach(() => vi.unstubAllGlobals());

  it('offers the breakdowns the figures hold by their labels, and sends the chosen key', async () => {
    const { api, saved } = setup();
    const field = screen.getByLabelText('Inndeling');
    await waitFor(() => expect(within(field).getAllByRole('option').map((o) => o.textContent)).toEqual(['Totalt', 'Kjønn: Gutter', 'Kjønn: Jenter']));
    const asked = api.calls.find((c) => c.path.endsWith('/target-breakdowns'));
    expect(asked).toBeTruthy();
    fireEvent.change(field, { target: { value: 'kjonn=2' } });
    fireEvent.change(screen.getByLabelText('Utgangsperiode'), { target: { value: '2015' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Bruk tallet fra statistikken: 17,6\u00a0% (2015)' }));
    fireEvent.change(screen.getByLabelText('Målverdi'), { target: { value: '25' } });
    fireEvent.change(screen.getByLabelText('Målperiode'), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til målverdien' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ breakdown: 'kjonn=2', baseline: { value: 17.6, period: '2015' }, target: { value: 25, period: '2026' } });
  });

  it('shows the periods with figures and fills the baseline from the figure of the period typed', async () => {
    setup();
    expect(await screen.findByText('Statistikken har tall for 3 perioder: 2015, 2016, 2017.')).toBeTruthy();
    const period = screen.getByLabelText('Utgangsperiode');
    fireEvent.change(period, { target: { value: '2014' } });
    expect(await screen.findByText('Statistikken har ikke tall for 2014.')).toBeTruthy();
    fireEvent.change(period, { target: { value: '2017' } });
    expect(await screen.findByText('Tallet for 2017 er ikke publisert: Prikket (for få til å publiseres).')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Bruk tallet/ })).toBeNull();
    fireEvent.change(period, { target: { value: '2015' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Bruk tallet fra statistikken: 17,6\u00a0% (2015)' }));
    expect((screen.getByLabelText('Utgangsverdi') as HTMLInputElement).value).toBe('17,6');
  });

  it('speaks English in English, with a decimal point', async () => {
    setup('en');
    const field = screen.getByLabelText('Breakdown');
    await waitFor(() => expect(within(field).getAllByRole('option').map((o) => o.textContent)).toEqual(['Total', 'Sex: Boys', 'Sex: Girls']));
    fireEvent.change(screen.getByLabelText('Baseline period'), { target: { value: '2016' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Use the figure from the statistics: 18.1\u00a0% (2016)' }));
    expect((screen.getByLabelText('Baseline value') as HTMLInputElement).value).toBe('18.1');
  });

  it('keeps a breakdown the figures no longer hold as a choice, marked so', async () => {
    setup('nb', 'kjonn=9');
    const field = screen.getByLabelText('Inndeling') as HTMLSelectElement;
    await waitFor(() => expect(within(field).getAllByRole('option')).toHaveLength(4));
    expect(field.value).toBe('kjonn=9');
    expect(field.selectedOptions[0]!.textContent).toBe('kjonn=9 (finnes ikke i statistikken)');
  });
});
