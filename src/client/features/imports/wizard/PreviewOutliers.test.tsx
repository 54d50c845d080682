import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderPage } from '../../../testing/render';
import { draftWith } from '../../../testing/fixtures/mapping-draft';
import { PreviewOutliers } from './PreviewOutliers';

const draft = draftWith();

const outliers = {
  count: 1,
  examples: [{ indicatorCode: 'innbyggere', areaCode: '0301', areaName: 'Oslo', period: '2025', breakdown: '', value: 1110887, knownMin: 709037, knownMax: 717710 }],
};

describe('figures far outside what is known', () => {
  it('lists them with the known range, in full numbers, and asks for a confirmation', () => {
    const onChange = vi.fn();
    const announce = vi.fn();
    renderPage(<PreviewOutliers outliers={outliers} draft={draft} onChange={onChange} announce={announce} />, { path: '/', url: '/' });
    expect(screen.getByRole('heading', { name: '1 tall ligger langt utenfor det som er kjent' })).toBeTruthy();
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('1\u00a0110\u00a0887');
    expect(row.textContent).toContain('709\u00a0037 til 717\u00a0710');
    fireEvent.click(screen.getByLabelText('Jeg har kontrollert tallene, og de er riktige'));
    expect(onChange).toHaveBeenCalledWith({ ...draft, confirmOutliers: true });
    expect(announce).toHaveBeenCalledWith('Tallene er bekreftet.');
  });

  it('shows nothing when every figure fits what is known', () => {
    renderPage(<PreviewOutliers outliers={{ count: 0, examples: [] }} draft={draft} onChange={vi.fn()} announce={vi.fn()} />, { path: '/', url: '/' });
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
