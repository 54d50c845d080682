import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';
const GRORUD = 'bidragsyter.grorud@samordna.test';
const PROJECT = 'Språkløft i barnehagene på Grorud';

async function openProject(page: Page): Promise<void> {
  await page.goto(`/admin/program/${SLUG}/prosjekter`);
  await page.getByRole('main').getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROJECT);
}

const changes = (page: Page) => page.getByRole('region', { name: 'Endringer som styret vedtar' });

test('a period change beyond the threshold is refused, asked of the board as a change request, and put to a body as a case', async ({ page, browser }) => {
  await signIn(page, GRORUD);
  await openProject(page);
  await expect(changes(page)).toContainText('mer enn 10 %');

  // The owner moves the end a year: too far to do alone.
  const facts = page.getByRole('region', { name: 'Fakta' });
  await facts.getByLabel('Slutt', { exact: true }).fill('2028-07-31');
  await facts.getByRole('button', { name: 'Lagre' }).click();
  await expect(facts.getByText('Datoen flyttes mer enn 3 måneder og må vedtas av styret.').first()).toBeVisible();

  // The request form has the new end already; the reason is required.
  const form = changes(page).locator('form#change-request');
  await expect(form.getByLabel('Ny sluttdato')).toHaveValue('2028-07-31');
  await form.getByRole('button', { name: 'Send til styret' }).click();
  await expect(form.getByText('Feltet må fylles ut.').first()).toBeVisible();
  await form.getByLabel('Begrunnelse').fill('Oppstarten i to barnehager ble forsinket av ombygging.');
  await form.getByRole('button', { name: 'Send til styret' }).click();
  await expect(changes(page).getByText('Endringssøknaden er sendt.')).toBeVisible();
  const request = changes(page).getByRole('article');
  await expect(request).toContainText('Venter på sak');
  await expect(request).toContainText('fra 31. juli 2027 til 31. juli 2028');
  await expect(changes(page)).toContainText('En endringssøknad venter på styret.');
  await expectAccessible(page);

  // The secretariat puts it to the operative board.
  const other = await browser.newContext();
  const secretariat = await other.newPage();
  await signIn(secretariat, ACCOUNTS.oppvekstSecretariat);
  await openProject(secretariat);
  const card = changes(secretariat).getByRole('article');
  await card.getByLabel('Organ').selectOption({ label: 'Operativt styre' });
  await card.getByRole('button', { name: 'Lag saken' }).click();
  await expect(card).toContainText('Til behandling');
  await expect(card).toContainText(/Sak \S+ i Operativt styre|i Operativt styre/);
  await expectAccessible(secretariat);

  // The owner withdraws it: the project keeps its period.
  await page.reload();
  await changes(page).getByRole('button', { name: 'Trekk endringssøknaden' }).click();
  await expect(changes(page).getByRole('article')).toContainText('Trukket');
  await expect(page.getByRole('region', { name: 'Fakta' }).getByLabel('Slutt', { exact: true })).toHaveValue('2027-07-31');
  await other.close();
});
