import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { ApiError } from '../app/api';
import { renderPage } from '../testing/render';
import type { ListColumn } from './ListTable';
import { PagedList, type ListResult } from './PagedList';

interface Row {
  id: string;
  name: string;
  count: number;
}

const columns: ListColumn<Row>[] = [
  { header: 'Navn', cell: (r) => r.name },
  { header: 'Antall', numeric: true, cell: (r) => r.count },
];

function result(over: Partial<ListResult<Row>>): ListResult<Row> {
  return { isPending: false, isError: false, error: null, data: undefined, ...over };
}

function show(
  list: ListResult<Row>,
  { offset = 0, enabled }: { offset?: number; enabled?: boolean } = {},
) {
  const setOffset = vi.fn();
  renderPage(
    <PagedList
      list={list}
      paging={{ limit: 25, offset, setOffset }}
      enabled={enabled}
      label="Organisasjoner"
      columns={columns}
    />,
    { path: '/', url: '/' },
  );
  return setOffset;
}

const rows = (n: number, from = 0): Row[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${from + i}`,
    name: `Rad ${from + i + 1}`,
    count: i,
  }));

describe('PagedList', () => {
  it('shows that the list is loading', () => {
    show(result({ isPending: true }));
    expect(screen.getByRole('status').querySelector('[aria-label="Laster …"]')).toBeTruthy();
  });

  it('shows no spinner for a list that cannot be asked for yet', () => {
    show(result({ isPending: true }), { enabled: false });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says what went wrong', () => {
    show(result({ isError: true, error: new ApiError(403, 'FORBIDDEN', {}) }));
    expect(screen.getByRole('alert').textContent).toBe('Du har ikke tilgang til å gjøre dette.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when nothing matched, without an empty table', () => {
    show(result({ data: { items: [], total: 0 } }));
    expect(screen.getByRole('navigation', { name: 'Sidebytte' }).textContent).toContain(
      'Ingen treff.',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the rows in a named scroll region, figures aligned as figures', () => {
    show(result({ data: { items: rows(2), total: 2 } }));
    const region = screen.getByRole('region', { name: 'Organisasjoner' });
    const table = within(region).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Navn', 'Antall']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('columnheader', { name: 'Antall' }).className).toContain(
      'numeric',
    );
    expect(within(table).getByRole('cell', { name: 'Rad 2' }).className).not.toContain('numeric');
    expect(screen.getByText('Viser 1–2 av 2')).toBeTruthy();
  });

  it('pages forward and back by the page size', () => {
    const setOffset = show(result({ data: { items: rows(25, 25), total: 60 } }), { offset: 25 });
    expect(screen.getByText('Viser 26–50 av 60')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Neste side' }));
    expect(setOffset).toHaveBeenLastCalledWith(50);
    fireEvent.click(screen.getByRole('button', { name: 'Forrige side' }));
    expect(setOffset).toHaveBeenLastCalledWith(0);
  });
});
