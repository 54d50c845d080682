import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type {
  ContactCreate,
  ParticipationCreate,
  Programme,
  ProgrammeCreate,
  ProgrammeSummary,
  ProgrammeUpdate,
} from '../../../shared/contracts/programmes';

export const programmeKeys = {
  all: ['programmes'] as const,
  list: () => ['programmes', 'list'] as const,
  bySlug: (slug: string) => ['programmes', 'slug', slug] as const,
};

export function useProgrammes() {
  return useQuery({ queryKey: programmeKeys.list(), queryFn: () => api.get<ProgrammeSummary[]>('/api/programmes') });
}

export function useProgramme(slug: string) {
  return useQuery({
    queryKey: programmeKeys.bySlug(slug),
    queryFn: () => api.get<Programme>(`/api/programmes/by-slug/${encodeURIComponent(slug)}`),
  });
}

function useInvalidateProgrammes() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: programmeKeys.all });
}

export function useCreateProgramme() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (body: ProgrammeCreate) => api.post<Programme>('/api/programmes', body),
    onSuccess: invalidate,
  });
}

export function useUpdateProgramme(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (body: ProgrammeUpdate) => api.patch<Programme>(`/api/programmes/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useDeleteProgramme(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: () => api.delete<{ ok: true }>(`/api/programmes/${id}`),
    onSuccess: invalidate,
  });
}

export function useAddParticipation(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (body: ParticipationCreate) => api.post<Programme>(`/api/programmes/${id}/participations`, body),
    onSuccess: invalidate,
  });
}

export function useRemoveParticipation(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (participationId: string) => api.delete<{ ok: true }>(`/api/programmes/${id}/participations/${participationId}`),
    onSuccess: invalidate,
  });
}

export function useAddContact(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (body: ContactCreate) => api.post<Programme>(`/api/programmes/${id}/contacts`, body),
    onSuccess: invalidate,
  });
}

export function useRemoveContact(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (contactId: string) => api.delete<{ ok: true }>(`/api/programmes/${id}/contacts/${contactId}`),
    onSuccess: invalidate,
  });
}
