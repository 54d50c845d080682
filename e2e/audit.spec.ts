import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

test('an edit shows up in the audit log with what changed', async ({ page }) => {
  const shortName = `Hamar-${Date.now().toString(36)}`;
  await signIn(page, ACCOUNTS.admin);

  // Edit an organisation.
  await page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Organisasjoner' }).click();
  await page.getByLabel('Søk', { exact: true }).fill('Hamar kommune');
  await page.getByRole('link', { name: /^Hamar kommune/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hamar kommune');
  await page.getByLabel('Kortnavn').fill(shortName);
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Endringene er lagret.' })).toBeVisible();

  // Find it in the log, filtered to updated organisations.
  await page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Endringslogg' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Endringslogg');
  await expectAccessible(page);
  await page.getByLabel('Type oppføring').selectOption({ label: 'Organisasjon' });
  await page.getByLabel('Handling', { exact: true }).selectOption({ label: 'Endret' });
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel('Fra dato').fill(today);
  await page.getByRole('button', { name: 'Vis endringer' }).click();

  const table = page.getByRole('region', { name: 'Endringer' });
  const row = table.getByRole('row').filter({ hasText: 'Hamar kommune' }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText('Ada Administrator');
  await expect(row).toContainText('Endret');
  await expect(row).toContainText(`Kortnavn: `);
  await expect(row).toContainText(`→ ${shortName}`);
  await row.getByText('Vis før og etter').click();
  await expect(row.getByText(`"shortName": "${shortName}"`)).toBeVisible();
  await expectAccessible(page);

  // A date range that ends before today shows nothing from today.
  await page.getByLabel('Fra dato').fill('2020-01-01');
  await page.getByLabel('Til dato').fill('2020-01-02');
  await page.getByRole('button', { name: 'Vis endringer' }).click();
  await expect(page.getByText('Ingen treff.')).toBeVisible();
});

test('a secretariat sees the audit trail of its own programme', async ({ page }) => {
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto('/admin/program/oppvekst-og-utdanning');
  const summaryEn = page.getByLabel('Sammendrag (engelsk)');
  const stamp = `Updated ${Date.now().toString(36)}.`;
  await summaryEn.fill(`Better services for children and young people in Oslo. ${stamp}`);
  await page.getByRole('button', { name: 'Lagre sammendraget' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Endringene er lagret.' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Endringslogg' }).click();
  await expect(page.getByLabel('Program', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  const row = page.getByRole('region', { name: 'Endringer' }).getByRole('row').filter({ hasText: 'Delprogram oppvekst og utdanning' }).first();
  await expect(row).toContainText('Kari Nordvik');
  await expect(row).toContainText(`Sammendrag (engelsk): `);
  await expect(row).toContainText(stamp);
  await row.getByText('Vis før og etter').click();
  await expect(row.locator("pre").getByText(stamp, { exact: false })).toBeVisible();
  await expectAccessible(page);
});
