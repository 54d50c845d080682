import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import type { Indicator, IndicatorCreate, IndicatorTopic, IndicatorUpdate, ProgrammeStatistics, ProgrammeStatisticsUpdate } from '../../../shared/contracts/indicators';
import { indicatorsRoutes } from '../../../shared/contracts/routes';
import type { Area } from '../../../shared/contracts/areas';
import { areasRoutes } from '../../../shared/contracts/routes';
import { pickerKeys, type PickerSource } from '../../components/forms/picker-source';
import { profileKeys } from '../profiles/profiles.queries';
import { pickText, type Locale } from '../../../shared/domain/localized';

export interface IndicatorFilter {
  q?: string;
  topic?: IndicatorTopic | '';
  limit: number;
  offset: number;
}

export const indicatorKeys = {
  all: ['indicators'] as const,
  lists: ['indicators', 'list'] as const,
  list: (f: IndicatorFilter) => ['indicators', 'list', f] as const,
  search: (q: string) => ['indicators', 'search', q] as const,
  one: (code: string) => ['indicators', 'one', code] as const,
  /** A programme's statistics settings (GET /api/programmes/:id/statistics): every page reads them here. */
  programme: (programmeId: string) => ['indicators', 'programme', programmeId] as const,
};

/** The API's largest page: the whole catalogue of a typical installation in one request. */
export const CATALOGUE_LIMIT = 500;

export function useIndicators(filter: IndicatorFilter) {
  return useQuery({
    queryKey: indicatorKeys.list(filter),
    queryFn: () => call(indicatorsRoutes.list, { query: { ...filter, topic: filter.topic || undefined } }),
    placeholderData: keepPreviousData,
  });
}

/** Every indicator (up to the API's page limit), for choosing from in one list. */
export function useAllIndicators() {
  return useIndicators({ limit: CATALOGUE_LIMIT, offset: 0 });
}

export function useIndicator(code: string | undefined) {
  return useQuery({
    queryKey: indicatorKeys.one(code ?? ''),
    queryFn: () => call(indicatorsRoutes.get, { params: { code: code! } }),
    enabled: code !== undefined,
  });
}

function useInvalidateIndicators() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: indicatorKeys.all }),
      qc.invalidateQueries({ queryKey: pickerKeys.all }),
    ]);
}

export function useSaveIndicator(code: string | undefined) {
  const invalidate = useInvalidateIndicators();
  return useMutation({
    mutationFn: (body: IndicatorCreate | IndicatorUpdate) =>
      code
        ? call(indicatorsRoutes.update, { params: { code }, body })
        : call(indicatorsRoutes.create, { body: body as IndicatorCreate }),
    onSuccess: invalidate,
  });
}

export function useDeleteIndicator(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(indicatorsRoutes.remove, { params: { code } }),
    onSuccess: async () => {
      // The deleted indicator's own query would refetch into a 404 while the page navigates away.
      qc.removeQueries({ queryKey: indicatorKeys.one(code) });
      await Promise.all([
        qc.invalidateQueries({ queryKey: indicatorKeys.lists }),
        qc.invalidateQueries({ queryKey: pickerKeys.all }),
      ]);
    },
  });
}

/**
 * The programme's indicators, focus areas and reference areas (public). The admin page, the
 * public statistics pages and the goals' indicator picker share this one cache entry; `select`
 * picks a part of it.
 */
export function useProgrammeStatistics<T = ProgrammeStatistics>(programmeId: string | undefined, select?: (s: ProgrammeStatistics) => T) {
  return useQuery({
    queryKey: indicatorKeys.programme(programmeId ?? ''),
    queryFn: () => call(indicatorsRoutes.programmeStatistics, { params: { id: programmeId! } }),
    enabled: Boolean(programmeId),
    select,
  });
}

export function useSaveProgrammeStatistics(programmeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeStatisticsUpdate) =>
      call(indicatorsRoutes.updateProgrammeStatistics, { params: { id: programmeId }, body }),
    onSuccess: (saved) => {
      qc.setQueryData(indicatorKeys.programme(programmeId), saved);
      // The area profiles compare with the programme's reference areas and list its indicators.
      return qc.invalidateQueries({ queryKey: profileKeys.profiles(programmeId) });
    },
  });
}

/** Indicators for an entity picker, keyed by code (the API looks indicators up by code). */
export function indicatorCodeSource(locale: Locale): PickerSource {
  const label = (i: Indicator) => `${pickText(i.name, locale).text} (${i.code})`;
  return {
    key: `indicators-${locale}`,
    search: async (q) =>
      (await call(indicatorsRoutes.list, { query: { q, limit: 50 } })).items.map(
        (i) => ({ id: i.code, label: label(i) }),
      ),
    lookup: async (code) => {
      const i = await call(indicatorsRoutes.get, { params: { code } });
      return { id: i.code, label: label(i) };
    },
  };
}

/** Areas for an entity picker, by id, carrying what a programme's area list shows. */
export async function fetchArea(id: string): Promise<Area> {
  return call(areasRoutes.get, { params: { id } });
}
