import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type {
  Indicator,
  IndicatorCreate,
  IndicatorTopic,
  IndicatorUpdate,
  ProgrammeStatistics,
  ProgrammeStatisticsUpdate,
} from '../../../shared/contracts/indicators';
import type { Area } from '../../../shared/contracts/areas';
import type { PickerSource } from '../../components/forms/EntityPicker';
import { pickText, type Locale } from '../../../shared/domain/localized';

export interface IndicatorFilter {
  q?: string;
  topic?: IndicatorTopic | '';
  limit: number;
  offset: number;
}

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (f: IndicatorFilter) => ['indicators', 'list', f] as const,
  one: (code: string) => ['indicators', 'one', code] as const,
  programme: (programmeId: string) => ['indicators', 'programme', programmeId] as const,
};

/** The API's largest page: the whole catalogue of a typical installation in one request. */
export const CATALOGUE_LIMIT = 500;

export function useIndicators(filter: IndicatorFilter) {
  return useQuery({
    queryKey: indicatorKeys.list(filter),
    queryFn: () => api.get<{ items: Indicator[]; total: number }>('/api/indicators', { ...filter }),
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
    queryFn: () => api.get<Indicator>(`/api/indicators/${encodeURIComponent(code!)}`),
    enabled: code !== undefined,
  });
}

function useInvalidateIndicators() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: indicatorKeys.all }),
      qc.invalidateQueries({ queryKey: ['picker'] }),
    ]);
}

export function useSaveIndicator(code: string | undefined) {
  const invalidate = useInvalidateIndicators();
  return useMutation({
    mutationFn: (body: IndicatorCreate | IndicatorUpdate) =>
      code
        ? api.patch<Indicator>(`/api/indicators/${encodeURIComponent(code)}`, body)
        : api.post<Indicator>('/api/indicators', body),
    onSuccess: invalidate,
  });
}

export function useDeleteIndicator(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ ok: true }>(`/api/indicators/${encodeURIComponent(code)}`),
    onSuccess: async () => {
      // The deleted indicator's own query would refetch into a 404 while the page navigates away.
      qc.removeQueries({ queryKey: indicatorKeys.one(code) });
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['indicators', 'list'] }),
        qc.invalidateQueries({ queryKey: ['picker'] }),
      ]);
    },
  });
}

export function useProgrammeStatistics(programmeId: string | undefined) {
  return useQuery({
    queryKey: indicatorKeys.programme(programmeId ?? ''),
    queryFn: () => api.get<ProgrammeStatistics>(`/api/programmes/${programmeId}/statistics`),
    enabled: programmeId !== undefined,
  });
}

export function useSaveProgrammeStatistics(programmeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeStatisticsUpdate) =>
      api.put<ProgrammeStatistics>(`/api/programmes/${programmeId}/statistics`, body),
    onSuccess: (saved) => {
      qc.setQueryData(indicatorKeys.programme(programmeId), saved);
      // Public statistics pages of the programme read the same settings under their own keys.
      return qc.invalidateQueries({
        predicate: (q) => q.queryKey.includes(programmeId) && q.queryKey[0] !== 'indicators',
      });
    },
  });
}

/** Indicators for an entity picker, keyed by code (the API looks indicators up by code). */
export function indicatorCodeSource(locale: Locale): PickerSource {
  const label = (i: Indicator) => `${pickText(i.name, locale).text} (${i.code})`;
  return {
    key: `indicators-${locale}`,
    search: async (q) =>
      (await api.get<{ items: Indicator[] }>('/api/indicators', { q, limit: 50 })).items.map(
        (i) => ({ id: i.code, label: label(i) }),
      ),
    lookup: async (code) => {
      const i = await api.get<Indicator>(`/api/indicators/${encodeURIComponent(code)}`);
      return { id: i.code, label: label(i) };
    },
  };
}

/** Areas for an entity picker, by id, carrying what a programme's area list shows. */
export async function fetchArea(id: string): Promise<Area> {
  return api.get<Area>(`/api/areas/${id}`);
}
