import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';
const GRORUD = 'bidragsyter.grorud@samordna.test';
const PROJECT = 'Språkløft i barnehagene på Grorud';

/** Opens the Grorud project's admin page from the programme's portfolio. */
async function openProject(page: Page): Promise<void> {
  await page.goto(`/admin/program/${SLUG}/prosjekter`);
  await page.getByRole('main').getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROJECT);
}

const reports = (page: Page) => page.getByRole('region', { name: 'Statusrapporter' });

test('a status report is submitted by the owner, returned by the secretariat, resubmitted and approved', async ({ page, browser }) => {
  // The owner's contributor writes the report due at the end of the year.
  await signIn(page, GRORUD);
  await openProject(page);
  await expect(reports(page).getByRole('row', { name: /30\. juni 2026/ })).toContainText('Sendt tilbake');
  await expect(reports(page).getByRole('row', { name: /30\. september 2026/ })).toContainText('Forsinket');
  await reports(page).getByRole('button', { name: 'Skriv rapporten med frist 31. desember 2026' }).click();
  const editor = page.getByRole('region', { name: 'Statusrapport med frist 31. desember 2026' });
  await editor.getByLabel('Beskrivelse').fill('Veiledning i alle 24 barnehager.');
  await editor.getByRole('button', { name: 'Send inn' }).click();
  // Without a status the report is refused, naming the field.
  await expect(editor.getByText('Feltet må fylles ut.').first()).toBeVisible();
  await expectAccessible(page);
  await editor.getByLabel('Status (grønn, gul, rød)').selectOption({ label: 'Gul' });
  await editor.getByLabel('Forbruk så langt (NOK)').fill('700000');
  await editor.getByRole('button', { name: 'Send inn' }).click();
  await expect(reports(page).getByRole('row', { name: /31\. desember 2026/ })).toContainText('Sendt inn');

  // The secretariat returns it, and must say why.
  const other = await browser.newContext();
  const secretariat = await other.newPage();
  await signIn(secretariat, ACCOUNTS.oppvekstSecretariat);
  await openProject(secretariat);
  // The project's own schedule, which the secretariat may change or delete in place.
  const plan = reports(secretariat).getByRole('listitem').filter({ hasText: 'Første frist 30. september 2025, deretter hver 3. måned' });
  await expect(plan.getByRole('button', { name: /^Endre planen/ })).toBeVisible();
  await reports(secretariat).getByRole('button', { name: 'Behandle rapporten med frist 31. desember 2026' }).click();
  const review = secretariat.getByRole('region', { name: 'Statusrapport med frist 31. desember 2026' });
  await expect(review.getByText('Veiledning i alle 24 barnehager.')).toBeVisible();
  await review.getByRole('button', { name: 'Send tilbake' }).click();
  await expect(review.getByText('Feltet må fylles ut.').first()).toBeVisible();
  await review.getByLabel('Kommentar til eieren').fill('Hvor mange foreldre deltok på møtene?');
  await review.getByRole('button', { name: 'Send tilbake' }).click();
  await expect(reports(secretariat).getByRole('row', { name: /31\. desember 2026/ })).toContainText('Sendt tilbake');
  await expectAccessible(secretariat);

  // The owner sees the comment, changes the report and submits it again.
  await page.reload();
  await reports(page).getByRole('button', { name: 'Skriv rapporten med frist 31. desember 2026' }).click();
  await expect(editor.getByText('Hvor mange foreldre deltok på møtene?').first()).toBeVisible();
  await editor.getByLabel('Beskrivelse').fill('Veiledning i alle 24 barnehager. 310 foreldre deltok på språkmøtene.');
  await editor.getByRole('button', { name: 'Send inn' }).click();
  await expect(reports(page).getByRole('row', { name: /31\. desember 2026/ })).toContainText('Sendt inn');

  // The secretariat approves it; the history keeps both submissions and the return.
  await secretariat.reload();
  await reports(secretariat).getByRole('button', { name: 'Behandle rapporten med frist 31. desember 2026' }).click();
  await review.getByRole('button', { name: 'Godkjenn' }).click();
  await expect(reports(secretariat).getByRole('row', { name: /31\. desember 2026/ })).toContainText('Godkjent');
  // The report stays open, now to read.
  await expect(reports(secretariat).getByRole('button', { name: 'Les rapporten med frist 31. desember 2026' })).toHaveAttribute('aria-expanded', 'true');
  const history = review.getByRole('listitem');
  await expect(history).toHaveCount(4);
  await expect(history.nth(1)).toContainText('Hvor mange foreldre deltok på møtene?');

  // The overview counts it among the approved.
  await secretariat.goto(`/admin/program/${SLUG}/rapporter?status=approved`);
  await expect(secretariat.getByRole('heading', { level: 1 })).toHaveText('Rapporter');
  await expect(secretariat.getByRole('main').getByRole('row', { name: /31\. desember 2026/ })).toBeVisible();
  await expectAccessible(secretariat);
  await other.close();
});

test("the public searches the projects' lessons learned, without script too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/program/${SLUG}/erfaringer?q=samarbeidet`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erfaringer fra prosjektene');
  await expect(page.getByRole('main').getByText('1 erfaring', { exact: true })).toBeVisible();
  await expect(page.locator('mark')).toHaveText('Samarbeidet');
  await page.getByRole('main').getByRole('link', { name: /^Camhee/ }).click();
  await expect(page.getByRole('region', { name: 'Erfaringer' }).getByText('Tenk utradisjonelt og ta noen sjanser!')).toBeVisible();
  await context.close();
});
