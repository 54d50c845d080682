import { test, expect, expectAccessible } from './fixtures';

test.describe('sign-in with OpenID Connect', () => {
  test('a known user signs in at the identity provider and lands in the admin area', async ({ page }) => {
    await page.goto('/logg-inn');
    await expectAccessible(page);
    await page.getByRole('link', { name: /ID-porten/i }).click();
    // The local provider's own sign-in form: any password is accepted for a known login.
    await page.locator('input[name="login"]').fill('admin@samordna.test');
    await page.locator('input[name="password"]').fill('irrelevant');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL(/\/admin/);
    const me = await page.request.get('/api/auth/me');
    expect((await me.json()).user.email).toBe('admin@samordna.test');
    // Tokens never reach the browser: only our HttpOnly session cookie exists for this site.
    const cookies = await page.context().cookies(page.url());
    expect(cookies.map((c) => c.name)).toEqual(['samordna_sid']);
    expect(cookies[0]!.httpOnly).toBe(true);
    await expectAccessible(page);
  });

  test('an identity without a Samordna account is refused with a message', async ({ page }) => {
    await page.goto('/api/auth/oidc/login?returnTo=/admin');
    await page.locator('input[name="login"]').fill('stranger@example.org');
    await page.locator('input[name="password"]').fill('irrelevant');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL(/\/logg-inn\?error=OIDC_FAILED/);
    await expect(page.getByText(/ID-porten mislyktes/)).toBeVisible();
    const me = await page.request.get('/api/auth/me');
    expect((await me.json()).user).toBeNull();
    await expectAccessible(page);
  });
});
