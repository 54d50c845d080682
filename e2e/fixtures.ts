import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Demo accounts (see README: fictional people, demo installation only). */
export const DEMO_PASSWORD = 'Samordna-demo-2026';
export const ACCOUNTS = {
  admin: 'admin@samordna.test',
  oppvekstSecretariat: 'sekretariat.oppvekst@samordna.test',
  hedmarkSecretariat: 'sekretariat.kfl@samordna.test',
  sageneContributor: 'bidragsyter.sagene@samordna.test',
  oppvekstReviewer: 'vurderer.oppvekst@samordna.test',
} as const;

/**
 * Scrolls through the whole page a screen at a time and back to the top, as a reader would:
 * charts are drawn when they come near the screen, so what lies further down exists only then.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, 0);
  });
}

/**
 * Runs axe (WCAG 2.1 A/AA) on the whole page, charts further down included, and fails on any
 * violation.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await scrollThrough(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/logg-inn');
  await page.getByLabel('E-postadresse', { exact: true }).fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(/\/admin/);
}

/**
 * Pages arrive rendered by the server and become live when the script has taken them over; a test
 * that clicks a control before that would click dead HTML. `page.goto` waits for the mark every
 * page sets when it is live (see PageHeading). Every journey also fails on anything our own
 * Content-Security-Policy refused (an inline style, an eval), which the page would otherwise
 * only report in the browser's console.
 */
export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const refused: string[] = [];
    await page.exposeFunction('__samordnaCspRefused', (what: string) => void refused.push(what));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __samordnaCspRefused: (what: string) => void }).__samordnaCspRefused;
        void report(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} on ${document.location.href}`);
      });
    });
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const res = await goto(url, options);
      const ours = baseURL !== undefined && page.url().startsWith(baseURL);
      if (ours && res?.headers()['content-type']?.startsWith('text/html')) await page.locator('html[data-live]').waitFor({ state: 'attached' });
      return res;
    };
    await use(page);
    // The test identity provider's pages are not ours.
    const ours = refused.filter((r) => baseURL !== undefined && r.includes(` on ${baseURL}`));
    expect(ours, 'Content-Security-Policy refusals').toEqual([]);
  },
});
export { expect };
