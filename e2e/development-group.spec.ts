import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn } from './fixtures';

/** The demo's ABSOLUTT accounts (README: fictional people, demo installation only). */
const MEMBER = 'deltaker.hamar@samordna.test';
const FACILITATOR = 'veileder.absolutt@samordna.test';
const RUN = Date.now().toString(36);
const GOAL = `Alle elever har en voksen de stoler på (${RUN})`;
const EFFORT = `Kontaktlærer-samtaler hvert halvår (${RUN})`;
const COMMENT = `Godt grunnlag – knytt endringsbehovene tydeligere til tallene (${RUN}).`;
const SLUG = `oppvekst-hamar-${RUN}`;

/** The page does not scroll sideways: everything fits the width of the screen. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

async function openHamar(page: Page, prefix = ''): Promise<void> {
  await page.goto(`${prefix}/admin/utvikling`);
  await page.getByRole('link', { name: 'Hamar kommune', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hamar kommune');
}

test('a member hands in homework and writes the plan from the area profile; the facilitator comments; the plan becomes a programme with its goals', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, MEMBER);
  await page
    .getByRole('navigation', { name: 'Administrasjon' })
    .getByRole('link', { name: 'Mitt utviklingsarbeid' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mitt utviklingsarbeid');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Hamar kommune', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hamar kommune');
  const groupPath = new URL(page.url()).pathname;

  // The cohort's timeline: gatherings held and ahead, homework with this group's state.
  const timeline = page.getByRole('region', { name: 'Tidslinje' });
  await expect(timeline.getByText('Samling 1: Hvor er vi?')).toBeVisible();
  await expect(timeline.getByText('Holdt').first()).toBeVisible();
  await expect(timeline.getByText('Kommer').first()).toBeVisible();
  await expect(timeline.getByText('Levert', { exact: true }).first()).toBeVisible();
  await expectAccessible(page);

  // The document task: a file of the wrong type is refused at its field, a PDF is taken and handed in.
  const task = page.getByRole('article', { name: 'Aktører og arenaer: hvem gjør hva?' });
  await expect(task.getByText('Ikke levert')).toBeVisible();
  await task
    .getByLabel('Dokument', { exact: true })
    .setInputFiles({
      name: 'notat.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Bare tekst, ikke et dokument'),
    });
  await task.getByRole('button', { name: 'Last opp dokumentet' }).click();
  await expect(
    task.getByText(/^Last opp en PDF-, DOCX-, XLSX- eller ODT-fil/).first(),
  ).toBeVisible();
  await task
    .getByLabel('Dokument', { exact: true })
    .setInputFiles({
      name: 'aktorer-og-arenaer.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
  await task.getByRole('button', { name: 'Last opp dokumentet' }).click();
  await expect(
    task.getByText('aktorer-og-arenaer.pdf er lastet opp.', { exact: false }),
  ).toBeVisible();
  await task
    .getByLabel('Kommentar (valgfri)')
    .fill('Oversikten over aktørene fra møtet i referansegruppa.');
  await task.getByRole('button', { name: 'Lever' }).click();
  await expect(task.getByText(/^Levert \d/)).toBeVisible();
  await expect(task.getByRole('link', { name: 'Last ned aktorer-og-arenaer.pdf' })).toBeVisible();
  await expect(task.getByRole('button', { name: 'Lever' })).toHaveCount(0);

  // The plan opens with the municipality's area profile.
  await page.getByRole('link', { name: 'Åpne utviklingsplanen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Utviklingsplan for Hamar kommune',
  );
  const partOne = page.getByRole('region', { name: 'Del 1: Hvor er vi?' });
  const profile = partOne.getByRole('table', { name: 'Indikatorene for Hamar' });
  await expect(profile).toBeVisible();
  expect(await profile.getByRole('rowheader').count()).toBeGreaterThan(1);
  await expectAccessible(page);

  // The four parts, in the group's words.
  await partOne
    .getByLabel('Styrker', { exact: true })
    .fill(`Barnehagedekningen er høy, og grunnskolepoengene går opp (${RUN}).`);
  await partOne
    .getByLabel('Svakheter', { exact: true })
    .fill('For få fullfører videregående innen fem år.');
  await partOne
    .getByLabel('Endringsbehov', { exact: true })
    .fill('Tryggere overganger og faste møteplasser mellom skole og helse.');
  const partTwo = page.getByRole('region', { name: 'Del 2: Hvor vil vi?' });
  await partTwo
    .getByLabel('Framtidsbilder', { exact: true })
    .fill('Alle barn og unge i Hamar hører til og lærer mye.');
  await partTwo.getByRole('button', { name: 'Legg til mål' }).click();
  const newGoal = partTwo.getByRole('group', { name: 'Mål 4' });
  await expect(newGoal.getByLabel('Mål', { exact: true })).toBeFocused();
  await newGoal.getByLabel('Mål', { exact: true }).fill(GOAL);
  const partThree = page.getByRole('region', { name: 'Del 3: Hvem gjør hva?' });
  await partThree.getByRole('button', { name: 'Legg til aktør' }).click();
  const newActor = partThree.getByRole('group', { name: 'Aktør 5' });
  await newActor.getByLabel('Aktør', { exact: true }).fill('Elevrådene');
  await newActor
    .getByLabel('Rolle i arbeidet')
    .fill('Sier hva elevene trenger før tiltakene settes i gang.');
  await newActor.getByLabel('Arena').selectOption({ label: 'Referansegruppe' });
  const partFour = page.getByRole('region', { name: 'Del 4: Hvordan får vi det til?' });
  await partFour.getByRole('button', { name: 'Legg til tiltak' }).click();
  const newEffort = partFour.getByRole('group', { name: 'Tiltak 5' });
  await newEffort.getByLabel('Tiltak', { exact: true }).fill(EFFORT);
  await newEffort.getByLabel('Ansvarlig').fill('Rektorene');
  await newEffort.getByLabel('Fra år').fill('2027');
  await newEffort.getByLabel('Til år').fill('2026');
  await newEffort.getByRole('checkbox', { name: GOAL }).check();
  await newEffort.getByLabel('Oppfølging for varig forbedring').fill('Elevundersøkelsen hvert år.');

  // An error is named in the summary and shown at its field.
  await page.getByRole('button', { name: 'Lagre planen' }).click();
  await expect(
    page.getByRole('link', {
      name: 'Tiltak 5: Til år: Perioden kan ikke slutte før den begynner.',
    }),
  ).toBeVisible();
  await expect(newEffort.getByLabel('Til år')).toHaveAttribute('aria-invalid', 'true');
  await newEffort.getByLabel('Til år').fill('2028');
  await page.getByRole('button', { name: 'Lagre planen' }).click();
  await expect(page.getByText('Planen er lagret.')).toBeVisible();
  await expectAccessible(page);
  const planPath = new URL(page.url()).pathname;

  // The facilitator reads the plan and comments on part one.
  const other = await browser.newContext({ baseURL });
  try {
    const facilitator = await other.newPage();
    await signIn(facilitator, FACILITATOR);
    await facilitator.goto(planPath);
    await expect(facilitator.getByRole('heading', { level: 1 })).toHaveText(
      'Utviklingsplan for Hamar kommune',
    );
    const part = facilitator.getByRole('region', { name: 'Del 1: Hvor er vi?' });
    await expect(
      part.getByText(`Barnehagedekningen er høy, og grunnskolepoengene går opp (${RUN}).`),
    ).toBeVisible();
    await expect(facilitator.getByRole('button', { name: 'Lagre planen' })).toHaveCount(0);
    await part.getByLabel('Kommentar til «Hvor er vi?»').fill(COMMENT);
    await part.getByRole('button', { name: 'Legg inn kommentaren' }).click();
    await expect(part.getByText('Kommentaren er lagt inn.')).toBeVisible();
    await expect(part.getByText(COMMENT)).toBeVisible();
    await expectAccessible(facilitator);
  } finally {
    await other.close();
  }

  // The member sees the comment, and turns the plan into the municipality's own programme.
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Del 1: Hvor er vi?' }).getByText(COMMENT),
  ).toBeVisible();
  const conversion = page.getByRole('region', { name: 'Fra plan til eget program' });
  await conversion.getByLabel('Adresse').fill(SLUG);
  await conversion.getByLabel('Navn (bokmål)').fill(`Oppvekst i Hamar ${RUN}`);
  await conversion.getByRole('button', { name: 'Gjør planen til et program' }).click();
  await expect(conversion.getByText(/^Vil du lage programmet/)).toBeFocused();
  await conversion.getByRole('button', { name: 'Ja, lag programmet' }).click();
  await expect(conversion.getByText(/^Programmet er laget med 4 mål, 5 tiltak/)).toBeVisible();
  await conversion.getByRole('link', { name: 'Gå til programmet' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/program/${SLUG}$`));
  await page.goto(`/admin/program/${SLUG}/mal`);
  await expect(page.getByText(GOAL).first()).toBeVisible();
  await expectAccessible(page);

  // Once done, the plan links to the programme instead of offering the step again.
  await page.goto(planPath);
  await expect(
    page
      .getByRole('region', { name: 'Fra plan til eget program' })
      .getByRole('link', { name: 'Gå til programmet' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gjør planen til et program' })).toHaveCount(0);

  // On a phone (390 px) the group page and the plan fit the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(groupPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hamar kommune');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.goto(planPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Utviklingsplan for Hamar kommune',
  );
  await expect(page.getByRole('table', { name: 'Indikatorene for Hamar' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test('in nynorsk, a member reads the group and its plan, and writes, changes and deletes a meeting note', async ({
  page,
}) => {
  await signIn(page, MEMBER);
  await page.goto('/nn/admin/utvikling');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mitt utviklingsarbeid');
  await expectAccessible(page);
  await openHamar(page, '/nn');
  await expect(page.getByRole('heading', { level: 2, name: 'Heimeoppgåver' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Tidslinje' }).getByText('Halden').first(),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Oppmøte for Hamar kommune' })).toBeVisible();

  const notes = page.getByRole('region', { name: 'Møtenotat' });
  const title = `Møte med elevrådet (${RUN})`;
  await notes.getByLabel('Type møte').selectOption({ label: 'Møte i referansegruppa' });
  await notes.getByLabel('Møtedato').fill('2026-02-03');
  await notes.getByLabel('Tittel').fill(title);
  await notes
    .getByLabel('Notat', { exact: true })
    .fill('Elevane vil ha faste samtalar med kontaktlæraren.');
  await notes.getByRole('button', { name: 'Legg til notat' }).click();
  const note = notes.getByRole('article', { name: title });
  await expect(note).toContainText('Møte i referansegruppa');
  await expectAccessible(page);

  await note.getByRole('button', { name: `Endre notatet «${title}»` }).click();
  await note
    .getByLabel('Notat', { exact: true })
    .fill('Elevane vil ha faste samtalar med kontaktlæraren kvart halvår.');
  await note.getByRole('button', { name: 'Lagre' }).click();
  await expect(notes.getByText(`Notatet «${title}» er lagra.`)).toBeVisible();
  await expect(note).toContainText('kvart halvår');
  await note.getByRole('button', { name: `Slett notatet «${title}»` }).click();
  await note.getByRole('button', { name: 'Ja, slett' }).click();
  await expect(notes.getByText(`Notatet «${title}» er sletta.`)).toBeVisible();
  await expect(notes.getByRole('article', { name: title })).toHaveCount(0);

  await page.getByRole('link', { name: 'Opne utviklingsplanen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Utviklingsplan for Hamar kommune',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Del 1: Kvar er vi?' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Del 1: Kvar er vi?' })
      .getByRole('table', { name: 'Indikatorane for Hamar' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Last ned planen som PDF' })).toHaveAttribute(
    'href',
    /\/plan\.pdf\?lang=nn$/,
  );
  await expectAccessible(page);
});
