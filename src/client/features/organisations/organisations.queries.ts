import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import type { Organisation, OrganisationCreate, OrganisationKind, OrganisationUpdate } from '../../../shared/contracts/organisations';
import { organisationsRoutes } from '../../../shared/contracts/routes';
import { pickerKeys, type PickerSource } from '../../components/forms/picker-source';

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
    queryFn: () => call(organisationsRoutes.list, { query: { ...filter, kind: filter.kind || undefined } }),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: organisationKeys.one(id ?? ''),
    queryFn: () => call(organisationsRoutes.get, { params: { id: id! } }),
    enabled: id !== undefined,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: organisationKeys.all }), qc.invalidateQueries({ queryKey: pickerKeys.all })]);
}

export function useSaveOrganisation(id: string | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: OrganisationCreate | OrganisationUpdate) =>
      id ? call(organisationsRoutes.update, { params: { id }, body }) : call(organisationsRoutes.create, { body: body as OrganisationCreate }),
    onSuccess: invalidate,
  });
}

export function useDeleteOrganisation(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: () => call(organisationsRoutes.remove, { params: { id } }), onSuccess: invalidate });
}

const organisationLabel = (o: Organisation) => (o.shortName ? `${o.name} (${o.shortName})` : o.name);

export const organisationSource: PickerSource = {
  key: 'organisations',
  search: async (q) => (await call(organisationsRoutes.list, { query: { q, limit: 50 } })).items.map((o) => ({ id: o.id, label: organisationLabel(o) })),
  lookup: async (id) => {
    const o = await call(organisationsRoutes.get, { params: { id } });
    return { id: o.id, label: organisationLabel(o) };
  },
};
