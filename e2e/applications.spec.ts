import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';
/** The demo's open call is the next year's (see src/server/demo/demo-calls.ts). */
const YEAR = Math.max(2027, new Date().getUTCFullYear() + 1);
const CALL = `Tilskudd til prosjekter i delprogram oppvekst og utdanning ${YEAR}`;
const SECOND_CONTRIBUTOR = 'bidragsyter2.sagene@samordna.test';
const TITLE = 'Ungdomsråd på Sagene';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('two people of Bydel Sagene draft one application: autosaved, each sees the other, a conflicting save is shown, what is missing, submitted with a receipt', async ({ page, browser }) => {
  // Three people's browsers and an axe check on each step: a long journey.
  test.slow();
  const main = page.getByRole('main');
  await signIn(page, ACCOUNTS.sageneContributor);

  // The public call page leads a signed-in contributor to the applications.
  await page.goto(`/program/${SLUG}/utlysninger`);
  await main.getByRole('link', { name: CALL }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CALL);
  await main.getByRole('link', { name: 'Søk på denne utlysningen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Søknader');
  await expect(page.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Søknader' })).toBeVisible();
  await expectAccessible(page);

  const call = main.getByRole('region', { name: CALL });
  await call.getByRole('button', { name: 'Start en søknad' }).click();
  await call.getByRole('button', { name: 'Opprett søknaden' }).click();
  await expect(call.getByLabel('Tittel på søknaden')).toHaveAttribute('aria-invalid', 'true');
  await call.getByLabel('Tittel på søknaden').fill(TITLE);
  await call.getByRole('button', { name: 'Opprett søknaden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const editorUrl = new URL(page.url()).pathname;

  // What is missing links to each required field; the keyboard reaches the field through it.
  const missing = main.getByRole('region', { name: 'Dette mangler' });
  await expect(missing.getByRole('link')).toHaveText(['Kort beskrivelse', 'Målgruppe og antall', 'Søknadsbeløp (kr)']);
  await expectAccessible(page);
  await missing.getByRole('link', { name: 'Kort beskrivelse' }).focus();
  await page.keyboard.press('Enter');
  const summary = main.getByLabel('Kort beskrivelse (må fylles ut)');
  await expect(summary).toBeFocused();
  await page.keyboard.type('Et ungdomsråd i hver skole på Sagene.');
  await page.keyboard.press('Tab');
  await expect(main.getByRole('status').filter({ hasText: /^Lagret kl\. \d\d:\d\d av Hanne Lie\.$/ })).toBeVisible();
  await expect(missing.getByRole('link')).toHaveCount(2);

  // The other person of the organisation finds the application and the first one's text.
  const other = await (await browser.newContext()).newPage();
  const otherMain = other.getByRole('main');
  await signIn(other, SECOND_CONTRIBUTOR);
  await other.goto('/admin/soknader');
  const row = otherMain.getByRole('row', { name: new RegExp(TITLE) });
  await expect(row).toContainText('av Hanne Lie');
  await row.getByRole('link', { name: TITLE }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(otherMain.getByLabel('Kort beskrivelse (må fylles ut)')).toHaveValue('Et ungdomsråd i hver skole på Sagene.');
  const amount = otherMain.getByLabel('Søknadsbeløp (kr) (må fylles ut)');
  await amount.fill('150000');
  await amount.blur();
  await expect(otherMain.getByRole('status').filter({ hasText: /av Jonas Berg\.$/ })).toBeVisible();

  // The first person, still on the older revision, writes on: the save is refused and shown, nothing is lost.
  await summary.fill('Et ungdomsråd i hver skole og i bydelen.');
  await summary.blur();
  const conflict = main.getByRole('alert').filter({ hasText: 'En annen har lagret søknaden i mellomtiden' });
  await expect(conflict).toContainText('Jonas Berg lagret søknaden');
  await expect(conflict).toContainText('Et ungdomsråd i hver skole og i bydelen.');
  await expectAccessible(page);
  await conflict.getByRole('button', { name: 'Last inn den lagrede versjonen' }).click();
  await expect(summary).toHaveValue('Et ungdomsråd i hver skole på Sagene.');
  await expect(main.getByLabel('Søknadsbeløp (kr) (må fylles ut)')).toHaveValue('150000');
  const mine = main.getByRole('region', { name: 'Teksten din før du lastet inn den lagrede versjonen' });
  await expect(mine).toContainText('Et ungdomsråd i hver skole og i bydelen.');
  await summary.fill('Et ungdomsråd i hver skole og i bydelen.');
  await summary.blur();
  await expect(main.getByRole('status').filter({ hasText: /av Hanne Lie\.$/ })).toBeVisible();

  // A wrong number is refused at its field, by the server, naming what is wrong.
  await main.getByLabel('Søknadsbeløp (kr) (må fylles ut)').fill('5000000');
  await main.getByLabel('Søknadsbeløp (kr) (må fylles ut)').blur();
  await expect(main.getByText('Verdien kan være høyst 1000000.')).toBeVisible();
  await main.getByLabel('Søknadsbeløp (kr) (må fylles ut)').fill('150000');
  await main.getByLabel('Søknadsbeløp (kr) (må fylles ut)').blur();
  await expect(main.getByRole('status').filter({ hasText: /av Hanne Lie\.$/ })).toBeVisible();

  // The second person sees the first's text after a reload.
  await other.reload();
  await expect(otherMain.getByLabel('Kort beskrivelse (må fylles ut)')).toHaveValue('Et ungdomsråd i hver skole og i bydelen.');

  // A draft survives a closed page: text not yet sent to the server is kept in the browser.
  const reach = main.getByRole('group', { name: 'Målgruppe og antall (må fylles ut)' });
  await reach.getByRole('button', { name: 'Legg til en målgruppe' }).click();
  await reach.getByLabel('Målgruppe', { exact: true }).fill('elever på 8.–10. trinn');
  await reach.getByLabel('Antall', { exact: true }).fill('300');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(reach.getByLabel('Antall', { exact: true })).toHaveValue('300');
  await expect(main.getByRole('status').filter({ hasText: /av Hanne Lie\.$/ })).toBeVisible();
  await expect(missing).toContainText('Alle felt som må fylles ut, er fylt ut.');

  // On a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Submitted, after asking once more.
  const actions = main.getByRole('region', { name: 'Send inn eller trekk søknaden' });
  await actions.getByRole('button', { name: 'Send inn søknaden' }).click();
  await expect(actions.getByText(/Vil du sende inn søknaden nå\? Fristen er/)).toBeFocused();
  await actions.getByRole('button', { name: 'Ja, send inn' }).click();
  await expect(main.getByText('Søknaden er sendt inn som versjon 1. Du får en kvittering på e-post.')).toBeVisible();
  await expect(main.getByText('Sendt inn', { exact: true })).toBeVisible();
  const versions = main.getByRole('region', { name: 'Innsendte versjoner' });
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await versions.getByRole('button', { name: 'Vis versjon 1' }).click();
  await expect(versions.getByRole('region', { name: /Versjon 1, sendt inn/ })).toContainText('elever på 8.–10. trinn: 300');
  await versions.getByRole('button', { name: 'Sammenlign' }).click();
  await expect(versions.getByRole('table')).toContainText('Et ungdomsråd i hver skole og i bydelen.');
  await expectAccessible(page);
  expect(new URL(page.url()).pathname).toBe(editorUrl);

  // The receipt is in the outbox.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto('/admin/e-post');
  await expect(admin.getByRole('link', { name: `Kvittering: søknaden «${TITLE}» er mottatt` })).toBeVisible();
});

test("the applicant reads the board's decision on its application, with the letter and the project it created", async ({ page }) => {
  await signIn(page, ACCOUNTS.sageneContributor);
  await page.goto('/admin/soknader');
  await page.getByRole('link', { name: 'Mattehjelp for ungdomsskoleelever på Sagene' }).click();
  const decision = page.getByRole('region', { name: 'Vedtak' });
  await expect(decision).toContainText('Søknaden ble innvilget med 300 000 kr');
  const letter = await page.request.get(await decision.getByRole('link', { name: 'Vedtaksbrevet (PDF)' }).getAttribute('href') ?? '');
  expect(letter.headers()['content-type']).toBe('application/pdf');
  await expectAccessible(page);
  await decision.getByRole('link', { name: 'Gå til prosjektet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mattehjelp for ungdomsskoleelever på Sagene');
});
