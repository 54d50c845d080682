import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, ACCOUNTS, DEMO_PASSWORD } from './fixtures';

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('the public journey and sign-in work with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The first Tab reaches the skip link, which moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expectAccessible(page);

  const main = page.getByRole('main');
  await tabTo(page, main.getByRole('link', { name: 'Områdesatsingene i Oslo', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/program\/omradesatsingene-i-oslo$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectAccessible(page);

  await tabTo(page, main.getByRole('link', { name: 'Delprogram oppvekst og utdanning' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/program\/oppvekst-og-utdanning$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectAccessible(page);

  // Shift+Tab goes back up to the header, where the language links are.
  const languages = page.getByRole('navigation', { name: 'Språk' });
  await tabTo(page, languages.getByRole('link', { name: 'Nynorsk' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/nn\/program\/oppvekst-og-utdanning$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(main.getByRole('heading', { name: 'Føremål' })).toBeVisible();
  await expectAccessible(page);

  await tabTo(page, page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'English' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/program\/oppvekst-og-utdanning$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);

  // Sign in without the mouse: link, fields, and Space on the button.
  await tabTo(page, page.getByRole('link', { name: 'Sign in' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/logg-inn$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectAccessible(page);
  await tabTo(page, page.getByLabel('Email address', { exact: true }));
  await page.keyboard.type(ACCOUNTS.admin);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
});
