import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { ImportProblems } from './ImportProblems';

describe('problems with a mapping', () => {
  it('names the part of the mapping in words, not by its field names', () => {
    renderPage(
      <ImportProblems
        headingId="p"
        title="Problemer"
        problems={[
          { path: 'area.codes.EAB', code: 'unknownArea', message: 'Unknown area code', values: ['EAB'] },
          { path: 'breakdowns.1.total', code: 'somethingNew', message: 'Something new' },
          { path: 'period.dimension', code: 'somethingNew', message: 'Something else' },
          { path: 'weird.path', code: 'somethingNew', message: 'Odd' },
        ]}
      />,
      { path: '/', url: '/' },
    );
    const text = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(text[0]).toContain('Gjelder: Område: kode EAB');
    expect(text[1]).toContain('Gjelder: Inndeling 2: totalkategori');
    expect(text[2]).toContain('Gjelder: Periode: dimensjon');
    // A part it does not know stays as the server named it.
    expect(text[3]).toContain('Gjelder: weird.path');
    expect(text.join(' ')).not.toContain('area.codes');
  });
});
