import { test, expect, expectAccessible, signIn, ACCOUNTS } from './fixtures';

test('a secretariat of another programme cannot edit oppvekst-og-utdanning', async ({ page }) => {
  await signIn(page, ACCOUNTS.hedmarkSecretariat);
  const main = page.getByRole('main');
  const mine = page.getByRole('region', { name: 'Programmer du administrerer' });
  await expect(mine.getByRole('link', { name: 'Kultur for læring – oppvekstforum i Hedmark' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Delprogram oppvekst og utdanning' })).toHaveCount(0);
  await expectAccessible(page);

  // The public page offers no edit link to this user.
  await page.goto('/program/oppvekst-og-utdanning');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delprogram oppvekst og utdanning');
  await expect(page.getByRole('link', { name: 'Rediger programmet' })).toHaveCount(0);
  await expectAccessible(page);

  // Its own programme does have one.
  await page.goto('/program/kultur-for-laering');
  await expect(page.getByRole('link', { name: 'Rediger programmet' })).toBeVisible();

  // The admin list offers only its own programme.
  await page.goto('/admin/program');
  await expect(main.getByRole('link', { name: 'Kultur for læring – oppvekstforum i Hedmark' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Delprogram oppvekst og utdanning' })).toHaveCount(0);

  // The edit page, reached by its address, says plainly that there is no access and offers no form.
  await page.goto('/admin/program/oppvekst-og-utdanning');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen tilgang');
  await expect(main.getByText('Du har ikke tilgang til å redigere dette programmet.', { exact: false })).toBeVisible();
  await expect(main.getByRole('button')).toHaveCount(0);
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page);

  // And the API refuses, even with a valid CSRF token.
  const me = await (await page.request.get('/api/auth/me')).json();
  expect(me.user.email).toBe(ACCOUNTS.hedmarkSecretariat);
  const programme = await (await page.request.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json();
  const patch = await page.request.patch(`/api/programmes/${programme.id}`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { summary: { nb: 'Endret av feil sekretariat' } },
  });
  expect(patch.status()).toBe(403);
  expect((await patch.json()).code).toBe('FORBIDDEN');
  const contact = await page.request.post(`/api/programmes/${programme.id}/contacts`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { personId: programme.contacts[0].personId, role: 'contact', sortOrder: 0 },
  });
  expect(contact.status()).toBe(403);

  // Nothing changed.
  const after = await (await page.request.get('/api/programmes/by-slug/oppvekst-og-utdanning')).json();
  expect(after.summary).toEqual(programme.summary);
});

test('a secretariat of another programme reads the Oslo programme’s indicator and organisation but cannot change them', async ({ page }) => {
  await signIn(page, ACCOUNTS.hedmarkSecretariat);
  const main = page.getByRole('main');

  // The indicator Oslo keeps is shown read-only, saying who keeps it.
  await page.goto('/admin/indikatorer/barn-lavinntekt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barn i familier med vedvarende lavinntekt');
  await expect(main.getByText('Forvaltes av')).toBeVisible();
  await expect(main.getByText('Delprogram oppvekst og utdanning')).toBeVisible();
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await expect(main.getByRole('button')).toHaveCount(0);
  await expectAccessible(page);

  // An organisation Oslo keeps is not this secretariat's to edit.
  const sagene = (await (await page.request.get('/api/organisations?q=Bydel%20Sagene')).json()).items[0];
  await page.goto(`/admin/organisasjoner/${sagene.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen tilgang');
  await expect(main.getByRole('textbox')).toHaveCount(0);

  // Its own new indicator is kept by its own programme.
  await page.goto('/admin/indikatorer/ny');
  await expect(page.getByLabel('Forvaltes av')).toHaveValue((await (await page.request.get('/api/programmes/by-slug/kultur-for-laering')).json()).id);
  await expectAccessible(page);
});
