import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';
import { EXEMPTION_BASIS, governanceData, MANDATE_TEXT_NN, MANDATE_TEXTS } from './governance-data';

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

test('the public reads the bodies, a mandate and its history, an agenda with an exempt case, minutes and decisions', async ({ page, baseURL }) => {
  const data = await governanceData(baseURL!);
  const main = page.getByRole('main');

  // From the programme page to its governance.
  await page.goto(`/program/${data.slug}`);
  const section = page.getByRole('region', { name: 'Styring' });
  await section.getByRole('link', { name: 'Se organer, mandater og møter' }).click();
  await expect(page).toHaveURL(new RegExp(`/program/${data.slug}/styring$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Styring');
  await expect(main.getByRole('heading', { level: 3, name: 'Styringsgrupper' })).toBeVisible();
  const experts = main.getByRole('region', { name: 'Faggrupper' });
  // The working group sits under its expert group, not among the groups of its own kind.
  const under = experts.getByRole('list', { name: `Organer under ${data.expert.name}` });
  await expect(under.getByRole('link', { name: data.working.name })).toBeVisible();
  await expect(main.getByRole('heading', { level: 3, name: 'Arbeidsgrupper' })).toHaveCount(0);
  const steeringCard = main.getByRole('listitem').filter({ has: page.getByRole('link', { name: data.steering.name, exact: true }) }).first();
  await expect(steeringCard.getByText('4 ganger i året')).toBeVisible();
  await expect(steeringCard.getByText(/^Medlemmer:?$/)).toBeVisible();
  const upcoming = main.getByRole('table', { name: /^Kommende møter/ });
  await expect(upcoming.getByRole('row').filter({ hasText: data.steering.name }).getByText('Innkalling publisert')).toBeVisible();
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/decisions\.rss\?lang=nb$/);
  await expect(page.locator('head link[rel="alternate"][type="text/calendar"]')).toHaveAttribute('href', /\/meetings\.ics\?lang=nb$/);
  // The feeds the page names answer: the calendar with the meetings, the feed with the decisions.
  const calendar = await page.request.get((await main.getByRole('link', { name: /^Møtekalender/ }).getAttribute('href'))!);
  expect(calendar.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await calendar.text()).toContain('BEGIN:VEVENT');
  const feed = await page.request.get((await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href'))!);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(data.openTitle);
  await expectAccessible(page);

  // The expert group's mandate: the version in force, where it was adopted, every version.
  await experts.getByRole('link', { name: data.expert.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.expert.name);
  const mandate = main.getByRole('region', { name: 'Mandat' });
  await expect(mandate.getByText(MANDATE_TEXTS[2]!)).toBeVisible();
  await expect(mandate.getByText('Kilde: revidert 20.01.20 med vedtak i styringsgruppa').first()).toBeVisible();
  const versions = mandate.getByRole('table', { name: 'Versjoner av mandatet, nyeste først' });
  await expect(versions.getByRole('row')).toHaveCount(4);
  await expect(versions.getByRole('row', { name: /Versjon 3 Gjeldende/ })).toBeVisible();
  // The comparison of the last two, then of the first and the last, by words.
  await expect(mandate.getByRole('deletion').filter({ hasText: 'og skriving' }).or(mandate.getByRole('insertion').filter({ hasText: 'regning' })).first()).toBeVisible();
  await mandate.getByLabel('Eldre versjon').selectOption({ label: 'Versjon 1' });
  await mandate.getByRole('button', { name: 'Sammenlign' }).click();
  await expect(mandate.getByText('Endringer fra Versjon 1 til Versjon 3:')).toBeVisible();
  await expect(mandate.getByRole('insertion').filter({ hasText: 'faglige' }).first()).toBeVisible();
  await expectAccessible(page);

  // The steering group: members by role, the deputy under the member, past members on request.
  await page.goto(`/program/${data.slug}/styring/${data.steering.id}`);
  const members = main.getByRole('region', { name: 'Medlemmer', exact: true });
  const deputies = members.getByRole('list', { name: `Personlig vara for Ola Medlem ${data.stamp}` });
  await expect(deputies.getByText(`Per Vara ${data.stamp}`)).toBeVisible();
  await expect(members.getByRole('region', { name: 'Observatører' }).getByText(`Lise Observatør ${data.stamp}`)).toBeVisible();
  await expect(members.getByText(`Gunnar Tidligere ${data.stamp}`)).toHaveCount(0);
  // By keyboard: the link to past members, and on to them.
  await tabTo(page, members.getByRole('link', { name: 'Vis tidligere medlemmer' }));
  await page.keyboard.press('Enter');
  await expect(members.getByRole('table', { name: 'Tidligere medlemmer med periode' }).getByText(`Gunnar Tidligere ${data.stamp}`)).toBeVisible();
  const decisions = main.getByRole('region', { name: 'Vedtak', exact: true });
  await expect(decisions.getByRole('heading', { level: 3, name: new RegExp(data.openTitle) })).toBeVisible();
  await expectAccessible(page);

  // The next meeting: its agenda is out; the exempt case shows only number, title and basis.
  await main.getByRole('table', { name: /^Kommende møter/ }).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/moter/${data.nextMeeting}$`));
  const nextItem = main.getByRole('article', { name: new RegExp(`^Sak \\d+/\\d{4} ${data.exemptTitle} II$`) });
  await expect(nextItem.getByText(`Unntatt offentlighet, ${EXEMPTION_BASIS}`)).toBeVisible();
  await expect(main.getByText('Hemmelig saksframlegg', { exact: false })).toHaveCount(0);
  await expect(main.getByText('Søknad fra Elverum barnehage', { exact: false })).toHaveCount(0);
  await expect(main.getByText('Protokollen er ikke publisert ennå.')).toBeVisible();
  await expect(main.getByRole('link', { name: /Innkalling og saksliste/ })).toHaveAttribute('href', `/api/meetings/${data.nextMeeting}/notice.pdf?lang=nb`);
  await expectAccessible(page);

  // The past meeting's published minutes: attendance, each decision, the exempt one kept closed.
  await page.goto(`/program/${data.slug}/moter/${data.pastMeeting}`);
  const attendance = main.getByRole('table', { name: /^Oppmøte/ });
  await expect(attendance.getByRole('row', { name: new RegExp(`Kari Leder ${data.stamp}.*Til stede`) })).toBeVisible();
  await expect(attendance.getByRole('row', { name: new RegExp(`Ola Medlem ${data.stamp}.*Meldt forfall`) })).toBeVisible();
  const openItem = main.getByRole('article', { name: new RegExp(data.openTitle) });
  await expect(openItem.getByRole('region', { name: 'Vedtak' }).getByText('Vedtatt', { exact: true })).toBeVisible();
  await expect(openItem.getByText(data.decisionText).last()).toBeVisible();
  const closedItem = main.getByRole('article', { name: new RegExp(`${data.exemptTitle}$`) });
  await expect(closedItem.getByText(`Unntatt offentlighet, ${EXEMPTION_BASIS}`)).toBeVisible();
  await expect(main.getByText('Hemmelig saksframlegg', { exact: false })).toHaveCount(0);
  await expect(main.getByRole('link', { name: /^Protokoll/ })).toHaveAttribute('href', `/api/meetings/${data.pastMeeting}/minutes.pdf?lang=nb`);
  const minutes = await page.request.get(`/api/meetings/${data.pastMeeting}/minutes.pdf?lang=nb`);
  expect(minutes.headers()['content-type']).toBe('application/pdf');
  await expectAccessible(page);

  // The programme's decisions, newest first, with the RSS feed.
  await page.goto(`/program/${data.slug}/vedtak`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vedtak');
  await expect(main.getByRole('heading', { level: 2, name: new RegExp(data.openTitle) })).toBeVisible();
  const exemptDecision = main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`${data.exemptTitle}$`) }) });
  await expect(exemptDecision.getByText(`Unntatt offentlighet, ${EXEMPTION_BASIS}`)).toBeVisible();
  await expect(main.getByRole('link', { name: /Vedtak som nyhetsstrøm/ })).toBeVisible();
  await expectAccessible(page);
});

test('in nynorsk on a narrow screen: the bodies, the mandate in nynorsk, the comparison in bokmål, a meeting', async ({ page, baseURL }) => {
  const data = await governanceData(baseURL!);
  const main = page.getByRole('main');
  await page.setViewportSize({ width: 390, height: 844 });

  await page.goto(`/nn/program/${data.slug}/styring`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Styring');
  await expect(main.getByRole('heading', { level: 3, name: 'Faggrupper' })).toBeVisible();
  const steeringCard = main.getByRole('listitem').filter({ has: page.getByRole('link', { name: data.steering.name, exact: true }) }).first();
  await expect(steeringCard.getByText('4 gonger i året')).toBeVisible();
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/decisions\.rss\?lang=nn$/);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await page.goto(`/nn/program/${data.slug}/styring/${data.expert.id}`);
  const mandate = main.getByRole('region', { name: 'Mandat' });
  await expect(mandate.getByText(MANDATE_TEXT_NN)).toBeVisible();
  await expect(mandate.getByText('Mandatet finst berre på bokmål.')).toHaveCount(0);
  // Version 2 has no nynorsk text: the comparison is in bokmål, and says so.
  await expect(mandate.getByText('Samanlikninga blir vist på bokmål, fordi ikkje begge versjonane finst på ditt språk.')).toBeVisible();
  await mandate.getByLabel('Vising').selectOption({ label: 'Side om side' });
  await mandate.getByRole('button', { name: 'Samanlikn' }).click();
  await expect(mandate.getByRole('region', { name: 'Versjon 2' }).getByRole('deletion').first()).toBeVisible();
  await expect(mandate.getByRole('region', { name: 'Versjon 3' }).getByRole('insertion').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await page.goto(`/nn/program/${data.slug}/moter/${data.pastMeeting}`);
  await expect(main.getByRole('table', { name: /^Oppmøte/ }).getByText('Til stades').first()).toBeVisible();
  await expect(main.getByRole('article', { name: new RegExp(`${data.exemptTitle}$`) }).getByText(`Unnateke offentlegheit, ${EXEMPTION_BASIS}`)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test('without JavaScript the pages read whole, and the comparison form and the past members work', async ({ browser, baseURL }) => {
  const data = await governanceData(baseURL!);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  try {
    const page = await context.newPage();
    const main = page.getByRole('main');
    await page.goto(`/program/${data.slug}/styring`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Styring');
    await expect(page.locator('.loading')).toHaveCount(0);
    await main.getByRole('link', { name: data.expert.name, exact: true }).click();
    const mandate = main.getByRole('region', { name: 'Mandat' });
    await expect(mandate.getByText('Endringer fra Versjon 2 til Versjon 3:')).toBeVisible();
    await mandate.getByLabel('Eldre versjon').selectOption({ label: 'Versjon 1' });
    await mandate.getByRole('button', { name: 'Sammenlign' }).click();
    await expect(page).toHaveURL(/[?&]fra=/);
    await expect(mandate.getByText('Endringer fra Versjon 1 til Versjon 3:')).toBeVisible();

    await page.goto(`/program/${data.slug}/styring/${data.steering.id}`);
    await main.getByRole('link', { name: 'Vis tidligere medlemmer' }).click();
    await expect(main.getByText(`Gunnar Tidligere ${data.stamp}`)).toBeVisible();
    await page.goto(`/program/${data.slug}/moter/${data.pastMeeting}`);
    await expect(main.getByRole('article', { name: new RegExp(data.openTitle) }).getByText(data.decisionText).last()).toBeVisible();
  } finally {
    await context.close();
  }
});

test("the programme's secretariat reads an exempt case's texts through the same page; the public does not", async ({ page, baseURL }) => {
  const data = await governanceData(baseURL!);
  const main = page.getByRole('main');
  await signIn(page, ACCOUNTS.hedmarkSecretariat);
  await page.goto(`/program/${data.slug}/moter/${data.nextMeeting}`);
  const item = main.getByRole('article', { name: new RegExp(`${data.exemptTitle} II$`) });
  await expect(item.getByText(`Unntatt offentlighet, ${EXEMPTION_BASIS}`)).toBeVisible();
  await expect(item.getByText(`Søknad fra Elverum barnehage ${data.stamp}`)).toBeVisible();
  await expect(item.getByRole('region', { name: 'Saksframlegg' }).getByText('Hemmelig saksframlegg om en navngitt barnehage.')).toBeVisible();
  await expectAccessible(page);
});
