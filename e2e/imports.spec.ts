import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn } from './fixtures';
import { statisticsFixture } from '../src/server/testing/fixtures';

const ANALYST = 'analytiker.oppvekst@samordna.test';
const KOSTRA_FILE = statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json');
const BROKEN_FILE = statisticsFixture('px', 'scb-pxweb-INVALID-missingData.px');

/** The page itself never scrolls sideways (tables scroll inside their own region). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('an analyst imports a statistics file: a broken file is refused, an unknown area is skipped, and the result is shown', async ({ page, context, browser }) => {
  test.slow();
  const run = Date.now().toString(36);
  const code = `synth-per-1000-${run}`;

  await signIn(page, ANALYST);
  await page.getByRole('region', { name: 'Statistikk' }).getByRole('link', { name: 'Statistikkimporter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistikkimport');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Ny import' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny statistikkimport');
  await expect(page.getByRole('navigation', { name: 'Steg i importen' }).locator('[aria-current="step"]')).toContainText('Velg fil');
  await expectAccessible(page);

  // A file that cannot be read: why and where in the file, in the reader's language.
  await page.getByLabel('Statistikkfil').setInputFiles(BROKEN_FILE);
  await page.getByRole('button', { name: 'Last opp og les filen' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'kunne ikke leses' });
  await expect(failure).toContainText('scb-pxweb-INVALID-missingData.px');
  await expect(failure).toContainText('PX-filen har ingen DATA-del med tallene.');
  await expect(failure).toContainText(/Hvor i filen: linje \d+, kolonne \d+/);
  await expectAccessible(page);

  // A real file: step 2 shows what it holds.
  await page.getByLabel('Statistikkfil').setInputFiles(KOSTRA_FILE);
  await page.getByLabel('Kilde (nettadresse)').fill('https://data.ssb.no/api/pxwebapi/v2/tables/00000/data');
  await page.getByRole('button', { name: 'Last opp og les filen' }).click();
  const step = page.locator('#wizard-step-heading');
  await expect(step).toHaveText('Innholdet i filen');
  await expect(step).toBeFocused();
  await expect(page.getByText('9 celler, 7 med tall og 2 uten tall')).toBeVisible();
  await expect(page.getByRole('cell', { name: /KOKbydelsregion0000/ })).toBeVisible();
  await expectAccessible(page);

  // Step 3: the suggested mapping has the area, the period and the metric; the metric needs an
  // indicator, made in a new tab from the link beside it (prefilled from the file).
  await page.getByRole('button', { name: 'Neste: kobling' }).click();
  await expect(step).toHaveText('Kobling');
  await expect(step).toBeFocused();
  await expect(page.getByLabel('region brukes som')).toHaveValue('area');
  await expect(page.getByLabel('år brukes som')).toHaveValue('period');
  await page.getByRole('button', { name: 'Neste: forhåndsvisning' }).click();
  await expect(page.getByRole('link', { name: /^Måltall: Koble minst ett måltall/ })).toBeVisible();
  await expectAccessible(page);

  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: /^Opprett en ny indikator for «Synthetic measure per 1000 children 0-17»/ }).click(),
  ]);
  await expect(tab.getByLabel('Kode', { exact: true })).toHaveValue('synthrateper1000');
  await expect(tab.getByLabel('Navn (bokmål)')).toHaveValue('Synthetic measure per 1000 children 0-17');
  await expect(tab.getByLabel('Nettadresse')).toHaveValue('https://data.ssb.no/api/pxwebapi/v2/tables/00000/data');
  await tab.getByLabel('Kode', { exact: true }).fill(code);
  await tab.getByLabel('Enhet').selectOption({ label: 'per 1000' });
  await tab.getByLabel('Retning').selectOption({ label: 'Lavere er bedre' });
  await tab.getByLabel('Utgiver').fill('Syntetisk testfil');
  await tab.getByLabel('Illustrasjon, ikke publisert statistikk').check();
  await tab.getByRole('button', { name: 'Opprett indikatoren' }).click();
  await expect(tab.getByRole('status').filter({ hasText: 'Indikatoren er opprettet.' })).toBeVisible();
  await tab.close();

  await page.getByRole('button', { name: 'Hent indikatorene på nytt' }).click();
  const metric = page.getByLabel('Synthetic measure per 1000 children 0-17 (SYNTHratePer1000)');
  await expect(metric.locator('option', { hasText: code })).toHaveCount(1);
  const saved = page.waitForResponse((r) => r.url().includes('/draft') && r.request().method() === 'PUT');
  await metric.selectOption(code);
  expect((await saved).status()).toBe(200);
  await expectAccessible(page);

  // The same step opened in another session (another browser) goes on from where it was left.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, ANALYST);
  await other.goto(page.url());
  await expect(other.getByLabel('Synthetic measure per 1000 children 0-17 (SYNTHratePer1000)')).toHaveValue(code);
  await elsewhere.close();
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Step 4: the preview, with the unknown area EAB and the suppressed figure counted, not shown.
  await page.getByRole('button', { name: 'Neste: forhåndsvisning' }).click();
  await expect(step).toHaveText('Forhåndsvisning og start');
  await expect(step).toBeFocused();
  const start = page.getByRole('button', { name: 'Start importen' });
  await expect(page.getByRole('heading', { name: '1 områdekode finnes ikke i registeret' })).toBeVisible();
  await expect(start).toBeDisabled();
  const statuses = page.getByRole('table', { name: 'Tall etter status' });
  await expect(statuses.getByRole('row', { name: /Prikket \(for få til å publiseres\) 1/ })).toBeVisible();
  const rows = page.getByRole('region', { name: /De første \d+ radene/ }).first();
  await expect(rows.getByRole('row', { name: /Bydel Alna \(030112\) 2022/ })).toContainText('prikket');
  await expect(rows).not.toContainText('EAB');
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Hopp over EAB' }).click();
  await expect(page.getByRole('heading', { name: 'Områder i filen' })).toBeFocused();
  await expect(page.getByText('EAB Alle bydeler i Oslo hoppes over')).toBeVisible();
  await expect(start).toBeEnabled();
  await expectAccessible(page);
  await start.click();

  // The import runs in the background; the page follows it to the end.
  await expect(page).toHaveURL(/\/admin\/import\/[0-9a-f-]{36}$/);
  const importUrl = page.url();
  await expect(page.getByRole('status').filter({ hasText: 'Fullført' })).toBeVisible({ timeout: 30_000 });
  const result = page.getByRole('region', { name: 'Resultat' });
  await expect(result).toContainText('6 tall er behandlet');
  await expect(result.getByRole('table', { name: 'Importerte tall etter status' }).getByRole('row', { name: /Prikket \(for få til å publiseres\) 1/ })).toBeVisible();
  const provenance = page.getByRole('region', { name: 'Opphav' });
  await expect(provenance).toContainText('SYNTHETIC-ssb-v2-kostra-bydel-with-status.json');
  await expect(provenance).toContainText('Marius Holm');
  await expect(provenance).toContainText('https://data.ssb.no/api/pxwebapi/v2/tables/00000/data');
  await expect(page.getByText('Importen endret ingen tall som fantes fra før.')).toBeVisible();
  await expectAccessible(page);

  // Coming back shows the state as it is now; the list has it too.
  await page.goto('/admin/import');
  const listed = page.getByRole('row', { name: /SYNTHETIC-ssb-v2-kostra-bydel-with-status\.json/ }).first();
  await expect(listed).toContainText('Fullført');
  await expect(listed).toContainText('Marius Holm');
  await page.goto(importUrl.replace('/admin/', '/nn/admin/'));
  await expect(page.getByRole('heading', { name: 'Resultat' })).toBeVisible();
  await expect(page.getByText('Importen er fullført: 6 tal er behandla.')).toBeVisible();
  await expectAccessible(page);
});
