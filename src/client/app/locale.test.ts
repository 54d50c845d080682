import { describe, expect, it } from 'vitest';
import { localePath, safeReturnTo, splitLocale, switchLocalePath } from './locale';

describe('language in the URL', () => {
  it('reads bokmål from paths without a prefix and the others from theirs', () => {
    expect(splitLocale('/')).toEqual({ locale: 'nb', path: '/' });
    expect(splitLocale('/program/absolutt')).toEqual({ locale: 'nb', path: '/program/absolutt' });
    expect(splitLocale('/nn')).toEqual({ locale: 'nn', path: '/' });
    expect(splitLocale('/nn/program/absolutt')).toEqual({ locale: 'nn', path: '/program/absolutt' });
    expect(splitLocale('/en/admin/')).toEqual({ locale: 'en', path: '/admin/' });
  });

  it('does not take a path that merely starts with letters for a language', () => {
    expect(splitLocale('/nno/x')).toEqual({ locale: 'nb', path: '/nno/x' });
    expect(splitLocale('/english')).toEqual({ locale: 'nb', path: '/english' });
    // "/nb" is not a prefix: bokmål has none, so such a path is simply a page that does not exist.
    expect(splitLocale('/nb/program/x')).toEqual({ locale: 'nb', path: '/nb/program/x' });
  });

  it('builds URLs in a language', () => {
    expect(localePath('nb', '/program/x')).toBe('/program/x');
    expect(localePath('nn', '/')).toBe('/nn');
    expect(localePath('en', '/program/x')).toBe('/en/program/x');
    expect(localePath('en', 'logg-inn')).toBe('/en/logg-inn');
    expect(localePath('nn', '/?q=1')).toBe('/nn?q=1');
  });

  it('switches the language of the same page and keeps its query', () => {
    expect(switchLocalePath('/program/x', '', 'nn')).toBe('/nn/program/x');
    expect(switchLocalePath('/nn/program/x', '', 'en')).toBe('/en/program/x');
    expect(switchLocalePath('/en/logg-inn', '?returnTo=%2Fen%2Fadmin', 'nb')).toBe('/logg-inn?returnTo=%2Fen%2Fadmin');
    expect(switchLocalePath('/en', '', 'nb')).toBe('/');
  });

  it('returns after sign-in only to paths on this site', () => {
    expect(safeReturnTo('/nn/admin')).toBe('/nn/admin');
    expect(safeReturnTo('//evil.example')).toBeUndefined();
    expect(safeReturnTo('https://evil.example')).toBeUndefined();
    expect(safeReturnTo('/\\evil.example')).toBeUndefined();
    expect(safeReturnTo(null)).toBeUndefined();
  });
});
