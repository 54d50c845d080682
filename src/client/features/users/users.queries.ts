import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import { ME_KEY } from '../../app/auth';
import type { RoleAssign, UserCreate, UserUpdate } from '../../../shared/contracts/users';
import { usersRoutes } from '../../../shared/contracts/routes';

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
    queryFn: () => call(usersRoutes.list, { query: { ...filter } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({ queryKey: userKeys.one(id ?? ''), queryFn: () => call(usersRoutes.get, { params: { id: id! } }), enabled: id !== undefined });
}

function useInvalidate() {
  const qc = useQueryClient();
  // A change to the signed-in user's own roles changes what the whole UI offers.
  return () => Promise.all([qc.invalidateQueries({ queryKey: userKeys.all }), qc.invalidateQueries({ queryKey: ME_KEY })]);
}

export function useCreateUser() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UserCreate) => call(usersRoutes.create, { body }), onSuccess: invalidate });
}

export function useUpdateUser(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UserUpdate) => call(usersRoutes.update, { params: { id }, body }), onSuccess: invalidate });
}

export function useAssignRole(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: RoleAssign) => call(usersRoutes.assignRole, { params: { id }, body }), onSuccess: invalidate });
}

export function useRevokeRole(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (programmeId: string) => call(usersRoutes.revokeRole, { params: { id, programmeId } }),
    onSuccess: invalidate,
  });
}
