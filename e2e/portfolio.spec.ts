import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Picks the entry labelled `name` exactly after searching for it. */
async function pick(scope: Locator, searchLabel: string, label: string, name: string): Promise<void> {
  await scope.getByLabel(searchLabel, { exact: true }).fill(name);
  const select = scope.getByLabel(label, { exact: true });
  const option = select.locator('option', { hasText: new RegExp(`^${name}$`) });
  await expect(option.first()).toBeAttached();
  await select.selectOption((await option.first().getAttribute('value'))!);
}

test("the public reads the programme's projects: filters in the address, a project with its partners abroad, in three languages and on a phone", async ({ page }) => {
  const main = page.getByRole('main');
  await page.goto(`/program/${SLUG}`);
  await main.getByRole('link', { name: 'Se alle prosjektene' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prosjekter');
  await expect(main.getByText(/^\d+ prosjekter$/)).toBeVisible();
  await expectAccessible(page);

  // The filter is a form: it narrows the list by its address.
  await main.getByLabel('Finansieringsprogram').selectOption({ label: 'EØS- og Norway Grants' });
  await main.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/finansiering=eea_norway_grants/);
  await expect(main.getByText('1 prosjekt', { exact: true })).toBeVisible();
  const card = main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Botilbud for ungdom i Vilnius' }) });
  await expect(card.getByText('Litauen')).toBeVisible();
  await card.getByRole('link', { name: 'Botilbud for ungdom i Vilnius' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Botilbud for ungdom i Vilnius');
  await expect(main.getByText('Bydel Sagene (Partner i giverprogrammet)')).toBeVisible();
  await expect(main.getByRole('region', { name: 'Partnere' }).getByText('Vilniaus miesto savivaldybė, Litauen (Koordinator)')).toBeVisible();
  const budget = main.getByRole('region', { name: 'Budsjett' });
  await expect(budget.getByRole('row', { name: /^Sum/ })).toContainText('270');
  await expectAccessible(page);
  const projectUrl = new URL(page.url()).pathname;

  // At 390 px nothing runs sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.goto(`/nn/program/${SLUG}/prosjekter`);
  await expectNoSidewaysScroll(page);
  await expect(main.getByText(/^\d+ prosjekt$/)).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto(`/en${projectUrl}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Housing for young people in Vilnius');
  await expect(main.getByText('Vilniaus miesto savivaldybė, Lithuania (Coordinator)')).toBeVisible();
  await expectAccessible(page);
});

test('the secretariat registers a project, is told what is wrong in the budget, publishes it; the owner keeps it', async ({ page, browser }) => {
  const stamp = String(Date.now()).slice(-5);
  const title = `Leksehjelp på Sagene ${stamp}`;
  const main = page.getByRole('main');
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto(`/admin/program/${SLUG}`);
  await main.getByRole('link', { name: 'Prosjektportefølje' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prosjektportefølje');
  await expect(main.getByText(/Sum for \d+ prosjekter i NOK/)).toBeVisible();
  await expectAccessible(page);

  // The table narrows by RAG (from the latest submitted or approved status report) and says it in words.
  const table = main.getByRole('region', { name: 'Prosjektportefølje' }).getByRole('table');
  await expect(table.getByRole('row', { name: /Språkløft i barnehagene på Grorud/ })).toContainText('Gul');
  await main.getByLabel('Status (RAG)').selectOption({ label: 'Ingen rapport' });
  await expect(page).toHaveURL(/status=none/);
  await expect(table.getByRole('row', { name: /Språkløft i barnehagene på Grorud/ })).toHaveCount(0);
  await expect(table.getByRole('row').nth(1)).toContainText('Ingen rapport');
  await main.getByLabel('Status (RAG)').selectOption({ label: 'Gul' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('Språkløft i barnehagene på Grorud');
  await expectAccessible(page);
  await main.getByLabel('Status (RAG)').selectOption({ label: 'Alle statuser' });

  // And by what the projects carry: a goal, and a year they run in.
  await main.getByLabel('Mål', { exact: true }).selectOption({ label: 'Flere fullfører og består videregående opplæring' });
  await expect(page).toHaveURL(/mal=/);
  await expect(table.getByRole('row', { name: /Overgangsmentor fra 10\. trinn til vg1/ })).toHaveCount(1);
  await expect(table.getByRole('row', { name: /Språkløft i barnehagene på Grorud/ })).toHaveCount(0);
  await main.getByLabel('Mål', { exact: true }).selectOption({ label: 'Alle mål' });
  await main.getByLabel('År', { exact: true }).selectOption('2009');
  await expect(table.getByRole('row', { name: /Ung i Europa/ })).toHaveCount(1);
  await expect(table.getByRole('row', { name: /Språkløft i barnehagene på Grorud/ })).toHaveCount(0);
  await expectAccessible(page);
  await main.getByLabel('År', { exact: true }).selectOption({ label: 'Alle år' });

  await main.getByRole('button', { name: 'Nytt prosjekt' }).click();
  const create = main.getByRole('region', { name: 'Nytt prosjekt' }).locator('form');
  await create.getByLabel('Tittel (bokmål)').fill(title);
  await pick(create, 'Søk etter organisasjon', 'Eier', 'Bydel Sagene');
  await create.getByLabel('Finansieringsprogram', { exact: true }).selectOption({ label: 'Statlig tilskudd' });
  await create.getByLabel('Start').fill('2026-01-01');
  await create.getByLabel('Slutt').fill('2027-12-31');
  await expectAccessible(page);
  await create.getByRole('button', { name: 'Opprett prosjekt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // A budget whose granted lines do not add up is refused, naming the field.
  const budget = main.getByRole('region', { name: 'Budsjett' });
  await budget.getByLabel('Innvilget totalt').fill('400000');
  await budget.getByRole('button', { name: 'Legg til budsjettlinje' }).click();
  await budget.getByLabel('Beløp, linje 1').fill('300000');
  await budget.getByRole('button', { name: 'Lagre' }).click();
  await expect(budget.getByRole('link', { name: 'Innvilget totalt: De innvilgede linjene summerer ikke til innvilget totalbeløp.' })).toBeVisible();
  await expectAccessible(page);
  await budget.getByLabel('Beløp, linje 1').fill('400000');
  await budget.getByRole('button', { name: 'Lagre' }).click();
  await expect(budget.getByText('Lagret.')).toBeVisible();

  // A partner abroad, and the project published with its partners public.
  const partners = main.getByRole('region', { name: 'Partnere' });
  await partners.getByRole('button', { name: 'Legg til partner' }).click();
  await partners.getByLabel('Navn, partner 1').fill('Malmö stad');
  await partners.getByLabel('Land, partner 1').fill('se');
  await partners.getByRole('button', { name: 'Lagre' }).click();
  await expect(partners.getByText('Lagret.')).toBeVisible();
  const facts = main.getByRole('region', { name: 'Fakta' });
  await facts.getByLabel('Vis prosjektet på nettstedet').check();
  await facts.getByLabel('Partnere').check();
  await facts.getByRole('button', { name: 'Lagre' }).click();
  await expect(main.getByRole('status').getByText('Lagret.').first()).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const adminUrl = page.url();

  // The public sees it, with its partner and without its budget.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/program/${SLUG}/prosjekter`);
  await visitor.getByRole('link', { name: title }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(visitor.getByText('Malmö stad, Sverige (Partner)')).toBeVisible();
  await expect(visitor.getByRole('region', { name: 'Budsjett' })).toHaveCount(0);

  // The owner's contributor changes the phase, but may not delete it.
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, ACCOUNTS.sageneContributor);
  await owner.goto(new URL(adminUrl).pathname);
  const ownerFacts = owner.getByRole('main').getByRole('region', { name: 'Fakta' });
  await ownerFacts.getByLabel('Fase', { exact: true }).selectOption({ label: 'Gjennomføring' });
  await ownerFacts.getByRole('button', { name: 'Lagre' }).click();
  await expect(owner.getByRole('main').getByRole('status').getByText('Lagret.').first()).toBeVisible();
  await expect(owner.getByRole('main').getByRole('region', { name: 'Slett prosjektet' })).toHaveCount(0);
  await expect(ownerFacts.getByLabel('Vis prosjektet på nettstedet')).toHaveCount(0);
  await expectAccessible(owner);
});

test('the public reads the calls for applications: deadlines, who may apply, the criteria and what the form asks', async ({ page }) => {
  const main = page.getByRole('main');
  const title = 'Tilskudd til prosjekter i delprogram oppvekst og utdanning 2026';
  await page.goto(`/program/${SLUG}`);
  await main.getByRole('link', { name: 'Se utlysningene' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utlysninger');
  await expectAccessible(page);
  await main.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(main.getByRole('region', { name: 'Søknadsfrister' }).getByRole('listitem')).toHaveCount(4);
  await expect(main.getByRole('region', { name: 'Hvem kan søke' })).toContainText('En frivillig organisasjon søker sammen med en kommunal enhet.');
  const criteria = main.getByRole('table');
  await expect(criteria.getByRole('row', { name: /Relevans for delprogrammets mål/ })).toContainText('40 %');
  await expect(main.getByRole('region', { name: 'Søknadsskjemaet' }).getByRole('heading', { name: 'Om prosjektet' })).toBeVisible();
  await expectAccessible(page);
  const callUrl = new URL(page.url()).pathname;
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/en${callUrl}`);
  await expect(main.getByRole('heading', { name: 'How applications are assessed' })).toBeVisible();
  await page.goto(`/nn${callUrl}`);
  await expect(main.getByRole('heading', { name: 'Slik vert søknadene vurderte' })).toBeVisible();
  await expectAccessible(page);
});
