import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AreaGeometries, AreaProfile, IndicatorView } from '../../../shared/contracts/profiles';
import { ProgrammeStatistics } from '../../../shared/contracts/indicators';
import type { Locale } from '../../app/locale';
import { fakeApi, renderPage } from '../../testing/render';
import AreaProfilePage from './AreaProfilePage';
import IndicatorPage from './IndicatorPage';
import { ProgrammeStatisticsSection } from './ProgrammeStatisticsSection';
import StatisticsPage from './StatisticsPage';
import { FULLFORT_VIEW, GEOMETRIES, PROGRAMME, SAGENE_PROFILE, SLIDE_SOURCE, SSB_IMPORT_SOURCE, STATISTICS } from '../../testing/fixtures/profiles';

const P = PROGRAMME.id;

/** The fake API, plus the full URLs asked for (the fake matches on the path alone). */
function serve(overrides: Record<string, { status?: number; body: unknown }> = {}) {
  const api = fakeApi({
    'GET /api/programmes/by-slug/oppvekst-og-utdanning': { body: PROGRAMME },
    [`GET /api/programmes/${P}/statistics`]: { body: STATISTICS },
    [`GET /api/programmes/${P}/profile/030103`]: { body: SAGENE_PROFILE },
    'GET /api/indicators/fullfort-vgo-5ar/view': { body: FULLFORT_VIEW },
    'GET /api/areas/geometries': { body: GEOMETRIES },
    ...overrides,
  });
  const urls: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return api.fetch(input, init);
  });
  return urls;
}

function rowOf(table: HTMLElement, name: string | RegExp): HTMLElement {
  return within(table).getByRole('rowheader', { name }).closest('tr')!;
}

afterEach(() => vi.unstubAllGlobals());

describe('the fixtures follow the contracts', () => {
  it('parse with the shared schemas', () => {
    expect(() => AreaProfile.parse(SAGENE_PROFILE)).not.toThrow();
    expect(() => IndicatorView.parse(FULLFORT_VIEW)).not.toThrow();
    expect(() => ProgrammeStatistics.parse(STATISTICS)).not.toThrow();
    expect(() => AreaGeometries.parse(GEOMETRIES)).not.toThrow();
  });
});

describe('area profile page', () => {
  function open(locale: Locale = 'nb') {
    serve();
    renderPage(<AreaProfilePage />, { path: '/program/:slug/statistikk/omrade/:areaCode', url: '/program/oppvekst-og-utdanning/statistikk/omrade/030103', locale });
  }

  it('names every source of the figures it shows, the import’s with its table, retrieval date and licence', async () => {
    // Two indicators entered from the same slide carry the same source: it is listed once.
    const sameSlide = { ...SLIDE_SOURCE, key: 'indicator:22222222-2222-4222-8222-000000000009' };
    serve({ [`GET /api/programmes/${P}/profile/030103`]: { body: { ...SAGENE_PROFILE, sources: [SLIDE_SOURCE, sameSlide, SSB_IMPORT_SOURCE] } } });
    renderPage(<AreaProfilePage />, { path: '/program/:slug/statistikk/omrade/:areaCode', url: '/program/oppvekst-og-utdanning/statistikk/omrade/030103', locale: 'en' });
    const sources = within(await screen.findByRole('region', { name: 'Sources' }));
    expect(sources.getByText('The figures on this page come from 2 different sources:')).toBeTruthy();
    const items = sources.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toBe('Bydel Sagene, presentasjon');
    expect(items[1]).toMatch(/^Statistisk sentralbyrå \(SSB\), table 14216, retrieved 2025-11-30, licence CC BY 4.0 – «Befolkning»/);
    expect(sources.getByRole('link', { name: 'The table at Statistisk sentralbyrå (SSB)' }).getAttribute('href')).toBe('https://www.ssb.no/statbank/table/14216');
  });

  it("shows Sagene's social assistance against Oslo as worse, in words", async () => {
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Bydel Sagene' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Indikatorene for Bydel Sagene' });
    const row = rowOf(table, /Sosialhjelpsmottakere/);
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.textContent).toContain('6,8\u00a0%');
    expect(cells[0]!.textContent).toContain('2009');
    expect(cells[1]!.textContent).toBe('Bare ett tall (2009)');
    expect(cells[2]!.textContent).toContain('4,0\u00a0%');
    expect(cells[2]!.textContent).toContain('Dårligere enn Oslo');
    expect(cells[3]!.textContent).toBe('Ingen tall');
    expect(within(row).getByRole('link', { name: 'Sosialhjelpsmottakere' }).getAttribute('href')).toBe('/program/oppvekst-og-utdanning/statistikk/indikator/sosialhjelp-andel?omrade=030103');
  });

  it('draws the trend as a small chart named in words, with the change and whether it is for the better', async () => {
    open();
    const table = await screen.findByRole('table', { name: 'Indikatorene for Bydel Sagene' });
    const row = rowOf(table, /Fullført og bestått/);
    const chart = await within(row).findByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Utvikling for Fullført og bestått videregående innen fem år i Bydel Sagene: 2020–2024: fra 77,5\u00a0% i 2020 til 80,1\u00a0% i 2024. Lavest 77,5\u00a0% (2020), høyest 80,1\u00a0% (2024). Uten tall: 2022 (prikket).',
    );
    // Over a stated span with both ends named, and the change since the period before apart.
    expect(row.textContent).toContain('Økt de siste 5 periodene: fra 77,5\u00a0% i 2020 til 80,1\u00a0% i 2024 (bedre)');
    expect(row.textContent).toContain('Økt fra forrige periode (bedre)');
    expect(row.textContent).toContain('80,1\u00a0% (foreløpig)');
    expect(row.textContent).toContain('Bedre enn Oslo');
    expect(row.textContent).toContain('Som Norge');
    expect(within(row).getByText('Illustrasjon')).toBeTruthy();
  });

  it('offers the profile as PDF, CSV and JSON-stat and other areas by a select with a button', async () => {
    open();
    await screen.findByRole('heading', { level: 1, name: 'Bydel Sagene' });
    const pdf = screen.getByRole('link', { name: 'Last ned som PDF (under 100 kB)' });
    expect(pdf.getAttribute('href')).toBe(`/api/programmes/${P}/profile/030103/pdf?lang=nb`);
    expect(pdf.getAttribute('type')).toBe('application/pdf');
    expect(screen.getByRole('link', { name: 'Last ned som CSV (regneark)' }).getAttribute('href')).toBe(`/api/programmes/${P}/profile/030103/export?format=csv&lang=nb`);
    expect(screen.getByRole('link', { name: 'Last ned som JSON-stat 2.0' }).getAttribute('href')).toBe(`/api/programmes/${P}/profile/030103/export?format=jsonstat&lang=nb`);
    const select = screen.getByLabelText('Se et annet område') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.text)).toEqual(['Bydel Sagene', 'Bydel St. Hanshaugen', 'Bydel Frogner', 'Bydel Stovner']);
    expect(screen.getByRole('button', { name: 'Vis' })).toBeTruthy();
  });

  it('is written in English on the English site', async () => {
    open('en');
    const table = await screen.findByRole('table', { name: 'The indicators for Bydel Sagene' });
    const row = rowOf(table, /Social assistance recipients/);
    expect(row.textContent).toContain('6.8\u00a0%');
    expect(row.textContent).toContain('Worse than Oslo');
    expect(screen.getByRole('link', { name: 'Download as PDF (under 100 kB)' }).getAttribute('href')).toBe(`/api/programmes/${P}/profile/030103/pdf?lang=en`);
  });

  it('marks the Norwegian names of areas as Norwegian on the English and nynorsk sites, not on the bokmål one', async () => {
    open('en');
    expect((await screen.findByRole('heading', { level: 1, name: 'Bydel Sagene' })).getAttribute('lang')).toBe('nb');
    const table = screen.getByRole('table', { name: 'The indicators for Bydel Sagene' });
    const oslo = within(table).getByRole('columnheader', { name: 'Oslo' });
    expect(oslo.querySelector('[lang="nb"]')?.textContent).toBe('Oslo');
    // Inside English sentences too: the introduction and the comparisons.
    const intro = screen.getByText((_text, el) => el?.tagName === 'P' && /^The latest figure for each indicator in/.test(el.textContent ?? ''));
    // Norway has an English name in the register: it is written so, and not marked as Norwegian.
    expect(Array.from(intro.querySelectorAll('[lang="nb"]')).map((el) => el.textContent)).toEqual(['Bydel Sagene', 'Oslo']);
    expect(intro.textContent).toContain('Oslo and Norway');
    expect(within(table).getByRole('columnheader', { name: 'Norway' }).querySelector('[lang]')).toBeNull();
    const worse = within(rowOf(table, /Social assistance recipients/)).getByText((_text, el) => el?.textContent === 'Worse than Oslo' && el.classList.contains('comparison'));
    expect(worse.querySelector('[lang="nb"]')?.textContent).toBe('Oslo');
    vi.unstubAllGlobals();
    document.body.replaceChildren();
    open('nb');
    expect((await screen.findByRole('heading', { level: 1, name: 'Bydel Sagene' })).hasAttribute('lang')).toBe(false);
    expect(document.querySelector('main [lang="nb"], table [lang="nb"]')).toBeNull();
  });

  it('flags a latest figure older than its indicator allows, and only that one', async () => {
    open();
    const table = await screen.findByRole('table', { name: 'Indikatorene for Bydel Sagene' });
    expect(rowOf(table, /Sosialhjelpsmottakere/).textContent).toContain('Gammelt tall: fra 2009, 16 år gammelt (grensen er 5 år)');
    expect(rowOf(table, /Fullført og bestått/).textContent).not.toContain('Gammelt tall');
  });

  it('names Norway in nynorsk on the nynorsk site', async () => {
    open('nn');
    const table = await screen.findByRole('table', { name: /Bydel Sagene/ });
    expect(within(table).getByRole('columnheader', { name: 'Noreg' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Norge');
  });

  it('says the page is not found for an area the server does not know', async () => {
    serve({ [`GET /api/programmes/${P}/profile/999999`]: { status: 404, body: { code: 'NOT_FOUND', status: 404 } } });
    renderPage(<AreaProfilePage />, { path: '/program/:slug/statistikk/omrade/:areaCode', url: '/program/oppvekst-og-utdanning/statistikk/omrade/999999' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeTruthy();
  });
});

describe('indicator page', () => {
  const url = '/program/oppvekst-og-utdanning/statistikk/indikator/fullfort-vgo-5ar?periode=2023&inndeling=kjonn%3D1&omrade=030104';
  const path = '/program/:slug/statistikk/indikator/:code';

  it('marks the areas\' names in the charts\' summaries as Norwegian on the English site', async () => {
    serve();
    renderPage(<IndicatorPage />, { path, url, locale: 'en' });
    const summary = await screen.findByText((_text, el) => el?.tagName === 'P' && /^Highest: /.test(el.textContent ?? ''));
    const names = Array.from(summary.querySelectorAll('[lang="nb"]')).map((el) => el.textContent);
    expect(names.length).toBeGreaterThan(2);
    expect(summary.textContent).not.toMatch(/[\uE000-\uE003]/);
    for (const name of names) expect(summary.textContent).toContain(name);
  });

  it('asks for the chosen period, breakdown and area for the programme', async () => {
    const urls = serve();
    renderPage(<IndicatorPage />, { path, url });
    await screen.findByRole('heading', { level: 1 });
    const asked = new URL(urls.find((u) => u.includes('/view'))!, 'http://localhost');
    expect(Object.fromEntries(asked.searchParams)).toEqual({ programme: 'oppvekst-og-utdanning', period: '2023', breakdown: 'kjonn=1', area: '030104' });
  });

  it('warns when the figures shown are older than the indicator allows, naming their period and age', async () => {
    serve({ 'GET /api/indicators/fullfort-vgo-5ar/view': { body: { ...FULLFORT_VIEW, periodAge: { years: 16, maxYears: 5, isOutdated: true } } } });
    renderPage(<IndicatorPage />, { path, url });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Tallene er fra 2023, 16 år gamle. Det er eldre enn 5 år, som er grensen for denne indikatoren: de sier kanskje lite om i dag.')).toBeTruthy();
  });

  it('says nothing of age when the figures are recent enough', async () => {
    serve();
    renderPage(<IndicatorPage />, { path, url });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/år gamle/)).toBeNull();
  });

  it('shows the indicator, its source and the illustrative notice', async () => {
    serve();
    renderPage(<IndicatorPage />, { path, url });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fullført og bestått videregående innen fem år' })).toBeTruthy();
    expect(screen.getByText(/ikke publisert statistikk og må ikke brukes som fakta/)).toBeTruthy();
    const sources = within(screen.getByRole('region', { name: 'Kilder' }));
    expect(sources.getByText(/^Samordna demo – illustrasjon, ikke publisert statistikk, tabell 12971, lisens CC BY 4.0, illustrasjon/)).toBeTruthy();
    expect(sources.getByRole('link', { name: 'Tabellen hos Samordna demo – illustrasjon, ikke publisert statistikk' }).getAttribute('href')).toBe('https://www.ssb.no/statbank/table/12971');
    expect(screen.getByText('16–24 år')).toBeTruthy();
    expect(screen.getByText('Høyere er bedre')).toBeTruthy();
  });

  it('has a bar chart, a map and a line chart, each an image with a name and a description, and each with a table', async () => {
    serve();
    renderPage(<IndicatorPage />, { path, url });
    await screen.findByRole('heading', { level: 1 });
    // The bar and line charts come with the page; the map waits for the chart code to load, and
    // each look through a page of charts' SVG takes a while in jsdom.
    const charts = await waitFor(
      () => {
        const found = screen.getAllByRole('img', { name: /^(Stolpediagram|Kart|Linjediagram)/ });
        expect(found).toHaveLength(3);
        return found;
      },
      { timeout: 5000 },
    );
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Stolpediagram: Fullført og bestått videregående innen fem år for områdene, 2023, Gutter',
      'Kart: Fullført og bestått videregående innen fem år for bydelene i Oslo, 2023, Gutter',
      'Linjediagram: Fullført og bestått videregående innen fem år over tid for Bydel St. Hanshaugen, Oslo, Norge',
    ]);
    for (const chart of charts) {
      const description = document.getElementById(chart.getAttribute('aria-describedby')!);
      expect(description?.textContent?.length).toBeGreaterThan(20);
    }
    expect(screen.getByRole('table', { name: 'Områdene sammenlignet' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Tallene i kartet' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Tallene over tid' })).toBeTruthy();
  });

  it('shows the suppressed cell as suppressed in every table and summary, never as a number', async () => {
    serve();
    renderPage(<IndicatorPage />, { path, url });
    const ranking = await screen.findByRole('table', { name: 'Områdene sammenlignet' });
    const row = rowOf(ranking, /Bydel St. Hanshaugen/);
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['–ingen plass', 'prikket (:)']);
    expect(row.textContent).toContain('valgt område');
    const map = await screen.findByRole('table', { name: 'Tallene i kartet' });
    expect(rowOf(map, 'St. Hanshaugen').textContent).toBe('St. Hanshaugenprikket (:)Prikket eller mangler tall');
    const trend = screen.getByRole('table', { name: 'Tallene over tid' });
    expect(within(rowOf(trend, '2023')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['prikket (:)', '75,8\u00a0%', '77,0\u00a0%']);
    expect(screen.getByText(/Skravert, uten tall: St. Hanshaugen \(prikket\)\. St\. Hanshaugen har tykk kant\./)).toBeTruthy();
    const rankingSummary = screen.getByText(/^Høyest: Bydel Frogner/);
    expect(rankingSummary.textContent).toContain('Bydel St. Hanshaugen: Prikket (for få til å publiseres).');
    expect(rankingSummary.textContent).toContain('Til sammenligning: Oslo 75,8\u00a0%, Norge 77,0\u00a0%.');
    expect(screen.getByText(/Uten tall for Bydel St. Hanshaugen: 2023 \(prikket\)/)).toBeTruthy();
  });

  it('asks again when another period is chosen, and keeps the choice in the address', async () => {
    const urls = serve();
    renderPage(<IndicatorPage />, { path, url });
    const period = (await screen.findByLabelText('Periode')) as HTMLSelectElement;
    expect(Array.from(period.options).map((o) => o.value)).toEqual(['2024', '2023', '2022', '2021']);
    expect(period.value).toBe('2023');
    const breakdown = screen.getByLabelText('Inndeling') as HTMLSelectElement;
    expect(Array.from(breakdown.options).map((o) => o.text)).toEqual(['Totalt', 'Gutter', 'Jenter']);
    fireEvent.change(period, { target: { value: '2021' } });
    await waitFor(() => expect(urls.some((u) => u.includes('period=2021'))).toBe(true));
    const last = new URL(urls.filter((u) => u.includes('/view')).pop()!, 'http://localhost');
    expect(last.searchParams.get('breakdown')).toBe('kjonn=1');
    expect(last.searchParams.get('area')).toBe('030104');
  });

  it('drops a period the chosen breakdown lacks and says so, instead of failing', async () => {
    let calls = 0;
    const urls = serve();
    const inner = globalThis.fetch;
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const asked = String(input);
      if (asked.includes('/view') && asked.includes('period=2011')) {
        calls++;
        const problem = { code: 'VALIDATION_FAILED', status: 400, errors: [{ path: 'querystring.period', code: 'invalid_value', message: 'invalid_value', values: ['2011'] }] };
        return Promise.resolve(new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } }));
      }
      return inner(input, init);
    });
    renderPage(<IndicatorPage />, { path, url: '/program/oppvekst-og-utdanning/statistikk/indikator/fullfort-vgo-5ar?periode=2011&inndeling=kjonn%3D1' });
    expect(await screen.findByText('Det finnes ingen tall for 2011 med denne inndelingen. Siden viser siste periode i stedet.')).toBeTruthy();
    expect(calls).toBe(1);
    const retried = new URL(urls.filter((u) => u.includes('/view')).pop()!, 'http://localhost');
    expect(retried.searchParams.get('period')).toBeNull();
    expect(retried.searchParams.get('breakdown')).toBe('kjonn=1');
  });

  it('links the downloads to the programme areas and the chosen breakdown', async () => {
    serve();
    renderPage(<IndicatorPage />, { path, url });
    const csv = await screen.findByRole('link', { name: 'Last ned som CSV (regneark)' });
    const href = new URL(csv.getAttribute('href')!, 'http://localhost');
    expect(href.pathname).toBe('/api/indicators/fullfort-vgo-5ar/export');
    expect(Object.fromEntries(href.searchParams)).toEqual({ format: 'csv', areas: '030103,030104,030105,030111,0301,NO', breakdown: 'kjonn=1', lang: 'nb' });
    expect(screen.getByRole('link', { name: 'Last ned som JSON-stat 2.0' }).getAttribute('href')).toContain('format=jsonstat');
  });
});

describe('statistics page', () => {
  it('leads to the areas and the indicators, marks illustrative ones and names the references', async () => {
    serve();
    renderPage(<StatisticsPage />, { path: '/program/:slug/statistikk', url: '/program/oppvekst-og-utdanning/statistikk' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hvor står vi?' })).toBeTruthy();
    expect(screen.getByText('Alle områdene sammenlignes med Oslo og Norge.')).toBeTruthy();
    const areas = screen.getByRole('table', { name: 'Områdene med siste tall' });
    expect(within(areas).getByRole('link', { name: 'Bydel Sagene' }).getAttribute('href')).toBe('/program/oppvekst-og-utdanning/statistikk/omrade/030103');
    await waitFor(() => expect(rowOf(areas, 'Bydel Sagene').textContent).toContain('76,4\u00a0%'));
    expect(rowOf(areas, 'Bydel St. Hanshaugen').textContent).toContain('prikket');
    const indicators = screen.getByRole('table', { name: 'Indikatorene programmet følger med på' });
    const row = rowOf(indicators, /Fullført og bestått/);
    expect(within(row).getByText('Illustrasjon')).toBeTruthy();
    expect(within(row).getByRole('link').getAttribute('href')).toBe('/program/oppvekst-og-utdanning/statistikk/indikator/fullfort-vgo-5ar');
    expect(rowOf(indicators, /Sosialhjelpsmottakere/).textContent).toContain('Lavere er bedre');
    expect(await screen.findByRole('img', { name: /^Kart: Fullført/ })).toBeTruthy();
  });
});

describe('programme statistics section', () => {
  it('says what the programme follows and links to the statistics page', async () => {
    serve();
    renderPage(<ProgrammeStatisticsSection programme={PROGRAMME} />, { path: '/program/:slug', url: '/program/oppvekst-og-utdanning' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Hvor står vi?' })).toBeTruthy();
    expect(screen.getByText('Programmet følger med på 2 indikatorer. Tallene vises for 4 områder, sammenlignet med Oslo og Norge.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Se statistikken: hvor står vi?' }).getAttribute('href')).toBe('/program/oppvekst-og-utdanning/statistikk');
  });

  it('is not shown when the programme follows no indicators', async () => {
    const urls = serve({ [`GET /api/programmes/${P}/statistics`]: { body: { ...STATISTICS, indicators: [] } } });
    const { container } = renderPage(<ProgrammeStatisticsSection programme={PROGRAMME} />, { path: '/program/:slug', url: '/program/oppvekst-og-utdanning' });
    await waitFor(() => expect(urls.length).toBe(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
