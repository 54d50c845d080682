import type { Browser, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';
const TITLE = `Frokostseminar om lesing ${Date.now().toString(36)}`;

/** A visitor of their own (no account, a session of their own), who registers on the event's page. */
async function register(browser: Browser, baseURL: string | undefined, eventUrl: string, name: string, email: string): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(eventUrl);
  const form = page.getByRole('region', { name: 'Meld deg på' });
  await form.getByLabel('Navn', { exact: true }).fill(name);
  await form.getByLabel('E-post', { exact: true }).fill(email);
  await form.getByLabel('Matbehov (valgfritt)').fill('Ingen');
  await form.getByRole('button', { name: 'Meld meg på' }).click();
  return { page, close: () => context.close() };
}

test('the secretariat publishes an event; a visitor registers and cancels, and the one on the waiting list gets the seat', async ({ page, browser, baseURL }) => {
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto(`/admin/program/${SLUG}/arrangementer`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arrangementer');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Nytt arrangement' }).click();
  await page.getByLabel('Tittel', { exact: true }).fill(TITLE);
  await page.getByLabel('Starter', { exact: true }).fill('2030-05-14T09:00');
  await page.getByLabel('Slutter', { exact: true }).fill('2030-05-14T11:00');
  await page.getByLabel('Sted', { exact: true }).fill('Deichman Grünerløkka');
  await page.getByLabel('Antall plasser (tomt: ubegrenset)').fill('1');
  await page.getByLabel(/^Ekstra spørsmål/).fill('Matbehov');
  await page.getByLabel(/^Program \(/).fill('09:00 | Velkommen | Sekretariatet');
  await page.getByRole('button', { name: 'Opprett utkast' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.getByRole('button', { name: 'Publiser' }).click();
  await expect(page.getByRole('link', { name: 'Se den offentlige siden' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Se den offentlige siden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const eventUrl = new URL(page.url()).pathname;

  // The public list, then the event's page, read by a visitor.
  const first = await register(browser, baseURL, eventUrl, 'Astrid Eksempel', 'astrid.eksempel@example.org');
  try {
    await expect(first.page.getByText('Du er påmeldt.')).toBeVisible();
    await expectAccessible(first.page);
    const second = await register(browser, baseURL, eventUrl, 'Bjørn Eksempel', 'bjorn.eksempel@example.org');
    try {
      await expect(second.page.getByText(/står på venteliste \(plass 1\)/)).toBeVisible();
      await second.page.getByRole('link', { name: 'Se eller endre påmeldingen' }).click();
      await expect(second.page.getByRole('heading', { level: 1 })).toHaveText('Din påmelding');
      await expect(second.page.getByText('Plass 1 på ventelisten')).toBeVisible();
      await expectAccessible(second.page);

      // The first cancels through the personal link; the seat goes to the second.
      await first.page.getByRole('link', { name: 'Se eller endre påmeldingen' }).click();
      await expect(first.page.getByRole('heading', { level: 1 })).toHaveText('Din påmelding');
      await expectAccessible(first.page);
      await first.page.getByRole('button', { name: 'Meld meg av' }).click();
      await expect(first.page.getByText('Påmeldingen er avmeldt.')).toBeVisible();

      await second.page.reload();
      await expect(second.page.getByText('Påmeldt', { exact: true })).toBeVisible();
      await expect(second.page.getByText('Plass 1 på ventelisten')).toHaveCount(0);
    } finally {
      await second.close();
    }
  } finally {
    await first.close();
  }

  // The secretariat sees who has the seat.
  await page.goto(`/admin/program/${SLUG}/arrangementer`);
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('table', { name: 'Påmeldte (1)' })).toContainText('Bjørn Eksempel');
  await expect(page.getByRole('table', { name: 'Avmeldte (1)' })).toContainText('Astrid Eksempel');
});

test("the events page lists the demo's events, and a past event's video loads only when asked for", async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://localhost')) external.push(r.url());
  });
  await page.goto(`/program/${SLUG}/arrangementer`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arrangementer');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Porteføljepresentasjon: tiltakene i Groruddalen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Porteføljepresentasjon: tiltakene i Groruddalen');
  await expect(page.locator('iframe')).toHaveCount(0);
  // The slides in the archive belong to the event and are listed with it.
  await expect(page.getByRole('link', { name: 'Lysark fra porteføljepresentasjonen i Groruddalen' })).toBeVisible();
  await expectAccessible(page);
  expect(external).toEqual([]);
  await page.getByRole('button', { name: 'Vis video' }).click();
  await expect(page.locator('iframe')).toHaveAttribute('src', 'https://video.example.org/embed/oppvekst-portefolje');
});

test("an event's page reads whole without JavaScript, and a visitor registers, changes and cancels there with plain forms", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  let personal = '';
  let eventPage = '';
  try {
    const page = await context.newPage();
    await page.goto(`/program/${SLUG}/arrangementer`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arrangementer');
    await page.getByRole('link', { name: 'Fagseminar: tidlig innsats i barnehagen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fagseminar: tidlig innsats i barnehagen');
    eventPage = new URL(page.url()).pathname;
    await expect(page.getByRole('table', { name: 'Program' }).getByRole('row')).toHaveCount(5);
    await expect(page.getByRole('link', { name: 'Legg i kalenderen (.ics)' })).toHaveAttribute('href', /\/api\/events\/[^/]+\/event\.ics\?lang=nb$/);
    await expect(page.locator('.loading')).toHaveCount(0);
    // The plain form: the browser checks the required fields, the server registers and sends the visitor on.
    const form = page.getByRole('region', { name: 'Meld deg på' });
    await form.getByLabel('Navn', { exact: true }).fill('Uten Skript');
    await form.getByLabel('E-post', { exact: true }).fill(`uten.skript.${Date.now().toString(36)}@example.org`);
    await form.getByRole('button', { name: 'Meld meg på' }).click();
    await expect(page).toHaveURL(new RegExp(`${eventPage}$`));
    await form.getByLabel(/^Din rolle/).fill('Pedagogisk leder');
    await form.getByRole('button', { name: 'Meld meg på' }).click();
    await expect(page).toHaveURL(/\/pamelding\/[A-Za-z0-9_-]{43}\?utfall=(registered|waiting)$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din påmelding');
    await expect(page.getByText(/^(Du er påmeldt\.|Arrangementet er fullt, så du står på venteliste)/)).toBeVisible();
    personal = new URL(page.url()).pathname + new URL(page.url()).search;
    // The personal page's forms work without script too: a change, then cancelling.
    await page.getByLabel('Organisasjon (valgfritt)').fill('Bydel Bjerke');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(page.getByText('Endringene er lagret.')).toBeVisible();
    await expect(page.getByLabel('Organisasjon (valgfritt)')).toHaveValue('Bydel Bjerke');
    await page.getByRole('button', { name: 'Meld meg av' }).click();
    await expect(page.getByText('Påmeldingen er avmeldt.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Meld meg av' })).toHaveCount(0);
  } finally {
    await context.close();
  }
  // The same pages with script: the personal page, and the form sent back with what was wrong.
  const reader = await browser.newContext({ baseURL });
  try {
    const page = await reader.newPage();
    await page.goto(personal.replace(/\?.*$/, '?utfall=cancelled'));
    await expect(page.getByText('Påmeldingen er avmeldt.')).toBeVisible();
    await expectAccessible(page);
    await page.goto(`${eventPage}?feil=${encodeURIComponent('email:email,answers.rolle:required')}#event-register`);
    const summary = page.getByRole('region', { name: 'Meld deg på' }).locator('.form-error-summary');
    await expect(summary.getByRole('link')).toHaveText([/^E-post: /, /^Din rolle .*: /]);
    await expectAccessible(page);
  } finally {
    await reader.close();
  }
});
