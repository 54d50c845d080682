import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import type { Area, AreaCreate, AreaKind, AreaUpdate } from '../../../shared/contracts/areas';
import { areasRoutes } from '../../../shared/contracts/routes';
import { pickerKeys, type PickerSource } from '../../components/forms/picker-source';

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
    queryFn: () => call(areasRoutes.list, { query: { ...filter, kind: filter.kind || undefined } }),
    placeholderData: keepPreviousData,
  });
}

export function useArea(id: string | undefined) {
  return useQuery({ queryKey: areaKeys.one(id ?? ''), queryFn: () => call(areasRoutes.get, { params: { id: id! } }), enabled: id !== undefined });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: areaKeys.all }), qc.invalidateQueries({ queryKey: pickerKeys.all })]);
}

export function useSaveArea(id: string | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: AreaCreate | AreaUpdate) => (id ? call(areasRoutes.update, { params: { id }, body }) : call(areasRoutes.create, { body: body as AreaCreate })),
    onSuccess: invalidate,
  });
}

export function useDeleteArea(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: () => call(areasRoutes.remove, { params: { id } }), onSuccess: invalidate });
}

const areaLabel = (a: Area) => `${a.name} (${a.code})`;

export const areaSource: PickerSource = {
  key: 'areas',
  search: async (q) => (await call(areasRoutes.list, { query: { q, limit: 50 } })).items.map((a) => ({ id: a.id, label: areaLabel(a) })),
  lookup: async (id) => {
    const a = await call(areasRoutes.get, { params: { id } });
    return { id: a.id, label: areaLabel(a) };
  },
};
