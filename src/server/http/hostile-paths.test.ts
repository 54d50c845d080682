import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';

/**
 * Paths as an attacker sends them, byte for byte over a socket (the test client would tidy the
 * `..` away before the server saw it).
 */
let t: TestApp;
let port: string;

beforeAll(async () => {
  t = await buildTestApp();
  port = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' })).port;
});
afterAll(() => t.close());

function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('paths that climb out of a folder', () => {
  it('are refused as such (403 or 404), never a 500, and never read the file', async () => {
    for (const path of ['/api/docs/static/../../../package.json', '/api/docs/static/%2e%2e/%2e%2e/%2e%2e/package.json', '/api/docs/static/..%2f..%2f..%2fpackage.json']) {
      const res = await rawGet(path);
      expect([path, [403, 404].includes(res.status)]).toEqual([path, true]);
      expect(res.body).not.toContain('"name": "samordna"');
      expect(JSON.parse(res.body)).toMatchObject({ code: res.status === 403 ? 'FORBIDDEN' : 'NOT_FOUND' });
    }
  });
});
