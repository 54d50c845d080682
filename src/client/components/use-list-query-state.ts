import { useState } from 'react';
import { useDebounced } from './use-debounced';

/** Rows a list page asks for at a time. */
export const LIST_PAGE_SIZE = 25;

export interface ListPaging {
  limit: number;
  offset: number;
  setOffset(offset: number): void;
}

export interface ListQueryState<F> extends ListPaging {
  /** The search text as typed. */
  q: string;
  setQ(q: string): void;
  /** The search text to ask with: trimmed, and only once typing has paused. */
  query: string;
  filters: F;
  setFilter<K extends keyof F>(key: K, value: F[K]): void;
  /** One filter's value and change handler, to spread into the control that sets it. */
  field<K extends keyof F>(key: K): { value: F[K]; onChange(value: F[K]): void };
  /** `{ limit, offset }`, to spread into a list request. */
  page: { limit: number; offset: number };
}

/**
 * What a paged admin list is asked for: search text, filters and position. Any change of
 * search or filter goes back to the first page, where the new results begin.
 */
export function useListQueryState<F extends object>(initialFilters: F): ListQueryState<F> {
  const [q, setQText] = useState('');
  const [filters, setFilters] = useState<F>(initialFilters);
  const [offset, setOffset] = useState(0);
  const query = useDebounced(q.trim());
  const limit = LIST_PAGE_SIZE;
  const setFilter = <K extends keyof F>(key: K, value: F[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setOffset(0);
  };
  return {
    q,
    setQ(value) {
      setQText(value);
      setOffset(0);
    },
    query,
    filters,
    setFilter,
    field: (key) => ({ value: filters[key], onChange: (value) => setFilter(key, value) }),
    limit,
    offset,
    setOffset,
    page: { limit, offset },
  };
}
