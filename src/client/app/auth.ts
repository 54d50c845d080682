import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '../../shared/contracts/auth';
import { authRoutes } from '../../shared/contracts/routes';
import { call, fetchMe, rememberCsrfToken } from './api';

export const ME_KEY = ['me'] as const;

/** Who is signed in. Every page needs it (header, permissions), so it is cached for a minute. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => call(authRoutes.login, { body }),
    onSuccess: async (me) => {
      rememberCsrfToken(me.csrfToken ?? undefined);
      qc.setQueryData(ME_KEY, me);
      // What a user may see (unpublished programmes, people) changes with who they are.
      await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(authRoutes.logout),
    onSettled: async () => {
      rememberCsrfToken(undefined);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      await qc.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
