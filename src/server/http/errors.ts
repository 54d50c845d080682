import type { ErrorCode, FieldError } from '../../shared/errors';
import { HTTP_STATUS } from '../../shared/errors';

/** The one error type services throw; the error handler turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: FieldError[]; field?: string; position?: string } = {},
  ) {
    super(message);
    this.status = HTTP_STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);
export const forbidden = (what = 'You may not do this') => new AppError('FORBIDDEN', what);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign in to continue');
