import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, urlOf } from '../../app/api';
import { documentsRoutes } from '../../../shared/contracts/routes';
import { pathOf } from '../../../shared/contracts/endpoint';
import type { Document, DocumentCreate, DocumentSearchQuery, DocumentUpdate, ProgrammeDocumentQuery } from '../../../shared/contracts/documents';

export const documentKeys = {
  all: ['documents'] as const,
  search: (query: Partial<DocumentSearchQuery>) => ['documents', 'search', query] as const,
  list: (programmeId: string, query: Partial<ProgrammeDocumentQuery>) => ['documents', 'list', programmeId, query] as const,
  one: (id: string) => ['documents', 'one', id] as const,
};

/** The public search (public documents only). */
export const usePublicDocuments = (query: Partial<DocumentSearchQuery>, enabled = true) =>
  useQuery({ queryKey: documentKeys.search(query), queryFn: () => call(documentsRoutes.search, { query }), enabled });

/** The programme's archive with drafts and exempt documents, for its own people. */
export const useProgrammeDocuments = (programmeId: string, query: Partial<ProgrammeDocumentQuery>) =>
  useQuery({ queryKey: documentKeys.list(programmeId, query), queryFn: () => call(documentsRoutes.list, { params: { id: programmeId }, query }) });

/** A document; while its newest version's text is being read, asked again every few seconds. */
export const useDocument = (id: string) =>
  useQuery({
    queryKey: documentKeys.one(id),
    queryFn: () => call(documentsRoutes.get, { params: { id } }),
    refetchInterval: (q) => (q.state.data?.versions[0]?.extraction?.status === 'pending' ? 2000 : false),
  });

export const fileUrl = (versionId: string) => urlOf(documentsRoutes.file, { params: { id: versionId } });

function useAnswer() {
  const qc = useQueryClient();
  return (doc: Document) => {
    qc.setQueryData(documentKeys.one(doc.id), doc);
    return qc.invalidateQueries({ queryKey: documentKeys.all });
  };
}

export function useCreateDocument(programmeId: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: DocumentCreate) => call(documentsRoutes.create, { params: { id: programmeId }, body }), onSuccess: answer });
}

export function useUpdateDocument(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: DocumentUpdate) => call(documentsRoutes.update, { params: { id }, body }), onSuccess: answer });
}

export function useRemoveDocument() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => call(documentsRoutes.remove, { params: { id } }), onSuccess: () => qc.invalidateQueries({ queryKey: documentKeys.all }) });
}

/** Uploads a file as the document's next version: multipart, through `api.upload`. */
export function useUploadVersion() {
  const answer = useAnswer();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<Document>(pathOf(documentsRoutes.addVersion, { id }), form);
    },
    onSuccess: answer,
  });
}
