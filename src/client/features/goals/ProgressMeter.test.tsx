import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { GoalTarget } from '../../../shared/contracts/goals';
import { renderPage } from '../../testing/render';
import { ProgressMeter } from './ProgressMeter';

const target = (over: Partial<GoalTarget>): GoalTarget => ({
  id: '00000000-0000-4000-8000-000000000001',
  goalId: '00000000-0000-4000-8000-000000000002',
  indicator: {
    id: '00000000-0000-4000-8000-000000000003',
    code: 'fullfort-vgo-5ar',
    name: { nb: 'Fullført videregående' },
    unit: 'percent',
    decimals: 1,
    direction: 'higher_is_better',
    topic: 'completion',
    isIllustrative: true,
  },
  area: { id: '00000000-0000-4000-8000-000000000004', code: '030111', name: 'Bydel Stovner', kind: 'city_district' },
  breakdown: '',
  breakdownLabel: null,
  baseline: { value: 64.6, period: '2016' },
  target: { value: 72, period: '2026' },
  note: { nb: '' },
  latest: { period: '2024', value: 71.7, status: 'none', symbol: null },
  progress: { status: 'on_track', fraction: 0.95, expected: 70.52 },
  ...over,
});

describe('progress meter', () => {
  it('gives the bar a meter role with the share in words, and says where the line stands', () => {
    renderPage(<ProgressMeter target={target({})} />, { path: '/', url: '/' });
    const meter = screen.getByRole('meter', { name: 'Andel av veien fra utgangspunktet til målet' });
    expect(meter.getAttribute('aria-valuenow')).toBe('95');
    expect(meter.getAttribute('aria-valuetext')).toBe('95 % av veien fra utgangspunktet til målet.');
    expect(screen.getByText('I rute')).toBeTruthy();
    expect(screen.getByText(/skulle tallet vært 70,5 % i 2024/)).toBeTruthy();
  });

  it('shows no bar and no number when the latest figure is suppressed', () => {
    renderPage(
      <ProgressMeter target={target({ latest: { period: '2023', value: null, status: 'suppressed', symbol: ':' }, progress: { status: 'no_data', fraction: null, expected: null } })} />,
      { path: '/', url: '/', locale: 'nn' },
    );
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.getByText('Manglar data')).toBeTruthy();
    expect(screen.getByText(/Det siste talet \(2023\) er ikkje publisert: Prikka/)).toBeTruthy();
  });
});
