import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { isRenderRequest } from './page-rendering';

/**
 * One log line per request, when it is answered (`request`: method, URL, status, time), instead
 * of Fastify's two; errors are logged as Fastify does. The API reads a page makes while it is
 * rendered on the server belong to that page's line and are not logged apart.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (isRenderRequest(request)) return;
    const line = { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request');
  }
}
