import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Person, PersonCreate, PersonUpdate } from '../../../shared/contracts/people';
import type { PickerSource } from '../../components/forms/EntityPicker';

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
    queryFn: () => api.get<{ items: Person[]; total: number }>('/api/people', { ...filter }),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({ queryKey: personKeys.one(id ?? ''), queryFn: () => api.get<Person>(`/api/people/${id}`), enabled: id !== undefined });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: personKeys.all }), qc.invalidateQueries({ queryKey: ['picker'] })]);
}

export function useSavePerson(id: string | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PersonCreate | PersonUpdate) => (id ? api.patch<Person>(`/api/people/${id}`, body) : api.post<Person>('/api/people', body)),
    onSuccess: invalidate,
  });
}

export function useDeletePerson(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: () => api.delete<{ ok: true }>(`/api/people/${id}`), onSuccess: invalidate });
}

const personLabel = (p: Person) => [p.name, p.title, p.organisationName].filter(Boolean).join(', ');

export const personSource: PickerSource = {
  key: 'people',
  search: async (q) => (await api.get<{ items: Person[] }>('/api/people', { q, limit: 50 })).items.map((p) => ({ id: p.id, label: personLabel(p) })),
  lookup: async (id) => {
    const p = await api.get<Person>(`/api/people/${id}`);
    return { id: p.id, label: personLabel(p) };
  },
};
