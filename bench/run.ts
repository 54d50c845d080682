/**
 * `npm run bench [-- NAME …]`: runs every `bench/*.bench.ts` (or the named ones) in turn, prints
 * their figures and writes each to `bench/results/<name>.json` with the machine it ran on. A
 * bench module exports `benchmark = { name, run(): Promise<Record<string, number>> }`.
 * Each benchmark runs in a process of its own, so one's heap never shows in another's memory
 * figures. Benchmarks are measurements, not tests: nothing here fails on a slow figure.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Benchmark {
  name: string;
  run(): Promise<Record<string, number>>;
}

const dir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const childOf = args[0] === '--child' ? args[1] : undefined;
const wanted = args.filter((a) => !a.startsWith('-'));

async function main(): Promise<number> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const found: Benchmark[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { benchmark?: Benchmark };
    if (mod.benchmark) found.push(mod.benchmark);
  }
  const selected = wanted.length ? found.filter((b) => wanted.includes(b.name)) : found;
  const unknown = wanted.filter((w) => !found.some((b) => b.name === w));
  if (unknown.length) {
    process.stderr.write(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${found.map((b) => b.name).join(', ')}\n`);
    return 2;
  }
  if (childOf !== undefined) return runOne(found.find((b) => b.name === childOf)!);
  let failed = 0;
  for (const b of selected) {
    // The same interpreter and loader (tsx) as this process, in a fresh process.
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', b.name], { stdio: 'inherit', env: process.env });
    if (child.status !== 0) failed++;
  }
  return failed ? 1 : 0;
}

async function runOne(b: Benchmark): Promise<number> {
  await mkdir(path.join(dir, 'results'), { recursive: true });
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.arch()}` };
  process.stdout.write(`\n▶ ${b.name}\n`);
  const started = performance.now();
  const figures = await b.run();
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k.padEnd(40)} ${v}\n`);
  const file = path.join(dir, 'results', `${b.name}.json`);
  await writeFile(file, `${JSON.stringify({ name: b.name, measuredAt: new Date().toISOString(), seconds, machine, figures }, null, 2)}\n`);
  process.stdout.write(`  → ${path.relative(process.cwd(), file)} (${seconds} s)\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
