import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';

/**
 * The browser-side protections every answer carries: a Content-Security-Policy that allows no
 * inline script or style and no framing, and the rest of helmet's defaults. The policy has no
 * per-request part (no nonces), so the headers are worked out once at start-up rather than on
 * every request.
 */
function helmetOptions(config: Pick<Config, 'trustProxy'>): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // An event's recording is put on the page in a frame only when the reader asks for it
        // (events' "Vis video"); nothing is framed on page load.
        frameSrc: ["'self'", 'https:'],
        ...(config.trustProxy ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.trustProxy ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  };
}

/** The headers helmet sets, collected from one run of its middleware. */
export function securityHeaders(config: Pick<Config, 'trustProxy'>): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  let failed: unknown;
  helmet(helmetOptions(config))({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => void (failed = err));
  if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
  return headers;
}

/**
 * What an API answer (JSON, CSV, files) needs of them: nothing in it may run, be framed or be
 * sniffed into something else. Documents get the full set; the API documentation sets its own
 * policy.
 */
export function apiSecurityHeaders(config: Pick<Config, 'trustProxy'>): Record<string, string> {
  const all = securityHeaders(config);
  const headers: Record<string, string> = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
  };
  if (all['strict-transport-security']) headers['strict-transport-security'] = all['strict-transport-security'];
  return headers;
}

export function installSecurityHeaders(app: FastifyInstance, config: Pick<Config, 'trustProxy'>): void {
  const documents = securityHeaders(config);
  const api = apiSecurityHeaders(config);
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(request.url.startsWith('/api/') && !request.url.startsWith('/api/docs') ? api : documents);
  });
}
