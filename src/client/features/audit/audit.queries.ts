import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../app/api';
import type { AuditQuery } from '../../../shared/contracts/audit';
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
