import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Area, AreaCreate, AreaKind, AreaUpdate } from '../../../shared/contracts/areas';
import type { PickerSource } from '../../components/forms/EntityPicker';

export interface AreaFilter {
  q?: string;
  kind?: AreaKind | '';
  parentId?: string;
  limit: number;
  offset: number;
}

export const areaKeys = {
  all: ['areas'] as const,
  list: (f: AreaFilter) => ['areas', 'list', f] as const,
  one: (id: string) => ['areas', 'one', id] as const,
};

export function useAreas(filter: AreaFilter) {
  return useQuery({
    queryKey: areaKeys.list(filter),
    queryFn: () => api.get<{ items: Area[]; total: number }>('/api/areas', { ...filter }),
    placeholderData: keepPreviousData,
  });
}

export function useArea(id: string | undefined) {
  return useQuery({ queryKey: areaKeys.one(id ?? ''), queryFn: () => api.get<Area>(`/api/areas/${id}`), enabled: id !== undefined });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: areaKeys.all }), qc.invalidateQueries({ queryKey: ['picker'] })]);
}

export function useSaveArea(id: string | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: AreaCreate | AreaUpdate) => (id ? api.patch<Area>(`/api/areas/${id}`, body) : api.post<Area>('/api/areas', body)),
    onSuccess: invalidate,
  });
}

export function useDeleteArea(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: () => api.delete<{ ok: true }>(`/api/areas/${id}`), onSuccess: invalidate });
}

const areaLabel = (a: Area) => `${a.name} (${a.code})`;

export const areaSource: PickerSource = {
  key: 'areas',
  search: async (q) => (await api.get<{ items: Area[] }>('/api/areas', { q, limit: 50 })).items.map((a) => ({ id: a.id, label: areaLabel(a) })),
  lookup: async (id) => {
    const a = await api.get<Area>(`/api/areas/${id}`);
    return { id: a.id, label: areaLabel(a) };
  },
};
