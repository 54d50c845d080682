import type { Browser, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

/**
 * The whole chain of the portfolio, through the pages alone: a call published, an application
 * drafted by two people of Bydel Sagene and submitted, reviewed, recommended, decided by the
 * operative board in a meeting, and the project the decision created on the programme's public
 * portfolio. Every step has its page; nothing is done through the API.
 */
const SLUG = 'oppvekst-og-utdanning';
const SECOND_CONTRIBUTOR = 'bidragsyter2.sagene@samordna.test';
const BOARD = 'Operativt styre';

/** Signs in in a browser of its own, as another person at another desk. */
async function desk(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** A date-time some days ahead, as a `datetime-local` field takes it. */
function daysAhead(days: number, time: string): string {
  const d = new Date(Date.now() + days * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
}

test('a call is published, applied to by two people of one district, reviewed, decided by the operative board, and the project is on the public portfolio', async ({ page, browser }) => {
  // Four people at their own desks and an axe check on every page: a long journey.
  test.slow();
  const stamp = String(Date.now()).slice(-6);
  const CALL = `Tilskudd til leseløft ${stamp}`;
  const TITLE = `Leseombud på Sagene ${stamp}`;
  const main = page.getByRole('main');

  // The secretariat writes the call: one criterion, a deadline ahead, a form of two fields.
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await page.goto(`/admin/program/${SLUG}/utlysninger`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utlysninger');
  await expectAccessible(page);
  await main.getByRole('button', { name: 'Ny utlysning' }).click();
  await main.getByLabel('Tittel (bokmål)').fill(CALL);
  await main.getByLabel('Ramme (kr)').fill('1000000');
  await main.getByRole('button', { name: 'Opprett utkast' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CALL);
  const criteria = main.getByRole('region', { name: 'Kriterier' });
  await criteria.getByRole('button', { name: 'Legg til kriterium' }).click();
  await criteria.getByLabel('Kriterium 1, navn på bokmål').fill('Relevans');
  await criteria.getByLabel('Kriterium 1, vekt').fill('100');
  await criteria.getByRole('button', { name: 'Lagre kriterier' }).click();
  await expect(criteria.getByText('Endringene er lagret.')).toBeVisible();
  const deadlines = main.getByRole('region', { name: 'Søknadsfrister' });
  await deadlines.getByRole('button', { name: 'Legg til frist' }).click();
  await deadlines.getByLabel('Frist 1, dato og klokkeslett').fill(daysAhead(60, '12:00'));
  await deadlines.getByLabel('Frist 1, betegnelse på bokmål').fill('Fristen');
  await deadlines.getByRole('button', { name: 'Lagre søknadsfrister' }).click();
  await expect(deadlines.getByText('Endringene er lagret.')).toBeVisible();
  const form = main.getByRole('region', { name: 'Søknadsskjema' });
  await form.getByRole('button', { name: 'Legg til del' }).click();
  await form.getByLabel('Del 1: overskrift på bokmål').fill('Om prosjektet');
  await form.getByRole('button', { name: 'Legg til felt i Del 1' }).click();
  await form.getByLabel('Felt 1.1: ledetekst på bokmål').fill('Kort beskrivelse');
  await form.getByRole('group', { name: /^Felt 1\.1/ }).getByLabel('Må fylles ut før søknaden sendes inn').check();
  await form.getByLabel('Type nytt felt i Del 1').selectOption({ label: 'Beløp i kroner' });
  await form.getByRole('button', { name: 'Legg til felt i Del 1' }).click();
  await form.getByLabel('Felt 1.2: ledetekst på bokmål').fill('Søknadsbeløp');
  const amountField = form.getByRole('group', { name: /^Felt 1\.2/ });
  await amountField.getByLabel(/Dette er søknadsbeløpet/).check();
  await amountField.getByLabel('Må fylles ut før søknaden sendes inn').check();
  await form.getByRole('button', { name: 'Lagre søknadsskjema' }).click();
  await expect(form.getByText('Endringene er lagret.')).toBeVisible();
  await expectAccessible(page);
  await main.getByRole('button', { name: 'Åpne utlysningen' }).click();
  await main.getByRole('button', { name: 'Ja, åpne' }).click();
  await expect(main.getByText('Åpen', { exact: true })).toBeVisible();
  const callAdminUrl = new URL(page.url()).pathname;

  // Hanne Lie of Bydel Sagene finds it on the public site and starts an application.
  const hanne = await desk(browser, ACCOUNTS.sageneContributor);
  const hanneMain = hanne.getByRole('main');
  await hanne.goto(`/program/${SLUG}/utlysninger`);
  await hanneMain.getByRole('link', { name: CALL }).click();
  await expect(hanne.getByRole('heading', { level: 1 })).toHaveText(CALL);
  await expectAccessible(hanne);
  await hanneMain.getByRole('link', { name: 'Søk på denne utlysningen' }).click();
  await expect(hanne.getByRole('heading', { level: 1 })).toHaveText('Søknader');
  const callRegion = hanneMain.getByRole('region', { name: CALL });
  await callRegion.getByRole('button', { name: 'Start en søknad' }).click();
  await callRegion.getByLabel('Tittel på søknaden').fill(TITLE);
  await expectAccessible(hanne);
  await callRegion.getByRole('button', { name: 'Opprett søknaden' }).click();
  await expect(hanne.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  // She writes her part: the description.
  const summary = hanneMain.getByLabel('Kort beskrivelse (må fylles ut)');
  await summary.fill('Et leseombud på hver barneskole på Sagene, sammen med biblioteket og helsestasjonen.');
  await summary.blur();
  await expect(hanneMain.getByRole('status').filter({ hasText: /av Hanne Lie\.$/ })).toBeVisible();
  const missing = hanneMain.getByRole('region', { name: 'Dette mangler' });
  await expect(missing.getByRole('link')).toHaveText(['Søknadsbeløp']);
  await expectAccessible(hanne);

  // Jonas Berg of the same district finds the application and writes his part: the amount.
  const jonas = await desk(browser, SECOND_CONTRIBUTOR);
  const jonasMain = jonas.getByRole('main');
  await jonas.goto('/admin/soknader');
  await expect(jonas.getByRole('heading', { level: 1 })).toHaveText('Søknader');
  await expectAccessible(jonas);
  await jonasMain.getByRole('row', { name: new RegExp(TITLE) }).getByRole('link', { name: TITLE }).click();
  await expect(jonasMain.getByLabel('Kort beskrivelse (må fylles ut)')).toHaveValue(/Et leseombud på hver barneskole/);
  const amount = jonasMain.getByLabel('Søknadsbeløp (må fylles ut)');
  await amount.fill('250000');
  await amount.blur();
  await expect(jonasMain.getByRole('status').filter({ hasText: /av Jonas Berg\.$/ })).toBeVisible();
  await expectAccessible(jonas);
  await jonas.context().close();

  // Hanne sees his part and submits.
  await hanne.reload();
  await expect(hanneMain.getByLabel('Søknadsbeløp (må fylles ut)')).toHaveValue('250000');
  await expect(missing).toContainText('Alle felt som må fylles ut, er fylt ut.');
  const actions = hanneMain.getByRole('region', { name: 'Send inn eller trekk søknaden' });
  await actions.getByRole('button', { name: 'Send inn søknaden' }).click();
  await actions.getByRole('button', { name: 'Ja, send inn' }).click();
  await expect(hanneMain.getByText('Søknaden er sendt inn som versjon 1. Du får en kvittering på e-post.')).toBeVisible();
  await expectAccessible(hanne);

  // The secretariat assigns the demo reviewer; she is from another district.
  await page.goto(callAdminUrl);
  await main.getByRole('link', { name: /^\d+ søknad(er)?$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Søknader');
  await expectAccessible(page);
  await main.getByRole('row', { name: /Bydel Sagene/ }).getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const reviews = main.getByRole('region', { name: 'Vurderinger' });
  const reviewer = reviews.getByLabel('Vurderer', { exact: true });
  // Those of the applicant district cannot be chosen.
  await expect(reviewer.locator('option', { hasText: 'Jonas Berg' })).toBeDisabled();
  await reviewer.selectOption({ label: 'Sofie Bakke, Bydel Gamle Oslo' });
  await reviews.getByRole('button', { name: 'Sett som vurderer' }).click();
  await expect(reviews.getByText('Vurdereren er satt.')).toBeVisible();
  await expectAccessible(page);
  const applicationUrl = new URL(page.url()).pathname;

  // The reviewer scores and submits.
  const sofie = await desk(browser, ACCOUNTS.oppvekstReviewer);
  sofie.on('dialog', (dialog) => void dialog.accept());
  const sofieMain = sofie.getByRole('main');
  await sofie.getByRole('navigation', { name: 'Administrasjon' }).getByRole('link', { name: 'Mine vurderinger' }).click();
  await expect(sofie.getByRole('heading', { level: 1 })).toHaveText('Mine vurderinger');
  await expectAccessible(sofie);
  await sofieMain.getByRole('link', { name: TITLE }).click();
  await expect(sofie.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await sofieMain.getByRole('group', { name: /Relevans/ }).getByRole('radio', { name: '5' }).check();
  await sofieMain.getByLabel('Anbefaling').selectOption({ label: 'Innvilges' });
  await sofieMain.getByLabel('Beløp (kroner)').fill('250000');
  await sofieMain.getByLabel('Samlet kommentar').fill('Konkret og godt forankret i bydelen.');
  await expectAccessible(sofie);
  await sofieMain.getByRole('button', { name: 'Send inn vurderingen' }).click();
  await expect(sofieMain.getByText('Vurderingen er sendt inn og kan ikke endres.')).toBeVisible();
  await sofie.context().close();

  // The secretariat releases the scores, recommends a grant and makes the case for the operative board.
  await page.goto(applicationUrl);
  await expect(reviews.getByRole('row', { name: /Vektet sum/ })).toContainText('80');
  await reviews.getByRole('button', { name: 'Frigi poengene til vurdererne' }).click();
  await expect(reviews.getByText('Poengene er frigitt til vurdererne.')).toBeVisible();
  await reviews.getByLabel('Innstilling').selectOption({ label: 'Innvilges' });
  await reviews.getByLabel('Beløp (kroner)').fill('250000');
  await reviews.getByLabel('Begrunnelse til styret').fill('Søknaden innvilges med 250 000 kroner.');
  await reviews.getByRole('button', { name: 'Lagre innstillingen' }).click();
  // Recommended, the application can go to a board. (The form is drawn anew on the application's
  // new revision, and its "saved" message with it: the step to the board is what shows.)
  await expect(reviews.getByRole('heading', { name: 'Sak til styret' })).toBeVisible();
  await reviews.getByLabel('Organ', { exact: true }).selectOption({ label: BOARD });
  await reviews.getByRole('button', { name: 'Lag saken' }).click();
  await expect(reviews.getByText('Søknaden ligger i en sak til')).toBeVisible();
  await expectAccessible(page);

  // The operative board meets: the case on the agenda, the notice out, the meeting held.
  await reviews.getByRole('link', { name: BOARD }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BOARD);
  const wheel = main.locator('#body-meetings');
  await wheel.getByRole('button', { name: 'Planlegg et møte' }).click();
  await wheel.getByLabel('Starter').fill(daysAhead(14, '13:00'));
  await wheel.getByLabel('Tittel (bokmål)').fill(`Søknader ${stamp}`);
  await wheel.getByLabel('Sted').fill('Rådhuset, Oslo');
  await wheel.getByRole('button', { name: 'Legg inn møtet' }).click();
  await expect(wheel.getByText('Møtet er lagt inn.')).toBeVisible();
  await expectAccessible(page);
  await wheel.getByRole('heading', { level: 4 }).filter({ hasText: `Søknader ${stamp}` }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Møte i ${BOARD}`);
  const caseTitle = `Søknad om tilskudd: ${TITLE} (Bydel Sagene)`;
  const agenda = main.locator('#meeting-agenda');
  await agenda.getByLabel('Åpen sak').selectOption({ label: caseTitle });
  await agenda.getByRole('button', { name: 'Sett saken på sakslisten' }).click();
  await expect(agenda.getByText(/^Saken er satt opp som sak \d+\/\d{4}\.$/)).toBeVisible();
  const steps = main.locator('#meeting-steps');
  await steps.getByRole('button', { name: 'Publiser innkallingen' }).click();
  await expect(steps.getByText('Innkallingen er publisert.')).toBeVisible();
  await steps.getByRole('button', { name: 'Marker møtet som avholdt' }).click();
  await expect(steps.getByText('Møtet er markert som avholdt.')).toBeVisible();

  // The decision, as proposed: it decides the application and creates the project.
  const item = main.getByRole('article', { name: new RegExp(`: ${caseTitle.replace(/[()]/g, '\\$&')}$`) });
  await item.getByLabel('Utfall').selectOption({ label: 'Vedtatt' });
  await item.getByRole('button', { name: 'Lagre vedtaket' }).click();
  await expect(item.getByText('Vedtaket er lagret.')).toBeVisible();
  await expect(item.getByRole('paragraph').filter({ hasText: 'Søknaden innvilges med 250 000 kroner.' })).toBeVisible();
  await expectAccessible(page);
  await item.getByRole('link', { name: /^Avgjorde søknaden/ }).click();

  // The project the decision created: the applicant's, with the granted budget. The secretariat puts it on the site.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const facts = main.getByRole('region', { name: 'Fakta' });
  await expect(facts.getByLabel('Eier', { exact: true }).locator('option:checked')).toHaveText('Bydel Sagene');
  await expect(main.getByRole('region', { name: 'Budsjett' }).getByLabel('Innvilget totalt')).toHaveValue('250000');
  await facts.getByLabel('Vis prosjektet på nettstedet').check();
  await facts.getByRole('button', { name: 'Lagre' }).click();
  await expect(main.getByRole('status').getByText('Lagret.').first()).toBeVisible();
  await expectAccessible(page);

  // The public portfolio: the new project beside the ones the board granted before.
  const visitor = await (await browser.newContext()).newPage();
  const visitorMain = visitor.getByRole('main');
  await visitor.goto(`/program/${SLUG}/prosjekter`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Prosjekter');
  await expect(visitorMain.getByRole('link', { name: 'Mattehjelp for ungdomsskoleelever på Sagene' })).toBeVisible();
  await expectAccessible(visitor);
  await visitorMain.getByRole('link', { name: TITLE }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(visitorMain.getByText('Bydel Sagene').first()).toBeVisible();
  await expectAccessible(visitor);
  await visitor.context().close();
  await hanne.context().close();
});
