import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import { useTranslation } from '../../app/translation';
import { useLocale } from '../../app/locale-context';
import { areaLabel } from './areas.queries';

function Labels() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ul>
      <li>{areaLabel({ name: 'Oslo', kind: 'county', code: '03' }, t, locale)}</li>
      <li>{areaLabel({ name: 'Oslo', kind: 'municipality', code: '0301' }, t, locale)}</li>
    </ul>
  );
}

describe('areas in pickers', () => {
  it('tells the county and the municipality of the same name apart by kind and code, in the reader’s language', () => {
    const { unmount } = renderPage(<Labels />, { path: '/', url: '/' });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Oslo (fylke, 03)', 'Oslo (kommune, 0301)']);
    unmount();
    renderPage(<Labels />, { path: '/', url: '/', locale: 'en' });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Oslo (county, 03)', 'Oslo (municipality, 0301)']);
  });
});
