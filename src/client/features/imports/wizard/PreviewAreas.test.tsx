import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderPage } from '../../../testing/render';
import { draftWith } from '../../../testing/fixtures/mapping-draft';
import { PreviewAreas } from './PreviewAreas';

const draft = draftWith({ dimensions: { TettSted: { use: 'area', category: '', total: '' } }, areaCodes: { '0801': '0301' } });

describe('the areas of a preview', () => {
  it('says what kind of areas the file has, lists those mapped across kinds, and asks for a confirmation', () => {
    const onChange = vi.fn();
    const announce = vi.fn();
    renderPage(
      <PreviewAreas
        areas={{ matched: [{ source: '0801', code: '0301', name: 'Oslo' }], unknown: [], skipped: [], classification: 'urban_settlement' }}
        crossed={['0801 → 0301']}
        dimension={undefined}
        draft={draft}
        onChange={onChange}
        announce={announce}
      />,
      { path: '/', url: '/' },
    );
    expect(screen.getByText('Områdene i filen er tettsteder.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 område i filen ville blitt importert under et område av en annen inndeling' })).toBeTruthy();
    expect(screen.getAllByText('0801 → 0301').some((el) => el.tagName === 'CODE')).toBe(true);
    fireEvent.click(screen.getByLabelText('Jeg bekrefter at tallene gjelder områdene de er koblet til'));
    expect(onChange).toHaveBeenCalledWith({ ...draft, acrossClassifications: true });
    expect(announce).toHaveBeenCalledWith('Koblingen på tvers av inndelinger er bekreftet.');
  });
});
