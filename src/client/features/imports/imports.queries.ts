import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type UploadProgress } from '../../app/api';
import type {
  ImportMappingInput,
  ImportPreview,
  ImportState,
  ObservationChange,
  SavedMapping,
  SavedMappingCreate,
  StatisticsImport,
  Upload,
} from '../../../shared/contracts/imports';

const BASE = '/api/statistics';

export const importKeys = {
  all: ['imports'] as const,
  list: (f: ImportFilter) => ['imports', 'list', f] as const,
  one: (id: string) => ['imports', 'one', id] as const,
  changes: (id: string, offset: number) => ['imports', 'changes', id, offset] as const,
  upload: (id: string, dataset: number | undefined) =>
    ['imports', 'upload', id, dataset ?? 'default'] as const,
  preview: (uploadId: string, mapping: string) =>
    ['imports', 'preview', uploadId, mapping] as const,
  mappings: ['imports', 'mappings'] as const,
};

export interface ImportFilter {
  state?: ImportState | '';
  limit: number;
  offset: number;
}

/** How often a running import is asked for its progress. */
const POLL_MS = 1000;
const isActive = (state: ImportState | undefined) => state === 'queued' || state === 'running';

export function useImports(filter: ImportFilter) {
  return useQuery({
    queryKey: importKeys.list(filter),
    queryFn: () =>
      api.get<{ items: StatisticsImport[]; total: number }>(`${BASE}/imports`, { ...filter }),
    placeholderData: keepPreviousData,
    // The list shows progress of imports still running; it stops asking once all are done.
    refetchInterval: (q) =>
      q.state.data?.items.some((i) => isActive(i.state)) ? POLL_MS * 3 : false,
  });
}

/** One import, asked again every second while it is queued or running. */
export function useImport(id: string) {
  return useQuery({
    queryKey: importKeys.one(id),
    queryFn: () => api.get<StatisticsImport>(`${BASE}/imports/${id}`),
    refetchInterval: (q) => (isActive(q.state.data?.state) ? POLL_MS : false),
    refetchIntervalInBackground: false,
  });
}

export function useImportChanges(id: string, offset: number, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: importKeys.changes(id, offset),
    queryFn: () =>
      api.get<{ items: ObservationChange[]; total: number }>(`${BASE}/imports/${id}/changes`, {
        limit,
        offset,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The uploaded file as the server read it; another dataset of a collection when asked for. */
export function useUpload(id: string | undefined, dataset: number | undefined) {
  return useQuery({
    queryKey: importKeys.upload(id ?? '', dataset),
    queryFn: () => api.get<Upload>(`${BASE}/uploads/${id}`, { dataset }),
    enabled: id !== undefined,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function uploadFile(
  file: File,
  sourceUrl: string | null,
  options: { onProgress?: (p: UploadProgress) => void; signal?: AbortSignal },
) {
  const form = new FormData();
  // Fields before the file: the server reads the parts in order and the file is streamed.
  if (sourceUrl) form.append('sourceUrl', sourceUrl);
  form.append('file', file, file.name);
  return api.upload<Upload>(`${BASE}/uploads`, form, options);
}

/**
 * What the import would write with this mapping. A query, not a mutation: the same mapping gives
 * the same preview, so going back and forth between the steps does not ask again.
 */
export function usePreview(uploadId: string, mapping: ImportMappingInput | null) {
  const key = mapping ? JSON.stringify(mapping) : '';
  return useQuery({
    queryKey: importKeys.preview(uploadId, key),
    queryFn: () => api.post<ImportPreview>(`${BASE}/uploads/${uploadId}/preview`, mapping),
    enabled: mapping !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function useStartImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { uploadId: string; mapping: ImportMappingInput }) =>
      api.post<StatisticsImport>(`${BASE}/imports`, body),
    onSuccess: (created) => {
      qc.setQueryData(importKeys.one(created.id), created);
      return qc.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

/** Saved mappings; the API answers with a list or with a page of them. */
export function useSavedMappings() {
  return useQuery({
    queryKey: importKeys.mappings,
    queryFn: async () => {
      const res = await api.get<SavedMapping[] | { items: SavedMapping[] }>(`${BASE}/mappings`, {
        limit: 500,
      });
      return Array.isArray(res) ? res : res.items;
    },
  });
}

/** Saves a mapping under a new name, or replaces the saved mapping `id` (same or new name). */
export function useSaveMapping() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: SavedMappingCreate }) =>
      id
        ? api.put<SavedMapping>(`${BASE}/mappings/${id}`, body)
        : api.post<SavedMapping>(`${BASE}/mappings`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: importKeys.mappings }),
  });
}
