// `npm test`: the whole suite, in order, stopping at the first failing step.
// lint → typecheck → i18n keys → unit + integration (real PostgreSQL) → production build →
// start of the built server from a clean state → Playwright journeys in Chromium with axe.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['i18n', 'npx', ['tsx', 'scripts/check-i18n.ts']],
  ['unit and integration', 'npx', ['vitest', 'run']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['start from a clean state', process.execPath, ['scripts/smoke.mjs']],
  ['end-to-end', 'npx', ['playwright', 'test']],
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const started = Date.now();
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name.split(' ')[0])) continue;
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.status === 0) {
    passed++;
    console.log(`✔ ${name} (${secs} s)`);
  } else {
    failed++;
    console.log(`✘ ${name} failed (${secs} s)`);
    break;
  }
}
console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
