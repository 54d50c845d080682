/**
 * Stable error codes of the HTTP API. The client translates them with `t('errors.' + code)`,
 * so a code, once published, never changes meaning.
 */
export const ERROR_CODES = [
  /** Request body, query or params failed the contract; `errors` lists every field. */
  'VALIDATION_FAILED',
  /** The body is not valid JSON. */
  'MALFORMED_JSON',
  /** The body is larger than the server accepts. */
  'PAYLOAD_TOO_LARGE',
  /** The body's content type is not one this route reads. */
  'UNSUPPORTED_MEDIA_TYPE',
  /** No session, or the session has expired. */
  'UNAUTHENTICATED',
  /** The actor may see the record but not perform the action. */
  'FORBIDDEN',
  /** The record does not exist, or the actor may not see it. */
  'NOT_FOUND',
  /** A unique value (organisation number, area code, slug, e-mail) is already taken. */
  'CONFLICT',
  /** The record is still referenced by others and cannot be deleted. */
  'IN_USE',
  /** A state-changing request without a valid CSRF token. */
  'CSRF_INVALID',
  /** Wrong e-mail or password. */
  'INVALID_CREDENTIALS',
  /** Too many attempts; try again later. */
  'RATE_LIMITED',
  /** Sign-in with the identity provider failed or was not accepted. */
  'OIDC_FAILED',
  /** OpenID Connect is not configured on this installation. */
  'OIDC_NOT_CONFIGURED',
  /** The move would make a record its own ancestor. */
  'CYCLE',
  /** The database is not reachable. */
  'NOT_READY',
  /** The record is no longer in a state that allows the action (an import that has finished meanwhile). */
  'STATE_CHANGED',
  /** A statistics file could not be read; `position` says where (line and column, or JSON path). */
  'PARSE_FAILED',
  /** An import mapping does not fit the file (unknown dimensions, areas, periods or indicators); `errors` lists each problem. */
  'MAPPING_INVALID',
  /** A decision's effect cannot be applied (the mandate draft changed after the case was prepared); nothing was recorded. */
  'EFFECT_FAILED',
  /** Something unexpected; the request id is in the logs. */
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One failing field of a validation error; `path` is dotted (e.g. `name.nb`). */
export interface FieldError {
  path: string;
  /** Translation key under `validation.` (e.g. `too_small`, `orgNumber`). */
  code: string;
  message: string;
  /** Limits and values that the message's slots need, e.g. `{ minimum: 2 }` or `{ max: 200 }`. */
  params?: { minimum?: number; maximum?: number; [slot: string]: string | number | undefined };
  /** The values concerned, e.g. the source area codes not found in the register. */
  values?: string[];
}

/**
 * Turns one Zod issue into a field error. Our schemas put a translation key in `message`
 * (e.g. `orgNumber`) where the built-in code says too little; otherwise the Zod code is the key.
 */
export function toFieldError(issue: {
  path: readonly PropertyKey[] | string;
  code: string;
  message: string;
  minimum?: unknown;
  maximum?: unknown;
}): FieldError {
  const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
  const isKey = /^[A-Za-z][A-Za-z0-9_.]*$/.test(issue.message);
  const params: FieldError['params'] = {};
  if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint') params.minimum = Number(issue.minimum);
  if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint') params.maximum = Number(issue.maximum);
  return {
    path,
    code: isKey ? issue.message : issue.code,
    message: issue.message,
    ...(Object.keys(params).length ? { params } : {}),
  };
}

/**
 * Why a statistics file could not be read, for wording it in the reader's language: the parser's
 * code (`PX_DATA_COUNT_MISMATCH`, …) or a limit's (`TOO_MUCH_MEMORY`, …), the figures and names
 * its message needs, and where in the file (line and column, or JSON path).
 */
export interface ParseReason {
  code: string;
  params: Record<string, string | number>;
  line?: number;
  column?: number;
  path?: string;
}

/** The body of every error response (RFC 9457 problem details plus our `code`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  /** For CONFLICT: which field clashed, so the form can show it beside that field. */
  field?: string;
  /** For PARSE_FAILED: where in the file, e.g. "line 12, column 4" or "$.dimension.Tid". */
  position?: string;
  /** For PARSE_FAILED: what kind of problem, with its figures, to word in the reader's language. */
  reason?: ParseReason;
  /** For RATE_LIMITED: how many seconds to wait before trying again (also sent as `Retry-After`). */
  retryAfterSeconds?: number;
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IN_USE: 409,
  CSRF_INVALID: 403,
  INVALID_CREDENTIALS: 401,
  RATE_LIMITED: 429,
  OIDC_FAILED: 401,
  OIDC_NOT_CONFIGURED: 404,
  CYCLE: 400,
  NOT_READY: 503,
  STATE_CHANGED: 409,
  PARSE_FAILED: 422,
  MAPPING_INVALID: 422,
  EFFECT_FAILED: 409,
  INTERNAL: 500,
};
