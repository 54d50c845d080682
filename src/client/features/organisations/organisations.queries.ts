import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Organisation, OrganisationCreate, OrganisationKind, OrganisationUpdate } from '../../../shared/contracts/organisations';
import type { PickerSource } from '../../components/forms/EntityPicker';

export interface OrganisationFilter {
  q?: string;
  kind?: OrganisationKind | '';
  limit: number;
  offset: number;
}

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (f: OrganisationFilter) => ['organisations', 'list', f] as const,
  one: (id: string) => ['organisations', 'one', id] as const,
};

export function useOrganisations(filter: OrganisationFilter) {
  return useQuery({
    queryKey: organisationKeys.list(filter),
    queryFn: () => api.get<{ items: Organisation[]; total: number }>('/api/organisations', { ...filter }),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: organisationKeys.one(id ?? ''),
    queryFn: () => api.get<Organisation>(`/api/organisations/${id}`),
    enabled: id !== undefined,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: organisationKeys.all }), qc.invalidateQueries({ queryKey: ['picker'] })]);
}

export function useSaveOrganisation(id: string | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: OrganisationCreate | OrganisationUpdate) =>
      id ? api.patch<Organisation>(`/api/organisations/${id}`, body) : api.post<Organisation>('/api/organisations', body),
    onSuccess: invalidate,
  });
}

export function useDeleteOrganisation(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: () => api.delete<{ ok: true }>(`/api/organisations/${id}`), onSuccess: invalidate });
}

const organisationLabel = (o: Organisation) => (o.shortName ? `${o.name} (${o.shortName})` : o.name);

export const organisationSource: PickerSource = {
  key: 'organisations',
  search: async (q) => (await api.get<{ items: Organisation[] }>('/api/organisations', { q, limit: 50 })).items.map((o) => ({ id: o.id, label: organisationLabel(o) })),
  lookup: async (id) => {
    const o = await api.get<Organisation>(`/api/organisations/${id}`);
    return { id: o.id, label: organisationLabel(o) };
  },
};
