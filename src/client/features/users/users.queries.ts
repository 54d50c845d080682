import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import { ME_KEY } from '../../app/auth';
import { usersApi, type RoleAssign, type UserCreate, type UserUpdate } from '../../../shared/contracts/users';

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
    queryFn: () => call(usersApi.list, { query: { ...filter } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({ queryKey: userKeys.one(id ?? ''), queryFn: () => call(usersApi.get, { params: { id: id! } }), enabled: id !== undefined });
}

function useInvalidate() {
  const qc = useQueryClient();
  // A change to the signed-in user's own roles changes what the whole UI offers.
  return () => Promise.all([qc.invalidateQueries({ queryKey: userKeys.all }), qc.invalidateQueries({ queryKey: ME_KEY })]);
}

export function useCreateUser() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UserCreate) => call(usersApi.create, { body }), onSuccess: invalidate });
}

export function useUpdateUser(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UserUpdate) => call(usersApi.update, { params: { id }, body }), onSuccess: invalidate });
}

export function useAssignRole(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: RoleAssign) => call(usersApi.assignRole, { params: { id }, body }), onSuccess: invalidate });
}

export function useRevokeRole(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (programmeId: string) => call(usersApi.revokeRole, { params: { id, programmeId } }),
    onSuccess: invalidate,
  });
}
