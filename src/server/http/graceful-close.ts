import type { FastifyInstance } from 'fastify';

export interface CloseLog {
  warn(obj: object, msg?: string): void;
}

/**
 * Stops the app as a supervisor's SIGTERM asks: no new connections (a request arriving on a kept
 * connection gets 503), requests in flight finish (an upload half sent is received whole and
 * stored), and after `graceMs` whatever is still open is cut, so that the stop never hangs. The
 * app's own close hooks (the job queue) run as part of it. Whether anything had to be cut.
 */
export async function closeGracefully(app: FastifyInstance, graceMs: number, log: CloseLog): Promise<{ cut: boolean }> {
  const closing = app.close();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<true>((resolve) => {
    timer = setTimeout(() => resolve(true), graceMs);
  });
  const cut = await Promise.race([closing.then(() => false as const), late]);
  clearTimeout(timer);
  if (cut) {
    log.warn({ graceMs }, 'requests still open after the grace period are cut');
    app.server.closeAllConnections();
    await closing;
  }
  return { cut };
}
