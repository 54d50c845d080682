import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS, DEMO_PASSWORD } from './fixtures';

const BOARD_MEMBER = 'styremedlem.oppvekst@samordna.test';
const BODY = 'Styringsgruppe for leseløftet';

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 200): Promise<void> {
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

/** Picks the entry whose label starts with `name` after searching for it. */
async function pick(scope: Locator, searchLabel: string, label: string, name: string): Promise<void> {
  await scope.getByLabel(searchLabel, { exact: true }).fill(name);
  const select = scope.getByLabel(label, { exact: true });
  const option = select.locator('option', { hasText: name });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute('value'))!);
}

/** People of the programme's register, as the secretariat keeps them: the board member's entry has their account's e-mail. */
async function addPeople(page: Page): Promise<void> {
  const me = await (await page.request.get('/api/auth/me')).json();
  const programme = await (await page.request.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json();
  for (const person of [
    { name: 'Eli Lundberg', email: 'eli.lundberg@example.org' },
    { name: 'Tor Hauge', email: BOARD_MEMBER.toUpperCase() },
    { name: 'Nils Vikås', email: 'nils.vikas@example.org' },
  ]) {
    const res = await page.request.post('/api/people', { headers: { 'x-csrf-token': me.csrfToken }, data: { ...person, ownerProgrammeId: programme.id } });
    expect(res.status()).toBe(201);
  }
}

/** A date-time two weeks ahead, as a `datetime-local` field takes it. */
function inTwoWeeks(): string {
  const d = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T17:00`;
}

test('the secretariat runs a meeting from a new body to published minutes; a board member declares a conflict of interest', async ({ page, browser }) => {
  await signIn(page, ACCOUNTS.oppvekstSecretariat);
  await addPeople(page);

  // A new body.
  await page.goto('/admin/program/oppvekst-og-utdanning');
  await page.getByRole('link', { name: 'Styringsorganer, møter og saker' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Styringsorganer');
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Nytt styringsorgan' }).click();
  await expect(main.getByRole('heading', { name: 'Nytt styringsorgan' })).toBeFocused();
  await main.getByLabel('Type organ').selectOption({ label: 'Styringsgruppe' });
  await main.getByLabel('Navn (bokmål)').fill(BODY);
  await main.getByLabel('Hvor ofte organet møtes (bokmål)').fill('4 ganger i året');
  await expectAccessible(page);
  await main.getByRole('button', { name: 'Opprett organet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BODY);
  await expect(main.getByText('Organet er opprettet.')).toBeVisible();
  const bodyUrl = page.url();

  // Members: a chair, the board member, and his personal deputy.
  const members = main.locator('#body-members');
  for (const [name, role] of [
    ['Eli Lundberg', 'Leder'],
    ['Tor Hauge', 'Medlem'],
    ['Nils Vikås', 'Personlig vara'],
  ] as const) {
    await pick(members, 'Søk etter person', 'Person', name);
    await members.getByLabel('Rolle', { exact: true }).selectOption({ label: role });
    if (role === 'Personlig vara') await members.getByLabel('Personlig vara for').selectOption({ label: 'Tor Hauge' });
    await members.getByRole('button', { name: 'Legg til medlemmet' }).click();
    await expect(members.getByRole('status').getByText(`${name} er lagt til.`)).toBeVisible();
  }
  await expect(members.getByRole('table').getByText('Nils Vikås')).toBeVisible();

  // A mandate draft.
  const mandate = main.locator('#body-mandate');
  await mandate.getByRole('button', { name: 'Skriv et utkast' }).click();
  await mandate.getByLabel('Mandatteksten (bokmål)').fill('Styringsgruppa skal sørge for at flere barn leser godt.');
  await mandate.getByRole('button', { name: 'Lagre utkastet' }).click();
  await expect(mandate.getByText('Versjon 1 er lagret.')).toBeVisible();
  await expect(mandate.getByRole('table').getByText('Utkast')).toBeVisible();

  // A meeting in two weeks.
  const wheel = main.locator('#body-meetings');
  await wheel.getByRole('button', { name: 'Planlegg et møte' }).click();
  await wheel.getByLabel('Starter').fill(inTwoWeeks());
  await wheel.getByLabel('Sted').fill('Rådhuset, møterom 3');
  await wheel.getByRole('button', { name: 'Legg inn møtet' }).click();
  await expect(wheel.getByText('Møtet er lagt inn.')).toBeVisible();

  // A case whose decision adopts the draft.
  const cases = main.locator('#body-cases');
  await cases.getByRole('button', { name: 'Registrer en sak' }).click();
  await cases.getByLabel('Type sak').selectOption({ label: 'Vedtakssak' });
  await cases.getByLabel('Offentlig tittel (bokmål)').fill('Mandat for styringsgruppa');
  await cases.getByLabel('Forslag til vedtak (bokmål)').fill('Mandatet vedtas.');
  await cases.getByRole('button', { name: 'Legg til en virkning' }).click();
  await cases.getByLabel('Virkning 1').selectOption({ label: 'Vedta et mandatutkast' });
  await cases.getByLabel('Mandatutkast').selectOption({ label: `${BODY}, versjon 1` });
  await expectAccessible(page);
  await cases.getByRole('button', { name: 'Registrer saken' }).click();
  await expect(cases.getByText('Saken er registrert.')).toBeVisible();
  await expectAccessible(page);

  // The meeting page: the agenda.
  await wheel.getByRole('heading', { level: 4 }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Møte i ${BODY}`);
  const meetingUrl = page.url();
  const agenda = main.locator('#meeting-agenda');
  await agenda.getByLabel('Åpen sak').selectOption({ label: 'Mandat for styringsgruppa' });
  await agenda.getByRole('button', { name: 'Sett saken på sakslisten' }).click();
  await expect(agenda.getByText(/^Saken er satt opp som sak 1\/\d{4}\.$/)).toBeVisible();
  await expectAccessible(page);

  // The board member, signed in on his own, finds the meeting and declares a conflict of interest.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, BOARD_MEMBER, DEMO_PASSWORD);
  await member.getByRole('link', { name: 'Mine møter' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Mine møter');
  await expectAccessible(member);
  await member.getByRole('main').getByRole('link', { name: new RegExp(BODY) }).click();
  const own = member.getByRole('main').locator('form').filter({ has: member.getByRole('heading', { name: 'Meld deg inhabil i saken' }) });
  await expect(own.getByLabel('Medlem')).toHaveValue(/.+/);
  await own.getByLabel('Grunn').fill('Styreleder i søkerorganisasjonen');
  await own.getByRole('button', { name: 'Meld inhabilitet' }).click();
  await expect(own.getByText('Inhabiliteten er meldt.')).toBeVisible();
  await expect(member.getByText('Tor Hauge har meldt mulig inhabilitet: Styreleder i søkerorganisasjonen.')).toBeVisible();
  // He sees the items, not the secretariat's steps.
  await expect(member.getByRole('button', { name: 'Publiser innkallingen' })).toHaveCount(0);
  await expectAccessible(member);
  await memberContext.close();

  // Notice, held, attendance, the ruling with the deputy, the decision.
  await page.reload();
  const steps = main.locator('#meeting-steps');
  await steps.getByRole('button', { name: 'Publiser innkallingen' }).click();
  await expect(steps.getByText('Innkallingen er publisert.')).toBeVisible();
  await steps.getByRole('button', { name: 'Marker møtet som avholdt' }).click();
  await expect(steps.getByText('Møtet er markert som avholdt.')).toBeVisible();

  const attendance = main.locator('#meeting-attendance');
  for (const name of ['Eli Lundberg', 'Tor Hauge', 'Nils Vikås']) {
    await attendance.getByRole('group', { name: new RegExp(`^${name}`) }).getByLabel('Til stede').check();
  }
  await attendance.getByRole('button', { name: 'Lagre oppmøtet' }).click();
  await expect(attendance.getByText('Oppmøtet er lagret.')).toBeVisible();

  const item = main.getByRole('article', { name: /^Sak 1\/\d{4}: Mandat for styringsgruppa$/ });
  await item.getByLabel('Organets avgjørelse for Tor Hauge').selectOption({ label: 'Inhabil' });
  await expect(item.getByLabel('Møter i stedet')).toHaveValue(/.+/);
  await item.getByRole('button', { name: 'Lagre avgjørelsen for Tor Hauge' }).click();
  await expect(item.getByText(/Avgjort: inhabil\. Nils Vikås møter i stedet\./)).toBeVisible();

  // A vote from the disqualified member is refused beside his name.
  await item.getByLabel('Utfall').selectOption({ label: 'Vedtatt' });
  await item.getByText('Stemmer (valgfritt)').click();
  await item.getByLabel('Stemmen til Tor Hauge').selectOption({ label: 'For' });
  await item.getByRole('button', { name: 'Lagre vedtaket' }).click();
  await expect(item.getByRole('link', { name: 'Stemmen til Tor Hauge: Medlemmet er inhabilt i denne saken og kan ikke stemme.' })).toBeVisible();
  await expectAccessible(page);

  // By keyboard: the vote taken back, and the decision saved with Enter.
  const vote = item.getByLabel('Stemmen til Tor Hauge');
  await tabTo(page, vote);
  await vote.selectOption({ label: 'Ikke registrert' });
  const save = item.getByRole('button', { name: 'Lagre vedtaket' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(item.getByText('Vedtaket er lagret.')).toBeVisible();
  const adopted = item.getByRole('link', { name: `Vedtok mandatversjon 1 for ${BODY}` });
  await expect(adopted).toBeVisible();
  await expectAccessible(page);

  // At 390 px the meeting page keeps to the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Minutes approved and published.
  await steps.getByRole('button', { name: 'Godkjenn protokollen (møteleder)' }).click();
  await expect(steps.getByText('Protokollen er godkjent.')).toBeVisible();
  await steps.getByRole('button', { name: 'Publiser protokollen' }).click();
  await expect(steps.getByText('Protokollen er publisert.')).toBeVisible();
  await expect(main.getByText('Protokoll publisert', { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  expect(page.url()).toBe(meetingUrl);

  // The draft has become the adopted mandate, by the case.
  await page.goto(bodyUrl);
  const versions = main.locator('#body-mandate').getByRole('table');
  await expect(versions.getByText('Vedtatt', { exact: true })).toBeVisible();
  await expect(versions.getByText(/^Sak 1\/\d{4}/)).toBeVisible();
  await expectAccessible(page);
});
