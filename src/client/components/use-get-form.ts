import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * The submit handler of a public filter form (`method="get"`): without script the browser sends
 * the form as it stands; with it, the page's query is set in place from the named fields, leaving
 * out the empty ones.
 */
export function useGetFormSubmit(keys: readonly string[]): (e: FormEvent<HTMLFormElement>) => void {
  const navigate = useNavigate();
  return (e) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const key of keys) {
      const value = String(data.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    const q = next.toString();
    void navigate(q ? `?${q}` : '.');
  };
}
