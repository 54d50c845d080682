import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

/** Deeper than any body a route takes (an import mapping, the deepest, nests about 6 levels). */
export const MAX_BODY_DEPTH = 32;

/**
 * How deep the JSON text nests arrays and objects (brackets inside strings do not count), and
 * the index of the bracket that first reaches that depth. With `limit`, the scan stops at the
 * first bracket beyond it. One pass, no parsing: cheap for any body the size limit lets in.
 */
export function nestingDepth(text: string, limit = Infinity): { depth: number; at: number } {
  let depth = 0;
  let max = 0;
  let at = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) {
        max = depth;
        at = i;
        if (max > limit) break;
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return { depth: max, at };
}

/**
 * JSON bodies are read as text, refused when they nest deeper than MAX_BODY_DEPTH (saying where),
 * and only then parsed by Fastify's own parser (which refuses `__proto__` and `constructor`
 * keys). The session, CSRF and sign-in checks run before any of this (`installSessions`).
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    const { depth, at } = nestingDepth(text, MAX_BODY_DEPTH);
    if (depth > MAX_BODY_DEPTH) {
      const error = new AppError('VALIDATION_FAILED', `The body nests deeper than ${MAX_BODY_DEPTH} levels (at character ${at + 1})`, {
        errors: [{ path: '', code: 'nestingTooDeep', message: 'nestingTooDeep', params: { maximum: MAX_BODY_DEPTH } }],
        position: `character ${at + 1}`,
      });
      done(error, undefined);
      return;
    }
    parse(request, text, done);
  });
}
