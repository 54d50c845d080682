import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

test('a secretariat creates an account with a role in its programme, and sees only that role', async ({ page }) => {
  test.slow();
  const run = Date.now().toString(36);
  await signIn(page, ACCOUNTS.hedmarkSecretariat);
  await page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Brukere' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brukere');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Ny bruker' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny bruker');
  await page.getByLabel('E-postadresse').fill(`ny.${run}@example.org`);
  await page.getByLabel('Navn', { exact: true }).fill(`Ny Deltaker ${run}`);

  // Without a programme the account would be one the secretariat could not see again.
  await page.getByRole('button', { name: 'Opprett brukeren' }).click();
  const programme = page.getByLabel('Program', { exact: true });
  await expect(programme).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  const option = programme.locator('option', { hasText: 'Kultur for læring' }).first();
  await programme.selectOption((await option.getAttribute('value'))!);
  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Analytiker' });
  await page.getByRole('button', { name: 'Opprett brukeren' }).click();
  await expect(page).toHaveURL(/\/admin\/brukere\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').filter({ hasText: 'Brukeren er opprettet.' })).toBeVisible();
  const roles = page.getByRole('table');
  await expect(roles.getByRole('row')).toHaveCount(2);
  await expect(roles.getByRole('row').nth(1)).toContainText('Kultur for læring');
  await expect(roles.getByRole('row').nth(1)).toContainText('Analytiker');
  await expectAccessible(page);
});
