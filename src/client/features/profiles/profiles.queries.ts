import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../app/api';
import { pathOf } from '../../../shared/contracts/endpoint';
import { profilesRoutes } from '../../../shared/contracts/routes';
import type { AreaProfile, IndicatorView } from '../../../shared/contracts/profiles';
import { useLocale } from '../../app/locale-context';
import { localizeAreaNames } from '../../components/statistics/area-names';

export const profileKeys = {
  /** Every area profile of the programme: they change with its statistics settings. */
  profiles: (programmeId: string) => ['area-profile', programmeId] as const,
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

export function useAreaProfile(programmeId: string | undefined, areaCode: string) {
  const locale = useLocale();
  return useQuery({
    queryKey: profileKeys.profile(programmeId ?? '', areaCode),
    queryFn: () => call(profilesRoutes.areaProfile, { params: { id: programmeId!, areaCode } }),
    enabled: Boolean(programmeId),
    select: (data: AreaProfile) => localizeAreaNames(data, locale),
  });
}

/**
 * One indicator across areas and over time. The previous answer stays on screen while another
 * period or breakdown loads, so the charts do not blink away on every change.
 */
export function useIndicatorView(code: string, params: IndicatorViewParams, enabled = true) {
  const locale = useLocale();
  return useQuery({
    queryKey: profileKeys.view(code, params),
    queryFn: () => call(profilesRoutes.indicatorView, { params: { code }, query: { ...params } }),
    placeholderData: keepPreviousData,
    enabled,
    select: (data: IndicatorView) => localizeAreaNames(data, locale),
  });
}

/** Outlines of the child areas of `parent` (e.g. Oslo's city districts); they rarely change. */
export function useAreaGeometries(parent: string | null | undefined) {
  return useQuery({
    queryKey: profileKeys.geometries(parent ?? ''),
    queryFn: () => call(profilesRoutes.geometries, { query: { parent: parent! } }),
    enabled: Boolean(parent),
    staleTime: 60 * 60 * 1000,
  });
}

/**
 * Download links: the server answers with a file (Content-Disposition), so plain links do. The
 * query is written out here and not through `withQuery`, which drops empty values: an empty
 * `breakdown` asks for the total only.
 */
export function indicatorExportUrl(code: string, format: 'csv' | 'jsonstat', options: { areas?: readonly string[]; breakdown?: string; lang: string }): string {
  const params = new URLSearchParams({ format });
  if (options.areas && options.areas.length > 0) params.set('areas', options.areas.join(','));
  if (options.breakdown !== undefined) params.set('breakdown', options.breakdown);
  params.set('lang', options.lang);
  return `${pathOf(profilesRoutes.indicatorExport, { code })}?${params.toString()}`;
}

export function profileExportUrl(programmeId: string, areaCode: string, format: 'csv' | 'jsonstat', lang: string): string {
  const params = new URLSearchParams({ format, lang });
  return `${pathOf(profilesRoutes.areaProfileExport, { id: programmeId, areaCode })}?${params.toString()}`;
}

/** The area profile as an accessible PDF, in the page's language. */
export function profilePdfUrl(programmeId: string, areaCode: string, lang: string): string {
  return `${pathOf(profilesRoutes.areaProfilePdf, { id: programmeId, areaCode })}?${new URLSearchParams({ lang }).toString()}`;
}
