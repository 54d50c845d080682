import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { ProgrammeStatistics } from '../../../shared/contracts/indicators';
import type { AreaGeometries, AreaProfile, IndicatorView } from '../../../shared/contracts/profiles';

export const profileKeys = {
  statistics: (programmeId: string) => ['programme-statistics', programmeId] as const,
  profile: (programmeId: string, areaCode: string) => ['area-profile', programmeId, areaCode] as const,
  view: (code: string, query: IndicatorViewParams) => ['indicator-view', code, query] as const,
  geometries: (parent: string) => ['area-geometries', parent] as const,
};

export interface IndicatorViewParams {
  programme: string;
  period?: string;
  breakdown?: string;
  area?: string;
}

/** The programme's indicators, focus areas and reference areas (public). */
export function useProgrammeStatistics(programmeId: string | undefined) {
  return useQuery({
    queryKey: profileKeys.statistics(programmeId ?? ''),
    queryFn: () => api.get<ProgrammeStatistics>(`/api/programmes/${programmeId}/statistics`),
    enabled: Boolean(programmeId),
  });
}

export function useAreaProfile(programmeId: string | undefined, areaCode: string) {
  return useQuery({
    queryKey: profileKeys.profile(programmeId ?? '', areaCode),
    queryFn: () => api.get<AreaProfile>(`/api/programmes/${programmeId}/profile/${encodeURIComponent(areaCode)}`),
    enabled: Boolean(programmeId),
  });
}

/**
 * One indicator across areas and over time. The previous answer stays on screen while another
 * period or breakdown loads, so the charts do not blink away on every change.
 */
export function useIndicatorView(code: string, params: IndicatorViewParams, enabled = true) {
  return useQuery({
    queryKey: profileKeys.view(code, params),
    queryFn: () => api.get<IndicatorView>(`/api/indicators/${encodeURIComponent(code)}/view`, { ...params }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Outlines of the child areas of `parent` (e.g. Oslo's city districts); they rarely change. */
export function useAreaGeometries(parent: string | null | undefined) {
  return useQuery({
    queryKey: profileKeys.geometries(parent ?? ''),
    queryFn: () => api.get<AreaGeometries>('/api/areas/geometries', { parent: parent! }),
    enabled: Boolean(parent),
    staleTime: 60 * 60 * 1000,
  });
}

/** Download links: the server answers with a file (Content-Disposition), so plain links do. */
export function indicatorExportUrl(code: string, format: 'csv' | 'jsonstat', options: { areas?: readonly string[]; breakdown?: string; lang: string }): string {
  const params = new URLSearchParams({ format });
  if (options.areas && options.areas.length > 0) params.set('areas', options.areas.join(','));
  if (options.breakdown !== undefined) params.set('breakdown', options.breakdown);
  params.set('lang', options.lang);
  return `/api/indicators/${encodeURIComponent(code)}/export?${params.toString()}`;
}

export function profileExportUrl(programmeId: string, areaCode: string, format: 'csv' | 'jsonstat', lang: string): string {
  const params = new URLSearchParams({ format, lang });
  return `/api/programmes/${programmeId}/profile/${encodeURIComponent(areaCode)}/export?${params.toString()}`;
}
