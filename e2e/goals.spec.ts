import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const LANGUAGES = [
  { prefix: '', title: 'Mål og resultater', inherited: 'Varige forbedringer der behovene er størst', noData: 'Mangler data', meter: 'Andel av veien fra utgangspunktet til målet', link: 'Mer om indikatoren', stovner: 'Barn i familier med vedvarende lavinntekt, Bydel Stovner' },
  { prefix: '/nn', title: 'Mål og resultat', inherited: 'Varige forbetringar der behova er størst', noData: 'Manglar data', meter: 'Del av vegen frå utgangspunktet til målet', link: 'Meir om indikatoren', stovner: 'Born i familiar med vedvarande låginntekt, Bydel Stovner' },
  { prefix: '/en', title: 'Goals and results', inherited: 'Lasting improvements where the needs are greatest', noData: 'No data', meter: 'Share of the way from the baseline to the target', link: 'More about the indicator', stovner: 'Children in families with persistent low income, Bydel Stovner' },
];

for (const l of LANGUAGES) {
  test(`a visitor reads the goals and their progress (${l.prefix || '/nb'})`, async ({ page }) => {
    await page.goto(`${l.prefix}/program/oppvekst-og-utdanning/mal`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.title);
    const main = page.getByRole('main');
    // The initiative's main goal comes first, as context above the sub-programme's own goals.
    await expect(main.getByRole('heading', { level: 2, name: l.inherited })).toBeVisible();
    const meters = main.getByRole('meter', { name: l.meter });
    expect(await meters.count()).toBeGreaterThanOrEqual(8);
    await expect(meters.first()).toHaveAttribute('aria-valuetext', /%/);
    // Stovner's latest low-income figure is not available: no data, and no bar or number for it.
    const stovner = main.getByRole('article', { name: l.stovner });
    await expect(stovner.getByText(l.noData)).toBeVisible();
    await expect(stovner.getByRole('meter')).toHaveCount(0);
    await expect(main.getByText(/Illustra/).first()).toBeVisible();
    await expectAccessible(page);

    // Every target's indicator link is reached with the keyboard and leads to the indicator page.
    const link = main.getByRole('link', { name: new RegExp(`^${l.link}`) }).first();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${l.prefix}/program/oppvekst-og-utdanning/statistikk/indikator/fullfort-vgo-5ar$`));
  });
}

test('the programme page sums up the goals and leads to them; a programme without goals shows nothing', async ({ page }) => {
  await page.goto('/program/kultur-for-laering');
  const section = page.getByRole('region', { name: 'Mål og resultater' });
  await expect(section.getByText('Barn og unge i Hedmark vokser opp i en kultur for læring')).toBeVisible();
  await expect(section.getByText(/^I rute: \d+ målverdi/)).toBeVisible();
  await expectAccessible(page);
  await section.getByRole('link', { name: 'Se alle mål og hvordan det går' }).click();
  await expect(page).toHaveURL(/\/program\/kultur-for-laering\/mal$/);
  await expect(page.getByRole('heading', { level: 3, name: 'Viktige aktører i oppvekstfeltet har et forpliktende samarbeid' })).toBeVisible();
  await expect(page.getByText('Dette målet følges ikke opp med en indikator.')).toBeVisible();

  await page.goto('/program/absolutt');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mål og resultater' })).toHaveCount(0);
});

test('the secretariat adds a sub-goal with a target and sees its progress; wrong input is listed', async ({ page }) => {
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto('/admin/program/oppvekst-og-utdanning');
  await page.getByRole('link', { name: 'Mål og målverdier' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mål og målverdier');
  const main = page.getByRole('main');
  // The initiative's goal is context only: it can take sub-goals here but not be edited.
  await expect(main.getByText('Fastsatt i Områdesatsingene i Oslo. Kan bare endres der.')).toBeVisible();
  await expect(main.getByRole('button', { name: 'Rediger målet «Varige forbedringer der behovene er størst»' })).toHaveCount(0);
  await expectAccessible(page);

  const parentTitle = 'Flere sikres gode oppvekstvilkår og fullfører videregående opplæring';
  await main.getByRole('button', { name: `Legg til delmål under «${parentTitle}»` }).click();
  const goalForm = main.locator('form').filter({ has: page.getByRole('heading', { name: `Nytt delmål under «${parentTitle}»` }) });
  await expect(goalForm.getByRole('heading')).toBeFocused();
  await goalForm.getByLabel('Fra år').fill('2026');
  await goalForm.getByLabel('Til år').fill('2020');
  await goalForm.getByRole('button', { name: 'Opprett målet' }).click();
  const summary = goalForm.getByText('Du må rette disse feilene før du kan gå videre:');
  await expect(summary).toBeVisible();
  await expect(goalForm.getByRole('link', { name: 'Mål på bokmål: Feltet må fylles ut.' })).toBeVisible();
  await expect(goalForm.getByRole('link', { name: 'Til år: Til-året kan ikke være før fra-året.' })).toBeVisible();
  await expectAccessible(page);

  await goalForm.getByLabel('Mål på bokmål').fill('Flere barn deltar i fritidsaktiviteter');
  await goalForm.getByLabel('Mål på nynorsk').fill('Fleire born deltek i fritidsaktivitetar');
  await goalForm.getByLabel('Mål på engelsk').fill('More children take part in leisure activities');
  await goalForm.getByLabel('Fra år').fill('2024');
  await goalForm.getByLabel('Til år').fill('2026');
  await goalForm.getByLabel('Ansvarlig organ på bokmål').fill('Operativt styre');
  await goalForm.getByRole('button', { name: 'Opprett målet' }).click();
  await expect(main.getByRole('status').getByText('Målet «Flere barn deltar i fritidsaktiviteter» er opprettet.')).toBeVisible();
  const newGoal = main.getByRole('region', { name: 'Flere barn deltar i fritidsaktiviteter' });
  await expect(newGoal.getByText('Operativt styre')).toBeVisible();

  await newGoal.getByRole('button', { name: 'Legg til målverdi for «Flere barn deltar i fritidsaktiviteter»' }).click();
  const targetForm = newGoal.locator('form');
  await targetForm.getByLabel('Utgangsverdi').fill('25,3');
  await targetForm.getByLabel('Utgangsperiode').fill('2016');
  await targetForm.getByLabel('Målverdi').fill('mye');
  await targetForm.getByLabel('Målperiode').fill('2010');
  await targetForm.getByRole('button', { name: 'Legg til målverdien' }).click();
  await expect(targetForm.getByRole('link', { name: 'Indikator: Feltet må fylles ut.' })).toBeVisible();
  await expect(targetForm.getByRole('link', { name: 'Målperiode: Målperioden må komme etter utgangsperioden.' })).toBeVisible();
  await expect(targetForm.getByRole('link', { name: 'Målverdi: Skriv et tall, for eksempel 72,5.' })).toBeVisible();
  // The summary's link takes the keyboard to the field.
  await targetForm.getByRole('link', { name: /^Målperiode: / }).click();
  await expect(targetForm.getByLabel('Målperiode')).toBeFocused();
  await expectAccessible(page);

  await targetForm.getByLabel('Indikator', { exact: true }).selectOption({ label: 'Barn i familier med vedvarende lavinntekt' });
  await targetForm.getByLabel('Søk etter område').fill('Stovner');
  await expect(targetForm.getByLabel('Område', { exact: true }).locator('option', { hasText: 'Bydel Stovner (bydel, 030111)' })).toHaveCount(1);
  await targetForm.getByLabel('Område', { exact: true }).selectOption({ label: 'Bydel Stovner (bydel, 030111)' });
  await targetForm.getByLabel('Målverdi').fill('22');
  await targetForm.getByLabel('Målperiode').fill('2023');
  await targetForm.getByRole('button', { name: 'Legg til målverdien' }).click();
  await expect(main.getByRole('status').getByText(/Målverdien Barn i familier med vedvarende lavinntekt, Bydel Stovner er lagt til/)).toBeVisible();

  // Stovner's latest figure (2024) is not available, so the new target has no data.
  const target = newGoal.getByRole('article', { name: 'Barn i familier med vedvarende lavinntekt, Bydel Stovner' });
  await expect(target.getByText('Mangler data')).toBeVisible();
  await expect(target.getByText('Det siste tallet (2024) er ikke publisert: Tall mangler.')).toBeVisible();

  // Changing the area to Grorud gives a figure and a progress bar.
  await target.getByRole('button', { name: /^Endre målverdien / }).click();
  const editForm = newGoal.locator('form');
  await editForm.getByLabel('Søk etter område').fill('Grorud');
  await editForm.getByLabel('Område', { exact: true }).selectOption({ label: 'Bydel Grorud (bydel, 030110)' });
  await editForm.getByRole('button', { name: 'Lagre' }).click();
  const grorud = newGoal.getByRole('article', { name: 'Barn i familier med vedvarende lavinntekt, Bydel Grorud' });
  await expect(grorud.getByText('Bak skjema')).toBeVisible();
  await expect(grorud.getByRole('meter')).toHaveAttribute('aria-valuetext', /av veien|bort fra målet/);
  await expectAccessible(page);

  // And the public sees it.
  await page.goto('/program/oppvekst-og-utdanning/mal');
  await expect(page.getByRole('heading', { name: 'Flere barn deltar i fritidsaktiviteter' })).toBeVisible();
  const publicGoal = page.getByRole('region', { name: 'Flere barn deltar i fritidsaktiviteter' });
  await expect(publicGoal.getByRole('article', { name: 'Barn i familier med vedvarende lavinntekt, Bydel Grorud' }).getByText('Bak skjema')).toBeVisible();
});

test('a secretariat of another programme gets no goal editors', async ({ page }) => {
  await signIn(page, ACCOUNTS.hedmarkSecretariat);
  await page.goto('/admin/program/oppvekst-og-utdanning/mal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen tilgang');
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  await expectAccessible(page);
});

test('the goals pages work on a narrow screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto('/nn/program/oppvekst-og-utdanning/mal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mål og resultat');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto('/admin/program/oppvekst-og-utdanning/mal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mål og målverdier');
  await page.getByRole('button', { name: /^Legg til målverdi for «Bedre skoleresultater/ }).click();
  await expect(page.getByLabel('Utgangsverdi')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await context.close();
});

test('a target takes its breakdown by its label and its baseline from the figures, on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto('/admin/program/oppvekst-og-utdanning/mal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mål og målverdier');
  const goalTitle = 'Flere fullfører og består videregående opplæring';
  const goal = page.getByRole('main').getByRole('region', { name: goalTitle });
  const add = goal.getByRole('button', { name: `Legg til målverdi for «${goalTitle}»` });
  await add.click();
  const form = goal.locator('form');
  await form.getByLabel('Indikator', { exact: true }).selectOption({ label: 'Fullført og bestått videregående innen fem år' });
  await form.getByLabel('Søk etter område').fill('Stovner');
  await form.getByLabel('Område', { exact: true }).selectOption({ label: 'Bydel Stovner (bydel, 030111)' });

  // The breakdowns the figures hold, by their labels; the total first.
  const breakdown = form.getByLabel('Inndeling', { exact: true });
  await expect(breakdown.locator('option')).toHaveText(['Totalt', 'Kjønn: Gutter', 'Kjønn: Jenter']);
  await breakdown.selectOption({ label: 'Kjønn: Jenter' });
  await expect(form.getByText('Statistikken har tall for 10 perioder: 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024.')).toBeVisible();

  // The baseline's figure is offered once its period is typed, and fills the value in one click.
  await form.getByLabel('Utgangsperiode').fill('2015');
  const use = form.getByRole('button', { name: /^Bruk tallet fra statistikken: \d+,\d\s%\s\(2015\)$/ });
  const value = /(\d+,\d)/.exec((await use.textContent()) ?? '')![1]!;
  await use.click();
  await expect(form.getByLabel('Utgangsverdi')).toHaveValue(value.replace(/,0$/, ''));
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await form.getByLabel('Målverdi').fill('90');
  await form.getByLabel('Målperiode').fill('2030');
  await form.getByRole('button', { name: 'Legg til målverdien' }).click();
  // Said beside the button focus goes back to, in view, not at the top of the page.
  const name = 'Fullført og bestått videregående innen fem år, Bydel Stovner (Kjønn: Jenter)';
  const added = goal.getByRole('status').filter({ hasText: `Målverdien ${name} er lagt til.` });
  await expect(add).toBeFocused();
  await expect(added).toBeInViewport();
  await expect(add).toHaveAccessibleDescription(`Målverdien ${name} er lagt til.`);
  // Named with its breakdown, apart from the target of the same indicator and area for everyone.
  const target = goal.getByRole('article', { name, exact: true });
  await expect(target.getByText('Kjønn: Jenter', { exact: true })).toBeVisible();
  await expect(target.getByText(`${value}\u00a0% (2015)`)).toBeVisible();
  await expectAccessible(page);

  // Removed again, so the demo's goals stay as they were for the other journeys.
  await target.getByRole('button', { name: `Slett målverdien ${name}` }).click();
  await target.getByRole('button', { name: 'Ja, slett' }).click();
  await expect(goal.getByRole('status').filter({ hasText: `Målverdien ${name} er slettet.` })).toBeInViewport();
  await expect(add).toBeFocused();
  await context.close();
});
