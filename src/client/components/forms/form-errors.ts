import type { z } from 'zod';
import { toFieldError, type FieldError } from '../../../shared/errors';
import type { ApiError } from '../../app/api';

/** One message per field: the translation keys to try, in order, and their parameters. */
export interface FieldMessage {
  path: string;
  keys: string[];
  params?: Record<string, unknown>;
}

export type FieldMessages = Record<string, FieldMessage>;

const KEY_LIKE = /^[A-Za-z][A-Za-z0-9_.]*$/;

/**
 * The translation keys for a field error. A schema may put a key in `message` (`orgNumber`,
 * `areaCode.county`) while the code says less (`custom`), so the message is tried first.
 */
export function fieldMessage(error: FieldError): FieldMessage {
  const keys: string[] = [];
  if (KEY_LIKE.test(error.message)) keys.push(`validation.${error.message}`);
  keys.push(`validation.${error.code}`, 'validation.invalid');
  return { path: error.path, keys: [...new Set(keys)], ...(error.params ? { params: error.params } : {}) };
}

function collect(errors: readonly FieldError[]): FieldMessages {
  const out: FieldMessages = {};
  for (const e of errors) {
    // The first problem of a field is the one to fix first; the rest often follow from it.
    if (!out[e.path]) out[e.path] = fieldMessage(e);
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Field messages from a Zod validation failure, built as the server builds them. A field left
 * empty is told it is required rather than "at least 3 characters" or "wrong type".
 */
export function messagesFromIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): FieldMessages {
  return collect(
    issues.map((issue) => {
      const error = toFieldError(issue);
      const value = valueAt(input, issue.path);
      const isEmpty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
      if (input !== undefined && isEmpty && (issue.code === 'too_small' || issue.code === 'invalid_type')) {
        return { path: error.path, code: 'required', message: 'required' };
      }
      return error;
    }),
  );
}

/** Field messages from an API failure: validation errors per field, and a clash beside its field. */
export function messagesFromApiError(error: ApiError): FieldMessages {
  const out = collect(error.fieldErrors);
  const field = error.problem.field;
  if (field && (error.code === 'CONFLICT' || error.code === 'CYCLE')) {
    out[field] = {
      path: field,
      keys: error.code === 'CONFLICT' ? [`conflict.${field}`, 'errors.CONFLICT'] : ['errors.CYCLE'],
    };
  }
  return out;
}

/** Validates with a shared contract; on failure returns the per-field messages. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; messages: FieldMessages } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, messages: messagesFromIssues(result.error.issues, input) };
}

/** The DOM id of a form field, derived from its API path (`name.nb` → `org-form-name-nb`). */
export function fieldId(formId: string, path: string): string {
  return `${formId}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** A trimmed text, or null when empty: optional fields are sent as null, not as "". */
export function orNull(value: string): string | null {
  const v = value.trim();
  return v === '' ? null : v;
}
