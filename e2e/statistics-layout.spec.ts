import pg from 'pg';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect, expectAccessible, scrollThrough } from './fixtures';

/**
 * The statistics pages' charts and tables at a phone's, a tablet's and a laptop's width: nothing
 * runs off the page, no table cell is cut, no two texts of a chart touch, no figure sits on a
 * reference line, and every page passes axe. A screenshot of each is attached to the report.
 */
const SAGENE = '/program/oppvekst-og-utdanning/statistikk/omrade/030103';
const COMPLETION = '/program/oppvekst-og-utdanning/statistikk/indikator/fullfort-vgo-5ar?omrade=030103';
/** Residents: figures for 2009, 2024 and 2025 and a figure over a million, written below. */
const RESIDENTS = '/program/omradesatsingene-i-oslo/statistikk/indikator/befolkning?omrade=030103';
const WIDTHS = [390, 768, 1366];

/** Figures the demo lacks (fictional): far-apart years and a figure of seven digits. */
const EXTRA = [
  ['030103', '2024', 46810, 'none', null],
  ['030103', '2025', 47120, 'provisional', 'p'],
  ['0301', '2009', 586860, 'none', null],
  ['0301', '2024', 717710, 'none', null],
  ['0301', '2025', 1110000, 'provisional', 'p'],
] as const;

async function withDatabase(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  await withDatabase(async (db) => {
    for (const [area, period, value, status, symbol] of EXTRA) {
      await db.query(
        `insert into observations (indicator_id, area_id, period, period_kind, period_start, value, status, symbol)
         select i.id, a.id, $2::text, 'year', ($2::text || '-01-01')::date, $3::float8, $4::text, $5::text
         from indicators i, areas a where i.code = 'befolkning' and a.code = $1
         on conflict do nothing`,
        [area, period, value, status, symbol],
      );
    }
  });
});

test.afterAll(async () => {
  await withDatabase((db) =>
    db.query(
      `delete from observations o using indicators i, areas a
       where o.indicator_id = i.id and o.area_id = a.id and i.code = 'befolkning' and (o.period in ('2024', '2025') or (o.period = '2009' and a.code = '0301'))`,
    ),
  );
});

/**
 * What is wrong with the page's layout, in words: the page wider than the window, a table wider
 * than its region or a cell narrower than its content, chart texts that overlap each other,
 * stick out of their chart or sit on a reference line. Each table and chart is scrolled into
 * view first, so that it is laid out and drawn.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await document.fonts.ready;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);
    const main = document.querySelector('main')!;
    for (const table of Array.from(main.querySelectorAll('table'))) {
      table.scrollIntoView();
      await frame();
      const name = table.querySelector('caption')?.textContent ?? '?';
      const region = table.closest<HTMLElement>('.table-scroll');
      // The profile reflows on every screen, and from a tablet up every table fits; on a phone a
      // table of figures may scroll sideways, inside a named region the keyboard can reach.
      const mustFit = table.classList.contains('profile-table') || window.innerWidth >= 768;
      const overflows = region !== null && region.scrollWidth > region.clientWidth + 1;
      if (overflows && mustFit) problems.push(`table "${name}" is ${region.scrollWidth} px wide in ${region.clientWidth} px`);
      if (overflows && !(getComputedStyle(region).overflowX === 'auto' && region.tabIndex === 0 && region.getAttribute('aria-label'))) problems.push(`table "${name}" is cut, not scrolled in a region`);
      for (const cell of Array.from(table.querySelectorAll<HTMLElement>('th, td'))) {
        // Headers kept for assistive technology only (the profile's cards) are not on screen.
        if (cell.parentElement!.getBoundingClientRect().width <= 1) continue;
        if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`a cell of "${name}" is cut: "${cell.textContent}"`);
        if (mustFit && cell.getBoundingClientRect().right > window.innerWidth + 0.5) problems.push(`a cell of "${name}" is off screen: "${cell.textContent}"`);
      }
    }
    for (const svg of Array.from(main.querySelectorAll<SVGSVGElement>('svg[role="img"]:not(.sparkline)'))) {
      svg.scrollIntoView();
      await frame();
      const name = svg.getAttribute('aria-label');
      const outer = svg.getBoundingClientRect();
      const texts = Array.from(svg.querySelectorAll('text'))
        .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
        .filter((t) => t.text.trim() !== '' && t.box.width > 0);
      const lines = Array.from(svg.querySelectorAll('.reference-lines line')).map((l) => l.getBoundingClientRect());
      for (const [i, a] of texts.entries()) {
        const b = a.box;
        if (b.left < outer.left - 0.5 || b.right > outer.right + 0.5 || b.top < outer.top - 0.5 || b.bottom > outer.bottom + 0.5) problems.push(`"${a.text}" sticks out of ${name}`);
        for (const c of texts.slice(i + 1)) {
          const d = c.box;
          if (b.left < d.right - 0.5 && d.left < b.right - 0.5 && b.top < d.bottom - 0.5 && d.top < b.bottom - 0.5) problems.push(`"${a.text}" and "${c.text}" overlap in ${name}`);
        }
        for (const l of lines) {
          if (l.left < b.right && l.right > b.left && l.top < b.bottom && l.bottom > b.top) problems.push(`a reference line crosses "${a.text}" in ${name}`);
        }
      }
    }
    window.scrollTo(0, 0);
    return problems;
  });
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

test.describe('the statistics pages at 390, 768 and 1366 px', () => {
  for (const width of WIDTHS) {
    test(`the area profile at ${width} px: the table fits, comparison columns and all`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(SAGENE);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bydel Sagene');
      const table = page.getByRole('table', { name: 'Indikatorene for Bydel Sagene' });
      // The cells still have their column headers, whether the rows are a table or cards.
      await expect(table.getByRole('columnheader', { name: 'Oslo' })).toBeAttached();
      const social = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Sosialhjelpsmottakere/ }) });
      await expect(social.getByRole('cell').nth(2)).toContainText('Dårligere enn Oslo');
      const oslo = social.getByRole('cell').nth(2);
      await oslo.scrollIntoViewIfNeeded();
      await expect(oslo).toBeInViewport();
      expect(await layoutProblems(page)).toEqual([]);
      await screenshot(page, testInfo, `area-profile-${width}`);
      await expectAccessible(page);
    });

    test(`the indicator pages at ${width} px: charts whose texts never touch, tables never cut`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(COMPLETION);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fullført og bestått videregående innen fem år');
      await scrollThrough(page);
      await expect(page.getByRole('main').locator('svg[role="img"]')).toHaveCount(3);
      expect(await layoutProblems(page)).toEqual([]);
      await screenshot(page, testInfo, `indicator-${width}`);
      await expectAccessible(page);

      await page.goto(RESIDENTS);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innbyggere');
      const line = page.getByRole('img', { name: /^Linjediagram/ });
      // Figures in full, and a mark where the time axis spans fifteen years without figures.
      await expect(line.locator('text', { hasText: '1\u00a0000\u00a0000' })).toHaveCount(1);
      await expect(line.locator('.axis-break')).toHaveCount(1);
      await expect(page.getByRole('list', { name: 'Tegnforklaring' }).last()).toContainText('Lang pause mellom tallene');
      expect(await layoutProblems(page)).toEqual([]);
      await screenshot(page, testInfo, `indicator-residents-${width}`);
      await expectAccessible(page);
    });
  }
});
