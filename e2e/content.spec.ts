import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';

test('the secretariat writes a page with blocks, previews it, publishes it, and brings back an earlier revision', async ({ page }) => {
  test.slow();
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto(`/admin/program/${SLUG}/innhold`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sider og nyheter');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Ny side' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny side');

  // Nothing filled in: every problem named at the top, by field.
  await page.getByRole('button', { name: 'Opprett utkast' }).click();
  await expect(page.getByText('Du må rette disse feilene før du kan gå videre:')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Tittel \(nb\):/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Adresse:/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('group', { name: 'Tittel' }).getByLabel('Tittel (nb)').fill('Foreldremøter i høst');
  await page.getByLabel('Adresse', { exact: true }).fill('foreldremoter');
  await page.getByRole('button', { name: 'Legg til blokk' }).click();
  await page.getByRole('group', { name: 'Tekst' }).first().getByLabel(/\(nb\)/).fill('## Datoer\n\n- Sagene 12. september\n- Grorud 19. september');
  await page.getByLabel('Legg til blokk', { exact: true }).selectOption('links');
  await page.getByRole('button', { name: 'Legg til blokk' }).click();
  await page.getByRole('group', { name: 'Lenketekst 1' }).getByLabel(/\(nb\)/).fill('Oslo kommune');
  await page.getByLabel('Adresse 1').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Opprett utkast' }).click();
  await expect(page.getByLabel('Adresse 1')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Adresse 1').fill('https://www.oslo.kommune.no/');
  await page.getByRole('button', { name: 'Opprett utkast' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foreldremøter i høst');
  await expect(page.getByText('Status: Utkast.')).toBeVisible();

  await page.getByRole('button', { name: 'Forhåndsvisning' }).click();
  const preview = page.getByRole('region', { name: 'Forhåndsvisning' });
  await expect(preview.getByRole('heading', { name: 'Datoer' })).toBeVisible();
  await expect(preview.getByRole('link', { name: 'Oslo kommune' })).toHaveAttribute('href', 'https://www.oslo.kommune.no/');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Publiser' }).click();
  await expect(page.getByText('Versjon 1 er publisert.')).toBeVisible();
  // A change after publishing is a draft until published again.
  await page.getByRole('group', { name: 'Tittel' }).getByLabel('Tittel (nb)').fill('Foreldremøter høsten 2026');
  await page.getByRole('button', { name: 'Lagre utkast' }).click();
  await expect(page.getByText('Utkastet er lagret som versjon 2.')).toBeVisible();

  const publicPage = await page.context().newPage();
  await publicPage.goto(`/program/${SLUG}/sider/foreldremoter`);
  await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText('Foreldremøter i høst');
  await expect(publicPage.getByRole('listitem').filter({ hasText: 'Grorud 19. september' })).toBeVisible();
  await expectAccessible(publicPage);

  await page.getByRole('button', { name: 'Hent fram versjon 1' }).click();
  await expect(page.getByText('Versjon 1 er hentet fram som nytt utkast (versjon 3).')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Tittel' }).getByLabel('Tittel (nb)')).toHaveValue('Foreldremøter i høst');
});

test('a visitor reads the news in nynorsk on a phone and finds the feed', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/nn/program/${SLUG}`);
  await page.getByRole('link', { name: 'Alle nyheiter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nyheiter');
  await expect(page.getByRole('link', { name: 'Følg nyheitene som RSS-straum (RSS)' })).toHaveAttribute('href', /news\.rss\?lang=nn$/);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Porteføljepresentasjon i haust' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Porteføljepresentasjon i haust');
  await expectAccessible(page);
  const horizontal = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(horizontal).toBe(false);
  await context.close();
});
