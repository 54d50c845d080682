import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../app/api';
import type { AuditEntry, AuditQuery } from '../../../shared/contracts/audit';
import { auditRoutes } from '../../../shared/contracts/routes';

export const auditKeys = {
  all: ['audit'] as const,
  list: (query: AuditQuery) => ['audit', 'list', query] as const,
};

export function useAudit(query: AuditQuery, enabled: boolean) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => call(auditRoutes.list, { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

const IGNORED = new Set(['updatedAt', 'createdAt']);

/** The top-level fields an update changed, so the table says what happened without opening it. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((k) => !IGNORED.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k])).sort();
}

/** A readable name for the record, from the fields most records have. */
export function entityLabel(entry: AuditEntry): string | undefined {
  const record = (entry.after ?? entry.before) as Record<string, unknown> | null;
  if (!record || typeof record !== 'object') return undefined;
  // Registers have a name, goals a title, imports a file name; localized ones show their bokmål.
  for (const key of ['name', 'title', 'fileName'] as const) {
    const value = record[key];
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object' && typeof (value as { nb?: unknown }).nb === 'string') return (value as { nb: string }).nb;
  }
  if (typeof record.email === 'string') return record.email;
  if (typeof record.slug === 'string') return record.slug;
  return undefined;
}
