import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../../app/api';
import { partnerSearchesRoutes } from '../../../../../shared/contracts/routes';
import type { PartnerSearch, PartnerSearchCreate, PartnerSearchDecision, PartnerSearchUpdate } from '../../../../../shared/contracts/partner-searches';
import { projectKeys } from '../../portfolio.queries';

export const searchKeys = {
  all: ['partner-searches'] as const,
  list: (programmeId: string) => ['partner-searches', 'list', programmeId] as const,
  one: (id: string) => ['partner-searches', 'one', id] as const,
};

export const usePartnerSearches = (programmeId: string) => useQuery({ queryKey: searchKeys.list(programmeId), queryFn: () => call(partnerSearchesRoutes.list, { params: { id: programmeId } }) });
export const usePartnerSearch = (id: string) => useQuery({ queryKey: searchKeys.one(id), queryFn: () => call(partnerSearchesRoutes.get, { params: { id } }) });

function useAnswer() {
  const qc = useQueryClient();
  return (search: PartnerSearch) => {
    qc.setQueryData(searchKeys.one(search.id), search);
    return Promise.all([qc.invalidateQueries({ queryKey: searchKeys.all }), qc.invalidateQueries({ queryKey: projectKeys.all })]);
  };
}

export function useCreatePartnerSearch(programmeId: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: PartnerSearchCreate) => call(partnerSearchesRoutes.create, { params: { id: programmeId }, body }), onSuccess: answer });
}

export function useUpdatePartnerSearch(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: PartnerSearchUpdate) => call(partnerSearchesRoutes.update, { params: { id }, body }), onSuccess: answer });
}

export function useDecidePartnerSearch(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: PartnerSearchDecision) => call(partnerSearchesRoutes.decide, { params: { id }, body }), onSuccess: answer });
}
