// `npm test`: the whole suite, in order, stopping at the first failing step.
// lint → import cycles → typecheck → i18n keys → production build → self-check (a planted
// failing test in each runner must fail its run) → unit + integration (real PostgreSQL) → start
// of the built server from a clean state → Playwright journeys in Chromium with axe.
// Ends with one line of its own counting every test of every step: "N passed, N failed".
// A step without tests of its own (lint, cycles, typecheck, i18n, build, start) counts as one.
//
//   npm test                      the whole suite
//   npm test -- lint typecheck    only the steps named (by their first word)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { failedTestNames, playwrightCounts, summaryLine, vitestCounts } from './test-report.mjs';

const reports = mkdtempSync(path.join(os.tmpdir(), 'samordna-test-'));
let reportNo = 0;

const vitest = (args) => ({ cmd: 'npx', args: ['vitest', 'run', ...args], report: 'vitest' });
const playwright = (args) => ({ cmd: 'npx', args: ['playwright', 'test', ...args], report: 'playwright' });

/**
 * Runs a command; with a report kind, the runner also writes its results as JSON and the counts
 * come from there. A runner that exits 0 while its report holds failures counts as failed.
 */
function runStep({ cmd, args, report }, { env = {}, quiet = false } = {}) {
  const file = path.join(reports, `report-${++reportNo}.json`);
  const fullArgs = report === 'vitest' ? [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`] : args;
  const r = spawnSync(cmd, fullArgs, {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...(report === 'playwright' ? { SAMORDNA_TEST_REPORT: file } : {}), ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = quiet ? `${r.stdout ?? ''}${r.stderr ?? ''}` : '';
  const counts = report === 'vitest' ? vitestCounts(file) : report === 'playwright' ? playwrightCounts(file) : undefined;
  const exitOk = r.status === 0;
  if (!counts) return { ok: exitOk, passed: exitOk ? 1 : 0, failed: exitOk ? 0 : 1, skipped: 0, output, file, status: r.status };
  const failed = counts.failed + (counts.failed === 0 && (!exitOk || counts.errors.length > 0) ? 1 : 0);
  return { ok: exitOk && failed === 0, passed: counts.passed, failed, skipped: counts.skipped, output, file, status: r.status, errors: counts.errors };
}

/**
 * Each runner must fail a run that holds one failing test: the exit code is not 0, and the report
 * names the planted test as the one failure. Counts one check per runner.
 */
function selfCheck() {
  const runners = [
    ['Vitest, server project', vitest(['--project', 'server'])],
    ['Vitest, client project', vitest(['--project', 'client'])],
    ['Playwright', playwright([])],
  ];
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, step] of runners) {
    const r = runStep(step, { env: { SAMORDNA_SELF_CHECK: '1' }, quiet: true });
    const failedNames = failedTestNames(r.file);
    const problem =
      r.status === 0
        ? `${name} exited 0 although its planted test failed: a failing test would not fail npm test`
        : failedNames.length !== 1 || failedNames[0] !== 'planted failure' || r.passed !== 0
          ? `${name} did not run its planted failing test as expected (failed: ${JSON.stringify(failedNames)}, passed: ${r.passed})`
          : undefined;
    if (problem) {
      console.log(r.output);
      console.log(`✘ self-check: ${problem}`);
      totals.failed++;
      return { ok: false, ...totals };
    }
    console.log(`  ${name}: a failing test fails the run (exit ${r.status})`);
    totals.passed++;
  }
  return { ok: true, ...totals };
}

const steps = [
  ['lint', { cmd: 'npx', args: ['eslint', '.', '--max-warnings=0'] }],
  ['cycles in the import graph', { cmd: 'npx', args: ['tsx', 'scripts/check-cycles.ts'] }],
  ['typecheck', { cmd: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] }],
  ['i18n', { cmd: 'npx', args: ['tsx', 'scripts/check-i18n.ts'] }],
  ['build', { cmd: process.execPath, args: ['scripts/build.mjs'] }],
  ['self-check', selfCheck],
  ['unit and integration', vitest([])],
  ['start from a clean state', { cmd: process.execPath, args: ['scripts/smoke.mjs'] }],
  ['end-to-end', playwright([])],
];

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();
try {
  for (const [name, step] of steps) {
    if (only.length && !only.includes(name.split(' ')[0])) continue;
    const t = Date.now();
    console.log(`\n▶ ${name}`);
    const r = typeof step === 'function' ? step() : runStep(step);
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped;
    const secs = ((Date.now() - t) / 1000).toFixed(1);
    for (const e of r.errors ?? []) console.log(`  error outside a test: ${e}`);
    if (r.ok) {
      console.log(`✔ ${name} (${secs} s)`);
    } else {
      console.log(`✘ ${name} failed (${secs} s)`);
      break;
    }
  }
} finally {
  rmSync(reports, { recursive: true, force: true });
}
console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(summaryLine(totals));
process.exit(totals.failed ? 1 : 0);
