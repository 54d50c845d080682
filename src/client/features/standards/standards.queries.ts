import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import { standardsRoutes } from '../../../shared/contracts/routes';
import type { StandardCreate, StandardDetail, StandardPublish, StandardUpdate, TranslationEditor, TranslationSectionSave, TranslationTitleSave } from '../../../shared/contracts/standards';
import type { StandardLanguage } from '../../../shared/domain/standards';

/** The cache of standards, for the public pages and the secretariat's and translators' pages alike. */
export const standardKeys = {
  all: ['standards'] as const,
  list: (programmeId: string) => ['standards', 'list', programmeId] as const,
  one: (id: string) => ['standards', 'one', id] as const,
  text: (id: string, lang: string) => ['standards', 'text', id, lang] as const,
  translation: (id: string, lang: string) => ['standards', 'translation', id, lang] as const,
};

export const useStandards = (programmeId: string | undefined) =>
  useQuery({ queryKey: standardKeys.list(programmeId ?? ''), queryFn: () => call(standardsRoutes.list, { params: { id: programmeId! } }), enabled: programmeId !== undefined });
export const useStandard = (id: string) => useQuery({ queryKey: standardKeys.one(id), queryFn: () => call(standardsRoutes.get, { params: { id } }) });
export const useStandardText = (id: string, lang: 'nb' | StandardLanguage) =>
  useQuery({ queryKey: standardKeys.text(id, lang), queryFn: () => call(standardsRoutes.read, { params: { id }, query: { lang } }) });
export const useTranslationEditor = (id: string, lang: StandardLanguage) =>
  useQuery({ queryKey: standardKeys.translation(id, lang), queryFn: () => call(standardsRoutes.translation, { params: { id, lang } }) });

function useDetailAnswer() {
  const qc = useQueryClient();
  return (standard: StandardDetail) => {
    qc.setQueryData(standardKeys.one(standard.id), standard);
    return qc.invalidateQueries({ queryKey: standardKeys.all });
  };
}

export function useCreateStandard(programmeId: string) {
  const answer = useDetailAnswer();
  return useMutation({ mutationFn: (body: StandardCreate) => call(standardsRoutes.create, { params: { id: programmeId }, body }), onSuccess: answer });
}
export function useUpdateStandard(id: string) {
  const answer = useDetailAnswer();
  return useMutation({ mutationFn: (body: StandardUpdate) => call(standardsRoutes.update, { params: { id }, body }), onSuccess: answer });
}
export function usePublishStandard(id: string) {
  const answer = useDetailAnswer();
  return useMutation({ mutationFn: (body: StandardPublish) => call(standardsRoutes.publish, { params: { id }, body }), onSuccess: answer });
}

function useTranslationAnswer() {
  const qc = useQueryClient();
  return (editor: TranslationEditor) => {
    qc.setQueryData(standardKeys.translation(editor.standardId, editor.language), editor);
    return qc.invalidateQueries({ queryKey: standardKeys.all });
  };
}
export function useSaveTranslationSection(id: string, lang: StandardLanguage) {
  const answer = useTranslationAnswer();
  return useMutation({ mutationFn: ({ key, ...body }: TranslationSectionSave & { key: string }) => call(standardsRoutes.saveSection, { params: { id, lang, key }, body }), onSuccess: answer });
}
export function useSaveTranslationTitle(id: string, lang: StandardLanguage) {
  const answer = useTranslationAnswer();
  return useMutation({ mutationFn: (body: TranslationTitleSave) => call(standardsRoutes.saveTitle, { params: { id, lang }, body }), onSuccess: answer });
}
