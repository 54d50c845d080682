import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { closeGracefully } from './graceful-close';

/**
 * SIGTERM cut requests in flight (an upload lost half-way). Now the server stops taking new
 * connections, lets what is in flight finish within the grace period, and only then cuts.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close().catch(() => undefined);
  t = undefined;
});

const log = { warn: () => undefined };

/** A CSRF token and its session, as a browser holds them before a form. */
async function form(base: string): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`${base}/api/auth/csrf`);
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, token: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** A sign-in whose body is sent in two halves: the second when `rest()` is called. */
function slowPost(base: string, session: { cookie: string; token: string }) {
  const body = JSON.stringify({ email: 'ingen@example.org', password: 'a wrong but long password' });
  const req = http.request(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: session.cookie, 'x-csrf-token': session.token },
  });
  const answer = new Promise<{ status: number } | { error: string }>((resolve) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode! }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
  req.write(body.slice(0, 10));
  return { answer, rest: () => req.end(body.slice(10)) };
}

describe('stopping the server', () => {
  it('finishes a request in flight, and refuses new connections meanwhile', async () => {
    t = await buildTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const inFlight = slowPost(base, await form(base));
    await new Promise((r) => setTimeout(r, 100));
    const closing = closeGracefully(t.app, 10_000, log);
    await new Promise((r) => setTimeout(r, 100));
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    inFlight.rest();
    expect(await inFlight.answer).toEqual({ status: 401 });
    expect(await closing).toEqual({ cut: false });
  });

  it('cuts what is still open after the grace period, so that stopping never hangs', async () => {
    t = await buildTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const stuck = slowPost(base, await form(base));
    await new Promise((r) => setTimeout(r, 100));
    expect(await closeGracefully(t.app, 300, log)).toEqual({ cut: true });
    expect(await stuck.answer).toMatchObject({ error: expect.any(String) });
  });
});
