import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

test('an administrator reads the outbox: a test e-mail, kept because no SMTP server is set up', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'E-post' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utboks for e-post');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Send en prøve-e-post til meg' }).click();
  await expect(page.getByRole('status').filter({ hasText: `En prøve-e-post til ${ACCOUNTS.admin} er laget.` })).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Ikke sendt (ingen SMTP)' });
  await page.getByRole('link', { name: 'Prøve fra Samordna' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prøve fra Samordna');
  await expect(page.getByRole('region', { name: 'Tekst' })).toContainText('Dette er en prøve: e-post fra Samordna kommer fram.');
  await expect(page.getByText('Ikke sendt', { exact: true })).toBeVisible();
  await expectAccessible(page);

  // In English, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/admin/e-post');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mail outbox');
  await expectAccessible(page);
});

test('a secretariat has no outbox', async ({ page }) => {
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await expect(page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'E-post' })).toHaveCount(0);
  await page.goto('/admin/e-post');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen tilgang');
});
