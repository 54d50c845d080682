import { request, type Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, DEMO_PASSWORD } from './fixtures';

/**
 * Development programmes (KS ABSOLUTT), the programme office's side and the public page: the
 * office sets up a cohort with a gathering and an invitation, marks attendance at a gathering of
 * the demo's cohort in Innlandet, and a visitor reads the programme's content, cohorts and
 * gatherings, and a group's published plan.
 */
const SLUG = 'absolutt';
const OFFICE = 'sekretariat.absolutt@samordna.test';
const MEMBER = 'deltaker.hamar@samordna.test';
const RUN = Date.now().toString(36);

async function openDemoCohort(page: Page, prefix = ''): Promise<void> {
  await page.goto(`${prefix}/admin/program/${SLUG}/utvikling`);
  await page.getByRole('table', { name: 'Kull' }).getByRole('link', { name: /Innlandet/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Innlandet/);
}

test('the office sets up a cohort: a gathering and an invited municipality (nb)', async ({ page }) => {
  await signIn(page, OFFICE);
  await page.goto(`/admin/program/${SLUG}`);
  await page.getByRole('link', { name: 'Utviklingsprogram: innhold, kull og deltakergrupper' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Utviklingsprogram – ABSOLUTT/);
  // The content editor holds the programme's perspectives and competence goals.
  await expect(page.getByLabel('Tittel på perspektiv 1 (bokmål)')).toHaveValue('Kunnskapsgrunnlag og kvalitet');
  await expect(page.getByLabel('Kompetansemål 4 (nynorsk)')).toHaveValue(/^Auka forståing/);
  await expectAccessible(page);

  const name = `Viken 2027–2028 ${RUN}`;
  const create = page.getByRole('region', { name: 'Nytt kull' });
  await create.getByRole('button', { name: 'Opprett kullet' }).click();
  await expect(create.getByRole('link', { name: 'Navn på kullet (bokmål): Feltet må fylles ut.' })).toBeVisible();
  await create.getByLabel('Navn på kullet (bokmål)').fill(name);
  await create.getByLabel('Region', { exact: true }).fill('Viken');
  await create.getByLabel('Første dag').fill('2027-09-01');
  await create.getByLabel('Siste dag').fill('2028-06-15');
  await create.getByRole('button', { name: 'Opprett kullet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('Kullet er opprettet.', { exact: false })).toBeVisible();
  await expect(page.getByText('Kullet har ingen samlinger ennå.')).toBeVisible();
  await expectAccessible(page);

  const gathering = page.getByRole('region', { name: 'Ny samling' });
  await gathering.getByLabel('Tittel', { exact: true }).fill(`Samling 1 i Viken ${RUN}`);
  await gathering.getByLabel('Starter').fill('2027-10-12T09:30');
  await gathering.getByLabel('Slutter').fill('2027-10-12T15:30');
  await gathering.getByLabel('Sted', { exact: true }).fill('Drammen rådhus');
  await gathering.getByLabel('Program', { exact: true }).fill('09:30 | Velkommen | KS\n10:00 | Hvor er vi?');
  await gathering.getByRole('button', { name: 'Legg til samlingen' }).click();
  const gatherings = page.getByRole('table', { name: 'Samlinger' });
  await expect(gatherings.getByRole('row', { name: new RegExp(`Samling 1 i Viken ${RUN}`) })).toContainText('Drammen rådhus');
  await expect(gatherings.getByRole('link', { name: `Program, video og materiell for Samling 1 i Viken ${RUN}` })).toHaveAttribute('href', /\/admin\/arrangementer\//);

  const invite = page.getByRole('region', { name: 'Inviter en kommune eller fylkeskommune' });
  await invite.getByLabel('Søk etter kommune eller fylkeskommune').fill('Kongsvinger');
  const organisation = invite.getByLabel('Kommune eller fylkeskommune', { exact: true });
  await expect(organisation.locator('option', { hasText: 'Kongsvinger kommune' })).toHaveCount(1);
  await organisation.selectOption({ label: 'Kongsvinger kommune' });
  await invite.getByRole('button', { name: 'Inviter', exact: true }).click();
  await expect(invite.getByText('Kongsvinger kommune er invitert.')).toBeVisible();
  const groups = page.getByRole('table', { name: 'Deltakergrupper' });
  await expect(groups.getByRole('row', { name: /Kongsvinger kommune/ })).toContainText('Invitert');
  // The same municipality cannot be invited twice.
  await invite.getByLabel('Søk etter kommune eller fylkeskommune').fill('Kongsvinger');
  await expect(organisation.locator('option', { hasText: 'Kongsvinger kommune' })).toHaveCount(1);
  await organisation.selectOption({ label: 'Kongsvinger kommune' });
  await invite.getByRole('button', { name: 'Inviter', exact: true }).click();
  await expect(invite.getByRole('link', { name: 'Kommune eller fylkeskommune: Kommunen eller fylkeskommunen er allerede invitert til kullet.' })).toBeVisible();
  await expect(groups.getByRole('row', { name: /Kongsvinger kommune/ })).toHaveCount(1);
  await expectAccessible(page);

  // The new cohort is on the public programme page with its gathering.
  await page.goto(`/program/${SLUG}`);
  const cohort = page.getByRole('article', { name });
  await expect(cohort).toContainText('Viken');
  await expect(cohort.getByRole('link', { name: `Samling 1 i Viken ${RUN}` })).toBeVisible();
  // Invited is not taking part.
  await expect(cohort).not.toContainText('Kongsvinger');
});

test('the office marks attendance at a gathering; a member missing puts the group below its commitment (nn)', async ({ page }) => {
  await signIn(page, OFFICE);
  await page.goto(`/nn/admin/program/${SLUG}/utvikling`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Utviklingsprogram – ABSOLUTT/);
  await expectAccessible(page);
  await openDemoCohort(page, '/nn');
  await expectAccessible(page);

  const groups = page.getByRole('table', { name: 'Deltakargrupper' });
  const hamar = groups.getByRole('row', { name: /Hamar kommune/ });
  const elverum = groups.getByRole('row', { name: /Elverum kommune/ });
  // The demo: one of Elverum's members missed the second gathering; Hamar came in full.
  await expect(elverum).toContainText('Under forpliktinga');
  await expect(hamar).not.toContainText('Under forpliktinga');

  const gathering = page.getByLabel('Samling', { exact: true });
  await expect(gathering.locator('option:checked')).toHaveText(/^Samling 2: Hvor vil vi\?/);
  const kristin = page.getByRole('checkbox', { name: 'Kristin Haug (Hamar kommune) møtte' });
  const knut = page.getByRole('checkbox', { name: 'Knut Rønning (Elverum kommune) møtte' });
  await expect(kristin).toBeChecked();
  await expect(knut).not.toBeChecked();
  await expect(page.getByRole('table', { name: /^Oppmøte på Samling 2/ })).toContainText(/møtte/);

  await kristin.uncheck();
  await page.getByRole('button', { name: 'Lagre oppmøtet' }).click();
  await expect(page.getByText(/^Oppmøtet er lagra/)).toBeVisible();
  await expect(hamar).toContainText('Under forpliktinga');

  // Marked again: the group is back at its commitment, after a reload too.
  await kristin.check();
  await page.getByRole('button', { name: 'Lagre oppmøtet' }).click();
  await expect(hamar).not.toContainText('Under forpliktinga');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Kristin Haug (Hamar kommune) møtte' })).toBeChecked();
  await expect(page.getByRole('table', { name: 'Deltakargrupper' }).getByRole('row', { name: /Hamar kommune/ })).not.toContainText('Under forpliktinga');

  // The first gathering: everyone came.
  await page.getByLabel('Samling', { exact: true }).selectOption({ index: 0 });
  await expect(page.getByRole('table', { name: /^Oppmøte på Samling 1/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Knut Rønning (Elverum kommune) møtte' })).toBeChecked();
  await expectAccessible(page);
});

test('a visitor reads the programme: perspectives, cycle, competence goals, cohorts, gatherings and a published plan (nb and nn)', async ({ page, baseURL }) => {
  // Hamar's group publishes its plan first (a visitor's browser keeps public pages for a minute).
  const member = await request.newContext({ baseURL });
  const csrf = await (await member.get('/api/auth/csrf')).json();
  const me = await (await member.post('/api/auth/login', { headers: { 'x-csrf-token': csrf.csrfToken }, data: { email: MEMBER, password: DEMO_PASSWORD } })).json();
  const mine = await (await member.get('/api/me/development-groups')).json();
  const groupId = mine.items.find((g: { organisationName: string }) => g.organisationName === 'Hamar kommune').id as string;
  const publish = async (isPublic: boolean) => {
    const plan = await (await member.get(`/api/groups/${groupId}/plan`)).json();
    const { revision, strengths, weaknesses, needs, futureImages, goals, actors, efforts } = plan;
    const res = await member.put(`/api/groups/${groupId}/plan`, { headers: { 'x-csrf-token': me.csrfToken }, data: { revision, strengths, weaknesses, needs, futureImages, goals, actors, efforts, isPublic } });
    expect(res.status(), await res.text()).toBe(200);
  };
  expect((await page.request.get(`/program/${SLUG}/utviklingsplan/${groupId}`)).status()).toBe(404);
  await publish(true);
  try {
    // In the first HTML, before any script.
    const html = await (await page.request.get(`/program/${SLUG}`)).text();
    for (const text of ['Kunnskapsgrunnlag og kvalitet', 'Hvordan får vi det til?', 'Økt rolleforståelse', 'Samling 1: Hvor er vi?', 'Hamar kommune']) expect(html).toContain(text);

    await page.goto(`/program/${SLUG}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Perspektiver' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Framtidsbilder' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Forbedringssirkelen' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Kompetansemål' })).toBeVisible();
    const cohort = page.getByRole('article', { name: /Innlandet/ });
    await expect(cohort).toContainText('Elverum kommune');
    await expect(cohort).not.toContainText('Hedmark fylkeskommune');
    // Only Hamar's plan is public.
    await expect(cohort.getByRole('link', { name: /^Utviklingsplanen til/ })).toHaveCount(1);
    await expectAccessible(page);
    await cohort.getByRole('link', { name: 'Samling 2: Hvor vil vi?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samling 2: Hvor vil vi?');
    await expectAccessible(page);

    await page.goto(`/program/${SLUG}`);
    await page.getByRole('link', { name: 'Utviklingsplanen til Hamar kommune' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utviklingsplan for Hamar kommune');
    await expect(page.getByRole('heading', { level: 2, name: '1. Hvor er vi?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Last ned planen som PDF' })).toHaveAttribute('href', `/api/groups/${groupId}/plan.pdf?lang=nb`);
    await expectAccessible(page);

    await page.goto(`/nn/program/${SLUG}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Perspektiv', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Framtidsbilete' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^Kven gjer kva\?$/ })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: 'Kull og samlingar' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Utviklingsplanen til Hamar kommune' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utviklingsplan for Hamar kommune');
    await expect(page.getByRole('heading', { level: 2, name: '1. Kvar er vi?' })).toBeVisible();
    await expectAccessible(page);
  } finally {
    await publish(false);
    await member.dispose();
  }
  // Not public any more: no page.
  expect((await page.request.get(`/program/${SLUG}/utviklingsplan/${groupId}`)).status()).toBe(404);
});

test('the cohort page fits a 390 px phone', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await signIn(page, OFFICE);
    await openDemoCohort(page);
    await page.locator('html[data-live]').waitFor({ state: 'attached' });
    await expect(page.getByRole('table', { name: 'Deltakergrupper' })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectAccessible(page);
  } finally {
    await context.close();
  }
});
