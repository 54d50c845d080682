import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn } from './fixtures';

const ANALYST = 'analytiker.oppvekst@samordna.test';

/** Narrows an entity picker with its search field, then chooses the one option containing `text`. */
async function pick(scope: Page | Locator, searchLabel: string, selectLabel: string, text: string): Promise<void> {
  await scope.getByLabel(searchLabel, { exact: true }).fill(text);
  const select = scope.getByLabel(selectLabel, { exact: true });
  const option = select.locator('option', { hasText: text });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute('value'))!);
}

async function fillIndicator(page: Page, code: string, name: string): Promise<void> {
  await page.getByLabel('Kode', { exact: true }).fill(code);
  await page.getByLabel('Navn (bokmål)').fill(name);
  await page.getByLabel('Enhet').selectOption({ label: 'per 1000' });
  await page.getByLabel('Retning').selectOption({ label: 'Lavere er bedre' });
  await page.getByLabel('Utgiver').fill('Statistisk sentralbyrå (SSB)');
}

test('an analyst adds an indicator to the catalogue and chooses the indicators and areas of the programme', async ({ page }) => {
  // A long journey with an axe run on every page: more than the default minute on a busy machine.
  test.slow();
  const run = Date.now().toString(36);
  const code = `e2e-barnevern-per-1000-${run}`;
  const name = `Barn med barnevernstiltak per 1000 ${run}`;

  await signIn(page, ANALYST);
  const statistics = page.getByRole('region', { name: 'Statistikk' });
  await expect(statistics.getByRole('link', { name: 'Delprogram oppvekst og utdanning' })).toBeVisible();
  await expectAccessible(page);

  await statistics.getByRole('link', { name: 'Indikatorer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indikatorer');
  await expect(page.getByRole('cell', { name: 'sosialhjelp-andel' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Ny indikator' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny indikator');
  await fillIndicator(page, code, name);
  await page.getByLabel('Fra alder').fill('0');
  await page.getByLabel('Til og med alder').fill('17');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Opprett indikatoren' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/indikatorer/${code}$`));
  await expect(page.getByRole('status').filter({ hasText: 'Indikatoren er opprettet.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expectAccessible(page);

  // The same code once more: refused beside the code field, in words about indicators.
  await page.goto('/admin/indikatorer/ny');
  await fillIndicator(page, code, `${name} igjen`);
  await page.getByRole('button', { name: 'Opprett indikatoren' }).click();
  const taken = 'Det finnes allerede en indikator med denne koden.';
  await expect(page.getByRole('link', { name: `Kode: ${taken}` })).toBeVisible();
  await expect(page.getByLabel('Kode', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(taken, { exact: true }).last()).toBeVisible();
  await expectAccessible(page);

  // The programme's statistics: the new indicator goes in first place, by keyboard.
  await page.goto('/admin');
  await page.getByRole('region', { name: 'Statistikk' }).getByRole('link', { name: 'Delprogram oppvekst og utdanning' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistikk for Delprogram oppvekst og utdanning');
  await expectAccessible(page);
  const indicators = page.getByRole('region', { name: 'Indikatorer programmet følger' });
  const list = indicators.getByRole('list', { name: 'Indikatorer programmet følger' });
  const before = await list.getByRole('listitem').count();
  await pick(indicators, 'Søk etter indikator', 'Indikator som skal legges til', code);
  await indicators.getByRole('button', { name: 'Legg til' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(before + 1);
  await expect(list.getByRole('listitem').last()).toContainText(code);

  const itemName = `${name} (${code})`;
  const up = indicators.getByRole('button', { name: `Flytt opp: ${itemName}` });
  await up.focus();
  for (let i = 0; i < before; i++) await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem').first()).toContainText(code);
  // In first place "up" is disabled: focus has moved to "down" on the same item.
  await expect(indicators.getByRole('button', { name: `Flytt ned: ${itemName}` })).toBeFocused();
  await expect(page.getByText(`${itemName} er flyttet til plass 1 av ${before + 1}.`)).toBeAttached();
  await expect(page.getByText('Du har endringer som ikke er lagret.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Lagre statistikkoppsettet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Endringene er lagret.' })).toBeVisible();

  await page.reload();
  await expect(list.getByRole('listitem').first()).toContainText(code);
  await expect(page.getByRole('list', { name: 'Sammenligningsområder' }).getByRole('listitem').first()).toContainText('Oslo (0301)');
  await expect(page.getByRole('link', { name: 'Se den offentlige statistikksiden' })).toHaveAttribute('href', '/program/oppvekst-og-utdanning/statistikk');

  // Leave the programme as the demo had it, for the other journeys.
  await indicators.getByRole('button', { name: `Fjern: ${itemName}` }).click();
  await expect(list.getByRole('listitem')).toHaveCount(before);
  await page.getByRole('button', { name: 'Lagre statistikkoppsettet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Endringene er lagret.' })).toBeVisible();

  // Nynorsk and English.
  await page.goto('/nn/admin/indikatorer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indikatorar');
  await expectAccessible(page);
  await page.goto('/en/admin/program/oppvekst-og-utdanning/statistikk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistics for Sub-programme for childhood and education');
  await expectAccessible(page);
});
