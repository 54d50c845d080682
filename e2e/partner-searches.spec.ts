import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

const SLUG = 'oppvekst-og-utdanning';
const SEARCH = 'Young people shaping their neighbourhoods';

test('a partner search is assessed against the criteria and joined, creating the project with the lead abroad as coordinator', async ({ page }) => {
  await signIn(page, ACCOUNTS.sageneContributor);
  await page.goto(`/admin/program/${SLUG}/prosjekter`);
  await page.getByRole('link', { name: 'Partnersøk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnersøk');
  await expect(page.getByRole('row', { name: /Digital leadership for school principals/ })).toContainText('Takket nei');
  await expectAccessible(page);

  await page.getByRole('link', { name: SEARCH }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEARCH);
  const assessment = page.getByRole('region', { name: 'Vurdering' });
  await assessment.getByRole('group', { name: 'Vi har kapasitet og egenandel' }).getByLabel('Delvis').check();
  await assessment.getByRole('group', { name: /Involverer ansatte på ulike nivåer/ }).getByLabel('Ja').check();
  await assessment.getByRole('button', { name: 'Lagre vurderingen' }).click();
  await expect(page.getByText('Lagret').first()).toBeVisible();

  // Declining needs the reason; joining does not.
  const decision = page.getByRole('region', { name: 'Beslutning' });
  await decision.getByRole('button', { name: 'Takk nei' }).click();
  await expect(decision.getByText('Feltet må fylles ut.').first()).toBeVisible();
  await expectAccessible(page);
  await decision.getByLabel('Begrunnelse').fill('Fritidsklubbene og ungdomsrådet blir med; planavdelingen følger opp.');
  await decision.getByRole('button', { name: 'Bli med som partner' }).click();
  await expect(page.getByText('Med som partner').first()).toBeVisible();
  await page.getByRole('link', { name: 'Gå til prosjektet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEARCH);
  await expect(page.getByRole('region', { name: 'Partnere' }).getByLabel(/Navn/).first()).toHaveValue(/Rīgas valstspilsētas pašvaldība/);
});
