import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';
const TITLE = 'Tilskudd til sommeraktiviteter (ende-til-ende)';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The fieldset of one field of the form builder, by its legend ("Felt 1.2 (Beløp i kroner)"). */
const fieldset = (main: Locator, name: RegExp) => main.getByRole('group', { name });

test('the secretariat writes a call with criteria, a deadline and a form, opens it, and the public sees it', async ({ page }) => {
  const main = page.getByRole('main');
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto(`/admin/program/${SLUG}`);
  await main.getByRole('link', { name: 'Utlysninger og søknader' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utlysninger');
  await expect(main.getByRole('link', { name: /Tilskudd til prosjekter i delprogram oppvekst og utdanning 2026/ })).toBeVisible();
  await expectAccessible(page);

  await main.getByRole('button', { name: 'Ny utlysning' }).click();
  await main.getByLabel('Tittel (bokmål)').fill(TITLE);
  await main.getByLabel('Ramme (kr)').fill('500000');
  await main.getByRole('button', { name: 'Opprett utkast' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(main.getByText('Utkast', { exact: true })).toBeVisible();

  // Two criteria with their weights.
  const criteria = main.getByRole('region', { name: 'Kriterier' });
  await criteria.getByRole('button', { name: 'Legg til kriterium' }).click();
  await criteria.getByRole('button', { name: 'Legg til kriterium' }).click();
  await criteria.getByLabel('Kriterium 1, navn på bokmål').fill('Relevans');
  await criteria.getByLabel('Kriterium 1, vekt').fill('60');
  await criteria.getByLabel('Kriterium 2, navn på bokmål').fill('Gjennomførbarhet');
  await criteria.getByLabel('Kriterium 2, vekt').fill('40');
  await criteria.getByRole('button', { name: 'Lagre kriterier' }).click();
  await expect(criteria.getByText('Endringene er lagret.')).toBeVisible();

  // A deadline on Oslo's clock.
  const deadlines = main.getByRole('region', { name: 'Søknadsfrister' });
  await deadlines.getByRole('button', { name: 'Legg til frist' }).click();
  await deadlines.getByLabel('Frist 1, dato og klokkeslett').fill(`${new Date().getFullYear() + 1}-03-01T12:00`);
  await deadlines.getByLabel('Frist 1, betegnelse på bokmål').fill('Vårfristen');
  await deadlines.getByRole('button', { name: 'Lagre søknadsfrister' }).click();
  await expect(deadlines.getByText('Endringene er lagret.')).toBeVisible();

  // The form: a section with a required text field, an amount and an attachment.
  const form = main.getByRole('region', { name: 'Søknadsskjema' });
  await form.getByRole('button', { name: 'Legg til del' }).click();
  await form.getByLabel('Del 1: overskrift på bokmål').fill('Om prosjektet');
  await form.getByRole('button', { name: 'Legg til felt i Del 1' }).click();
  await form.getByLabel('Felt 1.1: ledetekst på bokmål').fill('Prosjektnavn');
  await fieldset(form, /^Felt 1\.1/).getByLabel('Må fylles ut før søknaden sendes inn').check();
  await form.getByLabel('Type nytt felt i Del 1').selectOption({ label: 'Beløp i kroner' });
  await form.getByRole('button', { name: 'Legg til felt i Del 1' }).click();
  await form.getByLabel('Felt 1.2: ledetekst på bokmål').fill('Søknadsbeløp');
  await fieldset(form, /^Felt 1\.2/).getByLabel(/Dette er søknadsbeløpet/).check();
  await form.getByLabel('Type nytt felt i Del 1').selectOption({ label: 'Vedlegg' });
  await form.getByRole('button', { name: 'Legg til felt i Del 1' }).click();
  await form.getByLabel('Felt 1.3: ledetekst på bokmål').fill('Budsjett');
  await expect(fieldset(form, /^Felt 1\.3/).getByLabel('PDF')).toBeChecked();

  // One step by keyboard: the attachment moves up above the amount, and back.
  await form.getByRole('button', { name: 'Flytt opp: Felt 1.3' }).focus();
  await page.keyboard.press('Enter');
  await expect(fieldset(form, /^Felt 1\.2/)).toHaveAccessibleName('Felt 1.2 (Vedlegg)');
  await form.getByRole('button', { name: 'Flytt ned: Felt 1.2' }).focus();
  await page.keyboard.press('Enter');
  await expect(fieldset(form, /^Felt 1\.3/)).toHaveAccessibleName('Felt 1.3 (Vedlegg)');

  // A key the form cannot take is refused at its input.
  const key = fieldset(form, /^Felt 1\.1/).getByLabel('Nøkkel', { exact: true });
  await key.fill('Prosjekt navn');
  await form.getByRole('button', { name: 'Lagre søknadsskjema' }).click();
  await expect(form.getByRole('link', { name: /Felt 1\.1: Nøkkel: Bruk små bokstaver/ })).toBeVisible();
  await expect(key).toHaveAttribute('aria-invalid', 'true');
  await key.fill('prosjektnavn');
  await form.getByRole('button', { name: 'Lagre søknadsskjema' }).click();
  await expect(form.getByText('Endringene er lagret.')).toBeVisible();
  await expectAccessible(page);

  // A report schedule for every project granted from the call: an interval out of range is
  // refused beside its field; the schedule is added, then changed in place.
  const schedules = main.getByRole('region', { name: 'Statusrapporter for prosjektene' });
  await expect(schedules.getByText('Utlysningen har ingen rapportplan ennå.')).toBeVisible();
  const year = new Date().getFullYear() + 1;
  await schedules.getByLabel('Første frist').fill(`${year}-06-30`);
  await schedules.getByLabel('Deretter hver (måneder)').fill('30');
  await schedules.getByRole('button', { name: 'Legg til planen' }).click();
  await expect(schedules.getByLabel('Deretter hver (måneder)')).toHaveAttribute('aria-invalid', 'true');
  await schedules.getByLabel('Deretter hver (måneder)').fill('6');
  await schedules.getByRole('button', { name: 'Legg til planen' }).click();
  await expect(schedules.getByText('Planen er lagt til.')).toBeVisible();
  const plan = schedules.getByRole('listitem');
  await expect(plan).toHaveCount(1);
  await expect(plan).toContainText(`Første frist 30. juni ${year}, deretter hver 6. måned; påminnelse 14 dager før og 7 dager etter.`);
  await plan.getByRole('button', { name: /^Endre planen/ }).click();
  await expect(schedules.getByLabel('Første frist')).toBeFocused();
  await expect(schedules.getByLabel('Første frist')).toHaveValue(`${year}-06-30`);
  await schedules.getByLabel('Deretter hver (måneder)').fill('3');
  await schedules.getByLabel('Påminnelse dager før').fill('21');
  await expectAccessible(page);
  await schedules.getByRole('button', { name: 'Lagre endringen' }).click();
  await expect(schedules.getByText('Planen er endret.')).toBeVisible();
  await expect(plan).toContainText(`Første frist 30. juni ${year}, deretter hver 3. måned; påminnelse 21 dager før og 7 dager etter.`);
  await expect(plan.getByRole('button', { name: /^Endre planen/ })).toBeFocused();
  await expectAccessible(page);
  // Kept: read again from the server.
  await page.reload();
  await expect(plan).toContainText('deretter hver 3. måned; påminnelse 21 dager før');

  // The editor at 390 px.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Opened, after one more question.
  await main.getByRole('button', { name: 'Åpne utlysningen' }).click();
  await main.getByRole('button', { name: 'Ja, åpne' }).click();
  await expect(main.getByText('Åpen', { exact: true })).toBeVisible();
  await expect(form.getByText('Utlysningen er åpnet: dette står slik det ble publisert.')).toBeVisible();

  // The call's report schedule is deleted after one more question.
  await plan.getByRole('button', { name: /^Slett planen/ }).click();
  await schedules.getByRole('button', { name: 'Ja, slett' }).click();
  await expect(schedules.getByText('Planen er slettet.')).toBeVisible();
  await expect(schedules.getByText('Utlysningen har ingen rapportplan ennå.')).toBeVisible();
  await expect(schedules.getByLabel('Første frist')).toBeFocused();

  // The public calls page shows it.
  await page.goto(`/program/${SLUG}/utlysninger`);
  await main.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(main.getByText('Vårfristen')).toBeVisible();
  await expect(main.getByRole('row', { name: /Relevans/ })).toContainText('60 %');
  await expect(main.getByText(/Søknadsbeløp \(Beløp i kroner/)).toBeVisible();
});

test('the secretariat reads an application beside the form with its reviews, compares its versions, and returns another for changes', async ({ page }) => {
  const main = page.getByRole('main');
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto(`/admin/program/${SLUG}/utlysninger`);
  await main.getByRole('link', { name: /Tilskudd til prosjekter i delprogram oppvekst og utdanning 2026/ }).click();
  await main.getByRole('link', { name: /søknader$/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Søknader');
  const row = main.getByRole('row', { name: /Utdanningsetaten i Oslo kommune/ });
  await expect(row).toContainText('650');
  await expectAccessible(page);
  await row.getByRole('link', { name: 'Overgangen fra ungdomsskole til videregående' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overgangen fra ungdomsskole til videregående');
  const answers = main.getByRole('region', { name: 'Svarene' });
  await expect(answers.getByText('Mentorordning for elever på 10. trinn i Groruddalen, med oppfølging')).toBeVisible();
  await answers.getByLabel('Vis').selectOption('1');
  await expect(answers.getByText('Mentorordning for elever på 10. trinn i Groruddalen.', { exact: true })).toBeVisible();

  const compare = main.getByRole('region', { name: 'Sammenlign versjoner' });
  await compare.getByRole('button', { name: 'Sammenlign' }).click();
  const table = compare.getByRole('table', { name: 'Endret fra versjon 1 til versjon 2' });
  await expect(table.getByRole('row', { name: /Søknadsbeløp/ })).toContainText('800');
  await expect(table.getByRole('row', { name: /Kort beskrivelse/ }).locator('ins')).toContainText('med oppfølging');
  // The reviews beside it: the demo reviewer's submitted scores and weighted total.
  const reviews = main.getByRole('region', { name: 'Vurderinger' });
  await expect(reviews.getByRole('region', { name: 'Poeng per kriterium og vurderer' }).getByRole('columnheader', { name: /Hanne Lie/ })).toBeVisible();
  await expect(reviews.getByRole('row', { name: /Vektet sum/ })).toContainText('83');
  await expectAccessible(page);

  // Another application, submitted and not yet in review, goes back to its applicant.
  await page.goBack();
  await main.getByRole('row', { name: /Bydel Stovner/ }).getByRole('link', { name: 'Sommerjobb for ungdom i Stovner' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sommerjobb for ungdom i Stovner');
  const back = main.getByRole('region', { name: 'Send tilbake for endringer' });
  await back.getByRole('button', { name: 'Send tilbake' }).click();
  await expect(back.getByLabel('Hva skal søkeren endre?')).toHaveAttribute('aria-invalid', 'true');
  await back.getByLabel('Hva skal søkeren endre?').fill('Legg ved et budsjett per år.');
  await back.getByRole('button', { name: 'Send tilbake' }).click();
  await expect(main.getByText('Søknaden er sendt tilbake til søkeren.')).toBeVisible();
  await expect(main.getByText('Legg ved et budsjett per år.')).toBeVisible();
  await expectAccessible(page);
});
