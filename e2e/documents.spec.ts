import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';

test('the secretariat uploads a document, publishes it, and the public finds it by its text', async ({ page }) => {
  // Specs share one demo database: a title of this run's own.
  const title = `Evaluering av skoleprosjektene ${Date.now().toString(36)}`;
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto(`/admin/program/${SLUG}/dokumenter`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dokumentarkiv');
  await expect(page.getByRole('row', { name: /Saksdokument om oppfølging av enkeltelever/ })).toContainText('Unntatt offentlighet');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Nytt dokument' }).click();
  const form = page.getByRole('region', { name: 'Nytt dokument' });
  await form.getByLabel('Type').selectOption({ label: 'Rapport' });
  await form.getByLabel('Tittel').fill(title);
  await form.getByLabel('Beskrivelse').fill('Evaluering av tiltakene i bydelene.');
  await form.getByLabel('Dato').fill('2026-04-15');
  // A file that only claims to be a PDF is refused at its field.
  await form.getByLabel('Fil').setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><p>Ikke en PDF</p>') });
  await form.getByRole('button', { name: 'Registrer og last opp' }).click();
  await expect(form.getByText(/Filtypen leses av innholdet/).first()).toBeVisible();
  await expectAccessible(page);
  await form.getByLabel('Fil').setInputFiles({ name: 'rapport-skoler.pdf', mimeType: 'application/pdf', buffer: readFileSync('test/fixtures/documents/rapport-skoler.pdf') });
  await form.getByRole('button', { name: 'Registrer og last opp' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('cell', { name: 'Tekst lest' })).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  const access = page.getByRole('region', { name: 'Tilgang' });
  await access.getByLabel('Tilgang').selectOption({ label: 'Offentlig' });
  await access.getByRole('button', { name: 'Publiser' }).click();
  await expect(page.getByText('Lagret.')).toBeVisible();

  // The public finds it by a word of its text, in another form ("helsestasjon": "helsestasjonene").
  await page.goto(`/program/${SLUG}/dokumenter`);
  await page.getByLabel('Søk i dokumentene').fill('helsestasjon');
  await page.getByRole('button', { name: 'Søk' }).click();
  await expect(page).toHaveURL(/q=helsestasjon/);
  const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  await expect(hit.locator('mark').first()).toHaveText(/helsestasjon/i);
  await expectAccessible(page);
  await hit.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('link', { name: /Versjon 1 \(gjeldende\)/ })).toBeVisible();
  await expectAccessible(page);
});
