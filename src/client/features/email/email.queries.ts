import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import type { EmailQuery, EmailTest } from '../../../shared/contracts/email';
import { emailRoutes } from '../../../shared/contracts/routes';

export const emailKeys = {
  all: ['emails'] as const,
  list: (query: EmailQuery) => ['emails', 'list', query] as const,
  one: (id: string) => ['emails', 'one', id] as const,
};

export function useEmails(query: EmailQuery) {
  return useQuery({ queryKey: emailKeys.list(query), queryFn: () => call(emailRoutes.list, { query }), placeholderData: keepPreviousData });
}

export function useEmail(id: string) {
  return useQuery({ queryKey: emailKeys.one(id), queryFn: () => call(emailRoutes.get, { params: { id } }) });
}

export function useSendTestEmail() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: EmailTest) => call(emailRoutes.sendTest, { body }), onSuccess: () => qc.invalidateQueries({ queryKey: emailKeys.all }) });
}
