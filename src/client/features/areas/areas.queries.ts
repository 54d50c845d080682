import { useMemo } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../app/translation';
import type { TFunction } from '../../../shared/i18n/translator';
import { INTL_LOCALE } from '../../app/locale';
import { useLocale } from '../../app/locale-context';
import type { Locale } from '../../../shared/domain/localized';
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

/**
 * An area as pickers name it: its name, kind and code, so that the county 03 and the municipality
 * 0301, both "Oslo", are told apart ("Oslo (fylke, 03)", "Oslo (kommune, 0301)").
 */
export function areaLabel(a: Pick<Area, 'name' | 'kind' | 'code'>, t: TFunction, locale: Locale): string {
  return `${a.name} (${t(`areaKind.${a.kind}`).toLocaleLowerCase(INTL_LOCALE[locale])}, ${a.code})`;
}

/**
 * The area register for a picker, in the reader's language: chosen by id, or by official code
 * (what an import's mapping names).
 */
export function useAreaSource(by: 'id' | 'code' = 'id'): PickerSource {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => {
    const option = (a: Area) => ({ id: by === 'id' ? a.id : a.code, label: areaLabel(a, t, locale) });
    return {
      key: `areas-${by}-${locale}`,
      search: async (q) => (await call(areasRoutes.list, { query: { q, limit: 50 } })).items.map(option),
      lookup: async (key) => {
        if (by === 'id') return option(await call(areasRoutes.get, { params: { id: key } }));
        const found = (await call(areasRoutes.list, { query: { q: key, limit: 50 } })).items.find((a) => a.code === key);
        return found ? option(found) : { id: key, label: key };
      },
    };
  }, [by, t, locale]);
}
