import { useCallback, useEffect, useRef, useState } from 'react';
import type { Upload } from '../../../../shared/contracts/imports';
import { importsRoutes } from '../../../../shared/contracts/routes';
import { call } from '../../../app/api';
import { draftFromMapping, type MappingDraft } from '../mapping-draft';

/** How long the draft waits for more changes before it is saved (typing a source address). */
const SAVE_AFTER_MS = 400;

/**
 * The mapping draft of an upload (per dataset). It starts from the draft kept with the upload —
 * the step as it was last left, here or in another tab, session or browser — or else from the
 * server's suggestion; every change is saved with the upload shortly after it is made (and at
 * once when the step is left), so a reload, or a visit to create a missing indicator, loses
 * nothing. A save that fails is tried again with the next change.
 */
export function useDraft(upload: Upload | undefined): [MappingDraft | null, (draft: MappingDraft) => void] {
  const key = upload ? `${upload.id}:${upload.dataset}` : '';
  const [state, setState] = useState<{ key: string; draft: MappingDraft } | null>(null);
  const pending = useRef<{ id: string; draft: MappingDraft; timer: ReturnType<typeof setTimeout> } | null>(null);
  let current = state;
  if (upload && state?.key !== key) {
    current = { key, draft: upload.draft ?? draftFromMapping(upload, upload.suggestedMapping).draft };
    // Adjusting state while rendering: React re-renders at once with the draft of the new upload.
    setState(current);
  }

  const flush = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    call(importsRoutes.saveDraft, { params: { id: p.id }, body: p.draft }).catch(() => undefined);
  }, []);

  // Leaving the step (or moving to another upload) saves what is waiting.
  useEffect(() => flush, [key, flush]);

  const uploadId = upload?.id;
  const set = useCallback(
    (draft: MappingDraft) => {
      setState({ key, draft });
      if (!uploadId) return;
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { id: uploadId, draft, timer: setTimeout(flush, SAVE_AFTER_MS) };
    },
    [key, uploadId, flush],
  );
  return [upload ? (current?.draft ?? null) : null, set];
}
