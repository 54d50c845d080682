import { useCallback, useState } from 'react';
import type { Upload } from '../../../../shared/contracts/imports';
import { draftFromMapping, type MappingDraft } from '../mapping-draft';

const KEY = 'samordna.importDraft.';

function read(key: string): MappingDraft | null {
  try {
    const text = sessionStorage.getItem(KEY + key);
    return text ? (JSON.parse(text) as MappingDraft) : null;
  } catch {
    return null;
  }
}

function write(key: string, draft: MappingDraft | null): void {
  try {
    if (draft) sessionStorage.setItem(KEY + key, JSON.stringify(draft));
    else sessionStorage.removeItem(KEY + key);
  } catch {
    // Private browsing may refuse storage; the wizard then simply forgets on reload.
  }
}

/** Forgets the draft of an upload once it has been imported. */
export function forgetDraft(uploadId: string): void {
  try {
    for (let i = sessionStorage.length - 1; i >= 0; i -= 1) {
      const k = sessionStorage.key(i);
      if (k?.startsWith(`${KEY}${uploadId}:`)) sessionStorage.removeItem(k);
    }
  } catch {
    // Nothing to forget without storage.
  }
}

/**
 * The mapping draft of an upload (per dataset). It starts from the server's suggestion and is
 * kept in this tab's session storage, so a reload, or a visit to create a missing indicator,
 * does not lose the choices made.
 */
export function useDraft(
  upload: Upload | undefined,
): [MappingDraft | null, (draft: MappingDraft) => void] {
  const key = upload ? `${upload.id}:${upload.dataset}` : '';
  const [state, setState] = useState<{ key: string; draft: MappingDraft } | null>(null);
  let current = state;
  if (upload && state?.key !== key) {
    current = { key, draft: read(key) ?? draftFromMapping(upload, upload.suggestedMapping).draft };
    // Adjusting state while rendering: React re-renders at once with the draft of the new upload.
    setState(current);
  }
  const set = useCallback(
    (draft: MappingDraft) => {
      setState({ key, draft });
      write(key, draft);
    },
    [key],
  );
  return [upload ? (current?.draft ?? null) : null, set];
}
