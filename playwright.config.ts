import { defineConfig } from '@playwright/test';

/**
 * End-to-end journeys in Debian's Chromium against the built server. The global setup starts
 * a fresh database, a local OpenID Connect provider and `node dist/server/main.js` on E2E_PORT.
 */
const port = Number(process.env.E2E_PORT ?? 3199);
/** SAMORDNA_SELF_CHECK=1 runs only the planted failing journey (see scripts/test.mjs). */
const selfCheck = process.env.SAMORDNA_SELF_CHECK === '1';
/** Where `npm test` wants the results as JSON, to count them (scripts/test.mjs). */
const jsonReport = process.env.SAMORDNA_TEST_REPORT;

export default defineConfig({
  testDir: selfCheck ? 'e2e/self-check' : 'e2e',
  testMatch: selfCheck ? '**/*.check.ts' : '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A guard against a hung journey, not a speed check: the longest journeys fill several forms
  // and run axe on each page, and take 40 s on an idle 2-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    },
  },
});
