import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { RoleAssign, User, UserCreate, UserUpdate } from '../../../shared/contracts/users';

export interface UserFilter {
  q?: string;
  programmeId?: string;
  limit: number;
  offset: number;
}

export const userKeys = {
  all: ['users'] as const,
  list: (f: UserFilter) => ['users', 'list', f] as const,
  one: (id: string) => ['users', 'one', id] as const,
};

export function useUsers(filter: UserFilter, enabled = true) {
  return useQuery({
    queryKey: userKeys.list(filter),
    queryFn: () => api.get<{ items: User[]; total: number }>('/api/users', { ...filter }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({ queryKey: userKeys.one(id ?? ''), queryFn: () => api.get<User>(`/api/users/${id}`), enabled: id !== undefined });
}

function useInvalidate() {
  const qc = useQueryClient();
  // A change to the signed-in user's own roles changes what the whole UI offers.
  return () => Promise.all([qc.invalidateQueries({ queryKey: userKeys.all }), qc.invalidateQueries({ queryKey: ['me'] })]);
}

export function useCreateUser() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UserCreate) => api.post<User>('/api/users', body), onSuccess: invalidate });
}

export function useUpdateUser(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UserUpdate) => api.patch<User>(`/api/users/${id}`, body), onSuccess: invalidate });
}

export function useAssignRole(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: RoleAssign) => api.put<User>(`/api/users/${id}/roles`, body), onSuccess: invalidate });
}

export function useRevokeRole(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (programmeId: string) => api.delete<{ ok: true }>(`/api/users/${id}/roles/${programmeId}`),
    onSuccess: invalidate,
  });
}
