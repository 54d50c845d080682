import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

/** A random organisation number with a correct check digit, so the journey can run again. */
function validOrgNumber(): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [9, ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    const rest = digits.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11;
    const check = rest === 0 ? 0 : 11 - rest;
    if (check !== 10) return [...digits, check].join('');
  }
}

/** Narrows an entity picker with its search field, then chooses the one option containing `text`. */
async function pick(page: Page, searchLabel: string, select: Locator, text: string): Promise<void> {
  await page.getByLabel(searchLabel, { exact: true }).fill(text);
  const option = select.locator('option', { hasText: text });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute('value'))!);
}

test('an administrator registers an organisation, a sub-programme and a contact, and publishes them', async ({ page }) => {
  // A long journey with an axe run on every page: more than the default minute on a busy machine.
  test.slow();
  const run = Date.now().toString(36);
  const orgName = `Foreldrenettverket Groruddalen ${run}`;
  const programmeName = `Delprogram nærmiljø ${run}`;
  const personName = `Ingrid Testesen ${run}`;

  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administrasjon');
  await expectAccessible(page);

  // An organisation: first with a wrong check digit, which the form refuses beside the field.
  const adminNav = page.getByRole('navigation', { name: 'Administrasjon' });
  await adminNav.getByRole('link', { name: 'Organisasjoner' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisasjoner');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Ny organisasjon' }).click();
  await page.getByLabel('Navn', { exact: true }).fill(orgName);
  await page.getByLabel('Type organisasjon').selectOption({ label: 'Frivillig organisasjon' });
  await page.getByLabel('Organisasjonsnummer').fill('974760674');
  await page.getByRole('button', { name: 'Opprett organisasjonen' }).click();
  const orgNumberField = page.getByLabel('Organisasjonsnummer');
  await expect(orgNumberField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Organisasjonsnummeret er ikke gyldig.', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /^Organisasjonsnummer: Organisasjonsnummeret er ikke gyldig/ })).toBeVisible();
  await expectAccessible(page);

  await orgNumberField.fill(validOrgNumber());
  await page.getByLabel('Nettside').fill('https://example.org/foreldrenettverk');
  await page.getByRole('button', { name: 'Opprett organisasjonen' }).click();
  await expect(page).toHaveURL(/\/admin\/organisasjoner\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status').filter({ hasText: 'Organisasjonen er opprettet.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(orgName);
  await expectAccessible(page);

  // A sub-programme under the Oslo initiative; its address follows the name.
  await adminNav.getByRole('link', { name: 'Programmer' }).click();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nytt program' }).click();
  await page.getByLabel('Overordnet program').selectOption({ label: 'Områdesatsingene i Oslo' });
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Delprogram' });
  await page.getByLabel('Navn (bokmål)').fill(programmeName);
  await page.getByLabel('Navn (nynorsk)').fill(`Delprogram nærmiljø ${run}`);
  await page.getByLabel('Navn (engelsk)').fill(`Sub-programme for neighbourhoods ${run}`);
  await page.getByLabel('Sammendrag (bokmål)').fill('Bedre møteplasser for barn og unge i nærmiljøet.');
  // The purpose is written on the edit page, in a part of its own.
  await expect(page.getByLabel('Formål (bokmål)')).toHaveCount(0);
  const slug = await page.getByLabel('Adresse').inputValue();
  expect(slug).toBe(`delprogram-naermiljo-${run}`);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Opprett programmet' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/program/${slug}$`));
  await expect(page.getByRole('status').filter({ hasText: 'Programmet er opprettet.' })).toBeVisible();
  await expectAccessible(page);
  const texts = page.getByRole('region', { name: 'Tekster på den offentlige siden' });
  await texts.getByLabel('Formål (bokmål)').fill('Første avsnitt om formålet.\n\nAndre avsnitt om formålet.');
  await texts.getByRole('button', { name: 'Lagre formålet' }).click();
  await expect(texts.getByRole('status').filter({ hasText: 'Endringene er lagret.' })).toBeInViewport();

  // The new organisation takes part as a partner.
  const participationForm = page.getByRole('form', { name: 'Legg til organisasjon' });
  await pick(page, 'Søk etter organisasjon', participationForm.getByLabel('Organisasjon', { exact: true }), orgName);
  await participationForm.getByLabel('Rolle i programmet').selectOption({ label: 'Samarbeidspartner' });
  await participationForm.getByRole('button', { name: 'Legg til organisasjonen' }).click();
  // Said beside the button that was pressed, and the organisation is listed under its part.
  await expect(participationForm.getByRole('status')).toHaveText('Organisasjonen er lagt til.');
  await expect(participationForm.getByRole('status')).toBeInViewport();
  const participations = page.getByRole('region', { name: 'Organisasjoner som deltar', exact: true });
  await expect(participations.getByRole('heading', { level: 3, name: 'Samarbeidspartnere (1)' })).toBeVisible();
  await expect(participations.getByRole('region', { name: 'Tabell: Samarbeidspartnere' }).getByRole('cell', { name: orgName, exact: true })).toBeVisible();

  // A person in the register, then added as the programme's adviser.
  await adminNav.getByRole('link', { name: 'Personer' }).click();
  await page.getByRole('link', { name: 'Ny person' }).click();
  await page.getByLabel('Navn', { exact: true }).fill(personName);
  await page.getByLabel('Stilling').fill('Programrådgiver');
  await page.getByLabel('E-post på jobb').fill('ingrid.testesen@samordna.test');
  await page.getByLabel('Telefon').fill('+47 400 00 999');
  await pick(page, 'Søk etter organisasjon', page.getByLabel('Organisasjon', { exact: true }), orgName);
  await page.getByRole('button', { name: 'Opprett personen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Personen er opprettet.' })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/admin/program/${slug}`);
  // Each region has a name of its own (the table inside a section is not named like the section).
  await expect(page.getByRole('region', { name: 'Kontaktpersoner', exact: true })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Organisasjoner som deltar', exact: true })).toHaveCount(1);
  const contactForm = page.getByRole('form', { name: 'Legg til kontaktperson' });
  await pick(page, 'Søk etter person', contactForm.getByLabel('Person', { exact: true }), personName);
  await contactForm.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Programrådgiver' });
  await contactForm.getByRole('button', { name: 'Legg til kontaktpersonen' }).click();
  await expect(contactForm.getByRole('status')).toHaveText('Kontaktpersonen er lagt til.');

  // Publish, in the page's own part for it: reached from the links to the parts, saved on its own,
  // and said beside its button, where focus stays.
  await page.getByRole('navigation', { name: 'Deler av siden' }).getByRole('link', { name: 'Publisering' }).click();
  const publication = page.getByRole('region', { name: 'Publisering', exact: true });
  await expect(publication.getByRole('heading', { level: 2 })).toBeFocused();
  await publication.getByLabel('Publisert').check();
  const publish = publication.getByRole('button', { name: 'Lagre publiseringen' });
  await publish.click();
  await expect(publication.getByRole('status')).toHaveText('Endringene er lagret.');
  await expect(publication.getByRole('status')).toBeInViewport();
  await expect(publish).toBeFocused();
  await expectAccessible(page);

  // The public page shows all of it, to anyone.
  await page.getByRole('link', { name: 'Se den offentlige siden' }).click();
  await expect(page).toHaveURL(new RegExp(`/program/${slug}$`));
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(programmeName);
  await expect(main.getByRole('link', { name: 'Områdesatsingene i Oslo' })).toBeVisible();
  await expect(main.getByText('Andre avsnitt om formålet.')).toBeVisible();
  const organisations = page.getByRole('region', { name: 'Organisasjoner som deltar' });
  await expect(organisations.getByRole('heading', { name: 'Samarbeidspartnere', level: 3 })).toBeVisible();
  await expect(organisations.getByText(orgName)).toBeVisible();
  const contacts = page.getByRole('region', { name: 'Kontakt' });
  await expect(contacts.getByRole('heading', { name: 'Programrådgivere', level: 3 })).toBeVisible();
  await expect(contacts.getByText(personName)).toBeVisible();
  await expect(contacts.getByText(orgName)).toBeVisible();
  await expect(main.getByRole('link', { name: 'ingrid.testesen@samordna.test' })).toHaveAttribute('href', 'mailto:ingrid.testesen@samordna.test');
  await expectAccessible(page);

  const anonymous = await page.context().browser()!.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(new URL(`/program/${slug}`, page.url()).toString());
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(programmeName);
  await visitor.goto(new URL('/', page.url()).toString());
  await expect(visitor.getByRole('main').getByRole('link', { name: programmeName })).toBeVisible();
  await anonymous.close();
});

test('the programme page is edited in parts that fit a phone, each saved where it is, also by keyboard', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto('/admin/program/oppvekst-og-utdanning');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rediger Delprogram oppvekst og utdanning');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);

  // No form to scroll through for long before its button: each part is saved on its own.
  const heights = await page.getByRole('main').locator('form').evaluateAll((forms) => forms.map((f) => f.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThanOrEqual(6);
  expect(Math.max(...heights)).toBeLessThan(1600);

  // The organisations are grouped by their part, each group with its count.
  const participations = page.getByRole('region', { name: 'Organisasjoner som deltar', exact: true });
  await expect(participations.getByRole('heading', { level: 3, name: /^Strategisk styre – medlemmer \(\d+\)$/ })).toBeVisible();

  // By keyboard: a link to a part moves focus to its heading; Tab goes on into the part.
  const nav = page.getByRole('navigation', { name: 'Deler av siden' });
  await nav.getByRole('link', { name: 'Tekster på den offentlige siden' }).focus();
  await page.keyboard.press('Enter');
  const texts = page.getByRole('region', { name: 'Tekster på den offentlige siden' });
  await expect(texts.getByRole('heading', { level: 2 })).toBeFocused();
  const summary = texts.getByLabel('Sammendrag (nynorsk)');
  // Saved as it was, so that the demo's texts stay for the other journeys.
  await summary.fill(await summary.inputValue());
  const save = texts.getByRole('button', { name: 'Lagre sammendraget' });
  await save.focus();
  await page.keyboard.press('Enter');
  const status = texts.getByRole('status').filter({ hasText: 'Endringene er lagret.' });
  await expect(status).toBeInViewport();
  await expect(save).toBeFocused();
  // Only the part that was saved says so.
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Endringene er lagret.' })).toHaveCount(1);

  // A wrong field is told beside it and in the part's own summary.
  const basics = page.getByRole('region', { name: 'Grunnopplysninger' });
  await basics.getByLabel('Navn (bokmål)').fill('');
  await basics.getByRole('button', { name: 'Lagre grunnopplysningene' }).click();
  await expect(basics.getByRole('link', { name: 'Navn (bokmål): Feltet må fylles ut.' })).toBeVisible();
  await expect(basics.getByLabel('Navn (bokmål)')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await context.close();
});
