import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The public site as a reader without JavaScript gets it (and a search engine, and a link
 * preview): every public page whole from the server, its links working, and a `<head>` that says
 * what the page is, in its own language.
 */
const PROGRAMME = '/program/oppvekst-og-utdanning';
const STATISTICS = `${PROGRAMME}/statistikk`;
const SAGENE = `${STATISTICS}/omrade/030103`;
const COMPLETION = `${STATISTICS}/indikator/fullfort-vgo-5ar`;

async function withoutScript(browser: Browser, baseURL: string | undefined, run: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

test.describe('the public site without JavaScript', () => {
  test("the portfolio's filter form and a project's page work without script", async ({ browser, baseURL }) => {
    await withoutScript(browser, baseURL, async (page) => {
      const main = page.getByRole('main');
      await page.goto(`${PROGRAMME}/prosjekter`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prosjekter');
      await main.getByLabel('Fase').selectOption({ label: 'Gjennomføring' });
      await main.getByRole('button', { name: 'Vis' }).click();
      await expect(page).toHaveURL(/fase=running/);
      await expect(main.getByLabel('Fase')).toHaveValue('running');
      await main.getByRole('link', { name: 'Språkløft i barnehagene på Grorud' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Språkløft i barnehagene på Grorud');
      await expect(main.getByRole('region', { name: 'Budsjett' }).getByRole('row')).toHaveCount(4);
      await expect(page.locator('.loading')).toHaveCount(0);
    });
  });

  test('every public page reads whole, and its links and the language switcher work', async ({ browser, baseURL }) => {
    await withoutScript(browser, baseURL, async (page) => {
      const main = page.getByRole('main');
      const h1 = page.getByRole('heading', { level: 1 });
      const noSpinner = () => expect(page.locator('.loading')).toHaveCount(0);

      await page.goto('/');
      await expect(h1).toHaveText('Samordnet innsats for barn og unge');
      await noSpinner();
      await main.getByRole('link', { name: 'Områdesatsingene i Oslo', exact: true }).click();
      await expect(page).toHaveURL(/\/program\/omradesatsingene-i-oslo$/);
      await expect(h1).toHaveText('Områdesatsingene i Oslo');
      await expect(main.getByRole('heading', { name: 'Delprogrammer', level: 2 })).toBeVisible();

      await main.getByRole('link', { name: 'Delprogram oppvekst og utdanning' }).click();
      await expect(h1).toHaveText('Delprogram oppvekst og utdanning');
      await expect(main.getByRole('heading', { name: 'Organisasjoner som deltar', level: 2 })).toBeVisible();
      await expect(main.getByRole('link', { name: '+47 400 00 101' })).toHaveAttribute('href', 'tel:+4740000101');
      await noSpinner();

      await page.goto(`${PROGRAMME}/mal`);
      await expect(h1).toHaveText('Mål og resultater');
      await expect(main.getByRole('meter').first()).toBeVisible();
      await noSpinner();

      await page.goto(STATISTICS);
      await expect(h1).toHaveText('Hvor står vi?');
      await main.getByRole('link', { name: 'Bydel Sagene', exact: true }).first().click();
      await expect(page).toHaveURL(new RegExp(`${SAGENE}$`));
      await expect(h1).toHaveText('Bydel Sagene');
      await expect(main.getByRole('table').first().getByRole('row').nth(1)).toBeVisible();
      await noSpinner();

      await page.goto(COMPLETION);
      await expect(h1).toHaveText('Fullført og bestått videregående innen fem år');
      // The bar and line charts come drawn from the server; the map needs the script. What each
      // shows is in its text summary and table too.
      await expect(main.getByRole('img', { name: /^Stolpediagram: Fullført/ })).toBeVisible();
      await expect(main.getByRole('img', { name: /^Linjediagram: Fullført/ })).toBeVisible();
      await expect(main.getByRole('table', { name: 'Områdene sammenlignet' })).toBeAttached();
      await expect(main.getByRole('table', { name: 'Tallene i kartet' })).toBeAttached();
      await expect(main.getByText('Høyest: Bydel Bjerke')).toBeVisible();
      await noSpinner();

      await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(new RegExp(`/en${COMPLETION}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(h1).toHaveText('Completed upper secondary within five years');
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nynorsk' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'nn');

      const missing = await page.goto('/program/finnes-ikke');
      expect(missing?.status()).toBe(404);
      await expect(h1).toHaveText('Fant ikke siden');
    });
  });

  for (const { locale, prefix, title, ogLocale } of [
    { locale: 'nb', prefix: '', title: 'Bydel Sagene – hvor står vi? – Delprogram oppvekst og utdanning – Samordna', ogLocale: 'nb_NO' },
    { locale: 'nn', prefix: '/nn', title: 'Bydel Sagene – kvar står vi? – Delprogram oppvekst og utdanning – Samordna', ogLocale: 'nn_NO' },
    { locale: 'en', prefix: '/en', title: 'Bydel Sagene – where are we? – Sub-programme for childhood and education – Samordna', ogLocale: 'en_GB' },
  ]) {
    test(`the head of a public page says what it is, in ${locale}`, async ({ browser, baseURL }) => {
      await withoutScript(browser, baseURL, async (page) => {
        const origin = new URL(baseURL!).origin;
        const head = page.locator('head');
        for (const path of ['', PROGRAMME, `${PROGRAMME}/mal`, STATISTICS, SAGENE, COMPLETION]) {
          const url = `${prefix}${path}` || '/';
          const res = await page.goto(url);
          expect(res?.status(), url).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await expect(page).toHaveTitle(/ – Samordna$/);
          await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /\S{3,}.{20,}/);
          const own = origin + (url === '/' && prefix === '' ? '/' : url);
          await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', own);
          for (const [lang, p] of [['nb', ''], ['nn', '/nn'], ['en', '/en'], ['x-default', '']]) {
            await expect(head.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', origin + (`${p}${path}` || '/'));
          }
          await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', own);
          await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute('content', ogLocale);
          await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', await page.title());
        }
        await page.goto(`${prefix}${SAGENE}`);
        await expect(page).toHaveTitle(title);
      });
    });
  }
});
