import { useQuery } from '@tanstack/react-query';
import { call } from '../../app/api';
import { callsRoutes } from '../../../shared/contracts/routes';

/** The cache of calls for applications. */
export const callKeys = {
  all: ['calls'] as const,
  list: (programmeId: string) => ['calls', 'list', programmeId] as const,
  one: (id: string) => ['calls', 'one', id] as const,
};

export function useCalls(programmeId: string | undefined) {
  return useQuery({
    queryKey: callKeys.list(programmeId ?? ''),
    queryFn: () => call(callsRoutes.list, { params: { id: programmeId! } }),
    enabled: programmeId !== undefined,
  });
}

/** A call with its form; undefined: not asked yet (e.g. until the review naming it is read). */
export function useCall(id: string | undefined) {
  return useQuery({ queryKey: callKeys.one(id ?? ''), queryFn: () => call(callsRoutes.get, { params: { id: id! } }), enabled: id !== undefined });
}

/** The public pages of the calls (see SITE_PAGES). */
export const callsPath = (slug: string) => `/program/${slug}/utlysninger`;
export const callPath = (slug: string, callId: string) => `/program/${slug}/utlysninger/${callId}`;
