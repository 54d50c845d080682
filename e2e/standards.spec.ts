import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';

test('a parent finds the Oslostandard, reads it in Arabic and Urdu, and opens the print view', async ({ page }) => {
  await page.goto(`/program/${SLUG}`);
  await page.getByRole('region', { name: 'Standarder' }).getByRole('link', { name: 'Oslostandard for skole-hjem-samarbeid' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oslostandard for skole-hjem-samarbeid');
  await expect(page.getByRole('heading', { name: 'Trygghet og trivsel' })).toBeVisible();
  await expect(page.getByText('Forslag til byrådet')).toBeVisible();
  await expectAccessible(page);

  const languages = page.getByRole('navigation', { name: 'Les standarden på' });
  await languages.getByRole('link', { name: 'العربية' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('معيار أوسلو للتعاون بين المدرسة والبيت');
  const arabic = page.locator('.standard-content');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic.getByRole('heading', { name: 'ما يمكنك أن تتوقعه من المدرسة' }).first()).toBeVisible();
  // The site's own words stay in bokmål.
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Les standarden på' }).getByRole('link', { name: 'اردو' }).click();
  await expect(page.locator('.standard-content')).toHaveAttribute('lang', 'ur');
  // Made from version 1: the reader is told, with the way to the current Norwegian text.
  await expect(page.getByText('Oversettelsen følger versjonen fra 20. juni 2014.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'موجودہ نارویجن متن پڑھیں' })).toBeVisible();
  await expectAccessible(page);
  // The PDF in Urdu: right to left, in its own language.
  const pdfLink = page.getByRole('link', { name: 'Last ned som PDF' });
  await expect(pdfLink).toHaveAttribute('href', /\/pdf\?lang=ur$/);
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const raw = (await pdf.body()).toString('latin1');
  expect(raw).toContain('/Lang (ur)');
  expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansArabic-Regular/);
  const urdu = new URL(page.url()).pathname;
  // The Arabic and Urdu pages read the same with the site in nynorsk and in English.
  for (const [prefix, picker] of [['/nn', 'Les standarden på'], ['/en', 'Read the standard in']] as const) {
    await page.goto(`${prefix}${urdu}`);
    await expect(page.locator('.standard-content')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', prefix.slice(1));
    await expectAccessible(page);
    await page.getByRole('navigation', { name: picker }).getByRole('link', { name: 'العربية' }).click();
    await expect(page.locator('.standard-content')).toHaveAttribute('lang', 'ar');
    await expectAccessible(page);
  }
  await page.goto(urdu);

  await page.getByRole('link', { name: 'Utskriftsvennlig versjon' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اسکول اور گھر کے تعاون کے لیے اوسلو معیار');
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await expectAccessible(page);
});

test('the secretariat sees every language × section at a glance, and a translator reviews the word diff of an outdated section', async ({ page }) => {
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto(`/admin/program/${SLUG}/standarder`);
  // A local guideline: the secretariat picks the school it is for.
  await page.getByLabel('Bygger på').selectOption({ label: 'Oslostandard for skole-hjem-samarbeid' });
  await expect(page.getByLabel('Søk etter skolen')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Skole' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Oslostandard for skole-hjem-samarbeid' }).click();
  const overview = page.getByRole('region', { name: 'Oversettelser' });
  await expect(overview.getByRole('row', { name: /اردو/ })).toContainText('Utdatert');
  await expect(overview.getByRole('row', { name: /Soomaali/ })).toContainText('Delvis');
  await expectAccessible(page);
  await overview.getByRole('link', { name: /اردو/ }).click();
  const dialog = page.getByRole('region', { name: /Dialog og samarbeid/ });
  await expect(dialog.locator('ins').first()).toContainText('med tolk når det trengs');
  await expectAccessible(page);
});

test('without JavaScript the standard reads whole and its language picker works', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  try {
    const page = await context.newPage();
    await page.goto(`/program/${SLUG}/standarder`);
    await page.getByRole('link', { name: 'Oslostandard for skole-hjem-samarbeid' }).click();
    await page.getByRole('navigation', { name: 'Les standarden på' }).getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Oslo standard for school-home cooperation');
    await expect(page.getByRole('heading', { name: 'What the school expects of you' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Last ned som PDF' })).toHaveAttribute('href', /\/pdf\?lang=en$/);
    await expect(page.locator('.loading')).toHaveCount(0);
  } finally {
    await context.close();
  }
});
