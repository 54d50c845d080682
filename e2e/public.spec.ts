import { test, expect, expectAccessible, ACCOUNTS } from './fixtures';

test.describe('public programme pages', () => {
  test('front page → initiative → sub-programme, then nynorsk and English', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samordnet innsats for barn og unge');
    await expect(page).toHaveTitle(/Samordna/);
    await expectAccessible(page);

    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Områdesatsingene i Oslo', exact: true }).click();
    await expect(page).toHaveURL(/\/program\/omradesatsingene-i-oslo$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Områdesatsingene i Oslo');
    await expect(page).toHaveTitle('Områdesatsingene i Oslo – Samordna');
    await expect(main.getByRole('heading', { name: 'Delprogrammer', level: 2 })).toBeVisible();
    await expectAccessible(page);

    await main.getByRole('link', { name: 'Delprogram oppvekst og utdanning' }).click();
    await expect(page).toHaveURL(/\/program\/oppvekst-og-utdanning$/);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Delprogram oppvekst og utdanning');
    // Client-side navigation moves focus to the new page's heading, which announces it.
    await expect(h1).toBeFocused();
    await expect(main.getByText('Del av')).toBeVisible();
    await expect(main.getByRole('link', { name: 'Områdesatsingene i Oslo' })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Formål', level: 2 })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Organisasjoner som deltar', level: 2 })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Strategisk styre – medlemmer', level: 3 })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Operativt styre', level: 3 })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Programleder', level: 3 })).toBeVisible();
    await expect(main.getByRole('link', { name: 'kari.nordvik@samordna.test' })).toHaveAttribute('href', 'mailto:kari.nordvik@samordna.test');
    await expect(main.getByRole('link', { name: '+47 400 00 101' })).toHaveAttribute('href', 'tel:+4740000101');
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'Nynorsk' }).click();
    await expect(page).toHaveURL(/\/nn\/program\/oppvekst-og-utdanning$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(main.getByRole('heading', { name: 'Føremål', level: 2 })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Organisasjonar som deltek', level: 2 })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Programleiar', level: 3 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hovudmeny' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/program\/oppvekst-og-utdanning$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sub-programme for childhood and education');
    await expect(main.getByRole('heading', { name: 'Purpose', level: 2 })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Organisations taking part', level: 2 })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Programme leader', level: 3 })).toBeVisible();
    await expectAccessible(page);

    // Links inside the English pages stay in English.
    await main.getByRole('link', { name: 'The Oslo area initiatives' }).click();
    await expect(page).toHaveURL(/\/en\/program\/omradesatsingene-i-oslo$/);
  });

  test('an unknown page or programme says so, in the right language', async ({ page }) => {
    await page.goto('/program/finnes-ikke');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
    await expectAccessible(page);

    const answer = await page.goto('/en/no/such/page');
    // The server knows the site's pages: any other path is a real 404, not a page that says so.
    expect(answer?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expectAccessible(page);
  });

  test('the admin area sends visitors to sign in and back', async ({ page }) => {
    await page.goto('/nn/admin/organisasjoner');
    await expect(page).toHaveURL(/\/nn\/logg-inn\?returnTo=%2Fnn%2Fadmin%2Forganisasjoner$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn');
    await expectAccessible(page);

    await page.goto('/logg-inn?error=OIDC_FAILED');
    await expect(page.getByText('Innloggingen med ID-porten mislyktes.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByRole('link', { name: 'E-postadresse: Feltet må fylles ut.' })).toBeVisible();
    await expect(page.getByLabel('E-postadresse')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    // A wrong password is said in an alert, and focus waits in the password field, not on the page.
    await page.getByLabel('E-postadresse').fill(ACCOUNTS.admin);
    await page.getByLabel('Passord').fill('not the password at all');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Feil e-postadresse eller passord.' })).toBeVisible();
    await expect(page.getByLabel('Passord')).toBeFocused();
  });
});
