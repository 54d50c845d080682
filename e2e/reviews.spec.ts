import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const TITLE = 'Overgangen fra ungdomsskole til videregående';

test('a reviewer scores the application beside its answers, is told what is missing, and submits; the secretariat sees the scores side by side', async ({ page, browser }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await signIn(page, ACCOUNTS.oppvekstReviewer);
  const main = page.getByRole('main');
  await page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Mine vurderinger' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine vurderinger');
  await expectAccessible(page);
  await main.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  // The application as submitted, beside the form.
  const application = main.getByRole('region', { name: 'Søknaden' });
  await expect(application.getByText('Mentorordning for elever på 10. trinn i Groruddalen', { exact: false })).toBeVisible();
  await expect(application.getByText('650 000 kr')).toBeVisible();
  await expectAccessible(page);

  // Submitting too early names what is missing.
  await main.getByRole('button', { name: 'Send inn vurderingen' }).click();
  const summary = main.getByRole('alert').or(main.locator('.form-error-summary'));
  await expect(summary.first()).toContainText('Poeng for Samarbeid på tvers av tjenester');
  await expect(summary.first()).toContainText('Anbefaling');

  // Scores by keyboard: the radio group of a criterion takes the arrow keys.
  const cooperation = main.getByRole('group', { name: /Samarbeid på tvers av tjenester/ });
  await cooperation.getByRole('radio', { name: '1' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(cooperation.getByRole('radio', { name: '3' })).toBeChecked();
  await main.getByRole('group', { name: /Gjennomførbarhet/ }).getByRole('radio', { name: '4' }).check();
  await expect(main.getByText('Vektet sum: 61 av 100')).toBeVisible();
  await main.getByLabel('Anbefaling').selectOption({ label: 'Innvilges delvis' });
  await main.getByLabel('Beløp (kroner)').fill('400000');
  await main.getByLabel('Samlet kommentar').fill('Godt begrunnet, men planen for rekruttering av mentorer mangler.');
  await main.getByRole('button', { name: 'Send inn vurderingen' }).click();
  await expect(main.getByRole('heading', { name: 'Din vurdering' })).toBeVisible();
  await expect(main.getByText('Vurderingen er sendt inn og kan ikke endres.')).toBeVisible();
  await expectAccessible(page);

  // On a phone the application and the scores stand one above the other, nothing runs sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);

  // In English.
  await page.goto(`/en${new URL(page.url()).pathname}`);
  await expect(main.getByRole('heading', { name: 'Your review' })).toBeVisible();
  void browser;
});
