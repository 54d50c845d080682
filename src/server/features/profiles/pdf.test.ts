import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { buildIndicator, buildProgramme, buildRegister, buildSeries, buildUser, followIndicators, type Register } from '../../testing/factories';
import { allText, findRoles, readingOrder, readPdf, type ReadPdf } from '../../testing/pdf-reader';
import { PUBLIC_READ } from '../../http/caching';

let t: TestApp;
let r: Register;
let programmeId: string;
let hiddenId: string;

const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await buildTestApp();
  r = await buildRegister(t.db);
  const completion = await buildIndicator(t.db, {
    code: 'fullfort',
    name: { nb: 'Fullført videregående', nn: 'Fullført vidaregåande', en: 'Completed upper secondary' },
    direction: 'higher_is_better',
    decimals: 1,
    sourceTableId: '12971',
    sourceUrl: 'https://www.ssb.no/statbank/table/12971',
    sourceLicence: 'CC BY 4.0',
  });
  const social = await buildIndicator(t.db, {
    code: 'sosialhjelp',
    name: { nb: 'Sosialhjelpsmottakere', nn: 'Sosialhjelpsmottakarar', en: 'Social assistance recipients' },
    direction: 'lower_is_better',
    decimals: 1,
    isIllustrative: true,
  });
  await buildSeries(t.db, completion.id, r.sagene.id, [['2023', 71], ['2024', 72.5, 'provisional', 'p']]);
  await buildSeries(t.db, completion.id, r.oslo.id, [['2024', 70]]);
  await buildSeries(t.db, completion.id, r.norway.id, [['2024', 75]]);
  await buildSeries(t.db, social.id, r.sagene.id, [['2009', 6.8]]);
  await buildSeries(t.db, social.id, r.oslo.id, [['2009', 4]]);
  await buildSeries(t.db, social.id, r.norway.id, [['2009', null, 'suppressed', ':']]);

  const programme = await buildProgramme(t.db, { slug: 'oppvekst', name: { nb: 'Oppvekst og utdanning', nn: 'Oppvekst og utdanning', en: 'Childhood and education' } });
  programmeId = programme.id;
  await followIndicators(t.db, programme.id, { indicators: [completion.id, social.id], focus: [r.sagene.id], references: [r.oslo.id, r.norway.id] });
  const hidden = await buildProgramme(t.db, { isPublished: false });
  hiddenId = hidden.id;
  await followIndicators(t.db, hidden.id, { indicators: [completion.id], focus: [r.sagene.id], references: [r.oslo.id] });
});
afterAll(() => t.close());

const url = (lang: string, id = programmeId, area = '030103') => `/api/programmes/${id}/profile/${area}/pdf?lang=${lang}`;

async function fetchPdf(lang: string): Promise<ReadPdf> {
  const res = await t.app.inject({ method: 'GET', url: url(lang) });
  expect(res.statusCode).toBe(200);
  return readPdf(res.rawPayload);
}

describe('the area profile as PDF', () => {
  it('is a PDF download, named like the other exports and cached like a public read', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('nb') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="profil-oppvekst-030103-${today}.pdf"`);
    expect(res.headers['cache-control']).toBe(PUBLIC_READ);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says what the page says, in bokmål, with the language and title declared', async () => {
    const pdf = await fetchPdf('nb');
    expect(pdf.lang).toBe('nb-NO');
    expect(pdf.title).toBe('Bydel Sagene – hvor står vi? – Oppvekst og utdanning');
    expect(pdf.displayDocTitle).toBe(true);
    const order = readingOrder(pdf);
    const headings = order.filter((line) => /^H\d/.test(line));
    expect(headings).toEqual(['H1: Bydel Sagene', 'H2: Alle indikatorene', 'H2: Kilder', 'H2: Om dokumentet']);
    expect(order[1]).toBe('P: Siste tall for hver indikator i Bydel Sagene, hvordan de har utviklet seg, og om området ligger bedre eller dårligere an enn Oslo og Norge.');
    expect(order).toContain('TH: Siste tall');
    expect(order).toContain('TH: Fullført videregående Høyere er bedre');
    // The latest figure with its status word, the period, the trend and the comparisons.
    expect(order).toContain('TD: 72,5 % (foreløpig) 2024');
    expect(order).toContain('TD: 2023–2024 Økt fra forrige periode (bedre)');
    expect(order).toContain('TD: 70,0 % 2024 Bedre enn Oslo');
    expect(order).toContain('TD: 75,0 % 2024 Dårligere enn Norge');
    // A suppressed figure is said to be suppressed, never shown.
    expect(order).toContain('TD: prikket 2009');
    expect(order).toContain('P: Indikatorer merket «Illustrasjon» har tall som er laget for å vise hvordan sidene fungerer. De er ikke publisert statistikk og må ikke brukes som fakta.');
  });

  it('tags the table with heading cells, the sources as a list with links, in reading order', async () => {
    const pdf = await fetchPdf('nb');
    const tree = pdf.structure[0]!;
    const document = tree.children[0]!;
    expect(document.role).toBe('Document');
    expect(document.children.map((c) => c.role)).toEqual(['H1', 'P', 'P', 'H2', 'P', 'Table', 'H2', 'L', 'H2', 'L', 'P']);
    const rows = findRoles(tree, 'TR');
    expect(rows.map((row) => row.children.map((c) => c.role))).toEqual([
      ['TH', 'TH', 'TH', 'TH', 'TH'],
      ['TH', 'TD', 'TD', 'TD', 'TD'],
      ['TH', 'TD', 'TD', 'TD', 'TD'],
    ]);
    expect(rows[0]!.children.map(allText)).toEqual(['Indikator', 'Siste tall', 'Utvikling', 'Oslo', 'Norge']);
    const sources = findRoles(tree, 'L')[0]!;
    expect(sources.children.map((li) => li.children.map((c) => c.role))).toEqual([['Lbl', 'LBody'], ['Lbl', 'LBody']]);
    expect(allText(sources.children[0]!)).toBe(
      '• Fullført videregående: Statistisk sentralbyrå (SSB), tabell 12971, lisens CC BY 4.0 https://www.ssb.no/statbank/table/12971',
    );
    expect(findRoles(sources, 'Link')).toHaveLength(1);
    const links = pdf.pages.flatMap((p) => p.links).map(({ url, contents }) => ({ url, contents }));
    expect(links).toContainEqual({ url: 'https://www.ssb.no/statbank/table/12971', contents: 'Kilden til Fullført videregående på nett' });
    expect(links).toContainEqual({ url: expect.stringMatching(/^http:\/\/localhost(:80)?\/program\/oppvekst\/statistikk\/omrade\/030103$/), contents: 'Siden på nett: Bydel Sagene – hvor står vi? – Oppvekst og utdanning' });
  });

  it('writes real text with æ, ø and å, and keeps page furniture out of the structure', async () => {
    const pdf = await fetchPdf('nb');
    const text = pdf.pages.map((p) => p.text).join(' ');
    expect(text).toContain('Bydel Sagene');
    expect(text).toContain('Dårligere enn Norge');
    expect(text).toContain('Fullført videregående');
    expect(pdf.pages[0]!.artifactText).toContain('Side 1 av 1');
    expect(pdf.pages[0]!.artifactText).toContain('Oppvekst og utdanning – hvor står vi?');
    expect(readingOrder(pdf).some((line) => line.includes('Side 1 av'))).toBe(false);
    expect(pdf.pages.map((p) => p.untaggedText)).toEqual(pdf.pages.map(() => ''));
  });

  it('is written in nynorsk and in English on request, numbers and all', async () => {
    const nn = await fetchPdf('nn');
    expect(nn.lang).toBe('nn-NO');
    expect(nn.title).toBe('Bydel Sagene – kvar står vi? – Oppvekst og utdanning');
    expect(readingOrder(nn).filter((line) => /^H\d/.test(line))).toEqual(['H1: Bydel Sagene', 'H2: Alle indikatorane', 'H2: Kjelder', 'H2: Om dokumentet']);
    expect(readingOrder(nn)).toContain('TH: Fullført vidaregåande Høgare er betre');

    const en = await fetchPdf('en');
    expect(en.lang).toBe('en');
    expect(en.title).toBe('Bydel Sagene – where are we? – Childhood and education');
    const order = readingOrder(en);
    expect(order.filter((line) => /^H\d/.test(line))).toEqual(['H1: Bydel Sagene', 'H2: All the indicators', 'H2: Sources', 'H2: About this document']);
    expect(order).toContain('TD: 72.5 % (provisional) 2024');
    // Norway in English; the place names kept only in Norwegian are marked as Norwegian, as on the English page.
    const tree = en.structure[0]!;
    expect(findRoles(tree, 'H1')[0]!.lang).toBe('nb-NO');
    expect(findRoles(tree, 'TH').filter((th) => th.lang === 'nb-NO').map(allText)).toEqual(['Oslo']);
    expect(findRoles(tree, 'TH').map(allText)).toContain('Norway');
    expect(order).toContain('TD: 75.0 % 2024 Worse than Norway');
    expect(readingOrder(nn).join('\n')).toContain('Noreg');
    expect(readingOrder(nn).join('\n')).not.toContain('Norge');
    expect(findRoles((await fetchPdf('nb')).structure[0]!, 'H1')[0]!.lang).toBeUndefined();
    expect(en.pages[0]!.artifactText).toContain('Page 1 of 1');
  });

  it('is as hidden as the profile: 404 for an unpublished programme but to those who work in it', async () => {
    const anon = await t.app.inject({ method: 'GET', url: url('nb', hiddenId) });
    expect([anon.statusCode, anon.json().code]).toEqual([404, 'NOT_FOUND']);
    const outsider = await t.signIn((await buildUser(t.db, { roles: [[programmeId, 'secretariat']] })).email);
    const refused = await outsider.get(url('nb', hiddenId));
    expect([refused.statusCode, refused.json().code]).toEqual([404, 'NOT_FOUND']);
    const member = await t.signIn((await buildUser(t.db, { roles: [[hiddenId, 'viewer']] })).email);
    const res = await member.get(url('nb', hiddenId));
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    const unknown = await t.app.inject({ method: 'GET', url: url('nb', programmeId, '9999') });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'NOT_FOUND']);
    const badLang = await t.app.inject({ method: 'GET', url: url('se') });
    expect([badLang.statusCode, badLang.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
