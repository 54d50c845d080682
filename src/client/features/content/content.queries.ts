import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import { contentRoutes } from '../../../shared/contracts/routes';
import type { ContentCreateInput, ContentItem, ContentSaveInput } from '../../../shared/contracts/content';
import type { ContentKind } from '../../../shared/domain/content';

export const contentKeys = {
  all: ['content'] as const,
  published: (programmeId: string, kind: ContentKind, limit: number, offset: number) => ['content', 'published', programmeId, kind, limit, offset] as const,
  page: (programmeId: string, slug: string) => ['content', 'page', programmeId, slug] as const,
  item: (id: string) => ['content', 'public', id] as const,
  list: (programmeId: string) => ['content', 'list', programmeId] as const,
  one: (id: string) => ['content', 'one', id] as const,
  revisions: (id: string) => ['content', 'revisions', id] as const,
  revision: (id: string, revision: number) => ['content', 'revision', id, revision] as const,
};

export function usePublishedList(programmeId: string | undefined, kind: ContentKind, limit = 20, offset = 0) {
  return useQuery({
    queryKey: contentKeys.published(programmeId ?? '', kind, limit, offset),
    queryFn: () => call(contentRoutes.publicList, { params: { id: programmeId! }, query: { kind, limit, offset } }),
    enabled: programmeId !== undefined,
  });
}

export function usePublishedPage(programmeId: string | undefined, slug: string) {
  return useQuery({
    queryKey: contentKeys.page(programmeId ?? '', slug),
    queryFn: () => call(contentRoutes.publicPage, { params: { id: programmeId!, slug } }),
    enabled: programmeId !== undefined,
  });
}

export const usePublishedItem = (id: string) => useQuery({ queryKey: contentKeys.item(id), queryFn: () => call(contentRoutes.publicItem, { params: { id } }) });
export const useContentList = (programmeId: string) => useQuery({ queryKey: contentKeys.list(programmeId), queryFn: () => call(contentRoutes.list, { params: { id: programmeId } }) });
export const useContentItem = (id: string) => useQuery({ queryKey: contentKeys.one(id), queryFn: () => call(contentRoutes.get, { params: { id } }) });
export const useRevisions = (id: string) => useQuery({ queryKey: contentKeys.revisions(id), queryFn: () => call(contentRoutes.revisions, { params: { id } }) });

function useAnswer() {
  const qc = useQueryClient();
  return (item: ContentItem) => {
    qc.setQueryData(contentKeys.one(item.id), item);
    return qc.invalidateQueries({ queryKey: contentKeys.all, predicate: (q) => q.queryKey[1] !== 'one' || q.queryKey[2] !== item.id });
  };
}

export function useCreateContent(programmeId: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: ContentCreateInput) => call(contentRoutes.create, { params: { id: programmeId }, body }), onSuccess: answer });
}

export function useSaveContent(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: ContentSaveInput) => call(contentRoutes.save, { params: { id }, body }), onSuccess: answer });
}

export function usePublishContent(id: string, publish: boolean) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (revision: number) => call(publish ? contentRoutes.publish : contentRoutes.unpublish, { params: { id }, body: { revision } }), onSuccess: answer });
}

export function useRestoreContent(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: { revision: number; from: number }) => call(contentRoutes.restore, { params: { id }, body }), onSuccess: answer });
}

export function useDeleteContent(id: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => call(contentRoutes.remove, { params: { id } }), onSuccess: () => qc.invalidateQueries({ queryKey: contentKeys.all }) });
}

/** The address of an uploaded image. */
export const imageUrl = (id: string) => `/api/content-images/${encodeURIComponent(id)}`;
