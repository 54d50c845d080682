import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../app/api';
import { actionProgrammesRoutes } from '../../../../shared/contracts/routes';
import type {
  ActionProgramme,
  ActionProgrammeContent,
  ActionProgrammeCreate,
  ActionProgrammeUpdate,
} from '../../../../shared/contracts/action-programmes';

/** The cache of action programmes, for the public pages and the secretariat's alike. */
export const actionProgrammeKeys = {
  all: ['actionProgrammes'] as const,
  list: (programmeId: string) => ['actionProgrammes', 'list', programmeId] as const,
  one: (id: string) => ['actionProgrammes', 'one', id] as const,
  goalEfforts: (programmeId: string) => ['actionProgrammes', 'goalEfforts', programmeId] as const,
};

export function useActionProgrammes(programmeId: string | undefined) {
  return useQuery({
    queryKey: actionProgrammeKeys.list(programmeId ?? ''),
    queryFn: () => call(actionProgrammesRoutes.list, { params: { id: programmeId! } }),
    enabled: programmeId !== undefined,
  });
}

export function useActionProgramme(id: string) {
  return useQuery({
    queryKey: actionProgrammeKeys.one(id),
    queryFn: () => call(actionProgrammesRoutes.get, { params: { id } }),
  });
}

/** The efforts serving each goal, from the programme's published action programmes. */
export function useGoalEfforts(programmeId: string | undefined) {
  return useQuery({
    queryKey: actionProgrammeKeys.goalEfforts(programmeId ?? ''),
    queryFn: () => call(actionProgrammesRoutes.goalEfforts, { params: { id: programmeId! } }),
    enabled: programmeId !== undefined,
  });
}

/** After a change that answers with the whole action programme, that answer is the page's data at once. */
function useAnswer() {
  const qc = useQueryClient();
  return (ap: ActionProgramme) => {
    qc.setQueryData(actionProgrammeKeys.one(ap.id), ap);
    return qc.invalidateQueries({ queryKey: actionProgrammeKeys.all });
  };
}

export function useCreateActionProgramme(programmeId: string) {
  const answer = useAnswer();
  return useMutation({
    mutationFn: (body: ActionProgrammeCreate) =>
      call(actionProgrammesRoutes.create, { params: { id: programmeId }, body }),
    onSuccess: answer,
  });
}

/** Saves the editor: the fields, then the priorities and efforts, written whole. */
export function useSaveActionProgramme(id: string) {
  const answer = useAnswer();
  return useMutation({
    mutationFn: async ({
      fields,
      content,
    }: {
      fields: ActionProgrammeUpdate;
      content: ActionProgrammeContent;
    }) => {
      await call(actionProgrammesRoutes.update, { params: { id }, body: fields });
      return call(actionProgrammesRoutes.setContent, { params: { id }, body: content });
    },
    onSuccess: answer,
  });
}

export function usePublishActionProgramme(id: string) {
  const answer = useAnswer();
  return useMutation({
    mutationFn: () => call(actionProgrammesRoutes.publish, { params: { id } }),
    onSuccess: answer,
  });
}
