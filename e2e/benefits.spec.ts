import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { BenefitOverview } from '../src/shared/contracts/benefits';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';
const PROJECT = 'Språkløft i barnehagene på Grorud';
const BENEFIT = 'Bedre grunnskolepoeng på Grorud';
const FILE = 'udir-grunnskolepoeng-grorud-2025-26.csv';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The benefit's row in the portfolio's benefit overview. */
async function overviewRow(page: Page) {
  await page.goto(`/admin/program/${SLUG}/gevinster`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gevinstrealisering');
  return page.getByRole('region', { name: 'Gevinstene' }).getByRole('row', { name: new RegExp(BENEFIT) });
}

test("a benefit shows its realised value and status from an imported statistics file, with the figure's provenance, in a chart and a table", async ({ page }, testInfo) => {
  test.slow();
  const main = page.getByRole('main');

  // Before: the benefit of Grorud's language project, measured by the school points of Bydel
  // Grorud, has reached its expected value by the latest figure (2024–25).
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  const before = await overviewRow(page);
  await expect(before.getByRole('cell').last()).toHaveText('Realisert');
  await expect(before).not.toContainText('2025–26');
  await expectAccessible(page);

  // A figure for 2025–26 halfway between the baseline and the expected value.
  const programme = (await (await page.request.get(`/api/programmes/by-slug/${SLUG}`)).json()) as { id: string };
  const overview = (await (await page.request.get(`/api/programmes/${programme.id}/benefits`)).json()) as BenefitOverview;
  const planned = overview.items.find((b) => b.title.nb === BENEFIT)!;
  const value = Math.round(((planned.baselineValue + planned.expectedValue) / 2) * 10) / 10;
  expect(value > planned.baselineValue && value < planned.expectedValue, 'room between the baseline and the expected value').toBe(true);
  const written = (locale: string) => value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  // The school points are national statistics that the platform keeps: its administrator imports
  // Udir's figure for Grorud for the school year 2025–26.
  const file = testInfo.outputPath(FILE);
  await writeFile(file, `\ufeffBydel;Skoleår;Grunnskolepoeng\r\n030110;2025-26;${written('nb-NO')}\r\n`);
  const admin = await (await page.context().browser()!.newContext()).newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto('/admin/import');
  await admin.getByRole('link', { name: 'Ny import' }).click();
  await admin.getByLabel('Statistikkfil').setInputFiles(file);
  await admin.getByRole('button', { name: 'Last opp og les filen' }).click();
  const step = admin.locator('#wizard-step-heading');
  await expect(step).toHaveText('Innholdet i filen');
  await admin.getByRole('button', { name: 'Neste: kobling' }).click();
  await expect(step).toHaveText('Kobling');
  await admin.getByLabel(/^Grunnskolepoeng/).selectOption('grunnskolepoeng');
  await admin.getByRole('button', { name: 'Neste: forhåndsvisning' }).click();
  await expect(step).toHaveText('Forhåndsvisning og start');
  await admin.getByRole('button', { name: 'Start importen' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Fullført' })).toBeVisible({ timeout: 30_000 });
  await admin.context().close();

  // After: the secretariat opens the project: the benefit is partly realised, read from the
  // imported figure, whose provenance names the file.
  await page.goto(`/admin/program/${SLUG}/prosjekter`);
  await main.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROJECT);
  const benefit = main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${BENEFIT}`) }) });
  await expect(benefit.getByRole('heading', { name: new RegExp(`^${BENEFIT}`) })).toContainText('Delvis realisert');
  const summary = `Siste tall er ${written('nb-NO')} poeng (2025–26): delvis realisert.`;
  await expect(benefit.getByText(summary)).toBeVisible();
  const chart = benefit.getByRole('img', { name: `Diagram over ${BENEFIT}: utgangsverdi, forventet verdi og målte tall over tid` });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(new RegExp(summary.replace(/[().]/g, '\\$&')));
  const figures = benefit.getByRole('table', { name: `Tall for ${BENEFIT}` });
  const imported = figures.getByRole('row', { name: /^2025–26/ });
  await expect(imported).toContainText(`${written('nb-NO')} poeng`);
  await expect(imported).toContainText(FILE);
  await expect(figures.getByRole('row', { name: /^Utgangsverdi/ })).toBeVisible();
  await expect(figures.getByRole('row', { name: /^Forventet innen/ })).toBeVisible();
  await expectAccessible(page);

  // On a phone the chart narrows with the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await expect(chart).toBeVisible();
  expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // In English and in nynorsk too.
  const projectPath = new URL(page.url()).pathname;
  await page.goto(`/en${projectPath}`);
  await expect(main.getByRole('img', { name: 'Chart of Better lower secondary points in Grorud: baseline, expected value and measured figures over time' })).toBeVisible();
  await expect(main.getByText(`The latest figure is ${written('en-GB')} points (2025–26): partly realised.`)).toBeVisible();
  await page.goto(`/nn${projectPath}`);
  await expect(main.getByText(`Siste tal er ${written('nb-NO')} poeng (2025–26): delvis realisert.`)).toBeVisible();

  // The public reads it on the project's page too (its keepers made the benefits public).
  const visitor = await (await page.context().browser()!.newContext()).newPage();
  await visitor.goto(`/program/${SLUG}/prosjekter`);
  await visitor.getByRole('main').getByRole('link', { name: PROJECT }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(PROJECT);
  await expect(visitor.getByRole('main').getByRole('img', { name: `Diagram over ${BENEFIT}: utgangsverdi, forventet verdi og målte tall over tid` })).toBeVisible();
  await expect(visitor.getByRole('main').getByText(summary)).toBeVisible();
  await expectAccessible(visitor);
  await visitor.context().close();

  // The portfolio's benefit overview counts it as partly realised, with the imported figure.
  const after = await overviewRow(page);
  await expect(after).toContainText(`${written('nb-NO')} poeng (2025–26)`);
  await expect(after.getByRole('cell').last()).toHaveText('Delvis realisert');
  await expectAccessible(page);
});
