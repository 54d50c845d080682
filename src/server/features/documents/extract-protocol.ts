import type { DocumentFileKind } from '../../../shared/domain/documents';
import type { ExtractLimits } from './extract-text';

/** What the parent sends the extraction worker: one file. */
export interface ExtractRequest {
  kind: DocumentFileKind;
  bytes: ArrayBuffer;
  limits: ExtractLimits;
}

/** What the worker answers, once. */
export type ExtractResponse = { type: 'done'; text: string; truncated: boolean } | { type: 'too_large' | 'failed'; message: string };
