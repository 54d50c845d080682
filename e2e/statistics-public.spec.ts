import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, scrollThrough } from './fixtures';

const PROGRAMME = '/program/oppvekst-og-utdanning';
const STATISTICS = `${PROGRAMME}/statistikk`;
const SAGENE = `${STATISTICS}/omrade/030103`;
const COMPLETION = `${STATISTICS}/indikator/fullfort-vgo-5ar`;
/** The demo's suppressed cell: boys in Bydel St. Hanshaugen, 2023. */
const SUPPRESSED = `${COMPLETION}?periode=2023&inndeling=kjonn%3D1&omrade=030104`;

/**
 * Waits until the page's charts are drawn: they render after the chart code loads, when they come
 * near the screen, so the page is scrolled through — again while they are not all drawn, as a
 * reader scrolls on: a page whose content arrived while it was being scrolled, or a scroll step
 * the browser did not paint before the next, may not have brought every chart near the screen.
 */
async function chartsDrawn(page: Page, count: number): Promise<Locator> {
  const charts = page.getByRole('main').locator('svg[role="img"]');
  await expect(async () => {
    await scrollThrough(page);
    await expect(charts).toHaveCount(count, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  return charts;
}

/** The row whose header cell names it, in a table found by its name. */
function row(page: Page, table: string, header: string | RegExp): Locator {
  return page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: header }) });
}

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('where are we? (public statistics)', () => {
  test('from the programme page to the statistics, Sagene against Oslo, and an indicator with its charts', async ({ page }) => {
    await page.goto(PROGRAMME);
    const main = page.getByRole('main');
    const section = main.getByRole('region', { name: 'Hvor står vi?' });
    await expect(section.getByText('Programmet følger med på 5 indikatorer.', { exact: false })).toBeVisible();
    await expectAccessible(page);

    await section.getByRole('link', { name: 'Se statistikken: hvor står vi?' }).click();
    await expect(page).toHaveURL(new RegExp(`${STATISTICS}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvor står vi?');
    await expect(page).toHaveTitle('Hvor står vi? – Delprogram oppvekst og utdanning – Samordna');
    await expect(main.getByText('Alle områdene sammenlignes med Oslo og Norge.')).toBeVisible();
    await expect(main.getByRole('img', { name: /^Kart: Fullført og bestått videregående innen fem år for bydelene i Oslo/ })).toBeVisible();
    await expect(row(page, 'Indikatorene programmet følger med på', /Fullført og bestått/).getByText('Illustrasjon')).toBeVisible();
    await expect(row(page, 'Indikatorene programmet følger med på', /Sosialhjelpsmottakere/).getByText('Illustrasjon')).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('table', { name: 'Områdene med siste tall' }).getByRole('link', { name: 'Bydel Sagene' }).click();
    await expect(page).toHaveURL(new RegExp(`${SAGENE}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bydel Sagene');
    const social = row(page, 'Indikatorene for Bydel Sagene', /Sosialhjelpsmottakere/);
    const cells = social.getByRole('cell');
    await expect(cells.nth(0)).toContainText('6,8\u00a0%');
    await expect(cells.nth(0)).toContainText('2009');
    await expect(cells.nth(2)).toContainText('4,0\u00a0%');
    await expect(cells.nth(2)).toContainText('Dårligere enn Oslo');
    // A trend line is a picture with its description as its name.
    const completion = row(page, 'Indikatorene for Bydel Sagene', /Fullført og bestått/);
    await expect(completion.getByRole('img', { name: /^Utvikling for Fullført og bestått videregående innen fem år i Bydel Sagene: 2015–2024: fra/ })).toBeVisible();
    await expectAccessible(page);

    await completion.getByRole('link', { name: 'Fullført og bestått videregående innen fem år' }).click();
    await expect(page).toHaveURL(/\/indikator\/fullfort-vgo-5ar\?omrade=030103$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fullført og bestått videregående innen fem år');
    const charts = await chartsDrawn(page, 3);
    await expect(charts.nth(0)).toHaveAttribute('aria-label', 'Stolpediagram: Fullført og bestått videregående innen fem år for områdene, 2024');
    await expect(charts.nth(1)).toHaveAttribute('aria-label', 'Kart: Fullført og bestått videregående innen fem år for bydelene i Oslo, 2024');
    await expect(charts.nth(2)).toHaveAttribute('aria-label', 'Linjediagram: Fullført og bestått videregående innen fem år over tid for Bydel Sagene, Oslo, Norge');
    for (const chart of await charts.all()) {
      const described = await chart.getAttribute('aria-describedby');
      await expect(page.locator(`[id="${described}"]`)).not.toBeEmpty();
    }
    await expect(page.getByRole('table', { name: 'Områdene sammenlignet' }).getByRole('row')).toHaveCount(1 + 15 + 2);
    await expect(page.getByRole('table', { name: 'Tallene i kartet' }).getByRole('row')).toHaveCount(1 + 15);
    await expect(page.getByRole('table', { name: 'Tallene over tid' }).getByRole('row')).toHaveCount(1 + 10);
    await expect(row(page, 'Områdene sammenlignet', /Bydel Sagene/)).toContainText('valgt område');
    await expect(page.getByText(/Bydel Sagene har [\d,]+\u00a0% og er nummer \d+ av 15 når 1 er best\./)).toBeVisible();
    await expectAccessible(page);
  });

  test('a suppressed cell is shown as suppressed in the chart, the map, the tables and the words', async ({ page }) => {
    await page.goto(SUPPRESSED);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fullført og bestått videregående innen fem år');
    await expect(page.getByLabel('Periode', { exact: true })).toHaveValue('2023');
    await expect(page.getByLabel('Inndeling', { exact: true })).toHaveValue('kjonn=1');
    const charts = await chartsDrawn(page, 3);

    const ranked = row(page, 'Områdene sammenlignet', /Bydel St\. Hanshaugen/);
    await expect(ranked.getByRole('cell').nth(1)).toHaveText('prikket (:)');
    await expect(ranked).not.toContainText(/\d+,\d/);
    await expect(row(page, 'Tallene i kartet', 'Bydel St. Hanshaugen')).toContainText('Prikket eller mangler tall');
    await expect(row(page, 'Tallene over tid', '2023').getByRole('cell').first()).toHaveText('prikket (:)');
    await expect(page.getByText('Bydel St. Hanshaugen: Prikket (for få til å publiseres).', { exact: false })).toBeVisible();
    await expect(page.getByText('Skravert, uten tall: Bydel St. Hanshaugen (prikket).', { exact: false })).toBeVisible();
    await expect(page.getByText('Uten tall for Bydel St. Hanshaugen: 2023 (prikket).', { exact: false })).toBeVisible();

    // In the bar chart the row has no bar but the word; on the map the district is hatched and labelled.
    await expect(charts.nth(0).locator('text', { hasText: 'prikket' })).toHaveCount(1);
    await expect(charts.nth(1).locator('pattern')).toHaveCount(1);
    await expect(charts.nth(1).locator('text', { hasText: 'prikket' })).toHaveCount(1);
    // On the line the suppressed year is a gap: the line is drawn in two pieces.
    const line = charts.nth(2).locator('.series-line path').first();
    expect(((await line.getAttribute('d')) ?? '').split('M').length - 1).toBe(2);
    await expectAccessible(page);
  });

  test('the downloads answer with CSV, JSON-stat and PDF files', async ({ page }) => {
    await page.goto(SUPPRESSED);
    const csv = page.getByRole('link', { name: 'Last ned som CSV (regneark)' });
    const jsonstat = page.getByRole('link', { name: 'Last ned som JSON-stat 2.0' });
    const csvAnswer = await page.request.get((await csv.getAttribute('href'))!);
    expect(csvAnswer.status()).toBe(200);
    expect(csvAnswer.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csvAnswer.headers()['content-disposition']).toMatch(/^attachment; filename="fullfort-vgo-5ar-.+\.csv"$/);
    const text = await csvAnswer.text();
    expect(text).toContain('030104;Bydel St. Hanshaugen;2023;kjonn=1;Kjønn: Gutter;;prikket;:;prosent');
    const jsonAnswer = await page.request.get((await jsonstat.getAttribute('href'))!);
    expect(jsonAnswer.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(await jsonAnswer.json()).toMatchObject({ version: '2.0', class: 'dataset' });

    // A real click downloads the file rather than opening it.
    const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
    expect(download.suggestedFilename()).toMatch(/^fullfort-vgo-5ar-.+\.csv$/);

    await page.goto(SAGENE);
    const profileCsv = await page.request.get((await page.getByRole('link', { name: 'Last ned som CSV (regneark)' }).getAttribute('href'))!);
    expect(profileCsv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(await profileCsv.text()).toContain('sosialhjelp-andel;Sosialhjelpsmottakere;030103;Bydel Sagene;2009;;Totalt;6,8');
    const profileJson = await page.request.get((await page.getByRole('link', { name: 'Last ned som JSON-stat 2.0' }).getAttribute('href'))!);
    expect(profileJson.headers()['content-type']).toBe('application/json; charset=utf-8');

    // The profile as an accessible PDF: a real click downloads it.
    const pdfLink = page.getByRole('link', { name: 'Last ned som PDF (under 100 kB)' });
    const [pdf] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    expect(pdf.suggestedFilename()).toMatch(/^profil-oppvekst-og-utdanning-030103-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfAnswer = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdfAnswer.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdfAnswer.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(100 * 1024);
  });

  test('in nynorsk and English', async ({ page }) => {
    await page.goto(`/nn${SAGENE}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bydel Sagene');
    const social = row(page, 'Indikatorane for Bydel Sagene', /Sosialhjelpsmottakarar/);
    await expect(social).toContainText('6,8\u00a0%');
    await expect(social).toContainText('Dårlegare enn Oslo');
    // Norway in nynorsk, the sources of the figures, and the slide's 2009 figures flagged as old.
    await expect(page.getByRole('columnheader', { name: 'Noreg' })).toBeAttached();
    await expect(page.getByRole('region', { name: 'Kjelder' })).toContainText('Bydel Sagene');
    await expect(social).toContainText('Gammalt tal: frå 2009');
    await expectAccessible(page);

    await page.goto(`/nn${SUPPRESSED}`);
    await chartsDrawn(page, 3);
    await expect(row(page, 'Områda samanlikna', /Bydel St\. Hanshaugen/).getByRole('cell').nth(1)).toHaveText('prikka (:)');
    await expect(page.getByRole('heading', { name: 'Kart over Oslo, 2023, Kjønn: Gutar' })).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/en${SAGENE}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const english = row(page, 'The indicators for Bydel Sagene', /Social assistance recipients/);
    await expect(english).toContainText('6.8\u00a0%');
    await expect(english).toContainText('Worse than Oslo');
    await expect(page.getByText(/does better or worse than Oslo and Norway\./)).toBeVisible();
    await expectAccessible(page);

    await english.getByRole('link', { name: 'Social assistance recipients' }).click();
    await expect(page).toHaveURL(/\/en\/program\/oppvekst-og-utdanning\/statistikk\/indikator\/sosialhjelp-andel\?omrade=030103$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Social assistance recipients');
    await expect(page.getByText('Lower is better')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The areas compared, 2009', level: 2 })).toBeVisible();
    await expect(row(page, 'The areas compared', /Bydel Sagene/)).toContainText('6.8\u00a0%');
    await expectAccessible(page);

    await page.goto(`/en${STATISTICS}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where are we?');
    await expectAccessible(page);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto(SAGENE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bydel Sagene');
    // Another area: choose with the arrow keys, then confirm with the button.
    const area = page.getByLabel('Se et annet område', { exact: true });
    await tabTo(page, area);
    await page.keyboard.press('ArrowDown');
    await expect(area).toHaveValue('030104');
    await expect(page).toHaveURL(new RegExp(`${SAGENE}$`));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Vis' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/omrade\/030104$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bydel St. Hanshaugen');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    // The table is a scrollable region keyboard users can reach; its links follow.
    await tabTo(page, page.getByRole('region', { name: 'Indikatorene for Bydel St. Hanshaugen' }));
    await tabTo(page, page.getByRole('link', { name: 'Fullført og bestått videregående innen fem år' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/indikator\/fullfort-vgo-5ar\?omrade=030104$/);
    await chartsDrawn(page, 3);

    const period = page.getByLabel('Periode', { exact: true });
    await tabTo(page, period);
    await page.keyboard.press('ArrowDown');
    await expect(period).toHaveValue('2023');
    await expect(page).toHaveURL(/periode=2023/);
    await expect(page.getByRole('heading', { name: 'Områdene sammenlignet, 2023', level: 2 })).toBeVisible();
    await expect(period).toBeFocused();
    await tabTo(page, page.getByRole('region', { name: 'Områdene sammenlignet', exact: true }));
    await tabTo(page, page.getByRole('region', { name: 'Tallene i kartet' }));
    await tabTo(page, page.getByRole('region', { name: 'Tallene over tid' }));
    await tabTo(page, page.getByRole('link', { name: 'Last ned som CSV (regneark)' }));
    await tabTo(page, page.getByRole('link', { name: 'Last ned som JSON-stat 2.0' }));
    await expectAccessible(page);
  });

  test('fits a 375 px wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const [path, charts] of [
      [STATISTICS, 1],
      [SAGENE, 3],
      [SUPPRESSED, 3],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const drawn = await chartsDrawn(page, charts);
      // The page itself never scrolls sideways; wide tables scroll inside their own region.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      for (const chart of await drawn.all()) {
        // Sparklines sit in a table that may scroll; the other charts reflow to the screen.
        if (await chart.evaluate((el) => el.closest('.table-scroll') !== null)) continue;
        const box = await chart.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      }
      await expectAccessible(page);
    }
    // The profile table becomes one card per indicator: nothing to scroll sideways, and the
    // comparison areas' figures are on the screen.
    await page.goto(SAGENE);
    const profile = page.getByRole('region', { name: 'Indikatorene for Bydel Sagene' });
    expect(await profile.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const oslo = row(page, 'Indikatorene for Bydel Sagene', /Sosialhjelpsmottakere/).getByRole('cell').nth(2);
    await oslo.scrollIntoViewIfNeeded();
    await expect(oslo).toBeInViewport();
    // A table of figures wider than the screen scrolls in its region, by keyboard too.
    await page.goto(SUPPRESSED);
    const region = page.getByRole('region', { name: 'Områdene sammenlignet', exact: true });
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});
