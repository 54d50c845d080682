import type { FastifyBaseLogger, FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HTTP_STATUS, toFieldError, type ErrorCode, type Problem } from '../../shared/errors';
import { AppError, invalidFields } from './errors';

/** Which unique constraint guards which field, so a 409 can point at the form field. */
const UNIQUE_FIELDS: Record<string, { field: string; what: string }> = {
  organisations_org_number_uq: { field: 'orgNumber', what: 'An organisation with this organisation number already exists' },
  areas_code_uq: { field: 'code', what: 'An area with this code already exists' },
  programmes_slug_uq: { field: 'slug', what: 'A programme with this address (slug) already exists' },
  users_email_uq: { field: 'email', what: 'A user with this e-mail address already exists' },
  participations_uq: { field: 'organisationId', what: 'This organisation already has this role in the programme' },
  contacts_uq: { field: 'personId', what: 'This person already has this role in the programme' },
  indicators_code_uq: { field: 'code', what: 'An indicator with this code already exists' },
  import_mappings_name_uq: { field: 'name', what: 'A saved mapping with this name already exists' },
};

interface PgError {
  code: string;
  constraint?: string;
  detail?: string;
}

function pgErrorOf(error: unknown): PgError | undefined {
  let e: unknown = error;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const c = (e as { code?: unknown }).code;
    if (typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c)) return e as PgError;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const GONE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|not currently accepting connections|the database system is (?:starting up|shutting down)/i;

/**
 * Whether the error says the database could not be reached or went away (refused, ended by the
 * server, shutting down, out of connections), rather than that the query was wrong: then the
 * request may succeed later, and the answer is 503, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNREACHABLE.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code))) return true;
    if (typeof message === 'string' && GONE_MESSAGE.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

let databaseAwayLoggedAt = 0;

/** While the database is away every request fails alike: one log line in ten seconds says so. */
function logDatabaseAway(log: FastifyBaseLogger, error: unknown): void {
  const now = Date.now();
  if (now - databaseAwayLoggedAt < 10_000) return;
  databaseAwayLoggedAt = now;
  log.error({ err: error }, 'the database does not answer; requests get 503 until it is back');
}

/** How long a client is asked to wait before trying again while the database is away. */
const RETRY_WHEN_DATABASE_IS_BACK_S = 5;

function problem(code: ErrorCode, detail: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: `https://samordna.no/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: code,
    status: HTTP_STATUS[code],
    code,
    detail,
    ...extra,
  };
}

function toProblem(error: FastifyError | AppError | Error): Problem | undefined {
  if (error instanceof AppError) return problem(error.code, error.message, error.details);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) =>
      toFieldError({
        path: `${error.validationContext === 'body' ? '' : error.validationContext + '.'}${v.instancePath.slice(1).replace(/\//g, '.')}`.replace(/\.$/, ''),
        code: v.keyword,
        message: v.message ?? v.keyword,
        ...(v.params as { minimum?: unknown; maximum?: unknown }),
      }),
    );
    const invalid = invalidFields(errors);
    return problem(invalid.code, invalid.message, invalid.details);
  }
  if (isDatabaseUnavailable(error)) {
    return problem('NOT_READY', 'The database does not answer just now; try again shortly', { retryAfterSeconds: RETRY_WHEN_DATABASE_IS_BACK_S });
  }
  const pg = pgErrorOf(error);
  if (pg?.code === '23505') {
    const known = pg.constraint ? UNIQUE_FIELDS[pg.constraint] : undefined;
    return problem('CONFLICT', known?.what ?? 'The value is already in use', known ? { field: known.field } : {});
  }
  if (pg?.code === '23503') {
    return problem('IN_USE', 'The record is referenced by other records (or refers to one that does not exist) and cannot be changed this way');
  }
  const fe = error as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem('MALFORMED_JSON', `The request body is not valid JSON: ${fe.message}`);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('PAYLOAD_TOO_LARGE', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem('UNSUPPORTED_MEDIA_TYPE', `The content type ${fe.message} is not accepted here; send application/json`);
  }
  if (error instanceof SyntaxError && fe.statusCode === 400) return problem('MALFORMED_JSON', `The request body is not valid JSON: ${error.message}`);
  if (fe.statusCode === 429) return problem('RATE_LIMITED', fe.message);
  if (fe.statusCode === 413) return problem('PAYLOAD_TOO_LARGE', 'The request body is too large');
  // A file server's refusal (a path that climbs out of its folder) or miss.
  if (fe.statusCode === 403) return problem('FORBIDDEN', 'This path may not be read');
  if (fe.statusCode === 404) return problem('NOT_FOUND', 'There is nothing at this path');
  return undefined;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const p = toProblem(error);
    if (!p) {
      request.log.error({ err: error }, 'unhandled error');
      return reply
        .status(500)
        .type('application/problem+json')
        .send(problem('INTERNAL', 'Something went wrong on our side. The error has been logged.', { requestId: request.id, instance: request.url }));
    }
    if (p.code === 'NOT_READY') logDatabaseAway(request.log, error);
    else if (p.status >= 500) request.log.error({ err: error }, p.detail);
    if (p.retryAfterSeconds !== undefined) reply.header('retry-after', String(p.retryAfterSeconds));
    return reply
      .status(p.status)
      .type('application/problem+json')
      .send({ ...p, requestId: request.id, instance: request.url });
  });

  app.setNotFoundHandler((request, reply) => {
    return reply
      .status(404)
      .type('application/problem+json')
      .send({ ...problem('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`), requestId: request.id, instance: request.url });
  });
}
