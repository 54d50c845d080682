import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type UploadProgress } from '../../app/api';
import { pathOf } from '../../../shared/contracts/endpoint';
import type { ImportMappingInput, ImportState, SavedMapping, SavedMappingCreate, SavedMappingSummary, Upload } from '../../../shared/contracts/imports';
import { pickerKeys, type PickerSource } from '../../components/forms/picker-source';
import { importsRoutes } from '../../../shared/contracts/routes';

export const importKeys = {
  all: ['imports'] as const,
  lists: ['imports', 'list'] as const,
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
    queryFn: () => call(importsRoutes.list, { query: { ...filter, state: filter.state || undefined } }),
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
    queryFn: () => call(importsRoutes.get, { params: { id } }),
    refetchInterval: (q) => (isActive(q.state.data?.state) ? POLL_MS : false),
    refetchIntervalInBackground: false,
  });
}

/** Cancels an import, or starts an interrupted or cancelled one again; the page shows the new state. */
export function useImportAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: 'cancel' | 'restart') => call(action === 'cancel' ? importsRoutes.cancel : importsRoutes.restart, { params: { id } }),
    onSuccess: (job) => {
      qc.setQueryData(importKeys.one(job.id), job);
      return qc.invalidateQueries({ queryKey: importKeys.lists });
    },
  });
}

export function useImportChanges(id: string, offset: number, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: importKeys.changes(id, offset),
    queryFn: () => call(importsRoutes.changes, { params: { id }, query: { limit, offset } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The uploaded file as the server read it; another dataset of a collection when asked for. */
export function useUpload(id: string | undefined, dataset: number | undefined) {
  return useQuery({
    queryKey: importKeys.upload(id ?? '', dataset),
    queryFn: () => call(importsRoutes.getUpload, { params: { id: id! }, query: { dataset } }),
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
  // Multipart with upload progress: sent through `api.upload`, to the descriptor's path.
  return api.upload<Upload>(pathOf(importsRoutes.upload), form, options);
}

/**
 * What the import would write with this mapping. A query, not a mutation: the same mapping gives
 * the same preview, so going back and forth between the steps does not ask again.
 */
export function usePreview(uploadId: string, mapping: ImportMappingInput | null) {
  const key = mapping ? JSON.stringify(mapping) : '';
  return useQuery({
    queryKey: importKeys.preview(uploadId, key),
    queryFn: () => call(importsRoutes.preview, { params: { id: uploadId }, body: mapping! }),
    enabled: mapping !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function useStartImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { uploadId: string; mapping: ImportMappingInput }) => call(importsRoutes.create, { body }),
    onSuccess: (created) => {
      qc.setQueryData(importKeys.one(created.id), created);
      return qc.invalidateQueries({ queryKey: importKeys.lists });
    },
  });
}

/** Whether any mapping has been saved (the first one, by name, or none). */
export function useAnySavedMapping() {
  return useQuery({
    queryKey: [...importKeys.mappings, 'first'],
    queryFn: async () => (await call(importsRoutes.mappings, { query: { limit: 1 } })).items[0] ?? null,
  });
}

/** The saved mappings by name, searched a page at a time, for the picker. */
export const savedMappingSource: PickerSource = {
  key: 'saved-mappings',
  search: async (q) => (await call(importsRoutes.mappings, { query: { q, limit: 50 } })).items.map((m) => ({ id: m.id, label: m.name })),
  lookup: async (id) => {
    const m = await call(importsRoutes.mapping, { params: { id } });
    return { id: m.id, label: m.name };
  },
};

/** The saved mapping of exactly this name, if there is one. */
export async function savedMappingNamed(name: string): Promise<SavedMappingSummary | undefined> {
  const page = await call(importsRoutes.mappings, { query: { q: name, limit: 50 } });
  return page.items.find((m) => m.name === name);
}

/** One saved mapping, whole. */
export function fetchSavedMapping(id: string): Promise<SavedMapping> {
  return call(importsRoutes.mapping, { params: { id } });
}

/** Saves a mapping under a new name, or replaces the saved mapping `id` (same or new name). */
export function useSaveMapping() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: SavedMappingCreate }) =>
      id ? call(importsRoutes.updateMapping, { params: { id }, body }) : call(importsRoutes.createMapping, { body }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: importKeys.mappings }), qc.invalidateQueries({ queryKey: pickerKeys.all })]),
  });
}
