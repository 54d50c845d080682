import type { FastifyRequest } from 'fastify';

/** The site's address without a trailing slash: PUBLIC_URL when set, else what the request was sent to. */
export function originOf(req: FastifyRequest, publicUrl: string | undefined): string {
  return (publicUrl ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
}
