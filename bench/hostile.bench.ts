/**
 * `npm run bench -- hostile`: hostile statistics uploads against the built server (production
 * mode, demo data), each sent while a separate process asks `/healthz` every 10 ms:
 *
 * - `big_json`: a JSON-stat document of about 190 MB on one line (JSON is read whole);
 * - `declared_cells`: 15 kB of JSON-stat declaring about 199 million cells with one value;
 * - `wide_csv`: a CSV file with a million columns;
 * - `deep_body`: a 1 MB JSON body nested 500,000 levels, sent 16 times at once, anonymously.
 *
 * For each: `<case>.status` (the answer: 201 read, 413/422 refused), `<case>.seconds` until the
 * answer, `<case>.healthz_max_ms` and `<case>.healthz_p99_ms` (the slowest health answers while
 * it ran; goal ≤ 100 ms), `<case>.healthz_answers`, and `rss_peak_mb` of the server process.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { jsonStatChunks } from '../packages/statistics-formats/src/generate';
import { benchPort, demoDatabase, ensureBuilt, startServer, stop } from './built-server';

const PROBE = `
const url = process.argv[1];
const times = [];
let running = true;
process.on('message', () => { running = false; });
(async () => {
  while (running) {
    const t = performance.now();
    try { await fetch(url); } catch {}
    if (times.length === 0) process.send('ready');
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 10));
  }
  process.send(times, () => process.exit(0));
})();
`;

/** Health answer times while `work` runs, measured from another process. */
async function whileProbing<T>(base: string, work: () => Promise<T>): Promise<{ result: T; max: number; p99: number; answers: number }> {
  const probe: ChildProcess = fork('-e', [PROBE, `${base}/healthz`], { execArgv: ['-e', PROBE], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise((r) => probe.once('message', r));
  const result = await work();
  const times = await new Promise<number[]>((resolve) => {
    probe.once('message', (m) => resolve(m as number[]));
    probe.send('stop');
  });
  // The first answer came before the work started.
  const sorted = times.slice(1).sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { result, max: Math.round(sorted.at(-1) ?? 0), p99: at(0.99), answers: sorted.length };
}

async function signIn(base: string): Promise<{ cookie: string; csrf: string }> {
  const first = await fetch(`${base}/api/auth/csrf`);
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrf = ((await first.json()) as { csrfToken: string }).csrfToken;
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@samordna.test', password: 'Samordna-demo-2026' }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  const session = (res.headers.get('set-cookie') ?? cookie).split(';')[0]!;
  return { cookie: session, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function uploadFile(base: string, who: { cookie: string; csrf: string }, file: string): Promise<{ status: number; code?: string }> {
  const form = new FormData();
  form.set('file', new Blob([await readFile(file)]), path.basename(file));
  const res = await fetch(`${base}/api/statistics/uploads`, { method: 'POST', headers: { cookie: who.cookie, 'x-csrf-token': who.csrf }, body: form });
  const body = (await res.json().catch(() => ({}))) as { code?: string };
  return { status: res.status, code: body.code };
}

function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
}

async function write(file: string, chunks: Iterable<string>): Promise<number> {
  await pipeline(Readable.from(chunks), createWriteStream(file));
  return (await stat(file)).size;
}

export const benchmark = {
  name: 'hostile',
  async run(): Promise<Record<string, number>> {
    ensureBuilt();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'samordna-hostile-'));
    const database = await demoDatabase();
    const port = benchPort();
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer(database.url, port, { LOG_LEVEL: 'warn' });
    const figures: Record<string, number> = {};
    try {
      const who = await signIn(base);
      const codes = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
      const files = {
        big_json: path.join(dir, 'big.json'),
        declared_cells: path.join(dir, 'declared.json'),
        wide_csv: path.join(dir, 'wide.csv'),
      };
      // One line: the generator's chunks carry no newline.
      figures['big_json.mb'] = Math.round((await write(files.big_json, jsonStatChunks({
        title: 'Stor',
        dimensions: [{ id: 'region', label: 'region', role: 'geo', codes: codes(5000) }, { id: 'year', label: 'year', role: 'time', codes: codes(5000) }],
        cell: (i) => (i % 1000) + 0.123,
      }))) / 2 ** 20);
      const sizes = [199, 1000, 1000];
      const dims = ['a', 'b', 'c'];
      const declared = {
        version: '2.0', class: 'dataset', label: 'Tom', id: dims, size: sizes,
        dimension: Object.fromEntries(dims.map((d, k) => [d, { category: { index: codes(sizes[k]!) } }])),
        value: { '0': 1 },
      };
      figures['declared_cells.kb'] = Math.round((await write(files.declared_cells, [JSON.stringify(declared)])) / 1024);
      const columns = 1_000_000;
      figures['wide_csv.mb'] = Math.round((await write(files.wide_csv, (function* () {
        yield codes(columns).join(';') + '\n';
        yield Array.from({ length: columns }, (_, i) => String(i % 10)).join(';') + '\n';
      })())) / 2 ** 20);

      for (const [name, file] of Object.entries(files)) {
        const started = performance.now();
        const run = await whileProbing(base, () => uploadFile(base, who, file));
        figures[`${name}.status`] = run.result.status;
        figures[`${name}.seconds`] = Math.round((performance.now() - started) / 100) / 10;
        figures[`${name}.healthz_max_ms`] = run.max;
        figures[`${name}.healthz_p99_ms`] = run.p99;
        figures[`${name}.healthz_answers`] = run.answers;
        process.stdout.write(`  ${name}: ${run.result.status} ${run.result.code ?? ''}\n`);
      }

      const deep = '['.repeat(500_000) + ']'.repeat(500_000);
      const started = performance.now();
      const run = await whileProbing(base, () =>
        Promise.all(Array.from({ length: 16 }, () => fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deep }).then((r) => r.status))),
      );
      figures['deep_body.status'] = run.result[0] ?? 0;
      figures['deep_body.seconds'] = Math.round((performance.now() - started) / 100) / 10;
      figures['deep_body.healthz_max_ms'] = run.max;
      figures['deep_body.healthz_p99_ms'] = run.p99;
      figures['deep_body.healthz_answers'] = run.answers;
      figures['rss_peak_mb'] = peakRssMb(server.pid!);
    } finally {
      await stop(server);
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    }
    return figures;
  },
};
