import { describe, expect, it } from 'vitest';
import { matchSitePage, sitePageAlternates, sitePagePath } from './site-paths';

describe('site paths', () => {
  it('knows each page in each language, with its parameters', () => {
    expect(matchSitePage('/')).toEqual({ locale: 'nb', page: 'front', params: {} });
    expect(matchSitePage('/en')).toEqual({ locale: 'en', page: 'front', params: {} });
    expect(matchSitePage('/nn/program/oppvekst')).toEqual({ locale: 'nn', page: 'programme', params: { slug: 'oppvekst' } });
    expect(matchSitePage('/program/oppvekst/mal/')).toMatchObject({ page: 'goals' });
    expect(matchSitePage('/en/program/x/statistikk/omrade/030101')).toEqual({ locale: 'en', page: 'areaProfile', params: { slug: 'x', areaCode: '030101' } });
    expect(matchSitePage('/program/x/statistikk/indikator/mobbing%20ung')).toMatchObject({ page: 'indicator', params: { code: 'mobbing ung' } });
    expect(matchSitePage('/admin/brukere/123')).toMatchObject({ page: 'admin' });
    expect(matchSitePage('/nn/logg-inn')).toMatchObject({ locale: 'nn', page: 'signIn' });
  });

  it('knows no other path', () => {
    for (const path of ['/robots.txt', '/program', '/program/x/ukjent', '/program/x/mal/ekstra', '/de/program/x', '/program/%E0%A4%A', '/nb/program/x']) {
      expect({ path, match: matchSitePage(path) }).toEqual({ path, match: undefined });
    }
  });

  it('writes the path of a page in a language, and its alternates', () => {
    expect(sitePagePath('nb', 'front')).toBe('/');
    expect(sitePagePath('nn', 'front')).toBe('/nn');
    expect(sitePagePath('en', 'indicator', { slug: 'a b', code: 'x/y' })).toBe('/en/program/a%20b/statistikk/indikator/x%2Fy');
    expect(() => sitePagePath('nb', 'programme')).toThrow(/slug/);
    expect(sitePageAlternates('goals', { slug: 's' }).map((a) => a.path)).toEqual(['/program/s/mal', '/nn/program/s/mal', '/en/program/s/mal']);
  });
});
