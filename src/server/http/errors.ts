import type { ErrorCode, FieldError, ParseReason } from '../../shared/errors';
import { HTTP_STATUS } from '../../shared/errors';

/** The one error type services throw; the error handler turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: FieldError[]; field?: string; position?: string; reason?: ParseReason; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.status = HTTP_STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);
export const forbidden = (what = 'You may not do this') => new AppError('FORBIDDEN', what);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign in to continue');

/**
 * A VALIDATION_FAILED error for one field, as the forms show it: `code` is the message key under
 * `validation.`, `detail` the English sentence for logs and API readers.
 */
export function invalidField(path: string, code: string, detail: string, extra: Pick<FieldError, 'params' | 'values'> = {}): AppError {
  return new AppError('VALIDATION_FAILED', detail, { errors: [{ path, code, message: code, ...extra }] });
}

/** A VALIDATION_FAILED error for several fields at once. */
export function invalidFields(errors: FieldError[], detail = `${errors.length} field(s) are not valid: ${errors.map((e) => e.path || '(body)').join(', ')}`): AppError {
  return new AppError('VALIDATION_FAILED', detail, { errors });
}
