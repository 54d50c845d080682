import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { LIST_PAGE_SIZE, useListQueryState } from './use-list-query-state';

type Filters = { kind: 'school' | 'ngo' | ''; parentId: string | null };

function setup() {
  return renderHook(() => useListQueryState<Filters>({ kind: '', parentId: null }));
}

describe('useListQueryState', () => {
  afterEach(() => vi.useRealTimers());

  it('starts on the first page with the filters given', () => {
    const { result } = setup();
    expect(result.current.page).toEqual({ limit: LIST_PAGE_SIZE, offset: 0 });
    expect(result.current.filters).toEqual({ kind: '', parentId: null });
    expect(result.current.query).toBe('');
  });

  it('goes back to the first page when a filter changes, and keeps the other filters', () => {
    const { result } = setup();
    act(() => result.current.setFilter('parentId', 'area-1'));
    act(() => result.current.setOffset(50));
    expect(result.current.page.offset).toBe(50);
    act(() => result.current.field('kind').onChange('ngo'));
    expect(result.current.page.offset).toBe(0);
    expect(result.current.filters).toEqual({ kind: 'ngo', parentId: 'area-1' });
    expect(result.current.field('kind').value).toBe('ngo');
  });

  it('goes back to the first page when the search changes, and asks with it trimmed once typing pauses', () => {
    vi.useFakeTimers();
    const { result } = setup();
    act(() => result.current.setOffset(25));
    act(() => result.current.setQ('  Sagene '));
    expect(result.current.q).toBe('  Sagene ');
    expect(result.current.page.offset).toBe(0);
    // Not yet asked while the user may still be typing.
    expect(result.current.query).toBe('');
    act(() => vi.advanceTimersByTime(300));
    expect(result.current.query).toBe('Sagene');
  });
});
