import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'kultur-for-laering';
const GOAL = 'Viktige aktører i oppvekstfeltet har et forpliktende samarbeid';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Picks the entry whose label starts with `name` after searching for it. */
async function pick(
  scope: Locator,
  searchLabel: string,
  label: string,
  name: string,
): Promise<void> {
  await scope.getByLabel(searchLabel, { exact: true }).fill(name);
  const select = scope.getByLabel(label, { exact: true });
  const option = select.locator('option', { hasText: name });
  await expect(option.first()).toBeAttached();
  await select.selectOption((await option.first().getAttribute('value'))!);
}

/** The API as the signed-in page: its cookie, and the CSRF token of its session. */
async function apiOf(page: Page) {
  const me = await (await page.request.get('/api/auth/me')).json();
  const send = async (method: 'POST' | 'PUT', path: string, data?: unknown) => {
    const res = await page.request.fetch(path, {
      method,
      headers: { 'x-csrf-token': me.csrfToken },
      data,
    });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json();
  };
  const get = async (path: string) => {
    const res = await page.request.get(path);
    expect(res.status(), `GET ${path}`).toBe(200);
    return res.json();
  };
  return { send, get };
}

test('the secretariat writes an action programme, a decision adopts it, it is published; the public reads it and finds its effort under the goal', async ({
  page,
  browser,
}) => {
  const stamp = String(Date.now()).slice(-5);
  const title = `Handlingsprogram for lesing ${stamp}`;
  const effortTitle = `Lesestart i alle barnehager ${stamp}`;
  const bodyName = `Strategisk styre ${stamp}`;
  await signIn(page, ACCOUNTS.hedmarkSecretariat);
  const api = await apiOf(page);
  const programme = await api.get(`/api/programmes/by-slug/${SLUG}`);
  const [org] = (await api.get('/api/organisations?limit=1')).items as {
    id: string;
    name: string;
  }[];
  // The body and its meeting yesterday, made through the API: the admin journey runs them through the pages.
  const body = await api.send('POST', `/api/programmes/${programme.id}/bodies`, {
    kind: 'strategic_board',
    name: { nb: bodyName },
    isPublic: true,
  });
  const yesterday = new Date(Date.now() - 86_400_000);
  yesterday.setUTCHours(9, 0, 0, 0);
  const meeting = await api.send('POST', `/api/bodies/${body.id}/meetings`, {
    startsAt: yesterday.toISOString(),
    place: 'Hamar rådhus',
  });
  const main = page.getByRole('main');

  // A new action programme from the programme's governance.
  await page.goto(`/admin/program/${SLUG}/styring`);
  const section = main.getByRole('region', { name: 'Handlingsprogrammer' });
  await section.getByRole('button', { name: 'Nytt handlingsprogram' }).click();
  const create = section.locator('form');
  await create.getByLabel('Tittel (bokmål)').fill(title);
  await create.getByLabel('Fra år').fill('2023');
  await create.getByLabel('Til år').fill('2026');
  await expectAccessible(page);
  await create.getByRole('button', { name: 'Opprett handlingsprogrammet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(main.getByText('Utkast', { exact: true })).toBeVisible();
  const editorUrl = page.url();

  // The challenges, a priority and an effort tied to a goal of the tree.
  const form = main.locator('form');
  await form
    .getByLabel('Utfordringer (bokmål)')
    .fill('For mange barn leser for dårlig når de begynner på skolen.');
  await form
    .getByLabel('Utfordringer (nynorsk)')
    .fill('For mange born les for dårleg når dei byrjar på skulen.');
  await form.getByRole('button', { name: 'Legg til en prioritering' }).click();
  const priority = form.getByRole('region', { name: 'Prioritering 1' });
  // A new entry's first field takes focus.
  await expect(priority.getByLabel('Prioritering (bokmål)')).toBeFocused();
  await priority.getByLabel('Prioritering (bokmål)').fill('Tidlig innsats for lesing');
  await priority.getByRole('button', { name: 'Legg til et tiltak under Prioritering 1' }).click();
  const effort = priority.getByRole('group', { name: 'Tiltak 1.1' });
  await expect(effort.getByLabel('Tiltak (bokmål)')).toBeFocused();
  await effort.getByLabel('Tiltak (bokmål)').fill(effortTitle);
  await pick(effort, 'Søk etter organisasjon', 'Ansvarlig organisasjon', org!.name);
  await effort.getByLabel('Finansieringsbehov (kroner)').fill('1 500 000');
  await effort.getByRole('group', { name: 'Mål tiltaket bidrar til' }).getByLabel(GOAL).check();
  await expectAccessible(page);
  // The editor fits a phone too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await form.getByRole('button', { name: 'Lagre handlingsprogrammet' }).click();
  await expect(main.getByText('Endringene er lagret.')).toBeVisible();

  // A case whose decision adopts it.
  await page.goto(`/admin/styringsorgan/${body.id}`);
  const cases = main.locator('#body-cases');
  await cases.getByRole('button', { name: 'Registrer en sak' }).click();
  await cases.getByLabel('Type sak').selectOption({ label: 'Vedtakssak' });
  await cases.getByLabel('Offentlig tittel (bokmål)').fill(`Handlingsprogram 2023–2026 ${stamp}`);
  await cases.getByLabel('Forslag til vedtak (bokmål)').fill('Handlingsprogrammet vedtas.');
  await cases.getByRole('button', { name: 'Legg til en virkning' }).click();
  await cases.getByLabel('Virkning 1').selectOption({ label: 'Vedta et handlingsprogram' });
  await cases.getByLabel('Handlingsprogram', { exact: true }).selectOption({ label: title });
  await expectAccessible(page);
  await cases.getByRole('button', { name: 'Registrer saken' }).click();
  await expect(cases.getByText('Saken er registrert.')).toBeVisible();

  // On the meeting's agenda, the meeting held, the decision recorded (through the API).
  const kase = ((await api.get(`/api/bodies/${body.id}/cases`)).cases as { id: string }[])[0]!;
  await api.send('POST', `/api/meetings/${meeting.id}/items`, { caseId: kase.id });
  await api.send('POST', `/api/meetings/${meeting.id}/notice`);
  await api.send('POST', `/api/meetings/${meeting.id}/held`);
  const item = (
    (await api.get(`/api/meetings/${meeting.id}`)).items as { id: string; number: string }[]
  )[0]!;
  await api.send('POST', `/api/agenda-items/${item.id}/decision`, { outcome: 'adopted' });

  // Adopted: read only, the decision named; the secretariat publishes it.
  await page.goto(editorUrl);
  await expect(main.getByText('Vedtatt', { exact: true })).toBeVisible();
  await expect(
    main.getByRole('link', { name: `Vedtatt i sak ${item.number} i ${bodyName}` }),
  ).toHaveAttribute('href', `/admin/moter/${meeting.id}`);
  await expect(main.getByRole('button', { name: 'Lagre handlingsprogrammet' })).toHaveCount(0);
  await expectAccessible(page);
  await main.getByRole('button', { name: 'Publiser handlingsprogrammet' }).click();
  await expect(main.getByText('Handlingsprogrammet er publisert.')).toBeVisible();
  await expect(main.getByText('Publisert', { exact: true })).toBeVisible();

  // The public, from the governance page to the action programme.
  const visitor = await (await browser.newContext()).newPage();
  const pub = visitor.getByRole('main');
  await visitor.goto(`/program/${SLUG}/styring`);
  await expectAccessible(visitor);
  await pub
    .getByRole('region', { name: 'Handlingsprogrammer' })
    .getByRole('link', { name: title })
    .click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(pub.getByText('2023–2026')).toBeVisible();
  await expect(
    pub.getByRole('link', { name: `Vedtatt i sak ${item.number} i ${bodyName}` }),
  ).toHaveAttribute('href', `/program/${SLUG}/moter/${meeting.id}`);
  const effortView = pub
    .getByRole('listitem')
    .filter({ has: visitor.getByRole('heading', { name: effortTitle }) });
  await expect(effortView.getByText(org!.name)).toBeVisible();
  await expect(effortView.getByText(/^1\s500\s000\skr$/)).toBeVisible();
  await expectAccessible(visitor);
  const apUrl = new URL(visitor.url()).pathname;

  // At 390 px nothing runs sideways.
  await visitor.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(visitor);
  await expectNoSidewaysScroll(visitor);
  await visitor.setViewportSize({ width: 1280, height: 800 });

  // The goal it serves, and the effort under that goal on the goals page.
  await effortView.getByRole('link', { name: GOAL }).click();
  await expect(visitor).toHaveURL(new RegExp(`/program/${SLUG}/mal#goal-`));
  const goal = pub.getByRole('region', { name: GOAL });
  await expect(goal.getByRole('heading', { name: 'Tiltak som bidrar til målet' })).toBeVisible();
  await expect(goal.getByRole('link', { name: effortTitle })).toHaveAttribute(
    'href',
    new RegExp(`${apUrl}#effort-`),
  );
  await expectAccessible(visitor);

  // In nynorsk.
  await visitor.goto(`/nn${apUrl}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(
    pub.getByRole('link', { name: `Vedteke i sak ${item.number} i ${bodyName}` }),
  ).toBeVisible();
  await expect(
    pub.getByText('For mange born les for dårleg når dei byrjar på skulen.'),
  ).toBeVisible();
  await expect(
    pub.getByRole('heading', { level: 2, name: 'Prioriteringar og tiltak' }),
  ).toBeVisible();
  await expectAccessible(visitor);
  await visitor.context().close();

  // Rendered on the server: the page and the effort under its goal read without script.
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto(apUrl);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.getByRole('heading', { name: effortTitle })).toBeVisible();
  await expect(reader.getByText(/^1\s500\s000\skr$/)).toBeVisible();
  await reader.goto(`/program/${SLUG}/mal`);
  await expect(
    reader.getByRole('region', { name: GOAL }).getByRole('link', { name: effortTitle }),
  ).toBeVisible();
  await reader.context().close();
});
