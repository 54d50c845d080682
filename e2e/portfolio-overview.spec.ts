import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

test('the secretariat sees the portfolio by phase, on a timeline and against the goals, also on a phone', async ({ page }) => {
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto('/admin/program/oppvekst-og-utdanning/prosjekter');
  const main = page.getByRole('main');
  await main.getByRole('link', { name: 'Oversikt etter fase, tidslinje og mål' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Porteføljeoversikt');

  const phases = main.getByRole('region', { name: 'Etter fase' });
  await expect(phases.getByRole('region', { name: 'Avsluttet (5)' }).getByRole('link', { name: 'Botilbud for ungdom i Vilnius' })).toBeVisible();
  // A phase no demo project is in (other journeys may add projects at the initiative phase).
  await expect(phases.getByRole('region', { name: 'Avslutning (0)' })).toContainText('Ingen prosjekter.');

  const timeline = main.getByRole('region', { name: 'Tidslinje' });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Botilbud for ungdom i Vilnius' })).toContainText('mai 2008 – apr. 2011');

  const goals = main.getByRole('region', { name: 'Mål og prosjekter' });
  await expect(goals.getByText(/^\d+ mål har ingen prosjekter:$/)).toBeVisible();
  const matrix = goals.getByRole('table');
  await expect(matrix.getByRole('row', { name: /Bedre skoleresultater i grunnskolen/ }).getByRole('cell').first()).toHaveText('1');
  await expectAccessible(page);

  // The contents links move focus to their part.
  await main.getByRole('navigation', { name: 'Innhold' }).getByRole('link', { name: 'Mål og prosjekter' }).click();
  await expect(goals.getByRole('heading', { name: 'Mål og prosjekter' })).toBeFocused();

  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);

  await page.goto('/en/admin/program/oppvekst-og-utdanning/prosjekter/oversikt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio overview');
  await page.goto('/nn/admin/program/oppvekst-og-utdanning/prosjekter/oversikt');
  await expect(main.getByRole('region', { name: 'Mål og prosjekt' })).toBeVisible();
});
