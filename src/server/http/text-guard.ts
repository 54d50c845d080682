import type { FastifyRequest } from 'fastify';
import { invalidField } from './errors';

/**
 * Text the database cannot store: a NUL character, or half of a surrogate pair (a broken UTF-16
 * character). PostgreSQL refuses both, in `text` and in `jsonb`; caught here they give a 400
 * that names the field instead of a 500 from deep inside a query.
 */
const BROKEN = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isUnstorable(text: string): boolean {
  return text.includes('\u0000') || BROKEN.test(text);
}

/** Deeper than any body a route takes: the check stops there (limiting nesting itself is the body parser's job). */
const MAX_DEPTH = 64;

/** The path of the first unstorable text (or key) in a value, or undefined when there is none. */
export function unstorableTextIn(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return isUnstorable(value) ? path : undefined;
  // Bytes (a raw body) are not text fields.
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || depth > MAX_DEPTH) return undefined;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    const itemPath = path ? `${path}.${key}` : key;
    if (isUnstorable(key)) return itemPath;
    const found = unstorableTextIn(item, itemPath, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Refuses a request whose path parameters, query or JSON body hold unstorable text, naming the
 * field (the parameter's or query's name, or the body's dotted path). Runs before validation.
 */
export async function refuseUnstorableText(req: FastifyRequest): Promise<void> {
  for (const part of [req.params, req.query, req.body]) {
    const path = unstorableTextIn(part);
    if (path !== undefined) throw invalidField(path, 'unstorableText', `${path || 'The body'} holds a NUL character or a broken character`);
  }
}
