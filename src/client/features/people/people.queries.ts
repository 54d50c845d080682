import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import type { Person, PersonCreate, PersonUpdate } from '../../../shared/contracts/people';
import { peopleRoutes } from '../../../shared/contracts/routes';
import { pickerKeys, type PickerSource } from '../../components/forms/picker-source';

export interface PersonFilter {
  q?: string;
  organisationId?: string;
  limit: number;
  offset: number;
}

export const personKeys = {
  all: ['people'] as const,
  list: (f: PersonFilter) => ['people', 'list', f] as const,
  one: (id: string) => ['people', 'one', id] as const,
};

export function usePeople(filter: PersonFilter) {
  return useQuery({
    queryKey: personKeys.list(filter),
    queryFn: () => call(peopleRoutes.list, { query: { ...filter } }),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({ queryKey: personKeys.one(id ?? ''), queryFn: () => call(peopleRoutes.get, { params: { id: id! } }), enabled: id !== undefined });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: personKeys.all }), qc.invalidateQueries({ queryKey: pickerKeys.all })]);
}

export function useSavePerson(id: string | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PersonCreate | PersonUpdate) => (id ? call(peopleRoutes.update, { params: { id }, body }) : call(peopleRoutes.create, { body: body as PersonCreate })),
    onSuccess: invalidate,
  });
}

export function useDeletePerson(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: () => call(peopleRoutes.remove, { params: { id } }), onSuccess: invalidate });
}

const personLabel = (p: Person) => [p.name, p.title, p.organisationName].filter(Boolean).join(', ');

export const personSource: PickerSource = {
  key: 'people',
  search: async (q) => (await call(peopleRoutes.list, { query: { q, limit: 50 } })).items.map((p) => ({ id: p.id, label: personLabel(p) })),
  lookup: async (id) => {
    const p = await call(peopleRoutes.get, { params: { id } });
    return { id: p.id, label: personLabel(p) };
  },
};
