import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import type { ContactCreate, ParticipationCreate, ProgrammeCreate, ProgrammeUpdate } from '../../../shared/contracts/programmes';
import { programmesRoutes } from '../../../shared/contracts/routes';

export const programmeKeys = {
  all: ['programmes'] as const,
  list: () => ['programmes', 'list'] as const,
  bySlug: (slug: string) => ['programmes', 'slug', slug] as const,
};

export function useProgrammes() {
  return useQuery({ queryKey: programmeKeys.list(), queryFn: () => call(programmesRoutes.list) });
}

export function useProgramme(slug: string) {
  return useQuery({
    queryKey: programmeKeys.bySlug(slug),
    queryFn: () => call(programmesRoutes.bySlug, { params: { slug } }),
  });
}

function useInvalidateProgrammes() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: programmeKeys.all });
}

export function useCreateProgramme() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (body: ProgrammeCreate) => call(programmesRoutes.create, { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateProgramme(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (body: ProgrammeUpdate) => call(programmesRoutes.update, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useDeleteProgramme(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: () => call(programmesRoutes.remove, { params: { id } }),
    onSuccess: invalidate,
  });
}

export function useAddParticipation(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (body: ParticipationCreate) => call(programmesRoutes.addParticipation, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useRemoveParticipation(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (participationId: string) => call(programmesRoutes.removeParticipation, { params: { id, childId: participationId } }),
    onSuccess: invalidate,
  });
}

export function useAddContact(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (body: ContactCreate) => call(programmesRoutes.addContact, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useRemoveContact(id: string) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (contactId: string) => call(programmesRoutes.removeContact, { params: { id, childId: contactId } }),
    onSuccess: invalidate,
  });
}
