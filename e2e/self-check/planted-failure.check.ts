import { test, expect } from '../fixtures';

/**
 * Fails on purpose. `npm test` runs it (SAMORDNA_SELF_CHECK=1) before the journeys and stops
 * unless the run exits non-zero: proof that a failing journey fails the run, through the same
 * global set-up (database, identity provider, built server) every journey uses.
 */
test('planted failure', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'not-a-language', { timeout: 1_000 });
});
