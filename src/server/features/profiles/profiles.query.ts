import { invalidField, type AppError } from '../../http/errors';

/**
 * A query parameter that is well-formed but names something that does not exist here (a period
 * without observations, an unknown breakdown or area). Same shape and path as the contract's own
 * validation errors, so the client shows it beside the same field.
 */
export function invalidQuery(field: string, message: string, values?: string[]): AppError {
  return invalidField(`querystring.${field}`, 'invalid_value', message, values ? { values } : {});
}

/** `"0301, 030103,,"` → `["0301", "030103"]`, without duplicates, in the order given. */
export function codeList(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const codes = raw
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return [...new Set(codes)];
}
