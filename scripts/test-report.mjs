// Counts what a test runner's JSON report says, for the summary line of `npm test`.
import { existsSync, readFileSync } from 'node:fs';

/**
 * @typedef {{ passed: number, failed: number, skipped: number, errors: string[] }} Counts
 * `errors` are failures outside any test (a set-up that threw, a file that did not load).
 */

/** @returns {Counts | undefined} the counts of a Vitest JSON report, or undefined if there is none */
export function vitestCounts(file) {
  if (!existsSync(file)) return undefined;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const errors = (r.testResults ?? [])
    .filter((f) => f.status === 'failed' && (f.assertionResults ?? []).every((a) => a.status !== 'failed'))
    .map((f) => `${f.name}: ${f.message || 'failed outside its tests'}`);
  return {
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    errors,
  };
}

/** @returns {Counts | undefined} the counts of a Playwright JSON report, or undefined if there is none */
export function playwrightCounts(file) {
  if (!existsSync(file)) return undefined;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const s = r.stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: s.unexpected ?? 0,
    skipped: s.skipped ?? 0,
    errors: (r.errors ?? []).map((e) => e.message ?? String(e)),
  };
}

/** Names of the failed tests in a Vitest or Playwright JSON report. */
export function failedTestNames(file) {
  if (!existsSync(file)) return [];
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const names = [];
  for (const f of r.testResults ?? []) for (const a of f.assertionResults ?? []) if (a.status === 'failed') names.push(a.title);
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) if (!spec.ok) names.push(spec.title);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of r.suites ?? []) walk(suite);
  return names;
}

/** "N passed, N failed" with ", N skipped" when any were. */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
